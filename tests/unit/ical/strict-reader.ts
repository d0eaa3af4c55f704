/*
 * Reads .ics texts with the two strict readers of tests/readers/check-ics.py (Debian's libical
 * and python3-icalendar) and returns what each understood. Throws, saying what to install,
 * when they are missing: a test that needs them fails, it never skips.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PYTHON = '/usr/bin/python3';
const CHECKER = 'tests/readers/check-ics.py';

export type Occurrence = { start: string; end: string | null };
type Alarm = { trigger: number; at: string };
type ReaderEvent = { uid: string; tzid: string | null; occurrences: Occurrence[]; alarms: Alarm[] };
export type Reading = { libical: { errors: string[]; method: string | null; events: ReaderEvent[] }; icalendar: { errors: string[]; events: ReaderEvent[] } };

/** What both strict readers make of each text; fails, with what to do, when they are not installed. */
export function readStrictly(texts: string[]): Reading[] {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-ics-'));
  try {
    const files = texts.map((text, i) => {
      const file = join(dir, `${i}.ics`);
      writeFileSync(file, text);
      return file;
    });
    const run = spawnSync(PYTHON, [CHECKER, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error || run.status !== 0) {
      throw new Error(
        `The strict .ics readers did not run (${run.error?.message ?? run.stderr.trim()}). ` +
          'They are Debian packages (gir1.2-ical-3.0, python3-gi, python3-icalendar): run `npm test`, which installs them.',
      );
    }
    return JSON.parse(run.stdout) as Reading[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
