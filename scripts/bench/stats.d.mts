export type Stats = { n: number; median?: number; min?: number; max?: number; q1?: number; q3?: number; samples?: number[] };
export type Row = { key?: string; label: string; unit: string; stats: Stats; goal?: number; atLeast?: boolean; note?: string };
export function summarize(values: readonly unknown[]): Stats;
export function meets(row: Pick<Row, 'goal' | 'atLeast'>, median: number): boolean;
export function formatTable(rows: Row[]): string;
