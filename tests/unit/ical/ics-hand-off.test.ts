import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handOffIcs, icsBlob, icsFileName, type DownloadDocument, type ShareNavigator } from '../../../src/lib/ical/ics-hand-off.ts';

const TEXT = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Réunion 🎉\r\nEND:VCALENDAR\r\n';

describe('icsFileName', () => {
  it('joins the short title and the date or label', () => {
    expect(icsFileName('MISPA-III', '2011-09-15')).toBe('MISPA-III-2011-09-15.ics');
    expect(icsFileName('MISPA-III', 'calendrier-2026-11-29')).toBe('MISPA-III-calendrier-2026-11-29.ics');
  });

  it('leaves no space, slash or other troublesome character', () => {
    expect(icsFileName('GT / Sécurité : « 2011 »', '2011-09-15')).toBe('GT-Sécurité-2011-2011-09-15.ics');
    expect(icsFileName('  a\\b*c?d|e"f<g>h  ', 'x y')).toBe('a-b-c-d-e-f-g-h-x-y.ics');
    expect(icsFileName('..', '')).toBe('quorum.ics');
  });
});

describe('icsBlob', () => {
  it('is UTF-8 text/calendar holding the exact text', async () => {
    const blob = icsBlob(TEXT);
    expect(blob.type).toBe('text/calendar;charset=utf-8');
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()))).toEqual(Array.from(new TextEncoder().encode(TEXT)));
  });
});

describe('handOffIcs', () => {
  let created: Blob[];
  let revoked: string[];
  let clicks: { href: string; download: string; attached: boolean }[];
  let doc: DownloadDocument;

  beforeEach(() => {
    vi.useFakeTimers();
    created = [];
    revoked = [];
    clicks = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), `blob:quorum/${created.length}`);
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    doc = document;
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function sharingNavigator(share: (data: ShareData) => Promise<void>, canShare = true) {
    const calls: ShareData[] = [];
    const nav: ShareNavigator = {
      canShare: (data) => canShare && (data.files?.length ?? 0) > 0,
      share: (data) => (calls.push(data), share(data)),
    };
    return { nav, calls };
  }

  it('offers the share sheet with the file where files can be shared', async () => {
    const { nav, calls } = sharingNavigator(async () => {});
    expect(await handOffIcs(TEXT, 'MISPA-III-2011-09-15.ics', nav, doc)).toBe('shared');
    const file = calls[0]?.files?.[0];
    expect([file?.name, file?.type, await file?.text()]).toEqual(['MISPA-III-2011-09-15.ics', 'text/calendar;charset=utf-8', TEXT]);
    expect(clicks).toEqual([]);
  });

  it('does nothing when the user cancels the share sheet', async () => {
    const { nav } = sharingNavigator(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    expect(await handOffIcs(TEXT, 'a.ics', nav, doc)).toBe('cancelled');
    expect(clicks).toEqual([]);
    expect(created).toEqual([]);
  });

  it('downloads instead when sharing fails for another reason', async () => {
    const { nav } = sharingNavigator(() => Promise.reject(new DOMException('No user gesture', 'NotAllowedError')));
    expect(await handOffIcs(TEXT, 'a.ics', nav, doc)).toBe('downloaded');
    expect(clicks).toEqual([{ href: 'blob:quorum/1', download: 'a.ics', attached: true }]);
  });

  it('downloads where files cannot be shared, then revokes the object URL', async () => {
    const { nav, calls } = sharingNavigator(async () => {}, false);
    expect(await handOffIcs(TEXT, 'MISPA-III-2011-09-15.ics', nav, doc)).toBe('downloaded');
    expect(calls).toEqual([]);
    expect(clicks).toEqual([{ href: 'blob:quorum/1', download: 'MISPA-III-2011-09-15.ics', attached: true }]);
    expect(created[0]?.type).toBe('text/calendar;charset=utf-8');
    expect(doc.body.querySelector('a')).toBeNull();
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:quorum/1']);
  });

  it('downloads on a browser with no Web Share at all', async () => {
    expect(await handOffIcs(TEXT, 'a.ics', {}, doc)).toBe('downloaded');
    const throwing: ShareNavigator = {
      canShare: () => {
        throw new TypeError('bad');
      },
      share: async () => {},
    };
    expect(await handOffIcs(TEXT, 'b.ics', throwing, doc)).toBe('downloaded');
    expect(clicks.map((c) => c.download)).toEqual(['a.ics', 'b.ics']);
  });
});
