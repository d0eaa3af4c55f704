/*
 * The .ics read worker's protocol, run in this process: a stand-in Worker evaluates the real
 * ics-worker.ts against a stand-in `self`, and every message crosses structuredClone as it
 * would between threads. The target plan goes out, and the merged plan comes back, in parts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatePlan } from '../../support/generate-plan.ts';
import { buildCalendar } from '../../../src/lib/ical/index.ts';
import { readIcsFile } from '../../../src/lib/ical/ics-import.ts';
import { ICS_SILENCE_MS, readIcsFileOffThread, type IcsReply, type IcsRequest } from '../../../src/lib/ical/ics-off-thread.ts';
import type { Progress } from '../../../src/lib/plan-files/progress.ts';
import { T1, T2 } from '../db/db-helpers.ts';
import { calendarText, generatedEvent } from './ics-files.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const target = generatePlan({ seed: 4, meetings: 30, agendaItems: 2_500, mandates: 10, planId: 'plan-g' });
/** The plan's own export with one meeting moved, plus 1,200 events from elsewhere. */
function calendar(): string {
  const moved = { ...target, meetings: target.meetings.map((m, i) => (i === 0 ? { ...m, startDate: '2030-01-02', endDate: undefined } : m)) };
  const own = buildCalendar({ plan: moved.plan, meetings: moved.meetings, agendaItems: moved.agendaItems, reminder: 'none', now: T1 });
  const foreign = calendarText(Array.from({ length: 1_200 }, (_, i) => generatedEvent(i)));
  return own.replace('END:VCALENDAR', foreign.slice(foreign.indexOf('BEGIN:VEVENT')).replace(/END:VCALENDAR\r\n$/, 'END:VCALENDAR'));
}

