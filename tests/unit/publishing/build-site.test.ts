// @vitest-environment node
/*
 * A published site (src/lib/publishing): which files it holds, that the plan file reads back
 * as the plan (and nothing personal), that the index's hash is the file's, that the feed is
 * a feed (refresh interval, stable UIDs, SEQUENCE, cancelled meetings kept) read by libical
 * and python3-icalendar without an error, that publishing again gives the same bytes, and
 * that an index already in the folder keeps its other plans.
 */
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import type { PlanBundle } from '../../../src/lib/domain/types.ts';
import { meetingUid } from '../../../src/lib/ical/meeting-event.ts';
import { readPlanFile } from '../../../src/lib/plan-files/read-file.ts';
import { planVersion } from '../../../src/lib/domain/plan-version.ts';
import { cryptoSigner, newKeyPair, thumbprint } from '../../../src/lib/plan-files/signature.ts';
import { buildSite, type SiteFile } from '../../../src/lib/publishing/build-site.ts';
import { publishInto, type SiteFolder } from '../../../src/lib/publishing/publish-folder.ts';
import { mergeSiteIndex, readSiteIndex } from '../../../src/lib/publishing/site-index.ts';
import { meetingPaths, pathSegment, sitePaths } from '../../../src/lib/publishing/site-paths.ts';
import { siteZipName, zipSite } from '../../../src/lib/publishing/zip-site.ts';
import { readStrictly } from '../ical/strict-reader.ts';
import { makeBundle } from '../factories.ts';
import { describeFile, pdfBytes } from '../documents-fixtures.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const APP = 'Quorum 0.1.0';
const text = (file: SiteFile | undefined) => new TextDecoder().decode(file!.bytes);
const byPath = (files: SiteFile[], path: string) => files.find((f) => f.path === path);

/** The seed with one meeting cancelled (and its SEQUENCE raised, as the app does on a change). */
function withCancelled(): PlanBundle {
  const [first, ...rest] = mispaIII.meetings;
  return { ...mispaIII, meetings: [{ ...first!, status: 'cancelled', sequence: 3, updatedAt: '2011-09-01T10:00:00.000Z' }, ...rest] };
}

/** A folder in memory, counting what is written into it. */
function memoryFolder() {
  const files = new Map<string, string>();
  const writes: string[] = [];
  const folder: SiteFolder = {
    read: async (path) => files.get(path),
    has: async (path) => files.has(path),
    write: async (path, bytes) => {
      writes.push(path);
      files.set(path, new TextDecoder().decode(bytes));
    },
  };
  return { files, writes, folder };
}

