export type PrecacheEntry = { url: string; revision: string | null };
export type Size = { files?: number; entries?: number; raw: number; gzip?: number };
export function firstScreenAssets(dist: string): { js: string[]; css: string[] };
export function precacheEntries(dist: string): PrecacheEntry[];
export function gzipSize(file: string): number;
export function buildStats(dist?: string): {
  firstScreenJs: { files: number; raw: number; gzip: number };
  firstScreenCss: { files: number; raw: number; gzip: number };
  precache: { entries: number; raw: number; gzip: number };
};
