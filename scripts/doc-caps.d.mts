export type Cap = { name: string; value: number; reason: string };
export const LIMITS: string;
export const DOC: string;
export function readCaps(source: string): Cap[];
export function figure(cap: Cap): string;
export function capsTable(caps: Cap[]): string;
export function withCaps(doc: string, source: string): string;