describe('a published site', () => {
  it('holds the index, the plan file, the feed and one .ics per meeting, each with its type', async () => {
    const { files, index } = await buildSite({ bundles: [mispaIII], app: APP, now: NOW });
    const paths = sitePaths(mispaIII.plan.id);
    expect(files.map((f) => f.path).sort()).toEqual(
      ['index.json', paths.planFile, paths.calendar, ...mispaIII.meetings.map((m) => `plans/mispa-iii/meetings/${m.id.replace('mispa-iii/', '')}.ics`)].sort(),
    );
    expect(files.filter((f) => f.path.endsWith('.ics')).every((f) => f.type === 'text/calendar')).toBe(true);
    expect(byPath(files, 'index.json')!.type).toBe('application/json');
    expect(JSON.parse(text(byPath(files, 'index.json')))).toEqual(index);
    expect(index).toMatchObject({ format: 'quorum-site', version: 1, publishedAt: NOW.toISOString(), app: APP });
    expect(index.plans).toEqual([
      expect.objectContaining({
        id: mispaIII.plan.id,
        version: planVersion(mispaIII),
        meetings: mispaIII.meetings.length,
        planFile: paths.planFile,
        calendar: paths.calendar,
      }),
    ]);
  });

  it('has a plan file that reads back as the plan, no history and nothing personal, whose SHA-256 and size the index gives', async () => {
    const { files, index } = await buildSite({ bundles: [mispaIII], app: APP, now: NOW });
    const planFile = byPath(files, index.plans[0]!.planFile)!;
    const read = await readPlanFile(text(planFile));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.plans).toHaveLength(1);
    expect(read.file.plans[0]!.bundle).toEqual(mispaIII);
    expect(read.file.plans[0]!.history).toBeUndefined();
    expect(text(planFile)).not.toMatch(/"(marks|notes)"/);
    expect(index.plans[0]!.sha256).toBe(createHash('sha256').update(planFile.bytes).digest('hex'));
    expect(index.plans[0]!.bytes).toBe(planFile.bytes.byteLength);
  });

  it('gives the same bytes for the same plan published later: only the index is dated by the publishing', async () => {
    const first = await buildSite({ bundles: [mispaIII], app: APP, now: NOW });
    const later = await buildSite({ bundles: [mispaIII], app: APP, now: new Date('2027-01-15T08:00:00Z') });
    for (const file of first.files.filter((f) => f.path !== 'index.json')) expect(byPath(later.files, file.path)!.bytes).toEqual(file.bytes);
    expect(later.index.plans).toEqual(first.index.plans);
    expect(later.index.publishedAt).not.toBe(first.index.publishedAt);
  });

  it('has a feed with a refresh interval, the UIDs and SEQUENCE of the app’s own exports, and a cancelled meeting kept as cancelled', async () => {
    const bundle = withCancelled();
    const { files } = await buildSite({ bundles: [bundle], app: APP, now: NOW, refreshSeconds: 30 * 60 });
    const feed = text(byPath(files, sitePaths(bundle.plan.id).calendar));
    expect(feed).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n');
    expect(feed).toContain('\r\nX-PUBLISHED-TTL:PT30M\r\n');
    expect(feed).not.toMatch(/\r\nMETHOD:/);
    expect(feed).not.toContain('BEGIN:VALARM');
    for (const meeting of bundle.meetings) expect(feed).toContain(`\r\nUID:${meetingUid(bundle.plan.id, meeting.id)}\r\n`);
    const cancelled = feed.split('BEGIN:VEVENT').find((block) => block.includes(`UID:${meetingUid(bundle.plan.id, bundle.meetings[0]!.id)}`))!;
    expect(cancelled).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(cancelled).toContain('\r\nSEQUENCE:3\r\n');
    // Dated by the plan's version, not by the clock.
    expect(cancelled).toContain(
      `\r\nDTSTAMP:${planVersion(bundle)
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}\r\n`,
    );
  });

  it('has a feed and meeting files that libical and python3-icalendar read without an error', async () => {
    const { files } = await buildSite({ bundles: [withCancelled()], app: APP, now: NOW });
    const ics = files.filter((f) => f.path.endsWith('.ics'));
    const readings = readStrictly(ics.map(text));
    expect(readings).toHaveLength(ics.length);
    for (const [i, reading] of readings.entries()) {
      expect({ file: ics[i]!.path, errors: [...reading.libical.errors, ...reading.icalendar.errors] }).toEqual({ file: ics[i]!.path, errors: [] });
      expect(reading.libical.events.length).toBeGreaterThan(0);
    }
    expect(readings[ics.findIndex((f) => f.path.endsWith('calendar.ics'))]!.libical.events).toHaveLength(mispaIII.meetings.length);
  });

  it('has no feed for a plan without meetings (a calendar needs one event), and says so in the index', async () => {
    const empty = { ...makeBundle('empty'), meetings: [], agendaItems: [] };
    const { files, index } = await buildSite({ bundles: [empty], app: APP, now: NOW });
    expect(files.some((f) => f.path.endsWith('.ics'))).toBe(false);
    expect(index.plans[0]!.calendar).toBeUndefined();
    expect(index.plans[0]!.meetings).toBe(0);
  });

  it('keeps ids out of the path: an id with a slash or dots becomes a hash', async () => {
    expect(pathSegment('mispa-iii_2011')).toBe('mispa-iii_2011');
    for (const id of ['../../etc/passwd', 'a/b', 'index.json', '', 'é']) expect(pathSegment(id)).toMatch(/^id-[0-9a-f]{16}$/);
    const { files } = await buildSite({ bundles: [makeBundle('../up')], app: APP, now: NOW });
    for (const file of files) expect(file.path).toMatch(/^(index\.json|plans\/[A-Za-z0-9_-]+\/[A-Za-z0-9_./-]+)$/);
    expect(files.some((f) => f.path.includes('..'))).toBe(false);
    // Two meetings whose names would be the same without the plan's prefix keep apart.
    const both = meetingPaths('p', ['p/x', 'x', 'p/y']);
    expect(both.get('p/y')).toBe('plans/p/meetings/y.ics');
    expect(new Set(both.values()).size).toBe(3);
    expect(both.get('x')).toMatch(/^plans\/p\/meetings\/id-[0-9a-f]{16}\.ics$/);
  });
});

