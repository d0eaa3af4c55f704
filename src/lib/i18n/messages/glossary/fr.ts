/* The glossary and the documents cited. In French: these keys are the ones every language has. */
export default {
  'glossary.title': 'Glossaire et références',
  'glossary.link': 'Glossaire des sigles',
  'glossary.intro':
    'Les sigles employés dans ce plan, leur développement et chaque endroit où ils apparaissent. Un développement est une référence générale, sauf lorsque le plan le donne lui-même.',
  'glossary.acronyms': 'Sigles',
  'glossary.none': 'Aucun sigle du glossaire n’apparaît dans ce plan.',
  'glossary.spelledOut': 'Développé dans le plan : « {name} ».',
  'glossary.reference': 'Non développé dans le plan : développement de référence, qui ne fait pas partie du texte du plan.',
  'glossary.namedAs': 'Le plan emploie le nom « {name} ».',
  'glossary.forms': 'Formes employées : {forms}',
  'glossary.citedIn': '{count, plural, one {Cité à # endroit :} other {Cité à # endroits :}}',
  'glossary.place.responsible': 'responsables',
  'glossary.place.signature': 'signature',
  'glossary.place.agendaItem': 'ordre du jour',
  'glossary.documents': 'Symboles de documents',
  'glossary.documentsIntro': 'Chaque document cité par le plan, avec les endroits qui le citent, sur la page des documents :',
  'glossary.documentsNone': 'Ce plan ne cite aucun document.',
};
