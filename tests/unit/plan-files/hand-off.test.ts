import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileParts, handOffFile, handOffJson, JSON_TYPE, type ShareNavigator } from '../../../src/lib/plan-files/hand-off.ts';

const TEXT = '{\n  "format": "quorum-plan",\n  "title": "Réunion 🎉"\n}';

describe('handOffJson and handOffFile', () => {
  let created: Blob[];
  let clicks: { download: string; attached: boolean }[];

  beforeEach(() => {
    vi.useFakeTimers();
    created = [];
    clicks = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), `blob:quorum/${created.length}`);
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, attached: this.isConnected });
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shares a plan file as application/json where the platform shares files', async () => {
    const shared: ShareData[] = [];
    const nav: ShareNavigator = { canShare: (d) => (d.files?.length ?? 0) > 0, share: async (d) => void shared.push(d) };
    expect(await handOffJson(TEXT, 'MISPA-III-2026-11-29.quorum.json', nav, document)).toBe('shared');
    const file = shared[0]?.files?.[0];
    expect([file?.name, file?.type, await file?.text()]).toEqual(['MISPA-III-2026-11-29.quorum.json', JSON_TYPE, TEXT]);
    expect(clicks).toEqual([]);
  });

  it('downloads the exact text when the platform will not share that type of file', async () => {
    const nav: ShareNavigator = { canShare: () => false, share: async () => {} };
    expect(await handOffJson(TEXT, 'a.quorum.json', nav, document)).toBe('downloaded');
    expect(clicks).toEqual([{ download: 'a.quorum.json', attached: true }]);
    expect(created[0]?.type).toBe(JSON_TYPE);
    expect(await created[0]?.text()).toBe(TEXT);
  });

  it('reports a cancelled share sheet without downloading', async () => {
    const nav: ShareNavigator = { canShare: () => true, share: () => Promise.reject(new DOMException('x', 'AbortError')) };
    expect(await handOffFile(TEXT, 'a.txt', 'text/plain', nav, document)).toBe('cancelled');
    expect(created).toEqual([]);
  });
});

describe('fileParts', () => {
  const bytesOf = async (parts: BlobPart[]) => new Uint8Array(await new Blob(parts).arrayBuffer());

  it('keeps a small text whole', async () => {
    expect(await fileParts('abc', 8)).toEqual(['abc']);
  });

  it('encodes a large text by slices to the same bytes, never splitting a surrogate pair', async () => {
    const text = 'sécurité 😀 publique ’ 中文 😀😀 fin'.repeat(7);
    for (const slice of [3, 4, 5, 16]) {
      const parts = await fileParts(text, slice);
      expect(parts.length, `slice ${slice}`).toBeGreaterThan(1);
      expect([...(await bytesOf(parts))], `slice ${slice}`).toEqual([...new TextEncoder().encode(text)]);
    }
  });
});
