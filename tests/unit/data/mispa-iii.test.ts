// @vitest-environment node
/*
 * The embedded MISPA-III plan against its French source: nothing invented, nothing left out.
 * The source is read from shared/seed beside the repository, or from the byte copy in
 * tests/fixtures when shared/ is not there.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mispaIII, MISPA_III_SEED_KEY, SEED_TIME } from '../../../src/data/mispa-iii.ts';
import type { LocalizedText, Meeting } from '../../../src/lib/domain/types.ts';

const repoRoot = new URL('../../../', import.meta.url).href;
const sharedPath = fileURLToPath(new URL('../shared/seed/mispa-iii-work-plan.fr.txt', repoRoot).href);
const fixturePath = fileURLToPath(new URL('tests/fixtures/mispa-iii-work-plan.fr.txt', repoRoot).href);
const raw = readFileSync(existsSync(sharedPath) ? sharedPath : fixturePath, 'utf8');

/** The only normalisation the data may apply: trim, and collapse runs of spaces/tabs. */
const normalize = (s: string): string => s.replace(/[ \t]+/g, ' ').trim();
const BULLET = /^· /;

const lines = raw.split(/\r?\n/).map(normalize);
/** The whole source on one line: for texts the source breaks over several lines. */
const flat = normalize(lines.filter(Boolean).join(' '));
const inSource = (t: string): boolean => flat.includes(t) || flat.includes(t.charAt(0).toLowerCase() + t.slice(1));

const headingIndex = (re: RegExp): number => {
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`heading ${re} not found in the source`);
  return i;
};
const iI = headingIndex(/^I\. /);
const iII = headingIndex(/^II\. /);
const iIII = headingIndex(/^III\. /);
const iIV = headingIndex(/^IV\. /);

const MONTHS: Record<string, string> = {
  janvier: '01',
  février: '02',
  fevrier: '02',
  mars: '03',
  avril: '04',
  mai: '05',
  juin: '06',
  juillet: '07',
  août: '08',
  aout: '08',
  septembre: '09',
  octobre: '10',
  novembre: '11',
  décembre: '12',
  decembre: '12',
};
const pad = (d: string): string => d.padStart(2, '0');
const month = (word: string): string => {
  const m = MONTHS[word.toLowerCase()];
  if (!m) throw new Error(`unknown month ${word}`);
  return m;
};

const b = mispaIII;
const sectionByHeading = (heading: string) => {
  const s = b.sections.find((x) => x.heading.text === heading);
  if (!s) throw new Error(`no section headed ${heading}`);
  return s;
};
const mandate = (n: number) => {
  const m = b.mandates.find((x) => x.order === n - 1);
  if (!m) throw new Error(`no mandate ${n}`);
  return m;
};
const wgMeetings = (): Meeting[] => b.meetings.filter((m) => m.kind === 'working-group').sort((x, y) => x.startDate.localeCompare(y.startDate));
const itemsOf = (meetingId: string): string[] =>
  b.agendaItems
    .filter((a) => a.meetingId === meetingId)
    .sort((x, y) => x.order - y.order)
    .map((a) => a.text.text);

/** Every LocalizedText anywhere in the bundle. */
function allTexts(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((v) => allTexts(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.lang === 'string' && typeof o.text === 'string') out.push(o as unknown as LocalizedText);
    else Object.values(o).forEach((v) => allTexts(v, out));
  }
  return out;
}

/** Source text parsed: prose of sections I–II by heading, and the signature lines. */
function parseProse(): { prose: Map<string, string[]>; signature: string[] } {
  const prose = new Map<string, string[]>();
  const signature: string[] = [];
  let current = '';
  for (const line of lines.slice(iI, iIII)) {
    if (!line) continue;
    const numbered = /^(?:I|II)\. (.+)$/.exec(line);
    if (numbered?.[1] || /^MISPA-I{1,2}$/.test(line)) {
      current = numbered?.[1] ?? line;
      prose.set(current, []);
    } else if (line.endsWith('.')) prose.get(current)?.push(line);
    else signature.push(line);
  }
  return { prose, signature };
}

