/*
 * The hostile files of tests/fixtures/hostile that are too large to commit: the 50 MB cap,
 * a nesting bomb, 100,001 records, a 10 MB calendar, 100,000 events... Each is built the
 * same way every time (no randomness, no clock) from the corpus's own valid plan file, so
 * the manifest (tests/fixtures/hostile/manifest.json) can say what each must give.
 *
 *   node scripts/make-hostile-corpus.mjs <folder>   writes them into <folder>
 *
 * The end-to-end test (tests/e2e/hostile-files.test.ts) calls writeGenerated itself.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = new URL('../tests/fixtures/hostile/', import.meta.url);
/** The valid plan file every generated plan file starts from. */
const BASE_FILE = '89-lf-minified.json';
const MIB = 1024 * 1024;
const CRLF = '\r\n';

function basePlanFile() {
  return JSON.parse(readFileSync(new URL(BASE_FILE, CORPUS), 'utf8'));
}

function calendar(events) {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//Hostile generator//EN', ...events, 'END:VCALENDAR', ''].join(CRLF);
}

/** Event number `i`, one day after another from 2012-01-01, with `extra` lines. */
function event(i, extra = []) {
  const day = new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  return [
    'BEGIN:VEVENT',
    `UID:gen-${i}@example.org`,
    'DTSTAMP:20240101T000000Z',
    `DTSTART;VALUE=DATE:${day}`,
    `SUMMARY:Réunion ${i}`,
    ...extra,
    'END:VEVENT',
  ].join(CRLF);
}

/** `line` folded every 74 characters (RFC 5545 folding: continuation lines start with a space). */
function fold(line) {
  const parts = [];
  for (let i = 0; i < line.length; i += 74) parts.push((i ? ' ' : '') + line.slice(i, i + 74));
  return parts.join(CRLF);
}

function events(count, extra) {
  return Array.from({ length: count }, (_, i) => event(i, extra?.(i)));
}

/** File name -> its content. Sizes are what the case is about; they are in the names. */
export const GENERATED = {
  'g01-over-50-mb.json': () => {
    // A real plan file padded with spaces (valid JSON) to one byte over the 50 MB cap.
    const text = JSON.stringify(basePlanFile());
    return `${text.slice(0, -1)}${' '.repeat(50 * MIB + 1 - Buffer.byteLength(text))}}`;
  },
  'g02-nesting-bomb.json': () => {
    const depth = 1_000_000;
    const text = JSON.stringify({ ...basePlanFile(), bomb: 0 });
    return text.replace('"bomb":0', `"bomb":${'['.repeat(depth)}${']'.repeat(depth)}`);
  },
  'g03-100001-agenda-items.json': () => {
    const file = basePlanFile();
    const bundle = file.plans[0].bundle;
    const [item] = bundle.agendaItems;
    bundle.agendaItems = Array.from({ length: 100_001 }, (_, i) => ({ ...item, id: `${item.id}-${i}`, order: i }));
    return JSON.stringify(file);
  },
  'g04-2-mb-string.json': () => {
    const file = basePlanFile();
    file.plans[0].bundle.agendaItems[0].text.text = 'Très long. '.repeat(200_000);
    return JSON.stringify(file);
  },
  'g05-10-mb-calendar.ics': () => calendar(events(1_000, () => [fold(`DESCRIPTION:${'Ordre du jour détaillé. '.repeat(380)}`)])),
  'g06-100000-events.ics': () => calendar(events(100_000)),
  'g07-100001-events.ics': () => calendar(events(100_001)),
  'g08-1-mb-folded-line.ics': () => calendar([event(0), event(1, [fold(`DESCRIPTION:${'x'.repeat(MIB)}`)])]),
};

/** Writes every generated file into `folder`; returns their paths by name. */
export function writeGenerated(folder) {
  mkdirSync(folder, { recursive: true });
  return Object.fromEntries(
    Object.entries(GENERATED).map(([name, make]) => {
      const path = join(folder, name);
      writeFileSync(path, make());
      return [name, path];
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node scripts/make-hostile-corpus.mjs <folder>');
    process.exit(1);
  }
  for (const [name, path] of Object.entries(writeGenerated(folder))) console.log(`${name}\t${path}`);
}