describe('the site index', () => {
  it('keeps the other plans of the folder published into, and replaces the one published again in its place', async () => {
    const other = makeBundle('other-plan');
    const before = (await buildSite({ bundles: [other, mispaIII], app: APP, now: NOW })).index;
    const edited = { ...mispaIII, plan: { ...mispaIII.plan, updatedAt: '2026-11-30T09:00:00.000Z' } };
    const { index } = await buildSite({ bundles: [edited, makeBundle('new-plan')], previous: before, app: APP, now: NOW });
    expect(index.plans.map((p) => p.id)).toEqual([other.plan.id, mispaIII.plan.id, 'new-plan']);
    expect(index.plans[1]!.version).toBe('2026-11-30T09:00:00.000Z');
    expect(index.plans[1]!.sha256).not.toBe(before.plans[1]!.sha256);
    expect(mergeSiteIndex(undefined, [], NOW.toISOString()).plans).toEqual([]);
  });

  it('reads back what it writes, and refuses what is not JSON, not an index, from a newer app, or points out of the site', async () => {
    const { index } = await buildSite({ bundles: [mispaIII], app: APP, now: NOW });
    expect(readSiteIndex(JSON.stringify(index))).toEqual({ ok: true, index });
    expect(readSiteIndex('{ not json')).toEqual({ ok: false, problem: 'notJson' });
    expect(readSiteIndex(JSON.stringify({ format: 'quorum-plan', version: 2 }))).toEqual({ ok: false, problem: 'notIndex' });
    expect(readSiteIndex(JSON.stringify({ ...index, version: 2 }))).toEqual({ ok: false, problem: 'newer' });
    const climbing = { ...index, plans: [{ ...index.plans[0]!, planFile: 'plans/x/../../secret.json' }] };
    expect(readSiteIndex(JSON.stringify(climbing))).toEqual({ ok: false, problem: 'notIndex' });
    const absolute = { ...index, plans: [{ ...index.plans[0]!, calendar: 'https://elsewhere.example/feed.ics' }] };
    expect(readSiteIndex(JSON.stringify(absolute))).toEqual({ ok: false, problem: 'notIndex' });
  });
});

describe('the site as a zip', () => {
  it('holds every file at its path, byte for byte, dated by the publishing', async () => {
    const { files } = await buildSite({ bundles: [mispaIII], app: APP, now: NOW });
    const unzipped = unzipSync(zipSite(files, NOW));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
    for (const file of files) expect(unzipped[file.path]).toEqual(file.bytes);
    expect(siteZipName('MISPA-III')).toBe('MISPA-III-site.zip');
    expect(siteZipName('  / ')).toBe('Quorum-site.zip');
  });
});

describe('a signed site', () => {
  it('has a plan file signed by the publisher, and an index naming the publisher with its key', async () => {
    const pair = await newKeyPair();
    const signer = await cryptoSigner('Secrétariat de la CIDI', pair.privateKey, pair.publicKey);
    const { files, index } = await buildSite({ bundles: [mispaIII], app: APP, now: NOW, signer });
    const read = await readPlanFile(text(byPath(files, sitePaths(mispaIII.plan.id).planFile)));
    expect(read.ok && read.file.checkedSignature).toEqual({
      status: 'signed',
      name: 'Secrétariat de la CIDI',
      key: signer.key,
      thumbprint: await thumbprint(signer.key),
    });
    expect(index.publisher).toEqual({ name: 'Secrétariat de la CIDI', key: signer.key, thumbprint: await thumbprint(signer.key) });
    expect(readSiteIndex(text(byPath(files, 'index.json')))).toEqual({ ok: true, index });
  });

  it('published again unchanged into the same folder, rewrites only the index: every other file keeps its bytes and its date', async () => {
    const pair = await newKeyPair();
    const signer = await cryptoSigner('CIDI', pair.privateKey, pair.publicKey);
    const { files, writes, folder } = memoryFolder();
    await publishInto(folder, { bundles: [mispaIII], app: APP, now: NOW, signer });
    const planFile = files.get(sitePaths(mispaIII.plan.id).planFile);
    writes.length = 0;
    await publishInto(folder, { bundles: [mispaIII], app: APP, now: new Date('2026-12-02T08:00:00Z'), signer });
    expect(writes).toEqual(['index.json']);
    expect(files.get(sitePaths(mispaIII.plan.id).planFile)).toBe(planFile);

    // A changed plan is signed again, and its new file verifies.
    const moved = {
      ...mispaIII,
      meetings: mispaIII.meetings.map((m, i) => (i ? m : { ...m, startDate: '2011-12-01', endDate: '2011-12-01', updatedAt: '2026-12-02T07:00:00.000Z' })),
    };
    await publishInto(folder, { bundles: [moved], app: APP, now: new Date('2026-12-02T09:00:00Z'), signer });
    expect(writes).toContain(sitePaths(mispaIII.plan.id).planFile);
    const read = await readPlanFile(files.get(sitePaths(mispaIII.plan.id).planFile)!);
    expect(read.ok && read.file.checkedSignature?.status).toBe('signed');
  });
});