/** Section III: the bullets, the resolution symbol/title lines, and the "responsible" cells. */
function parseTable(): { bullets: string[]; cells: string[]; tableLines: string[] } {
  const tableLines = lines.slice(iIII + 1, iIV).filter(Boolean);
  const lastBullet = tableLines.map((l) => BULLET.test(l)).lastIndexOf(true);
  const bullets = tableLines.filter((l) => BULLET.test(l)).map((l) => l.replace(BULLET, ''));
  const cells: string[] = [];
  for (const l of tableLines.slice(lastBullet + 1)) {
    if (l.startsWith('(') && cells.length > 0) cells[cells.length - 1] += ` ${l}`;
    else cells.push(l);
  }
  return { bullets, cells, tableLines };
}

/** Section IV: the meetings (day under a month heading) and their themes. */
function parseCalendar(): Array<{ date: string; items: string[] }> {
  const out: Array<{ date: string; items: string[] }> = [];
  let ym = '';
  for (const line of lines.slice(iIV + 1)) {
    const mh = /^(\p{L}+) (\d{4})$/u.exec(line);
    if (mh?.[1] && mh[2] && MONTHS[mh[1].toLowerCase()]) ym = `${mh[2]}-${month(mh[1])}`;
    else if (/^\d{1,2}$/.test(line)) out.push({ date: `${ym}-${pad(line)}`, items: [] });
    else if (BULLET.test(line)) out[out.length - 1]?.items.push(line.replace(BULLET, ''));
  }
  return out;
}

const SYMBOL_RE = /\b(?:CP|AG)\/RES\. \d+ \([^)]+\)|\bMISPA(?:-[IV]+)?(?:\/[A-Z]+)?\/doc\.\d+\/\d{2}(?: rev\. \d+)?/g;

describe('MISPA-III seed: source file', () => {
  it('the fixture copy is byte-identical to shared/seed when both exist', () => {
    expect(existsSync(fixturePath)).toBe(true);
    if (existsSync(sharedPath)) {
      expect(readFileSync(fixturePath).equals(readFileSync(sharedPath))).toBe(true);
    }
  });
});

describe('MISPA-III seed: plan', () => {
  it('has the plan identity and its words come from the source', () => {
    expect(MISPA_III_SEED_KEY).toBe('mispa-iii');
    expect(b.plan.id).toBe('mispa-iii');
    expect(b.plan.seedKey).toBe(MISPA_III_SEED_KEY);
    expect(b.plan.language).toBe('fr');
    expect(b.plan.timeZone).toBe('America/New_York');
    expect(b.plan.status).toBe('draft');
    expect(inSource(b.plan.shortTitle.text)).toBe(true);
    expect(inSource(b.plan.body.text)).toBe(true);
    const lowerFlat = flat.toLowerCase();
    for (const word of b.plan.title.text.split(/\s+/)) expect(lowerFlat).toContain(word.toLowerCase());
    expect(b.plan.chair?.name).toBe('Colonel Mitchell');
    const signature = sectionByHeading('MANDAT').signature?.map((t) => t.text) ?? [];
    expect(b.plan.chair?.role?.text).toBe(signature.slice(1).join(', '));
  });
});

