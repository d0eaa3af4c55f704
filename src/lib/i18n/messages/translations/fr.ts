/* Translations of the plan’s texts: the mark beside them and the translation form. In French: these keys are the ones every language has. */
export default {
  'translation.title': 'Traductions',
  'translation.intro': 'Ajoutez la traduction d’un texte : elle s’affiche à sa place quand l’interface est dans cette langue.',
  'translation.text': 'Texte à traduire',
  'translation.language': 'Langue de la traduction',
  'translation.value': 'Traduction',
  'translation.valueHint': 'Laissez vide pour retirer la traduction.',
  'translation.save': 'Valider la traduction',
  'translation.saved': 'Traduction enregistrée.',
  'translation.removed': 'Traduction retirée.',
  'translation.mark': 'Traduction ({language})',
  'translation.showOriginal': 'voir l’original ({language})',
  'translation.hideOriginal': 'masquer l’original',
  'translation.original': 'Texte original ({language})',
  'translation.settingsTitle': 'Textes du plan',
  'translation.originalsOnly': 'Afficher les textes originaux seulement',
  'translation.originalsOnlyHint':
    'Les traductions ajoutées au plan ne remplacent plus les textes tels qu’écrits. Retenu sur cet appareil ; la page se recharge.',
};
