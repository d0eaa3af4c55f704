/*
 * The embedded default plan: the work plan of the OAS working group that prepared the Third
 * Meeting of Ministers Responsible for Public Security in the Americas (MISPA-III), transcribed
 * from /work/shared/seed/mispa-iii-work-plan.fr.txt (see shared/seed/NOTES.md).
 *
 * Every text is copied exactly from the French source (accents, ’, “ ”, the source's own
 * spelling), with only leading/trailing whitespace trimmed and runs of spaces collapsed.
 * The only texts that are not the source's are the flagged notes on its two ambiguities
 * (the resolution's two numbers; seven mandates for six "responsible" cells).
 */
import type {
  AgendaItem,
  CitationTarget,
  DocumentRef,
  LocalizedText,
  Mandate,
  Meeting,
  MeetingKind,
  MeetingStatus,
  Milestone,
  Paragraph,
  PlanBundle,
  Section,
} from '../lib/domain/types.ts';

export const MISPA_III_SEED_KEY = 'mispa-iii';
export const SEED_TIME = '2011-09-15T00:00:00.000Z';

const PLAN_ID = 'mispa-iii';
const NY = 'America/New_York';

function fr(text: string): LocalizedText {
  return { lang: 'fr', text };
}

function paragraphs(sectionId: string, texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ id: `${sectionId}/p${i + 1}`, text: fr(text) }));
}

