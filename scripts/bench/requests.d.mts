export type Entry = { name: string; startTime: number; responseEnd: number; encodedBodySize?: number; transferSize?: number; initiatorType?: string };
export type Request = { url: string; round: number; bytes: number; start: number; end: number };
export function withRounds<T extends Entry>(navigation: Pick<Entry, 'responseEnd'>, resources: T[]): (T & { round: number })[];
export function isScript(url: string): boolean;
export function isBrowserOwn(url: string): boolean;
export function beforeUsable(
  navigation: Pick<Entry, 'responseEnd'>,
  resources: Entry[],
  usableAt: number,
): {
  requests: Request[];
  rounds: number;
  jsFiles: number;
  jsBytes: number;
  browserOwn: string[];
};
