/*
 * The interface strings in French that the first screen needs (shell, overview, notices).
 * Strings that only lazily loaded screens use are in fr-more.ts, so they stay out of the
 * first load. Keys are shared by every language; `{name}` marks a placeholder.
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
  'nav.search': 'Rechercher',
  'nav.language': 'Langue',

  'loading': 'Chargement…',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page de l’application.',
  'noPlan': 'Aucun plan sur cet appareil : créez-en un, rétablissez le plan par défaut ou annulez la suppression.',
  'notFound.home': 'Retour à l’accueil',

  'overview.chair': 'Présidence',
  'overview.body': 'Instance',
  'overview.nextMeeting': 'Prochaine réunion du groupe',
  'overview.todayMeeting': 'Réunion du groupe aujourd’hui',
  'overview.lastMeeting': 'Dernière réunion du groupe',
  'overview.completed': 'Les dates de toutes les réunions du groupe sont passées.',
  'overview.noMeeting': 'Aucune réunion du groupe n’est prévue.',
  'overview.inDays': 'dans {count} jours',
  'overview.tomorrow': 'demain',
  'overview.goal': 'Réunion préparée',
  'overview.explore': 'Parcourir le plan',
  'overview.status': 'Statut du plan',

  'planStatus.draft': 'Projet',
  'planStatus.adopted': 'Adopté',
  'planStatus.in-progress': 'En cours',
  'planStatus.completed': 'Terminé',
  'planStatus.archived': 'Archivé',

  'calendar.agenda': 'Ordre du jour',

  'meeting.allDay': 'Journée entière (heure non précisée)',
  'meeting.wgTitle': 'Réunion du groupe de travail du {date}',

  'meetingStatus.planned': 'Prévue',
  'meetingStatus.held': 'Tenue',
  'meetingStatus.postponed': 'Reportée',
  'meetingStatus.cancelled': 'Annulée',
  'meetingStatus.plannedPast': 'Date passée',

  'form.edit': 'Modifier',
  'form.leave': 'Des modifications ne sont pas enregistrées. Quitter quand même ?',
  'form.quota': 'L’appareil n’a plus assez d’espace pour enregistrer. Rien n’a été modifié ; libérez de l’espace puis réessayez.',
  'form.undo': 'Défaire',
  'form.undone': 'Modification annulée.',
  'form.nothingToUndo': 'Rien à défaire.',

  'plans.manage': 'Mes plans',
  'plans.edit': 'Modifier le plan',
  'plans.changes': 'Modifications et historique',
  'share.title': 'Partager et sauvegarder',
  'share.reminder': 'Modifications non sauvegardées : {count}',

  'pwa.offline': 'Hors ligne : tout le contenu reste disponible.',
} as const;

export type MessageKey = keyof typeof fr;
