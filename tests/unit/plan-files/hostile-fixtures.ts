/*
 * The hostile plan files kept in tests/fixtures/hostile/, as the bytes a user would open,
 * with the one problem each must be refused for. Each is a complete file, valid but for that
 * one thing (`repair` undoes it), so that a refusal can only come from the rule it tests.
 * `onDevice`: refused only against a device holding the seeded MISPA-III plan (at preview).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileProblem } from '../../../src/lib/plan-files/problems.ts';
import { fr } from '../factories.ts';
import type { Json } from './transfer-helpers.ts';

export type HostileFixture = {
  name: string;
  expected: FileProblem;
  onDevice?: boolean;
  /** The same file with its one fault undone. */
  repair: (bytes: Uint8Array) => Uint8Array;
};

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/hostile/');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(DIR + name));
}

const editJson = (edit: (file: Json) => void) => (bytes: Uint8Array) => {
  const file = JSON.parse(new TextDecoder().decode(bytes)) as Json;
  edit(file);
  return new TextEncoder().encode(JSON.stringify(file));
};

const M0 = 'plans[0].bundle.meetings[0]';

export const HOSTILE_FIXTURES: HostileFixture[] = [
  {
    name: 'end-before-start-same-day.json',
    expected: { path: `${M0}.endTime`, key: 'file.endTimeBeforeStart' },
    repair: editJson((f) => {
      f.plans[0].bundle.meetings[0].endTime = '17:00';
    }),
  },
  {
    name: 'impossible-date.json',
    expected: { path: `${M0}.startDate`, key: 'file.dateInvalid', params: { value: '2011-02-30' } },
    repair: editJson((f) => {
      f.plans[0].bundle.meetings[0].startDate = '2011-02-28';
    }),
  },
  {
    name: 'empty-required-text.json',
    expected: { path: 'plans[0].bundle.mandates[0].text', key: 'file.textRequired' },
    repair: editJson((f) => {
      f.plans[0].bundle.mandates[0].text = fr('De convoquer la réunion.');
    }),
  },
  {
    name: 'not-utf8.json',
    expected: { path: '', key: 'file.notUtf8' },
    // The bytes C3 28 FF become "é(" : the same file in valid UTF-8.
    repair: (bytes) => {
      const at = bytes.findIndex((b, i) => b === 0xc3 && bytes[i + 1] === 0x28 && bytes[i + 2] === 0xff);
      return new Uint8Array([...bytes.slice(0, at), 0xc3, 0xa9, 0x28, ...bytes.slice(at + 3)]);
    },
  },
  {
    name: 'history-names-other-plan.json',
    expected: { path: 'plans[0].history[0].recordId', key: 'file.historyOtherPlan', params: { id: 'mispa-iii/wg-2011-09-15' } },
    onDevice: true,
    repair: editJson((f) => {
      f.plans[0].history = [];
    }),
  },
];
