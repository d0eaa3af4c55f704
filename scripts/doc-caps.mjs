/*
 * `node scripts/doc-caps.mjs`: writes the table of caps in docs/plan-file-format.md (between
 * its `<!-- caps -->` and `<!-- /caps -->` markers) from src/lib/plan-files/limits.ts, each cap
 * with its value and the reason its comment gives, so the page never states a cap the code
 * no longer has. `--check` only says whether the page is up to date (exit status 1 if not).
 * limits.ts is read as text (Node runs no TypeScript here); tests/unit/plan-files/limits-doc.test.ts
 * checks that what is read here is what the module exports.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const LIMITS = 'src/lib/plan-files/limits.ts';
export const DOC = 'docs/plan-file-format.md';
const START = '<!-- caps: written by `node scripts/doc-caps.mjs` from src/lib/plan-files/limits.ts; do not edit by hand -->';
const END = '<!-- /caps -->';
const MB = 1024 * 1024;

/** Every `export const NAME = <number expression>;` of `source`, with the doc comment above it. */
export function readCaps(source) {
  const caps = [];
  const declaration = /\/\*\*([\s\S]*?)\*\/\s*export const (\w+) = ([\d_ *]+);/g;
  for (const [, comment, name, expression] of source.matchAll(declaration)) {
    const value = expression.split('*').reduce((product, factor) => product * Number(factor.replaceAll('_', '').trim()), 1);
    const reason = comment
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    caps.push({ name, value, reason });
  }
  return caps;
}

/** How the page writes a cap's value: bytes in MB, counts with a thousands separator. */
export function figure({ name, value }) {
  return name.endsWith('_BYTES') ? `${value / MB} MB` : value.toLocaleString('en-US');
}

export function capsTable(caps) {
  const rows = caps.map((cap) => `| \`${cap.name}\` | ${figure(cap)} | ${cap.reason.replaceAll('|', '\\|')} |`);
  return [START, '| cap | value | why |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** `doc` with its caps table written from `source`. */
export function withCaps(doc, source) {
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no caps markers`);
  return doc.slice(0, from) + capsTable(readCaps(source)) + doc.slice(to + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const doc = readFileSync(DOC, 'utf8');
  const next = withCaps(doc, readFileSync(LIMITS, 'utf8'));
  if (process.argv.includes('--check')) {
    console.log(next === doc ? `${DOC}: caps up to date` : `${DOC}: caps out of date; run node scripts/doc-caps.mjs`);
    process.exit(next === doc ? 0 : 1);
  }
  writeFileSync(DOC, next);
  console.log(`${DOC}: caps written`);
}