describe('MISPA-III seed: sections I and II, nothing left out', () => {
  const { prose, signature } = parseProse();

  it('top-level sections are I–IV with the source headings, in order', () => {
    const top = b.sections.filter((s) => s.parentId === null).sort((x, y) => x.order - y.order);
    expect(top.map((s) => `${s.number}. ${s.heading.text}`)).toEqual([lines[iI], lines[iII], lines[iIII], lines[iIV]]);
    expect(top.map((s) => s.order)).toEqual([0, 1, 2, 3]);
  });

  it('section I holds MISPA-I and MISPA-II as children, and no prose of its own', () => {
    const s1 = sectionByHeading('ANTÉCÉDENTS');
    expect(s1.paragraphs).toEqual([]);
    const children = b.sections.filter((s) => s.parentId === s1.id).sort((x, y) => x.order - y.order);
    expect(children.map((c) => c.heading.text)).toEqual(['MISPA-I', 'MISPA-II']);
    expect(children.map((c) => c.order)).toEqual([0, 1]);
  });

  it('every prose line of the source is a paragraph, in order, under its heading', () => {
    expect([...prose.keys()]).toEqual(['ANTÉCÉDENTS', 'MISPA-I', 'MISPA-II', 'MANDAT']);
    expect(prose.get('MISPA-I')).toHaveLength(4);
    expect(prose.get('MISPA-II')).toHaveLength(4);
    expect(prose.get('MANDAT')).toHaveLength(5);
    for (const [heading, expected] of prose) {
      expect(sectionByHeading(heading).paragraphs.map((p) => p.text.text)).toEqual(expected);
    }
    expect(sectionByHeading('MANDAT').paragraphs.at(-1)?.text.text).toMatch(/^Le présent plan de travail est soumis sous réserve/);
  });

  it('sections III and IV hold no paragraphs (their content is the tables)', () => {
    for (const i of [iIII, iIV]) {
      const s = b.sections.find((x) => `${x.number}. ${x.heading.text}` === lines[i]);
      expect(s?.paragraphs).toEqual([]);
    }
  });

  it('the signature block is the source lines, the broken title joined', () => {
    const data = sectionByHeading('MANDAT').signature?.map((t) => t.text) ?? [];
    expect(data).toHaveLength(3);
    expect(data.slice(0, 2)).toEqual(signature.slice(0, 2));
    expect(data.join(' ')).toBe(signature.join(' '));
  });
});

