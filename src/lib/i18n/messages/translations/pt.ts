/* Translations of the plan’s texts: the mark beside them and the translation form. In Portuguese (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'translation.title': 'Traduções',
  'translation.intro': 'Adicione a tradução de um texto: ela aparece no lugar dele quando a interface está nesse idioma.',
  'translation.text': 'Texto a traduzir',
  'translation.language': 'Idioma da tradução',
  'translation.value': 'Tradução',
  'translation.valueHint': 'Deixe vazio para remover a tradução.',
  'translation.save': 'Aplicar a tradução',
  'translation.saved': 'Tradução salva.',
  'translation.removed': 'Tradução removida.',
  'translation.mark': 'Tradução ({language})',
  'translation.showOriginal': 'ver o original ({language})',
  'translation.hideOriginal': 'ocultar o original',
  'translation.original': 'Texto original ({language})',
  'translation.settingsTitle': 'Textos do plano',
  'translation.originalsOnly': 'Mostrar apenas os textos originais',
  'translation.originalsOnlyHint':
    'As traduções adicionadas ao plano deixam de substituir os textos tal como escritos. Lembrado neste dispositivo; a página é recarregada.',
} satisfies Record<keyof typeof fr, string>;
