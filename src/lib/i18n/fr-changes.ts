/*
 * French names for what the history shows: commands, kinds of record and fields. A name
 * missing here falls back to the technical one, so a new command never breaks the screen.
 */
export const commandNamesFr: Record<string, string> = {
  setTranslation: 'Traduction modifiée',
  addAgendaItem: 'Point ajouté', updateAgendaItem: 'Point modifié', moveAgendaItem: 'Ordre du jour réorganisé',
  removeAgendaItem: 'Point supprimé', recordOutcome: 'Résultat enregistré',
  addMeeting: 'Réunion ajoutée', updateMeeting: 'Réunion modifiée', postponeMeeting: 'Réunion reportée',
  cancelMeeting: 'Réunion annulée', deleteMeeting: 'Réunion supprimée',
  addMandate: 'Mandat ajouté', updateMandate: 'Mandat modifié', moveMandate: 'Mandats réorganisés', removeMandate: 'Mandat supprimé',
  addSection: 'Section ajoutée', updateSection: 'Section modifiée', moveSection: 'Sections réorganisées', removeSection: 'Section supprimée',
  addParagraph: 'Paragraphe ajouté', updateParagraph: 'Paragraphe modifié', moveParagraph: 'Paragraphes réorganisés', removeParagraph: 'Paragraphe supprimé',
  addResolution: 'Résolution ajoutée', updateResolution: 'Résolution modifiée', removeResolution: 'Résolution supprimée',
  addDocumentRef: 'Document ajouté', updateDocumentRef: 'Document modifié', removeDocumentRef: 'Document supprimé',
  updatePlan: 'Plan modifié', createEmptyPlan: 'Plan créé', duplicatePlan: 'Plan dupliqué', deletePlan: 'Plan supprimé',
  restoreAdoptedPlan: 'Plan rétabli tel que publié', restoreVersion: 'Version rétablie', undo: 'Annulation',
  importPlan: 'Plan importé',
  // Today mode
  setCurrentAgendaItem: 'Point en discussion marqué',
};

export const tableNamesFr: Record<string, string> = {
  plans: 'Plan', sections: 'Section', resolutions: 'Résolution', mandates: 'Mandat', meetings: 'Réunion',
  agendaItems: 'Point de l’ordre du jour', documents: 'Document', milestones: 'Étape',
};

export const fieldNamesFr: Record<string, string> = {
  title: 'Titre', shortTitle: 'Titre court', body: 'Instance', language: 'Langue', timeZone: 'Fuseau horaire',
  chair: 'Présidence', status: 'Statut', kind: 'Type', startDate: 'Date', endDate: 'Dernier jour',
  startTime: 'Heure de début', endTime: 'Heure de fin', place: 'Lieu', text: 'Texte', outcome: 'Résultat',
  order: 'Ordre', responsible: 'Secteur responsable', toBeConfirmed: 'À confirmer', confirmationNote: 'Note de confirmation',
  heading: 'Intitulé', number: 'Numéro', paragraphs: 'Paragraphes', signature: 'Signature', symbol: 'Cote',
  note: 'Note', citedIn: 'Cité dans', sourceSectionId: 'Section source', sectionId: 'Section', parentId: 'Section parente',
  date: 'Date', meetingId: 'Réunion', resolutionId: 'Résolution',
  // Today mode
  currentItemId: 'Point en discussion', dueDate: 'Échéance',
  notes: 'Notes',
};

export const valueWordsFr = { yes: 'oui', no: 'non', nothing: '—' };
