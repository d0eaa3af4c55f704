import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/data/glossary.ts';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import { findForms, findNames, spellsOut, termMatcher } from '../../../src/lib/domain/glossary-match.ts';
import { findTermUses, type TermUse } from '../../../src/lib/domain/glossary.ts';
import { splitBySymbols, splitByTerms } from '../../../src/lib/domain/symbols.ts';
import { fr, makeAgendaItem, makeBundle, makeMandate, makeSection } from '../factories.ts';

const matcher = termMatcher(glossary);
const forms = (text: string) => findForms(text, matcher).map((m) => `${m.termId}:${text.slice(m.start, m.end)}`);
const names = (text: string) => findNames(text, matcher).map((m) => `${m.termId}:${text.slice(m.start, m.end)}`);

describe('glossary matching', () => {
  it('finds acronyms whole-word and case-sensitive, numbered ones under their acronym', () => {
    expect(forms('La CSH, l’OEA (OAS) et la MISPA-III ; puis la REMJA-VIII.')).toEqual([
      'csh:CSH',
      'oea:OEA',
      'oea:OAS',
      'mispa:MISPA-III',
      'remja:REMJA-VIII',
    ]);
    expect(forms('csh, CSHX, XCSH, Oea, MISPAS')).toEqual([]);
  });

  it('leaves acronyms that are part of a document symbol alone', () => {
    expect(forms('CP/RES. 934 (1644/08), AG/RES. 2692, MISPA-II/doc.8/09 rev. 4, MISPA/RE/doc.4/09')).toEqual([]);
  });

  it('finds full names ignoring accents and case, whole words only', () => {
    expect(names('TROISIÈME RÉUNION DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES')).toEqual([
      'mispa:RÉUNION DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES',
    ]);
    expect(names('au Secretariat a la securite multidimensionnelle, au Conseil permanent')).toEqual([
      'ssm:Secretariat a la securite multidimensionnelle',
      'cp:Conseil permanent',
    ]);
    expect(names('le Conseil permanentement')).toEqual([]);
  });

  it('says when a full name is followed by its acronym in brackets', () => {
    const text = 'la Troisième Réunion des ministres responsables de la sécurité publique des Amériques (MISPA-III) et le Conseil permanent (CSH)';
    const found = findNames(text, matcher);
    expect(found.map((m) => spellsOut(text, m, matcher))).toEqual([true, false]);
  });

  it('cuts running text around acronyms, keeping symbols whole and every character', () => {
    const text = 'CP/RES. 934 (1644/08) : le CP et la CSH.';
    const parts = splitByTerms(splitBySymbols(text, ['CP/RES. 934 (1644/08)']), (run) => findForms(run, matcher));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.symbol || p.term)).toEqual([
      { text: 'CP/RES. 934 (1644/08)', symbol: 'CP/RES. 934 (1644/08)' },
      { text: 'CP', term: 'cp' },
      { text: 'CSH', term: 'csh' },
    ]);
  });
});

const places = (use: TermUse | undefined) => use?.places.map((p) => `${p.kind} ${p.id}`);

