/* Notices over any screen (storage, connection, lost data, update) and why a change could not be saved. In French: these keys are the ones every language has. */
export default {
  'pwa.offlineReady': 'L’application est prête à fonctionner hors ligne.',
  'pwa.updateAvailable': 'Une nouvelle version est disponible.',
  'pwa.reload': 'Mettre à jour',
  'pwa.close': 'Fermer',
  'install.title': 'Installer Quorum',
  'install.offer': 'Installez Quorum sur cet appareil : il s’ouvre comme une application, même hors ligne.',
  'install.install': 'Installer',
  'install.notNow': 'Pas maintenant',
  'install.ios': 'Pour installer Quorum sur cet appareil : touchez le bouton Partager de Safari, puis « Sur l’écran d’accueil ».',
  'install.understood': 'Compris',
  'connection.outdated':
    'Une version plus récente de l’application est ouverte dans un autre onglet et a mis à jour les données. Rechargez cette page pour continuer.',
  'connection.blocked': 'Mise à jour des données en attente : fermez les autres onglets ou fenêtres de Quorum.',
  'connection.reload': 'Recharger',
  'storage.unavailable.title': 'Stockage indisponible',
  'storage.unavailable.body':
    'Ce navigateur refuse d’enregistrer des données (navigation privée ou stockage désactivé). Le plan ne peut pas être conservé sur cet appareil.',
  'storage.seedFailed': 'Le plan par défaut n’a pas pu être enregistré : {reason}',
  'storage.newer.title': 'Données d’une version plus récente',
  'storage.newer.body':
    'Les données de cet appareil ont été enregistrées par une version plus récente de Quorum. Cette version-ci, plus ancienne, n’y touche pas et n’enregistre rien, pour ne rien abîmer. Rechargez pour obtenir la nouvelle version ; si ce message reste affiché, connectez-vous à Internet puis rechargez.',
  'storage.incomplete.title': 'Données incomplètes',
  'storage.incomplete.body':
    'Il manque une partie des données enregistrées sur cet appareil pour cette version de Quorum. L’application n’y touche pas et n’enregistre rien, pour ne rien abîmer. Rechargez pour obtenir la version la plus récente ; si ce message reste affiché, connectez-vous à Internet puis rechargez.',
  'storage.reload': 'Recharger',
  'storage.full.title': 'Espace insuffisant',
  'lost.title': 'Des données de cet appareil ont été effacées',
  'lost.body': 'Les données enregistrées sur cet appareil ont été supprimées par le navigateur ou par un effacement des données du site.',
  'lost.lastChange': 'Dernière modification connue : {date}',
  'lost.lastBackup': 'Dernière sauvegarde : {file}, le {date}',
  'lost.noBackup': 'Aucune sauvegarde faite depuis cet appareil n’est connue.',
  'lost.default':
    'Le plan affiché maintenant est le plan par défaut intégré à l’application, pas le vôtre. Ouvrez votre dernière sauvegarde pour retrouver vos données.',
  'lost.restore': 'Ouvrir une sauvegarde',
  'lost.dismiss': 'J’ai compris',
  'form.invalid': 'Corrigez les champs signalés avant d’enregistrer.',
  'form.failed': 'L’enregistrement a échoué, rien n’a été modifié : {reason}',
  'form.gone': 'Cet élément n’existe plus (supprimé ailleurs, peut-être dans un autre onglet).',
  'form.otherPlan': 'Cette modification concerne un autre plan ; rien n’a été modifié.',
};
