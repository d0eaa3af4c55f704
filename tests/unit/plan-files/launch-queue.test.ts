import { describe, expect, it } from 'vitest';
import { consumeLaunchQueue, type LaunchParamsLike } from '../../../src/lib/plan-files/launch-queue.ts';

function fakeQueue() {
  let consumer: ((params: LaunchParamsLike) => unknown) | undefined;
  return {
    win: { launchQueue: { setConsumer: (c: typeof consumer) => void (consumer = c) } },
    launch: async (params: LaunchParamsLike) => consumer?.(params),
  };
}

describe('consumeLaunchQueue', () => {
  it('does nothing where the browser has no launch queue', () => {
    expect(
      consumeLaunchQueue({}, () => {
        throw new Error('no file expected');
      }),
    ).toBe(false);
    expect(consumeLaunchQueue({ launchQueue: {} }, () => {})).toBe(false);
  });

  it('opens the first file the app was launched with, skipping folders', async () => {
    const { win, launch } = fakeQueue();
    const opened: string[] = [];
    expect(consumeLaunchQueue(win, (file) => opened.push(file.name))).toBe(true);
    const file = (name: string) => ({ kind: 'file', getFile: async () => new File(['{}'], name) });
    await launch({ files: [{ kind: 'directory' }, file('plan.quorum.json'), file('other.ics')] });
    expect(opened).toEqual(['plan.quorum.json']);
  });

  it('ignores a launch without files (the app opened from its icon)', async () => {
    const { win, launch } = fakeQueue();
    const opened: File[] = [];
    consumeLaunchQueue(win, (f) => opened.push(f));
    await launch({ files: [] });
    await launch({});
    expect(opened).toEqual([]);
  });
});
