export const GENERATED: Record<string, () => string>;
export function writeGenerated(folder: string): Record<string, string>;
