/*
 * Every string of the interface in French. One object per language; keys are shared
 * (a later language file must have exactly these keys). `{name}` marks a placeholder.
 */
export const fr = {
  'app.name': 'Quorum',
  'app.skip': 'Aller au contenu',
  'nav.label': 'Navigation principale',
  'nav.overview': 'Accueil',
  'nav.plan': 'Plan',
  'nav.calendar': 'Calendrier',
  'nav.timeline': 'Chronologie',
  'nav.documents': 'Documents',

  'loading': 'Chargement…',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page de l’application.',
  'notFound.meeting': 'Cette réunion n’existe pas (ou plus) dans ce plan.',
  'notFound.home': 'Retour à l’accueil',

  'storage.unavailable.title': 'Stockage indisponible',
  'storage.unavailable.body':
    'Ce navigateur refuse d’enregistrer des données (navigation privée ou stockage désactivé). Le plan ne peut pas être conservé sur cet appareil.',
  'storage.seedFailed': 'Le plan par défaut n’a pas pu être enregistré : {reason}',

  'overview.chair': 'Présidence',
  'overview.body': 'Instance',
  'overview.timeZone': 'Fuseau horaire du plan',
  'overview.nextMeeting': 'Prochaine réunion du groupe',
  'overview.todayMeeting': 'Réunion du groupe aujourd’hui',
  'overview.lastMeeting': 'Dernière réunion du groupe',
  'overview.completed': 'Travaux terminés : toutes les réunions du groupe ont eu lieu.',
  'overview.noMeeting': 'Aucune réunion du groupe n’est prévue.',
  'overview.inDays': 'dans {count} jours',
  'overview.tomorrow': 'demain',
  'overview.goal': 'Réunion préparée',
  'overview.agendaCount': '{count} points à l’ordre du jour',
  'overview.agendaOne': '1 point à l’ordre du jour',
  'overview.explore': 'Parcourir le plan',
  'overview.status': 'Statut du plan',

  'planStatus.draft': 'Projet',
  'planStatus.adopted': 'Adopté',
  'planStatus.in-progress': 'En cours',
  'planStatus.completed': 'Terminé',
  'planStatus.archived': 'Archivé',

  'plan.title': 'Plan de travail',
  'plan.contents': 'Sommaire',
  'plan.resolution': 'Résolution',
  'plan.mandates': 'Mandats',
  'plan.mandate': 'Mandat {n}',
  'plan.responsible': 'Secteur responsable',
  'plan.noResponsible': 'Aucun secteur indiqué',
  'plan.toBeConfirmed': 'À confirmer',
  'plan.calendarLink': 'Voir le calendrier des réunions',
  'plan.signature': 'Signature',

  'mandateStatus.pending': 'À réaliser',
  'mandateStatus.in-progress': 'En cours',
  'mandateStatus.done': 'Réalisé',
  'mandateStatus.dropped': 'Abandonné',

  'calendar.title': 'Calendrier des réunions',
  'calendar.empty': 'Aucune réunion dans ce plan.',
  'calendar.agenda': 'Ordre du jour',
  'calendar.noAgenda': 'Pas d’ordre du jour indiqué.',
  'calendar.open': 'Ouvrir la réunion',

  'meeting.when': 'Date',
  'meeting.time': 'Heure',
  'meeting.allDay': 'Journée entière (heure non précisée)',
  'meeting.timeZone': 'Fuseau horaire',
  'meeting.place': 'Lieu',
  'meeting.placeUnknown': 'Non précisé',
  'meeting.kind': 'Type',
  'meeting.status': 'Statut',
  'meeting.agenda': 'Ordre du jour',
  'meeting.noAgenda': 'Aucun point à l’ordre du jour.',
  'meeting.outcome': 'Résultat',
  'meeting.previous': 'Réunion précédente',
  'meeting.next': 'Réunion suivante',
  'meeting.back': 'Retour au calendrier',
  'meeting.source': 'Source : section {section} du plan',
  'meeting.wgTitle': 'Réunion du groupe de travail du {date}',

  'meetingKind.working-group': 'Réunion du groupe de travail',
  'meetingKind.ministerial': 'Réunion ministérielle',
  'meetingKind.preparatory': 'Réunion préparatoire',
  'meetingKind.expert': 'Réunion d’experts',
  'meetingKind.other': 'Autre réunion',

  'meetingStatus.planned': 'Prévue',
  'meetingStatus.held': 'Tenue',
  'meetingStatus.postponed': 'Reportée',
  'meetingStatus.cancelled': 'Annulée',

  'outcome.decided': 'Décidé',
  'outcome.postponed': 'Reporté',
  'outcome.withdrawn': 'Retiré',

  'timeline.title': 'Chronologie du processus',
  'timeline.intro': 'Les étapes datées citées dans le plan, de la première réunion ministérielle à la troisième.',
  'timeline.yearOnly': 'en {year} (jour non précisé)',

  'documents.title': 'Documents cités',
  'documents.citedIn': 'Cité dans',
  'documents.none': 'Aucun document cité.',

  'pwa.offlineReady': 'L’application est prête à fonctionner hors ligne.',
  'pwa.updateAvailable': 'Une nouvelle version est disponible.',
  'pwa.reload': 'Mettre à jour',
  'pwa.close': 'Fermer',
  'pwa.offline': 'Hors ligne : tout le contenu reste disponible.',
} as const;

export type MessageKey = keyof typeof fr;