describe('MISPA-III seed: section III, resolution and mandates', () => {
  const { bullets, cells, tableLines } = parseTable();

  it('has one resolution with the symbol and title of the table', () => {
    expect(b.resolutions).toHaveLength(1);
    const r = b.resolutions[0]!;
    const symbols =
      tableLines
        .filter((l) => !BULLET.test(l))
        .join(' ')
        .match(SYMBOL_RE) ?? [];
    expect(symbols).toEqual([r.symbol]);
    expect(r.symbol).toBe('AG/RES. 2629 (XLI-O/11)');
    expect(tableLines).toContain(r.title.text);
  });

  it('has the 7 bullets as mandates, in order, exact', () => {
    expect(bullets).toHaveLength(7);
    expect(b.mandates).toHaveLength(7);
    const data = [...b.mandates].sort((x, y) => x.order - y.order);
    expect(data.map((m) => m.text.text)).toEqual(bullets);
    expect(data.map((m) => m.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(data.every((m) => m.resolutionId === b.resolutions[0]!.id && m.status === 'pending')).toBe(true);
  });

  it('uses the six responsible cells, each once, none invented', () => {
    expect(cells).toEqual([
      'Secrétariat général OEA',
      'Secrétariat à la sécurité multidimensionnelle (Département de la sécurité publique)',
      'Secrétariat à la sécurité multidimensionnelle (Département de la sécurité publique)',
      'CSH',
      'CSH + Secrétariat à la sécurité multidimensionnelle',
      'Conseil permanent (CSH)',
    ]);
    const bodies = (n: number) => mandate(n).responsible.map((t) => t.text);
    expect(bodies(1)).toEqual([cells[0]]);
    expect(bodies(2)).toEqual([cells[1]]);
    expect(bodies(3)).toEqual([cells[2]]);
    expect(bodies(7)).toEqual([cells[5]]);
    // Mandates 4–6 share the two middle cells between them, split on "+".
    const middle = [cells[3]!, cells[4]!].flatMap((c) => c.split(' + '));
    expect([4, 5, 6].flatMap(bodies)).toEqual(middle);
  });
});

describe('MISPA-III seed: section IV, working-group meetings', () => {
  const calendar = parseCalendar();

  it('has 5 working-group meetings and 11 agenda items', () => {
    expect(calendar).toHaveLength(5);
    expect(calendar.flatMap((c) => c.items)).toHaveLength(11);
    expect(wgMeetings()).toHaveLength(5);
    expect(b.agendaItems).toHaveLength(11);
  });

  it('each meeting has the date and themes, in order, that the source gives', () => {
    expect(wgMeetings().map((m) => ({ date: m.startDate, items: itemsOf(m.id) }))).toEqual(calendar);
    expect(calendar.map((c) => c.items.length)).toEqual([6, 2, 1, 1, 1]);
  });

  it('invents no time, place, title or end date; planned, in New York time, linked to section IV', () => {
    const s4 = b.sections.find((x) => `${x.number}. ${x.heading.text}` === lines[iIV])!;
    for (const m of wgMeetings()) {
      expect(m.startTime).toBeUndefined();
      expect(m.endTime).toBeUndefined();
      expect(m.place).toBeUndefined();
      expect(m.title).toBeUndefined();
      expect(m.endDate).toBeUndefined();
      expect(m.timeZone).toBe('America/New_York');
      expect(m.status).toBe('planned');
      expect(m.sequence).toBe(0);
      expect(m.sourceSectionId).toBe(s4.id);
    }
  });
});

describe('MISPA-III seed: other dated events', () => {
  it('other meetings have the dates and places the source gives ("les 7 et 8 octobre 2008 à Mexico")', () => {
    const re = /les (\d{1,2}) et (\d{1,2}) (\p{L}+) (\d{4}) à ([A-Z][^(.,]*(?:\([^)]*\))?)/gu;
    const fromSource = new Set<string>();
    for (const m of flat.matchAll(re)) {
      const [, d1, d2, mon, y, place] = m;
      const mm = month(mon!);
      fromSource.add(`${y}-${mm}-${pad(d1!)}|${y}-${mm}-${pad(d2!)}|${place!.trim()}`);
    }
    expect(fromSource.size).toBe(5);
    const data = b.meetings.filter((m) => m.kind !== 'working-group').map((m) => `${m.startDate}|${m.endDate}|${m.place?.text}`);
    expect(data).toHaveLength(5);
    expect(new Set(data)).toEqual(fromSource);
  });

  it('other meetings have titles found in the source, a section that states them, and no agenda', () => {
    for (const m of b.meetings.filter((x) => x.kind !== 'working-group')) {
      expect(m.title && inSource(m.title.text)).toBe(true);
      const s = b.sections.find((x) => x.id === m.sourceSectionId);
      const text = s?.paragraphs.map((p) => p.text.text).join(' ') ?? '';
      expect(text).toContain(m.place!.text);
      expect(itemsOf(m.id)).toEqual([]);
      expect(m.status).toBe(m.startDate < '2011-09-15' ? 'held' : 'planned');
    }
  });

  it('milestones have the dates the source gives, titled from source words', () => {
    const day = /Le (\d{1,2}) (\p{L}+) (\d{4}), le Conseil permanent a adopté la résolution (CP\/RES\. \d+ \([^)]+\))/u.exec(flat);
    expect(day).not.toBeNull();
    const [, d, mon, y, symbol] = day!;
    const cp = b.milestones.find((m) => m.title.text.includes(symbol!));
    expect(cp?.date).toBe(`${y}-${month(mon!)}-${pad(d!)}`);

    // The General Assembly's resolution: the source gives only the session year ("/11").
    const ag = b.milestones.find((m) => m.title.text.includes('AG/RES. 2692 (XLI-O/11)'));
    expect(ag?.date).toBe('2011');
    expect(ag?.place?.text).toBe('San Salvador (El Salvador)');
    expect(flat).toContain(`réunie à ${ag?.place?.text}`);

    expect(b.milestones).toHaveLength(2);
    const lowerFlat = flat.toLowerCase();
    for (const m of b.milestones) {
      for (const word of m.title.text.split(/[\s,]+/).filter(Boolean)) {
        expect(lowerFlat).toContain(word.toLowerCase());
      }
      expect(b.sections.some((s) => s.id === m.sourceSectionId)).toBe(true);
    }
  });
});

describe('MISPA-III seed: documents', () => {
  it('every symbol in the source is a document, and every document is in the source', () => {
    const fromSource = new Set(flat.match(SYMBOL_RE) ?? []);
    expect(fromSource.size).toBe(6);
    expect(new Set(b.documents.map((d) => d.symbol))).toEqual(fromSource);
    expect(b.documents).toHaveLength(fromSource.size);
  });

  it('document titles are the source’s', () => {
    for (const d of b.documents) if (d.title) expect(inSource(d.title.text)).toBe(true);
  });

  it('citedIn lists exactly the records whose source text cites the document', () => {
    // What each document is cited as: its symbol, or its name where the text uses that instead.
    const aliases: Record<string, string[]> = {
      'MISPA/doc.7/08 rev. 4': ['Engagement en faveur de la sécurité publique dans les Amériques'],
      'MISPA-II/doc.8/09 rev. 4': ['Consensus de Santo Domingo sur la sécurité publique'],
      'MISPA/RE/doc.4/09': ['étude de faisabilité'],
    };
    const records: Array<{ key: string; text: string }> = [
      ...b.sections.map((s) => ({ key: `section:${s.id}`, text: s.paragraphs.map((p) => p.text.text).join(' ') })),
      ...b.resolutions.map((r) => ({ key: `resolution:${r.id}`, text: `${r.symbol} ${r.title.text}` })),
      ...b.mandates.map((m) => ({ key: `mandate:${m.id}`, text: m.text.text })),
      ...b.milestones.map((m) => ({ key: `milestone:${m.id}`, text: m.title.text })),
      ...b.meetings.map((m) => ({ key: `meeting:${m.id}`, text: m.title?.text ?? '' })),
    ];
    for (const d of b.documents) {
      const phrases = [d.symbol, ...(aliases[d.symbol] ?? [])];
      const expected = records.filter((r) => phrases.some((p) => r.text.includes(p))).map((r) => r.key);
      expect(d.citedIn.map((c) => `${c.kind}:${c.id}`).sort(), d.symbol).toEqual(expected.sort());
    }
  });
});

describe('MISPA-III seed: integrity', () => {
  const allIds = [
    b.plan.id,
    ...b.sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => p.id)]),
    ...b.resolutions.map((x) => x.id),
    ...b.mandates.map((x) => x.id),
    ...b.meetings.map((x) => x.id),
    ...b.agendaItems.map((x) => x.id),
    ...b.documents.map((x) => x.id),
    ...b.milestones.map((x) => x.id),
  ];

  it('all ids are unique, readable and prefixed with the plan id', () => {
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const id of allIds) expect(id).toMatch(/^mispa-iii(\/[a-z0-9.-]+)*$/);
  });

  it('every reference points to an existing record', () => {
    const ids = new Set(allIds);
    const owned = [...b.sections, ...b.resolutions, ...b.mandates, ...b.meetings, ...b.agendaItems, ...b.documents, ...b.milestones];
    for (const r of owned) expect(r.planId).toBe(b.plan.id);
    const sectionIds = new Set(b.sections.map((s) => s.id));
    for (const s of b.sections) if (s.parentId !== null) expect(sectionIds.has(s.parentId)).toBe(true);
    const resolutionIds = new Set(b.resolutions.map((r) => r.id));
    for (const m of b.mandates) expect(resolutionIds.has(m.resolutionId)).toBe(true);
    const meetingIds = new Set(b.meetings.map((m) => m.id));
    for (const a of b.agendaItems) expect(meetingIds.has(a.meetingId)).toBe(true);
    for (const m of [...b.meetings, ...b.milestones]) {
      if (m.sourceSectionId !== undefined) expect(sectionIds.has(m.sourceSectionId)).toBe(true);
    }
    const byKind: Record<string, Set<string>> = {
      section: sectionIds,
      resolution: resolutionIds,
      mandate: new Set(b.mandates.map((m) => m.id)),
      milestone: new Set(b.milestones.map((m) => m.id)),
      meeting: meetingIds,
    };
    for (const d of b.documents) {
      expect(d.citedIn.length).toBeGreaterThan(0);
      for (const c of d.citedIn) expect(byKind[c.kind]?.has(c.id), `${d.symbol} → ${c.id}`).toBe(true);
    }
    expect(ids.size).toBe(allIds.length);
  });

  it('every record is stamped with SEED_TIME', () => {
    expect(SEED_TIME).toBe('2011-09-15T00:00:00.000Z');
    expect(b.plan.createdAt).toBe(SEED_TIME);
    const stamped = [b.plan, ...b.sections, ...b.resolutions, ...b.mandates, ...b.meetings, ...b.agendaItems, ...b.documents, ...b.milestones];
    for (const r of stamped) expect(r.updatedAt).toBe(SEED_TIME);
  });

  it('all texts are French, normalised, without bullets or straight quotes', () => {
    const texts = allTexts(b);
    expect(texts.length).toBeGreaterThan(50);
    expect(raw).toContain('’');
    expect(raw).not.toContain("'");
    expect(texts.some((t) => t.text.includes('’'))).toBe(true);
    for (const t of texts) {
      expect(t.lang).toBe('fr');
      expect(t.text).toBe(normalize(t.text));
      expect(t.text).not.toMatch(BULLET);
      expect(t.text, t.text).not.toContain("'");
      expect(t.text, t.text).not.toContain('"');
    }
  });

  it('mandate, agenda item, paragraph and heading texts are the source’s own', () => {
    const bulletLines = new Set(lines.filter((l) => BULLET.test(l)).map((l) => l.replace(BULLET, '')));
    for (const m of b.mandates) expect(bulletLines.has(m.text.text)).toBe(true);
    for (const a of b.agendaItems) expect(bulletLines.has(a.text.text)).toBe(true);
    const lineSet = new Set(lines);
    for (const s of b.sections) {
      for (const p of s.paragraphs) expect(lineSet.has(p.text.text)).toBe(true);
      expect(flat).toContain(s.heading.text);
      for (const l of s.signature ?? []) expect(flat).toContain(l.text);
    }
    for (const m of b.mandates) for (const r of m.responsible) expect(flat).toContain(r.text);
  });
});

describe('MISPA-III seed: the two ambiguities stay visible', () => {
  it('the resolution notes that section II cites it as AG/RES. 2692', () => {
    const r = b.resolutions[0]!;
    expect(flat).toContain('AG/RES. 2692 (XLI-O/11)');
    expect(r.note?.text).toContain('AG/RES. 2692 (XLI-O/11)');
    expect(r.note?.lang).toBe('fr');
  });

  it('mandates 4–6 are to be confirmed, with a note; 1–3 and 7 are not', () => {
    for (const n of [4, 5, 6]) {
      expect(mandate(n).toBeConfirmed).toBe(true);
      expect(mandate(n).confirmationNote?.text).toMatch(/six .*sept mandats/);
    }
    for (const n of [1, 2, 3, 7]) {
      expect(mandate(n).toBeConfirmed).toBe(false);
      expect(mandate(n).confirmationNote).toBeUndefined();
    }
    expect(mandate(4).responsible).toEqual([]);
  });
});
