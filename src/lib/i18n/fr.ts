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

  'loading': 'Chargement…',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page de l’application.',
  'notFound.home': 'Retour à l’accueil',

  'storage.unavailable.title': 'Stockage indisponible',
  'storage.unavailable.body': 'Ce navigateur refuse d’enregistrer des données (navigation privée ou stockage désactivé). Le plan ne peut pas être conservé sur cet appareil.',
  'storage.seedFailed': 'Le plan par défaut n’a pas pu être enregistré : {reason}',

  'overview.chair': 'Présidence',
  'overview.body': 'Instance',
  'overview.nextMeeting': 'Prochaine réunion du groupe',
  'overview.todayMeeting': 'Réunion du groupe aujourd’hui',
  'overview.lastMeeting': 'Dernière réunion du groupe',
  'overview.completed': 'Travaux terminés : toutes les réunions du groupe ont eu lieu.',
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

  'connection.outdated': 'Une version plus récente de l’application est ouverte dans un autre onglet et a mis à jour les données. Rechargez cette page pour continuer.',
  'connection.blocked': 'Mise à jour des données en attente : fermez les autres onglets ou fenêtres de Quorum.',
  'connection.reload': 'Recharger',

  'form.edit': 'Modifier',
  'form.invalid': 'Corrigez les champs signalés avant d’enregistrer.',
  'form.leave': 'Des modifications ne sont pas enregistrées. Quitter quand même ?',
  'form.failed': 'L’enregistrement a échoué, rien n’a été modifié : {reason}',
  'form.quota': 'L’appareil n’a plus assez d’espace pour enregistrer. Rien n’a été modifié ; libérez de l’espace puis réessayez.',
  'form.gone': 'Cet élément n’existe plus (supprimé ailleurs, peut-être dans un autre onglet).',
  'form.undo': 'Annuler',
  'form.undone': 'Modification annulée.',
  'form.nothingToUndo': 'Rien à annuler.',

  'plans.manage': 'Mes plans',
  'plans.edit': 'Modifier le plan',
  'plans.changes': 'Modifications et historique',

  'pwa.offlineReady': 'L’application est prête à fonctionner hors ligne.',
  'pwa.updateAvailable': 'Une nouvelle version est disponible.',
  'pwa.reload': 'Mettre à jour',
  'pwa.close': 'Fermer',
  'pwa.offline': 'Hors ligne : tout le contenu reste disponible.',
} as const;

export type MessageKey = keyof typeof fr;
