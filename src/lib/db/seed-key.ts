/*
 * Where `meta` records that an embedded plan was seeded (seed.ts), and the key of the default
 * plan (src/data/mispa-iii.ts). Apart from seed.ts because the first screen's read
 * (first-read.ts) checks the record without the seeding code.
 */
export const DEFAULT_SEED_KEY = 'mispa-iii';

export function seedMetaKey(seedKey: string): string {
  return `seed:${seedKey}`;
}