function section(
  id: string,
  parentId: string | null,
  order: number,
  number: string | undefined,
  heading: string,
  texts: string[] = [],
  signature?: string[],
): Section {
  return {
    id,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    parentId,
    order,
    ...(number === undefined ? {} : { number }),
    heading: fr(heading),
    paragraphs: paragraphs(id, texts),
    ...(signature === undefined ? {} : { signature: signature.map(fr) }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

const S1 = 'mispa-iii/s1';
const S1_1 = 'mispa-iii/s1.1';
const S1_2 = 'mispa-iii/s1.2';
const S2 = 'mispa-iii/s2';
const S3 = 'mispa-iii/s3';
const S4 = 'mispa-iii/s4';

const sections: Section[] = [
  section(S1, null, 0, 'I', 'ANTÉCÉDENTS'),

  section(S1_1, S1, 0, undefined, 'MISPA-I', [
    'Le 14 avril 2008, le Conseil permanent a adopté la résolution CP/RES. 934 (1644/08) convoquant la Première Réunion des ministres responsables de la sécurité publique des Amériques (MISPA), laquelle s’est tenue les 7 et 8 octobre 2008 à Mexico.',
    'Au cours de la MISPA-I, les États membres ont adopté l’Engagement en faveur de la sécurité publique dans les Amériques (MISPA/doc.7/08 rev. 4), lequel recueille l’expression de la volonté politique des pays de la région ainsi que la priorité qu’ils accordent à la lutte contre la criminalité et l’insécurité de manière collective, préventive, globale, cohérente, efficace et permanente.',
    'Cet important document conçoit la sécurité publique selon une perspective structurelle et contient de ce fait des mesures concrètes réparties dans cinq secteurs d’importance fondamentale pour la sécurité publique, à savoir, l’administration de la sécurité publique; la prévention de la criminalité, de la violence et de l’insécurité; l’administration de la police, la participation des citoyens et des collectivités, enfin, la coopération internationale.',
    'Enfin, le même document témoigne de l’intérêt des États membres par la décision d’institutionnaliser cette réunion ministérielle au moyen des offres généreuses de la République dominicaine et de la République de Trinité-et-Tobago d’accueillir la Deuxième et la Troisième Réunions des ministres responsables de la sécurité publique des Amériques en 2009 et en 2010, respectivement. De même, en prévision de la MISPA-II, le Gouvernement de la République orientale de l’Uruguay a gracieusement offert d’accueillir une réunion d’experts en 2009.',
  ]),

  section(S1_2, S1, 1, undefined, 'MISPA-II', [
    'La Deuxième Réunion des ministres responsables de la sécurité publique des Amériques s’est déroulée les 4 et 5 novembre 2009 à Santo Domingo (République dominicaine).',
    'Avant cette ministérielle, plusieurs réunions préparatoires se sont déroulées pour présenter les initiatives entreprises par le Secrétariat général pour donner suite à l’Engagement en faveur de la sécurité publique dans les Amériques, adopté lors de la MISPA-I. Ces initiatives ont été présentées à la Conférence spécialisée interaméricaine sur la sécurité publique qui a eu lieu les 4 et 5 aout 2009 à Montevideo (Uruguay) et lors d’une réunion préparatoire avec les organisations de la société civile tenue les 16 et 17 septembre 2009 à Lima (Pérou).',
    'Le Consensus de Santo Domingo sur la sécurité publique (MISPA-II/doc.8/09 rev. 4) a été analysé, débattu et approuvé par les chefs de délégation. Ce document fait état des avancées réalisées dans la mise en œuvre de l’Engagement en faveur de la sécurité publique dans les Amériques, informe les États membres des échanges d’information et de données d’expériences ayant trait aux pratiques optimales de prévention de la criminalité, de la violence et de l’insécurité; d’administration de la sécurité publique; d’administration de la police; de participation des citoyens et des collectivités et de coopération internationale. Les États membres ont sollicité à cette occasion la réalisation, avec les apports des États membres, de l’étude de faisabilité sur les meilleurs moyens de renforcer la formation et l’apprentissage des personnels ayant des attributions de sécurité publique dans la région, et demandé que cette étude soit présentée pour examen aux ministres lors de la MISPA-III. Il a également été convenu d’institutionnaliser le processus des MISPA sous la forme d’une Réunion des ministres responsables de la sécurité publique qui se tiendrait tous les deux ans, en établissant une alternance avec les REMJA et une réunion préparatoire d’experts avant les réunions ministérielles.',
    'À cette occasion, le Gouvernement de la République du Chili a offert d’accueillir la prochaine réunion d’experts et Trinité-et-Tobago a offert d’accueillir la MISPA-III en 2011.',
  ]),

  section(
    S2,
    null,
    1,
    'II',
    'MANDAT',
    [
      'Par sa résolution AG/RES. 2692 (XLI-O/11), “Suivi des réunions des ministres responsables de la sécurité publique des Amériques”, l’Assemblée générale de l’OEA réunie à San Salvador (El Salvador) a convoqué la Troisième Réunion des ministres responsables de la sécurité publique des Amériques (MISPA-III) les 17 et 18 novembre 2011 à Port of Spain (Trinité-et-Tobago).',
      'Le dispositif de cette résolution prévoit également la constitution d’un groupe de travail relevant de la Commission sur la sécurité continentale, qui sera chargé de coordonner les préparatifs de la MISPA-III.',
      'La résolution exhorte par ailleurs le Secrétariat général à achever l’étude de faisabilité, avec les apports des États membres, sur les meilleures façons de renforcer, à l’échelle régionale, l’entraînement et la formation du personnel exerçant des responsabilités en matière de sécurité publique (MISPA/RE/doc.4/09), aux fins de présentation à la MISPA-III, et de tenir la Commission sur la sécurité continentale régulièrement informée des progrès réalisés à ce titre.',
      'Enfin, la résolution demande au Secrétariat à la sécurité multidimensionnelle de continuer d’élargir, en s’appuyant, entre autres, sur les apports des États membres, le recueil des pratiques optimales et des données d’expériences dans les domaines d’administration de la police et de coopération internationale, aux fins de présentation à la MISPA-III.',
      'Le présent plan de travail est soumis sous réserve des changements que le groupe pourrait apporter ou qui pourraient s’avérer nécessaires, à mesure des progrès réalisés, afin de garantir les meilleurs résultats.',
    ],
    [
      'Colonel Mitchell',
      'Représentant suppléant de Trinité-et-Tobago près l’OEA',
      // Broken over three lines in the source; joined here.
      'Président du Groupe de travail chargé de préparer la Troisième Réunion des ministres responsables de la sécurité publique des Amériques',
    ],
  ),

  section(
    S3,
    null,
    2,
    'III',
    'PLAN DE TRAVAIL DU GROUPE DE TRAVAIL CHARGÉ DE PRÉPARER LA TROISIÈME RÉUNION DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES',
  ),

  section(
    S4,
    null,
    3,
    'IV',
    'CALENDRIER D’ACTIVITÉS ET RÉUNIONS DU GROUPE DE TRAVAIL CHARGÉ DE PRÉPARER LA TROISIÈME RÉUNION DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES',
  ),
];

// ---------------------------------------------------------------------------------------------
// Section III: the resolution and its mandates
// ---------------------------------------------------------------------------------------------

const RES = 'mispa-iii/res-2629';

const resolutions: PlanBundle['resolutions'] = [
  {
    id: RES,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    order: 0,
    sectionId: S3,
    symbol: 'AG/RES. 2629 (XLI-O/11)',
    title: fr('SUIVI DES RÉUNIONS DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES'),
    note: fr('La section II cite cette même résolution, sous le même titre, comme AG/RES. 2692 (XLI-O/11) : la source la cite donc sous deux numéros.'),
  },
];

// The six cells of the "SECTEUR RESPONSABLE" column, in source order.
const SG_OEA = 'Secrétariat général OEA';
const SSM_DSP = 'Secrétariat à la sécurité multidimensionnelle (Département de la sécurité publique)';
const CSH = 'CSH';
const SSM = 'Secrétariat à la sécurité multidimensionnelle';
const CP_CSH = 'Conseil permanent (CSH)';

const TO_CONFIRM = fr(
  'La source donne six cellules « secteur responsable » pour sept mandats : cette attribution est une lecture du texte, à confirmer par le groupe.',
);

function mandate(n: number, text: string, responsible: string[], toBeConfirmed: boolean): Mandate {
  return {
    id: `mispa-iii/m${n}`,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    resolutionId: RES,
    order: n - 1,
    text: fr(text),
    responsible: responsible.map(fr),
    status: 'pending',
    toBeConfirmed,
    ...(toBeConfirmed ? { confirmationNote: TO_CONFIRM } : {}),
  };
}

const mandates: Mandate[] = [
  mandate(
    1,
    'D’encourager les États membres à appliquer ou à continuer d’appliquer de façon efficace l’Engagement en faveur de la sécurité publique dans les Amériques et le Consensus de Santo Domingo sur la sécurité publique, et de demander au Secrétariat général d’exécuter ou de continuer d’exécuter les mandats qui lui ont été attribués aux termes de ces documents.',
    [SG_OEA],
    false,
  ),
  mandate(
    2,
    'De demander instamment au Secrétariat général d’achever, avec des contributions des États membres, l’étude de faisabilité sur les meilleures façons de renforcer, à l’échelle régionale, l’entraînement et la formation du personnel exerçant des responsabilités en matière de sécurité publique (MISPA/RE/doc.4/09), de manière à présenter l’étude lors de la Troisième Réunion des ministres responsables de la sécurité publique des Amériques (MISPA-III), et de tenir la Commission sur la sécurité continentale régulièrement informée des progrès réalisés.',
    [SSM_DSP],
    false,
  ),
  mandate(
    3,
    'De demander au Secrétariat à la sécurité multidimensionnelle de continuer d’élargir, en s’appuyant, entre autres, sur les apports des États membres, le recueil des pratiques optimales et des données d’expériences dans les domaines d’administration de la police et de coopération internationale, aux fins de présentation à la MISPA-III.',
    [SSM_DSP],
    false,
  ),
  // Mandates 4–6 share three cells (CSH; CSH + SSM) for three bullets: a reading, to be confirmed.
  mandate(
    4,
    'De convoquer la Troisième Réunion des ministres responsables de la sécurité publique des Amériques (MISPA-III) pour les 17 et 18 novembre 2011 à Port of Spain (Trinité-et-Tobago).',
    [],
    true,
  ),
  mandate(
    5,
    'De constituer, par l’intermédiaire de la Commission sur la sécurité continentale, un groupe de travail chargé de coordonner les travaux préparatoires de la MISPA-III.',
    [CSH],
    true,
  ),
  mandate(
    6,
    'D’inscrire le thème “MISPA-III” au calendrier d’activités 2011-2012 de la Commission sur la sécurité continentale afin de donner suite aux résultats de la MISPA-III et à l’exécution des mandats conférés au Secrétariat général dans le cadre du processus de la MISPA.',
    [CSH, SSM],
    true,
  ),
  mandate(
    7,
    'De demander au Conseil permanent de soumettre un rapport à l’Assemblée générale, lors de sa Quarante-deuxième Session ordinaire, sur les suites données à la présente résolution, et d’établir que la mise en œuvre des activités qui y sont prévues dépendra de la disponibilité des ressources financières inscrites à ce titre dans le Programme-budget de l’Organisation, ainsi que d’autres ressources.',
    [CP_CSH],
    false,
  ),
];

// ---------------------------------------------------------------------------------------------
// Section IV: the working group's meetings and their themes
// ---------------------------------------------------------------------------------------------

const wgMeetings: Array<{ date: string; items: string[] }> = [
  {
    date: '2011-09-15',
    items: [
      'Élection de la vice-présidence du Groupe de travail',
      'Examen et approbation du projet de plan de travail du Groupe de travail',
      'Examen du projet d’ordre du jour',
      'Examen du projet de calendrier',
      'Examen du projet de liste des invités',
      'Examen du projet de règlement',
    ],
  },
  {
    date: '2011-09-22',
    items: ['Examen des documents prévus pour la MISPA-III', 'Examen du document final'],
  },
  { date: '2011-09-29', items: ['Examen des documents prévus pour la MISPA-III'] },
  { date: '2011-10-13', items: ['Examen des documents prévus pour la MISPA-III'] },
  { date: '2011-10-27', items: ['Examen des documents prévus pour la MISPA-III'] },
];

const workingGroupMeetings: Meeting[] = wgMeetings.map(({ date }) => ({
  id: `mispa-iii/wg-${date}`,
  planId: PLAN_ID,
  updatedAt: SEED_TIME,
  kind: 'working-group',
  startDate: date,
  timeZone: NY,
  status: 'planned',
  sequence: 0,
  sourceSectionId: S4,
}));

const agendaItems: AgendaItem[] = wgMeetings.flatMap(({ date, items }) =>
  items.map((text, i) => ({
    id: `mispa-iii/wg-${date}/a${i + 1}`,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    meetingId: `mispa-iii/wg-${date}`,
    order: i,
    text: fr(text),
  })),
);

// ---------------------------------------------------------------------------------------------
// Other meetings named in sections I and II (titles and places as the source words them)
// ---------------------------------------------------------------------------------------------

function otherMeeting(
  id: string,
  kind: MeetingKind,
  title: string,
  startDate: string,
  endDate: string,
  place: string,
  timeZone: string,
  status: MeetingStatus,
  sourceSectionId: string,
): Meeting {
  return {
    id,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    kind,
    title: fr(title),
    startDate,
    endDate,
    timeZone,
    place: fr(place),
    status,
    sequence: 0,
    sourceSectionId,
  };
}

const MTG_MISPA_I = 'mispa-iii/mtg-mispa-i';
const MTG_MONTEVIDEO = 'mispa-iii/mtg-2009-08-04-montevideo';
const MTG_LIMA = 'mispa-iii/mtg-2009-09-16-lima';
const MTG_MISPA_II = 'mispa-iii/mtg-mispa-ii';
const MTG_MISPA_III = 'mispa-iii/mtg-mispa-iii';

const otherMeetings: Meeting[] = [
  otherMeeting(
    MTG_MISPA_I,
    'ministerial',
    'Première Réunion des ministres responsables de la sécurité publique des Amériques',
    '2008-10-07',
    '2008-10-08',
    'Mexico',
    'America/Mexico_City',
    'held',
    S1_1,
  ),
  otherMeeting(
    MTG_MONTEVIDEO,
    'preparatory',
    'Conférence spécialisée interaméricaine sur la sécurité publique',
    '2009-08-04',
    '2009-08-05',
    'Montevideo (Uruguay)',
    'America/Montevideo',
    'held',
    S1_2,
  ),
  otherMeeting(
    MTG_LIMA,
    'preparatory',
    'Réunion préparatoire avec les organisations de la société civile',
    '2009-09-16',
    '2009-09-17',
    'Lima (Pérou)',
    'America/Lima',
    'held',
    S1_2,
  ),
  otherMeeting(
    MTG_MISPA_II,
    'ministerial',
    'Deuxième Réunion des ministres responsables de la sécurité publique des Amériques',
    '2009-11-04',
    '2009-11-05',
    'Santo Domingo (République dominicaine)',
    'America/Santo_Domingo',
    'held',
    S1_2,
  ),
  otherMeeting(
    MTG_MISPA_III,
    'ministerial',
    'Troisième Réunion des ministres responsables de la sécurité publique des Amériques (MISPA-III)',
    '2011-11-17',
    '2011-11-18',
    'Port of Spain (Trinité-et-Tobago)',
    'America/Port_of_Spain',
    'planned',
    S2,
  ),
];

// ---------------------------------------------------------------------------------------------
// Milestones: dated events that are not meetings
// ---------------------------------------------------------------------------------------------

const MS_CP_RES_934 = 'mispa-iii/ms-2008-04-14-cp-res-934';
const MS_AG_RES_2692 = 'mispa-iii/ms-2011-ag-res-2692';

const milestones: Milestone[] = [
  {
    id: MS_CP_RES_934,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    date: '2008-04-14',
    title: fr(
      'Le Conseil permanent a adopté la résolution CP/RES. 934 (1644/08) convoquant la Première Réunion des ministres responsables de la sécurité publique des Amériques (MISPA)',
    ),
    sourceSectionId: S1_1,
  },
  {
    id: MS_AG_RES_2692,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    // The source gives no day or month, only the session (XLI-O/11).
    date: '2011',
    title: fr(
      'Par sa résolution AG/RES. 2692 (XLI-O/11), l’Assemblée générale de l’OEA a convoqué la Troisième Réunion des ministres responsables de la sécurité publique des Amériques (MISPA-III)',
    ),
    place: fr('San Salvador (El Salvador)'),
    sourceSectionId: S2,
  },
];

// ---------------------------------------------------------------------------------------------
// Documents cited (by symbol, or by title where the source names them without it)
// ---------------------------------------------------------------------------------------------

const inSection = (id: string): CitationTarget => ({ kind: 'section', id });
const inMandate = (n: number): CitationTarget => ({ kind: 'mandate', id: `mispa-iii/m${n}` });
const inMilestone = (id: string): CitationTarget => ({ kind: 'milestone', id });
const inResolution = (id: string): CitationTarget => ({ kind: 'resolution', id });

function documentRef(id: string, symbol: string, title: string | undefined, citedIn: CitationTarget[]): DocumentRef {
  return {
    id,
    planId: PLAN_ID,
    updatedAt: SEED_TIME,
    symbol,
    ...(title === undefined ? {} : { title: fr(title) }),
    citedIn,
  };
}

const documents: DocumentRef[] = [
  documentRef('mispa-iii/doc-cp-res-934', 'CP/RES. 934 (1644/08)', undefined, [inSection(S1_1), inMilestone(MS_CP_RES_934)]),
  documentRef('mispa-iii/doc-mispa-doc-7-08', 'MISPA/doc.7/08 rev. 4', 'Engagement en faveur de la sécurité publique dans les Amériques', [
    inSection(S1_1),
    inSection(S1_2),
    inMandate(1),
  ]),
  documentRef('mispa-iii/doc-mispa-ii-doc-8-09', 'MISPA-II/doc.8/09 rev. 4', 'Consensus de Santo Domingo sur la sécurité publique', [
    inSection(S1_2),
    inMandate(1),
  ]),
  documentRef(
    'mispa-iii/doc-mispa-re-doc-4-09',
    'MISPA/RE/doc.4/09',
    'Étude de faisabilité sur les meilleures façons de renforcer, à l’échelle régionale, l’entraînement et la formation du personnel exerçant des responsabilités en matière de sécurité publique',
    // Section I (MISPA-II) names the same study in other words, without its symbol.
    [inSection(S1_2), inSection(S2), inMandate(2)],
  ),
  documentRef('mispa-iii/doc-ag-res-2692', 'AG/RES. 2692 (XLI-O/11)', 'Suivi des réunions des ministres responsables de la sécurité publique des Amériques', [
    inSection(S2),
    inMilestone(MS_AG_RES_2692),
  ]),
  documentRef('mispa-iii/doc-ag-res-2629', 'AG/RES. 2629 (XLI-O/11)', 'SUIVI DES RÉUNIONS DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES', [
    inResolution(RES),
  ]),
];

// ---------------------------------------------------------------------------------------------

export const mispaIII: PlanBundle = {
  plan: {
    id: PLAN_ID,
    updatedAt: SEED_TIME,
    createdAt: SEED_TIME,
    title: fr('Plan de travail du Groupe de travail chargé de préparer la Troisième Réunion des ministres responsables de la sécurité publique des Amériques'),
    shortTitle: fr('MISPA-III'),
    body: fr('Commission sur la sécurité continentale'),
    language: 'fr',
    timeZone: NY,
    chair: {
      name: 'Colonel Mitchell',
      role: fr(
        'Représentant suppléant de Trinité-et-Tobago près l’OEA, Président du Groupe de travail chargé de préparer la Troisième Réunion des ministres responsables de la sécurité publique des Amériques',
      ),
    },
    // The source is the draft work plan, examined for approval on 15 September (NOTES.md).
    status: 'draft',
    seedKey: MISPA_III_SEED_KEY,
  },
  sections,
  resolutions,
  mandates,
  // In date order.
  meetings: [...otherMeetings, ...workingGroupMeetings].sort((a, b) => a.startDate.localeCompare(b.startDate)),
  agendaItems,
  documents,
  milestones,
};