describe('findTermUses on the MISPA-III plan (checked against the source text)', () => {
  const uses = new Map(findTermUses(mispaIII, glossary).map((u) => [u.termId, u]));

  it('lists the terms the plan uses, in glossary order', () => {
    expect([...uses.keys()]).toEqual(['oea', 'ag', 'cp', 'csh', 'ssm', 'mispa', 'remja']);
  });

  it('finds CSH in the responsible cells and the Commission by its French name, in reading order', () => {
    const csh = uses.get('csh')!;
    // Source cells "CSH", "CSH + Secrétariat…", "Conseil permanent (CSH)", read as mandates 5, 6, 7.
    expect(csh.places.filter((p) => p.kind === 'responsible').map((p) => p.id)).toEqual(['mispa-iii/m5', 'mispa-iii/m6', 'mispa-iii/m7']);
    expect(places(csh)).toEqual([
      'paragraph mispa-iii/s2/p2',
      'paragraph mispa-iii/s2/p3',
      'mandate mispa-iii/m2',
      'mandate mispa-iii/m5',
      'responsible mispa-iii/m5',
      'mandate mispa-iii/m6',
      'responsible mispa-iii/m6',
      'responsible mispa-iii/m7',
    ]);
    expect(csh.formsUsed).toEqual(['CSH']);
    expect(csh.spelledOutAs).toBeUndefined(); // the text never says what CSH stands for
    expect(csh.namedAs).toBe('Commission sur la sécurité continentale');
    expect(csh.places.at(-1)).toMatchObject({ target: { screen: 'plan', anchor: 'mispa-iii/m7' }, within: { kind: 'mandate', id: 'mispa-iii/m7' } });
    expect(
      csh.places
        .at(-1)!
        .excerpt.filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['CSH']);
  });

  it('finds REMJA only in section I, and OEA in section II, its signature, mandate 1 and the timeline, neither spelled out', () => {
    expect(places(uses.get('remja'))).toEqual(['paragraph mispa-iii/s1.2/p3']);
    expect(places(uses.get('oea'))).toEqual([
      'paragraph mispa-iii/s2/p1',
      'signature mispa-iii/s2',
      'responsible mispa-iii/m1',
      'milestone mispa-iii/ms-2011-ag-res-2692',
    ]);
    for (const id of ['oea', 'remja']) expect([uses.get(id)!.spelledOutAs, uses.get(id)!.namedAs]).toEqual([undefined, undefined]);
    expect(uses.get('oea')!.formsUsed).toEqual(['OEA']);
  });

  it('counts MISPA-I, -II, -III under MISPA, which the plan spells out', () => {
    const mispa = uses.get('mispa')!;
    expect(mispa.formsUsed).toEqual(['MISPA-I', 'MISPA', 'MISPA-II', 'MISPA-III']);
    expect(mispa.spelledOutAs).toBe('Réunion des ministres responsables de la sécurité publique des Amériques');
    expect(places(mispa)!.slice(0, 2)).toEqual(['section mispa-iii/s1.1', 'paragraph mispa-iii/s1.1/p1']);
    expect(mispa.places.find((p) => p.kind === 'agendaItem')?.target).toEqual({
      screen: 'meeting',
      id: 'mispa-iii/wg-2011-09-22',
      anchor: 'mispa-iii/wg-2011-09-22/a1',
    });
  });

  it('lists the Secretariat for Multidimensional Security by its name, though the plan never writes SSM', () => {
    const ssm = uses.get('ssm')!;
    expect(ssm.formsUsed).toEqual([]);
    expect(ssm.namedAs).toBe('Secrétariat à la sécurité multidimensionnelle');
    expect(places(ssm)).toEqual([
      'paragraph mispa-iii/s2/p4',
      'responsible mispa-iii/m2',
      'mandate mispa-iii/m3',
      'responsible mispa-iii/m3',
      'responsible mispa-iii/m6',
    ]);
  });

  it('does not take CP/RES. for a use of CP: the Permanent Council is found by its name only', () => {
    expect(uses.get('cp')).toMatchObject({ formsUsed: [], namedAs: 'Conseil permanent' });
    expect(places(uses.get('cp'))).toEqual([
      'paragraph mispa-iii/s1.1/p1',
      'mandate mispa-iii/m7',
      'responsible mispa-iii/m7',
      'milestone mispa-iii/ms-2008-04-14-cp-res-934',
    ]);
  });
});

describe('findTermUses on a made-up plan', () => {
  it('follows the plan as edited: what it spells out, agenda items, and nothing when no term is used', () => {
    const bundle = makeBundle();
    bundle.sections[0] = makeSection({
      id: 'plan-1/s1',
      paragraphs: [{ id: 'plan-1/s1/p1', text: fr('La Commission sur la sécurité continentale (CSH) rend compte au CP.') }],
    });
    bundle.agendaItems.push(makeAgendaItem({ id: 'plan-1/wg/a3', meetingId: 'plan-1/wg', text: fr('Résultats de la REMJA-VIII') }));
    bundle.mandates = [makeMandate({ id: 'plan-1/m1', resolutionId: 'plan-1/res', responsible: [fr('Secrétariat général')] })];
    const uses = findTermUses(bundle, glossary);
    expect(uses.map((u) => u.termId)).toEqual(['cp', 'csh', 'mispa', 'remja']);
    expect(uses.find((u) => u.termId === 'csh')).toMatchObject({
      spelledOutAs: 'Commission sur la sécurité continentale',
      places: [{ kind: 'paragraph', id: 'plan-1/s1/p1' }],
    });
    expect(uses.find((u) => u.termId === 'remja')).toMatchObject({
      formsUsed: ['REMJA-VIII'],
      places: [{ kind: 'agendaItem', target: { screen: 'meeting', id: 'plan-1/wg', anchor: 'plan-1/wg/a3' }, within: { kind: 'meeting', id: 'plan-1/wg' } }],
    });

    const plain = makeBundle();
    plain.sections = [];
    plain.plan = { ...plain.plan };
    plain.mandates = [];
    plain.resolutions = [];
    expect(findTermUses(plain, glossary)).toEqual([]);
  });
});
