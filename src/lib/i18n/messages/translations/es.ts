/* Translations of the plan’s texts: the mark beside them and the translation form. In Spanish (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'translation.title': 'Traducciones',
  'translation.intro': 'Añada la traducción de un texto: se muestra en su lugar cuando la interfaz está en ese idioma.',
  'translation.text': 'Texto que traducir',
  'translation.language': 'Idioma de la traducción',
  'translation.value': 'Traducción',
  'translation.valueHint': 'Deje vacío para quitar la traducción.',
  'translation.save': 'Aplicar la traducción',
  'translation.saved': 'Traducción guardada.',
  'translation.removed': 'Traducción eliminada.',
  'translation.mark': 'Traducción ({language})',
  'translation.showOriginal': 'ver el original ({language})',
  'translation.hideOriginal': 'ocultar el original',
  'translation.original': 'Texto original ({language})',
  'translation.settingsTitle': 'Textos del plan',
  'translation.originalsOnly': 'Mostrar solo los textos originales',
  'translation.originalsOnlyHint':
    'Las traducciones añadidas al plan ya no reemplazan los textos tal como están escritos. Se recuerda en este dispositivo; la página se recarga.',
} satisfies Record<keyof typeof fr, string>;