/** A Worker that runs ics-worker.ts here; `sent` and `received` keep every message. */
function stubWorker(behaviour: 'run' | 'fail-to-start' | 'fail-after-answering' | 'stuck' = 'run') {
  const sent: IcsRequest[] = [];
  const received: IcsReply[] = [];
  const urls: string[] = [];
  const terminated: number[] = [];
  class InProcessWorker {
    onmessage: ((event: { data: IcsReply }) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    private scope = {
      onmessage: null as ((event: { data: IcsRequest }) => void) | null,
      postMessage: (message: IcsReply) => {
        const data = structuredClone(message);
        received.push(structuredClone(message)); // as sent: the page joins parts into `data`
        setTimeout(() => this.onmessage?.({ data }));
      },
    };
    private ready: Promise<unknown> = Promise.resolve();
    constructor(url: URL) {
      urls.push(String(url));
      vi.stubGlobal('self', this.scope);
      const fail = () => setTimeout(() => this.onerror?.({ preventDefault() {} }));
      if (behaviour === 'run') this.ready = import('../../../src/lib/ical/ics-worker.ts');
      else if (behaviour === 'fail-to-start') this.ready = Promise.resolve(fail());
      // Answers once, then loops for ever as ical.js did on an impossible zone rule: never a word again.
      else if (behaviour === 'stuck') this.ready = Promise.resolve(this.scope.postMessage({ progress: { step: 'reading' } })).then(() => new Promise(() => {}));
      // Answers, then fails as a worker out of memory does.
      else this.ready = Promise.resolve(this.scope.postMessage({ progress: { step: 'checking' } })).then(fail);
    }
    postMessage(message: IcsRequest) {
      const data = structuredClone(message);
      sent.push(structuredClone(message)); // as sent: the worker joins parts into `data`
      void this.ready.then(() => this.scope.onmessage?.({ data }));
    }
    terminate() {
      terminated.push(urls.length);
    }
  }
  vi.stubGlobal('Worker', InProcessWorker);
  return { sent, received, urls, terminated };
}

describe('readIcsFileOffThread', () => {
  it('reads in the worker: the plan goes out in parts, the merged plan comes back in parts, joined whole', async () => {
    const text = calendar();
    const direct = await readIcsFile(text, target, T2);
    const { sent, received, urls } = stubWorker();
    const progress: Progress[] = [];
    const result = await readIcsFileOffThread(text, target, T2, (p) => progress.push(p));

    expect(urls).toEqual([expect.stringMatching(/\/ics-worker\.ts(\?|$)/)]);
    expect(result).toEqual(direct);
    expect(result.ok && result.file.plans[0]!.bundle.meetings).toHaveLength(30 + 1_200);
    const out = sent.flatMap((m) => ('part' in m ? [m.part] : []));
    expect(out.length).toBeGreaterThan(2);
    expect(out.every((p) => p.records.length <= 1_000)).toBe(true);
    expect(sent.at(-1)).toMatchObject({ read: { input: text, now: T2.toISOString(), target: { plans: [{ bundle: { agendaItems: [], meetings: [] } }] } } });
    const back = received.flatMap((m) => ('part' in m ? [m.part] : []));
    expect(back.length).toBeGreaterThan(2);
    expect(back.every((p) => p.records.length <= 1_000)).toBe(true);
    expect(received.at(-1)).toMatchObject({ result: { ok: true, file: { plans: [{ bundle: { meetings: [], agendaItems: [] } }] } } });
    // Progress as for plan files: reading, then checking with the events counted.
    const events = progress.filter((p) => p.unit === 'events');
    expect(events.at(-1)).toEqual({ step: 'checking', unit: 'events', done: 1_230, total: 1_230 });
    expect(events.length).toBeGreaterThan(2);
  });

  it('says the file could not be read when the worker fails after answering, without reading on the page', async () => {
    stubWorker('fail-after-answering');
    const page = vi.spyOn(await import('../../../src/lib/ical/ics-import.ts'), 'readIcsFile');
    expect(await readIcsFileOffThread(calendar(), target, T2)).toEqual({ ok: false, problems: [{ path: '', key: 'file.readFailed' }] });
    expect(page).not.toHaveBeenCalled();
  });

  it('stops a worker that stays silent for ICS_SILENCE_MS and refuses the file as too slow, without reading on the page', async () => {
    vi.useFakeTimers();
    try {
      const { terminated } = stubWorker('stuck');
      const page = vi.spyOn(await import('../../../src/lib/ical/ics-import.ts'), 'readIcsFile');
      const progress: Progress[] = [];
      let settled: unknown;
      void readIcsFileOffThread(calendarText([generatedEvent(1)]), target, T2, (p) => progress.push(p)).then((r) => (settled = r));
      await vi.advanceTimersByTimeAsync(1);
      expect(progress).toEqual([{ step: 'reading' }]); // heard once: the silence counts from there
      await vi.advanceTimersByTimeAsync(ICS_SILENCE_MS - 10);
      expect(settled).toBeUndefined();
      expect(terminated).toEqual([]);
      await vi.advanceTimersByTimeAsync(20);
      expect(settled).toEqual({ ok: false, problems: [{ path: '', key: 'file.ics.tooSlow' }] });
      expect(terminated).toEqual([1]);
      expect(page).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a worker that answers within ICS_SILENCE_MS each time, however long the whole reading takes', async () => {
    vi.useFakeTimers();
    try {
      const text = calendar();
      const direct = await readIcsFile(text, target, T2);
      stubWorker();
      let settled: unknown;
      void readIcsFileOffThread(text, target, T2).then((r) => (settled = r));
      for (let i = 0; i < 200 && settled === undefined; i++) await vi.advanceTimersByTimeAsync(ICS_SILENCE_MS / 4);
      expect(settled).toEqual(direct);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads on the page where there is no Worker, or it cannot start', async () => {
    const text = calendarText([generatedEvent(1)]);
    const direct = await readIcsFile(text, target, T2);
    expect(typeof Worker).toBe('undefined'); // jsdom
    expect(await readIcsFileOffThread(text, target, T2)).toEqual(direct);
    const { sent } = stubWorker('fail-to-start');
    expect(await readIcsFileOffThread(text, target, T2)).toEqual(direct);
    expect(sent.length).toBeGreaterThan(0);
  });
});
