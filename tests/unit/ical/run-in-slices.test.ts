import { describe, expect, it } from 'vitest';
import { nextTask, runInSlices } from '../../../src/lib/ical/run-in-slices.ts';

/** Steps that each take `cost` ms on a fake clock and report how many are done. */
function* work(count: number, clock: { t: number }, cost: number): Generator<number, string, void> {
  for (let i = 1; i <= count; i++) {
    clock.t += cost;
    yield i;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('pauses once a slice has lasted sliceMs, reporting progress at each pause', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const result = await runInSlices(work(10, clock, 10), {
      sliceMs: 30,
      now: () => clock.t,
      pause: async () => void log.push(`pause at ${clock.t}`),
      onProgress: (done) => log.push(`done ${done}`),
    });
    expect(result).toBe('done');
    expect(log).toEqual(['done 3', 'pause at 30', 'done 6', 'pause at 60', 'done 9', 'pause at 90']);
  });

  it('does not pause short work', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    await runInSlices(work(5, clock, 1), { sliceMs: 40, now: () => clock.t, pause: async () => void pauses++ });
    expect(pauses).toBe(0);
  });

  it('passes on what the steps throw', async () => {
    function* failing(): Generator<number, string, void> {
      yield 1;
      throw new RangeError('no meeting');
    }
    await expect(runInSlices(failing())).rejects.toThrow(RangeError);
  });

  it('lets other tasks run at a pause', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await nextTask();
    await nextTask();
    expect(ran).toBe(true);
  });
});
