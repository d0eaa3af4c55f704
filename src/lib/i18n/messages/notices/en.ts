/* Notices over any screen (storage, connection, lost data, update) and why a change could not be saved. In English (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'pwa.offlineReady': 'The application is ready to work offline.',
  'pwa.updateAvailable': 'A new version is available.',
  'pwa.reload': 'Update',
  'pwa.close': 'Close',
  'connection.outdated': 'A newer version of the application is open in another tab and has updated the data. Reload this page to continue.',
  'connection.blocked': 'Data update pending: close the other Quorum tabs or windows.',
  'connection.reload': 'Reload',
  'storage.unavailable.title': 'Storage unavailable',
  'storage.unavailable.body': 'This browser refuses to store data (private browsing or storage disabled). The plan cannot be kept on this device.',
  'storage.seedFailed': 'The default plan could not be saved: {reason}',
  'storage.newer.title': 'Data from a newer version',
  'storage.newer.body':
    'The data on this device was saved by a newer version of Quorum. This older version leaves it untouched and saves nothing, so that nothing is damaged. Reload to get the new version; if this message stays, connect to the internet and reload.',
  'storage.incomplete.title': 'Incomplete data',
  'storage.incomplete.body':
    'Part of the data stored on this device is missing for this version of Quorum. The app leaves it untouched and saves nothing, so that nothing is damaged. Reload to get the latest version; if this message stays, connect to the internet and reload.',
  'storage.reload': 'Reload',
  'storage.full.title': 'Not enough space',
  'lost.title': 'Data on this device was deleted',
  'lost.body': 'The data stored on this device was deleted by the browser or by clearing the site’s data.',
  'lost.lastChange': 'Last known change: {date}',
  'lost.lastBackup': 'Last backup: {file}, {date}',
  'lost.noBackup': 'No backup made from this device is known.',
  'lost.default': 'The plan now shown is the default plan built into the app, not yours. Open your last backup to get your data back.',
  'lost.restore': 'Open a backup',
  'lost.dismiss': 'Got it',
  'form.invalid': 'Correct the highlighted fields before saving.',
  'form.failed': 'Saving failed, nothing was changed: {reason}',
  'form.gone': 'This item no longer exists (deleted elsewhere, perhaps in another tab).',
  'form.otherPlan': 'This change belongs to another plan; nothing was changed.',
} satisfies Record<keyof typeof fr, string>;
