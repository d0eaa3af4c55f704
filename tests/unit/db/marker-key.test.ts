/*
 * Start-up tells a first visit by the data marker's localStorage entry alone (db/boot.ts reads
 * only MARKER_KEY, from marker-key.ts): the marker must be written, and read, under that key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readMarker, writeMarker } from '../../../src/lib/db/data-marker.ts';
import { MARKER_KEY } from '../../../src/lib/db/marker-key.ts';

afterEach(() => localStorage.clear());

describe('MARKER_KEY', () => {
  it('is where the data marker is written and read', async () => {
    expect(localStorage.getItem(MARKER_KEY)).toBeNull();
    await writeMarker({ instanceId: 'device-1', writtenAt: '2026-01-01T00:00:00.000Z' });
    expect(JSON.parse(localStorage.getItem(MARKER_KEY) ?? 'null')).toMatchObject({ instanceId: 'device-1' });
    expect((await readMarker())?.instanceId).toBe('device-1');
  });
});
