/*
 * Large plans on demand, for the benchmark (scripts/bench.mjs) and for tests that need volume:
 * `generatePlan({ seed, meetings, agendaItems, mandates })` builds a whole PlanBundle from a
 * seeded PRNG (mulberry32), so one seed always gives the same plan, byte for byte. The texts
 * look like a French working group's (accents, ’, « »), meetings spread over several years,
 * some timed in various time zones, some over several days, some cancelled or postponed;
 * agenda items are spread over the meetings, some with outcomes; mandates hang off resolutions
 * presented by the plan's sections; documents cite records. Every record passes the validators
 * of validation.ts and every reference resolves. Pure: no clock, no I/O.
 */
import type {
  AgendaItem,
  CitationTarget,
  DocumentRef,
  LocalizedText,
  Mandate,
  MandateStatus,
  Meeting,
  MeetingKind,
  MeetingStatus,
  Milestone,
  OutcomeKind,
  PlanBundle,
  Resolution,
  Section,
} from '../../src/lib/domain/types.ts';

export type GeneratePlanOptions = {
  seed: number;
  meetings: number;
  agendaItems: number;
  mandates: number;
  planId?: string;
};

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = [
  'America/New_York',
  'America/New_York',
  'America/Bogota',
  'America/Mexico_City',
  'Europe/Paris',
  'America/Argentina/Buenos_Aires',
  'America/Port_of_Spain',
];
const PLACES = [
  'Washington, D.C.',
  'Salle Simón Bolívar, siège de l’OEA',
  'Salle des Amériques',
  'Port of Spain, Trinité-et-Tobago',
  'Mexico, Mexique',
  'Bogotá, Colombie',
  'Santo Domingo, République dominicaine',
  'Montréal, Québec',
  'Lima, Pérou',
  'Salle Padilha Vidal',
  'Bureau du Secrétariat à la sécurité multidimensionnelle',
];
const TOPICS = [
  'la sécurité publique',
  'la prévention de la violence',
  'la gestion policière',
  'la coopération régionale',
  'la participation citoyenne',
  'la criminalité transnationale organisée',
  'les armes à feu illicites',
  'la traite des personnes',
  'la réinsertion sociale',
  'l’observatoire hémisphérique',
  'la formation des forces de l’ordre',
  'les systèmes pénitentiaires',
  'la cybersécurité',
  'la violence à l’égard des femmes',
  'les jeunes en situation de risque',
];
const VERBS = [
  'Examen du projet relatif à',
  'Présentation du rapport sur',
  'Échange de vues sur',
  'Adoption des recommandations concernant',
  'Révision du document de travail sur',
  'Consultations informelles sur',
  'Point sur l’état d’avancement de',
  'Dialogue avec les experts sur',
  'Négociation du texte portant sur',
  'Bilan des activités liées à',
];
const BODIES = [
  'Commission sur la sécurité hémisphérique',
  'Secrétariat à la sécurité multidimensionnelle',
  'Conseil permanent',
  'Groupe de travail',
  'Département de la sécurité publique',
  'États membres',
  'Secrétariat général',
  'Comité interaméricain contre le terrorisme',
];
const KINDS: MeetingKind[] = ['working-group', 'working-group', 'working-group', 'preparatory', 'expert', 'ministerial', 'other'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const STAMP = '2024-01-15T12:00:00.000Z';

const fr = (text: string): LocalizedText => ({ lang: 'fr', text });
const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A deterministic, valid plan of the requested size (see the file comment). */
export function generatePlan(options: GeneratePlanOptions): PlanBundle {
  const { seed } = options;
  const planId = options.planId ?? `generated-${seed}`;
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const owned = (id: string) => ({ id: `${planId}/${id}`, planId, updatedAt: STAMP });

  const plan: PlanBundle['plan'] = {
    id: planId,
    updatedAt: STAMP,
    createdAt: STAMP,
    title: fr(`Plan de travail généré nº ${seed} : préparation de la réunion des ministres chargés de ${pick(TOPICS)}`),
    shortTitle: fr(`Plan généré ${seed}`),
    body: fr(pick(BODIES)),
    language: 'fr',
    timeZone: 'America/New_York',
    chair: { name: 'Ambassadrice Hélène Lefèvre-Núñez', role: fr('Présidente du Groupe de travail') },
    status: 'in-progress',
  };

  // Sections: an introduction, then one section per group of resolutions.
  const resolutionCount = Math.max(1, Math.ceil(options.mandates / 25));
  const sections: Section[] = [];
  const sectionCount = Math.min(10, resolutionCount + 1);
  for (let s = 0; s < sectionCount; s++) {
    const id = `${planId}/section-${s + 1}`;
    sections.push({
      ...owned(`section-${s + 1}`),
      parentId: null,
      order: s,
      number: ROMAN[s],
      heading: fr(s === 0 ? 'Introduction et méthode de travail' : `Mandats relatifs à ${pick(TOPICS)}`),
      paragraphs: Array.from({ length: int(2, 5) }, (_, p) => ({
        id: `${id}/p${p + 1}`,
        text: fr(`${pick(VERBS)} ${pick(TOPICS)} : le Groupe de travail s’appuiera sur les contributions des États membres et de la « société civile ».`),
      })),
      ...(s === 0 ? { signature: [fr('Hélène Lefèvre-Núñez'), fr('Présidente du Groupe de travail')] } : {}),
    });
  }

  const resolutions: Resolution[] = Array.from({ length: resolutionCount }, (_, r) => ({
    ...owned(`resolution-${r + 1}`),
    order: r,
    sectionId: sections[1 + (r % (sectionCount - 1 || 1))]?.id ?? sections[0]!.id,
    symbol: `AG/RES. ${2600 + r} (XLI-O/11)`,
    title: fr(`Promotion de ${pick(TOPICS)} dans les Amériques`),
  }));

  const MANDATE_STATUSES: MandateStatus[] = ['pending', 'in-progress', 'in-progress', 'done', 'dropped'];
  const mandates: Mandate[] = Array.from({ length: options.mandates }, (_, m) => {
    const toBeConfirmed = random() < 0.1;
    return {
      ...owned(`mandate-${pad(m + 1)}`),
      resolutionId: resolutions[m % resolutionCount]!.id,
      order: Math.floor(m / resolutionCount),
      text: fr(`Charger le ${pick(BODIES)} de poursuivre ses travaux sur ${pick(TOPICS)} et d’en rendre compte à l’Assemblée générale.`),
      responsible: Array.from({ length: int(0, 2) }, () => fr(pick(BODIES))),
      status: pick(MANDATE_STATUSES),
      toBeConfirmed,
      ...(toBeConfirmed ? { confirmationNote: fr('Organe responsable déduit du texte, à confirmer.') } : {}),
    };
  });

  // Meetings: spread evenly over several years (about one every two days), with jitter.
  const start = Date.UTC(2011, 8, 1);
  const days = Math.max(365, Math.round(options.meetings * 2.2));
  const meetings: Meeting[] = Array.from({ length: options.meetings }, (_, i) => {
    const day = new Date(start + Math.floor(((i + random()) / Math.max(1, options.meetings)) * days) * 86_400_000);
    const kind = pick(KINDS);
    const roll = random();
    const status: MeetingStatus = roll < 0.05 ? 'cancelled' : roll < 0.1 ? 'postponed' : roll < 0.6 ? 'held' : 'planned';
    const multiDay = random() < 0.12;
    const timed = !multiDay && random() < 0.6;
    const hour = int(8, 16);
    const meeting: Meeting = {
      ...owned(`meeting-${pad(i + 1)}`),
      kind,
      startDate: iso(day),
      timeZone: pick(ZONES),
      status,
      sequence: status === 'planned' || status === 'held' ? int(0, 2) : int(1, 4),
      ...(kind === 'working-group' && random() < 0.5 ? {} : { title: fr(`${kindTitle(kind)} sur ${pick(TOPICS)}`) }),
      ...(random() < 0.8 ? { place: fr(pick(PLACES)) } : {}),
      ...(multiDay ? { endDate: iso(new Date(day.getTime() + int(1, 3) * 86_400_000)) } : {}),
      ...(timed ? { startTime: `${String(hour).padStart(2, '0')}:${pick(['00', '30'])}`, endTime: `${String(hour + int(1, 3)).padStart(2, '0')}:00` } : {}),
      ...(random() < 0.3 ? { sourceSectionId: pick(sections).id } : {}),
    };
    return meeting;
  });

  // Agenda items: every meeting gets its share (the remainder to the first ones), in order.
  const OUTCOMES: OutcomeKind[] = ['decided', 'decided', 'decided', 'postponed', 'withdrawn'];
  const agendaItems: AgendaItem[] = [];
  const perMeeting = options.meetings ? Math.floor(options.agendaItems / options.meetings) : 0;
  const extra = options.meetings ? options.agendaItems % options.meetings : 0;
  for (let m = 0; m < options.meetings; m++) {
    const meeting = meetings[m]!;
    const count = perMeeting + (m < extra ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const withOutcome = meeting.status === 'held' && random() < 0.5;
      const kindOfOutcome = withOutcome ? pick(OUTCOMES) : undefined;
      agendaItems.push({
        ...owned(`agenda-${pad(agendaItems.length + 1, 6)}`),
        meetingId: meeting.id,
        order: k,
        text: fr(`${pick(VERBS)} ${pick(TOPICS)}`),
        ...(kindOfOutcome
          ? {
              outcome: {
                kind: kindOfOutcome,
                recordedAt: `${meeting.endDate ?? meeting.startDate}T20:00:00.000Z`,
                ...(random() < 0.5
                  ? {
                      note: fr(
                        kindOfOutcome === 'decided'
                          ? 'Approuvé par consensus, sous réserve de l’examen des délégations.'
                          : 'Reporté à la prochaine réunion à la demande d’une délégation.',
                      ),
                    }
                  : {}),
              },
            }
          : {}),
      });
    }
  }

  const documents: DocumentRef[] = [];
  const citable: CitationTarget[] = [
    ...resolutions.map((r) => ({ kind: 'resolution' as const, id: r.id })),
    ...sections.map((s) => ({ kind: 'section' as const, id: s.id })),
  ];
  const documentCount = Math.max(1, Math.ceil(options.meetings / 20));
  for (let d = 0; d < documentCount; d++) {
    const meeting = meetings.length ? meetings[Math.floor(random() * meetings.length)] : undefined;
    const citedIn: CitationTarget[] = [pick(citable), ...(meeting ? [{ kind: 'meeting' as const, id: meeting.id }] : [])];
    documents.push({
      ...owned(`document-${pad(d + 1)}`),
      symbol: `OEA/Ser.G CSH/GT/MISPA-${pad(d + 1, 4)}/${11 + (d % 5)}`,
      ...(random() < 0.7 ? { title: fr(`Document de travail sur ${pick(TOPICS)}`) } : {}),
      citedIn,
    });
  }

  const milestones: Milestone[] = Array.from({ length: Math.min(20, Math.max(1, resolutionCount)) }, (_, k) => ({
    ...owned(`milestone-${k + 1}`),
    date: k % 3 === 0 ? String(2011 + k) : k % 3 === 1 ? `${2011 + k}-06` : `${2011 + k}-06-07`,
    title: fr(`Adoption de la résolution ${resolutions[k % resolutionCount]!.symbol}`),
    ...(k % 2 ? { place: fr(pick(PLACES)) } : {}),
  }));

  return { plan, sections, resolutions, mandates, meetings, agendaItems, documents, milestones };
}

function kindTitle(kind: MeetingKind): string {
  switch (kind) {
    case 'ministerial':
      return 'Réunion des ministres';
    case 'preparatory':
      return 'Réunion préparatoire';
    case 'expert':
      return 'Réunion d’experts';
    case 'other':
      return 'Séance extraordinaire';
    default:
      return 'Réunion du Groupe de travail';
  }
}
