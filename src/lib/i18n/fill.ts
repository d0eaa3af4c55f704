/** `pattern` with each `{name}` replaced from `params`; unknown placeholders stay as written. */
export function fill(pattern: string, params: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
