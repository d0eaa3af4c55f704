/*
 * A folder on another origin than the app's is connected only when the page's policy lets the
 * app reach it (shared-folder/allowed-origin.ts): otherwise it would only ever look offline.
 */
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { sharedOf } from '../../../src/lib/db/commands/shared-commands.ts';
import { originAllowed } from '../../../src/lib/shared-folder/allowed-origin.ts';
import { connectShared } from '../../../src/lib/shared-folder/connect.ts';
import { WebDav } from '../../../src/lib/shared-folder/webdav.ts';
import { seededDb } from '../db/db-helpers.ts';

const PAGE = 'https://plans.example.org/quorum/';
const POLICY = "default-src 'self'; connect-src 'self' https://dav.example.org; object-src 'none'";

describe('origins the page may reach', () => {
  it('allows its own origin, and others only as connect-src lists them', () => {
    expect(originAllowed('https://plans.example.org/dav/', PAGE, POLICY)).toBe(true);
    expect(originAllowed('https://dav.example.org/team/', PAGE, POLICY)).toBe(true);
    expect(originAllowed('https://cloud.example.org/remote.php/dav/', PAGE, POLICY)).toBe(false);
    expect(originAllowed('https://cloud.example.org/', PAGE, "default-src 'self'")).toBe(false);
    expect(originAllowed('https://cloud.example.org/', PAGE, 'connect-src *')).toBe(true);
    expect(originAllowed('https://cloud.example.org/', PAGE, undefined)).toBe(true);
  });

  it('refuses to connect a folder the policy blocks, asking nothing of it and storing nothing', async () => {
    const db = await seededDb();
    const asked: string[] = [];
    const webdav = new WebDav((input) => {
      asked.push(String(input));
      return Promise.resolve(new Response(null, { status: 404 }));
    });
    const out = await connectShared(db, mispaIII.plan.id, 'https://cloud.example.org/remote.php/dav/files/sg/', PAGE, webdav, POLICY);
    expect(out).toEqual({ ok: false, problem: 'notAllowed', origin: 'https://cloud.example.org' });
    expect(asked).toEqual([]);
    expect(await sharedOf(db, mispaIII.plan.id)).toBeUndefined();
    expect(await connectShared(db, mispaIII.plan.id, 'https://dav.example.org/team/', PAGE, webdav, POLICY)).toEqual({
      ok: true,
      folder: 'https://dav.example.org/team/',
      holds: 'nothing',
    });
  });
});