describe('a published site with the documents’ texts', () => {
  const FR = pdfBytes('Résolution, texte français');
  const EN = pdfBytes('Resolution, English text');
  const [first, second, ...others] = mispaIII.documents;
  // Two documents: one with French and English texts, one naming the same English file.
  const bundle: PlanBundle = {
    ...mispaIII,
    documents: [{ ...first!, files: [describeFile(EN, 'en'), describeFile(FR, 'fr')] }, { ...second!, files: [describeFile(EN, 'en')] }, ...others],
  };
  const held = new Map([
    [describeFile(FR, 'fr').hash, FR],
    [describeFile(EN, 'en').hash, EN],
  ]);
  const documentBytes = async (hash: string) => held.get(hash);
  const docPath = (bytes: Uint8Array) => `plans/mispa-iii/documents/${describeFile(bytes, 'x').hash}.pdf`;

  it('puts each text once beside the plan file under its hash, and the plan file only names them', async () => {
    const { files } = await buildSite({ bundles: [bundle], app: APP, now: NOW, documentBytes });
    const docs = files.filter((f) => f.path.includes('/documents/'));
    expect(docs.map((f) => f.path).sort()).toEqual([docPath(FR), docPath(EN)].sort());
    expect(docs.every((f) => f.named && f.type === 'application/pdf')).toBe(true);
    expect(byPath(files, docPath(FR))!.bytes).toEqual(FR);
    const planText = text(byPath(files, sitePaths(mispaIII.plan.id).planFile));
    expect(planText).not.toContain('Résolution, texte français');
    const read = await readPlanFile(planText);
    expect(read.ok && read.file.plans[0]!.bundle.documents[0]!.files).toEqual(bundle.documents[0]!.files);
    // The zip holds them too, stored as they are.
    const zipped = unzipSync(zipSite(files, NOW));
    expect(zipped[docPath(EN)]).toEqual(EN);
  });

  it('leaves out a text this device does not hold, and writes a text already in the folder never again', async () => {
    const onlyFr = async (hash: string) => (hash === describeFile(FR, 'fr').hash ? FR : undefined);
    const { files: partial } = await buildSite({ bundles: [bundle], app: APP, now: NOW, documentBytes: onlyFr });
    expect(partial.filter((f) => f.named).map((f) => f.path)).toEqual([docPath(FR)]);

    const { files, writes, folder } = memoryFolder();
    await publishInto(folder, { bundles: [bundle], app: APP, now: NOW, documentBytes });
    // The texts first, the index last: a follower reading either finds every file it names.
    expect(writes.slice(0, 2).sort()).toEqual([docPath(FR), docPath(EN)].sort());
    expect(writes.at(-1)).toBe('index.json');
    expect(files.has(docPath(EN))).toBe(true);
    writes.length = 0;
    const NEW = pdfBytes('Résolution, texte révisé');
    held.set(describeFile(NEW, 'fr').hash, NEW);
    const changed = {
      ...bundle,
      documents: bundle.documents.map((d, i) =>
        i ? d : { ...d, files: [describeFile(EN, 'en'), describeFile(NEW, 'fr')], updatedAt: '2026-12-02T07:00:00.000Z' },
      ),
    };
    await publishInto(folder, { bundles: [changed], app: APP, now: NOW, documentBytes });
    expect(writes.filter((p) => p.includes('/documents/'))).toEqual([docPath(NEW)]);
  });
});
