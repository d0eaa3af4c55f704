import { describe, expect, it, vi } from 'vitest';
import { copyLink, shareOrCopy, type ShareNavigator } from '../../../src/lib/sharing/share-or-copy.ts';

const payload = { title: 'Réunion', text: 'Réunion\n15 septembre 2011', url: 'https://quorum.example/#/meeting/m1' };
const failing = (name: string) => () => Promise.reject(Object.assign(new Error(name), { name }));

function device(parts: Partial<Record<'share' | 'canShare' | 'writeText', unknown>>) {
  const nav: ShareNavigator = {};
  if (parts.share) nav.share = parts.share as ShareNavigator['share'];
  if (parts.canShare) nav.canShare = parts.canShare as ShareNavigator['canShare'];
  if (parts.writeText) nav.clipboard = { writeText: parts.writeText as (text: string) => Promise<void> };
  return nav;
}

describe('shareOrCopy', () => {
  it('hands the title, text and link to the share sheet when the browser says it can share them', async () => {
    const share = vi.fn(() => Promise.resolve());
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareOrCopy(payload, device({ share, canShare: () => true, writeText }))).toBe('shared');
    expect(share).toHaveBeenCalledWith(payload);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('takes a closed share sheet (AbortError) as the user’s choice: nothing copied, no error', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareOrCopy(payload, device({ share: failing('AbortError'), canShare: () => true, writeText }))).toBe('closed');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link where Web Share is missing, says no, or is refused', async () => {
    for (const nav of [
      device({}),
      device({ share: () => Promise.resolve() }), // no canShare: too old to say what it takes
      device({ share: () => Promise.resolve(), canShare: () => false }),
      device({ share: failing('NotAllowedError'), canShare: () => true }),
    ]) {
      const writeText = vi.fn(() => Promise.resolve());
      nav.clipboard = { writeText };
      expect(await shareOrCopy(payload, nav)).toBe('copied');
      expect(writeText).toHaveBeenCalledWith(payload.url);
    }
  });

  it('falls back to the link shown to copy by hand when the clipboard is missing or refused', async () => {
    expect(await shareOrCopy(payload, device({}))).toBe('manual');
    expect(await copyLink(payload.url, device({ writeText: failing('NotAllowedError') }))).toBe('manual');
  });
});
