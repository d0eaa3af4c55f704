/* Translations of the plan’s texts: the mark beside them and the translation form. In English (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'translation.title': 'Translations',
  'translation.intro': 'Add a translation of a text: it is shown in its place when the interface is in that language.',
  'translation.text': 'Text to translate',
  'translation.language': 'Language of the translation',
  'translation.value': 'Translation',
  'translation.valueHint': 'Leave empty to remove the translation.',
  'translation.save': 'Apply the translation',
  'translation.saved': 'Translation saved.',
  'translation.removed': 'Translation removed.',
  'translation.mark': 'Translation ({language})',
  'translation.showOriginal': 'show the original ({language})',
  'translation.hideOriginal': 'hide the original',
  'translation.original': 'Original text ({language})',
  'translation.settingsTitle': 'Texts of the plan',
  'translation.originalsOnly': 'Show original texts only',
  'translation.originalsOnlyHint': 'Translations added to the plan no longer replace the texts as written. Remembered on this device; the page reloads.',
} satisfies Record<keyof typeof fr, string>;
