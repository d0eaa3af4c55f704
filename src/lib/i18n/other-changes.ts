/*
 * The history's names (commands, kinds of record, fields, value words) in English, Spanish
 * and Portuguese, with the same keys as fr-changes.ts. Only the history and import screens
 * load this module. A name missing here falls back to French, then to the technical name.
 */
type ChangeWords = {
  commands: Record<string, string>;
  tables: Record<string, string>;
  fields: Record<string, string>;
  values: { yes: string; no: string; nothing: string };
};

export const changeWords: Record<'en' | 'es' | 'pt', ChangeWords> = {
  en: {
    commands: {
      setTranslation: 'Translation changed',
      addAgendaItem: 'Item added', updateAgendaItem: 'Item changed', moveAgendaItem: 'Agenda reordered',
      removeAgendaItem: 'Item deleted', recordOutcome: 'Outcome saved',
      addMeeting: 'Meeting added', updateMeeting: 'Meeting changed', postponeMeeting: 'Meeting postponed',
      cancelMeeting: 'Meeting cancelled', deleteMeeting: 'Meeting deleted',
      addMandate: 'Mandate added', updateMandate: 'Mandate changed', moveMandate: 'Mandates reordered', removeMandate: 'Mandate deleted',
      addSection: 'Section added', updateSection: 'Section changed', moveSection: 'Sections reordered', removeSection: 'Section deleted',
      addParagraph: 'Paragraph added', updateParagraph: 'Paragraph changed', moveParagraph: 'Paragraphs reordered', removeParagraph: 'Paragraph deleted',
      addResolution: 'Resolution added', updateResolution: 'Resolution changed', removeResolution: 'Resolution deleted',
      addDocumentRef: 'Document added', updateDocumentRef: 'Document changed', removeDocumentRef: 'Document deleted',
      updatePlan: 'Plan changed', createEmptyPlan: 'Plan created', duplicatePlan: 'Plan duplicated', deletePlan: 'Plan deleted',
      restoreAdoptedPlan: 'Plan restored as published', restoreVersion: 'Version restored', undo: 'Undo',
      importPlan: 'Plan imported',
      // Today mode
      setCurrentAgendaItem: 'Item under discussion marked',
    },
    tables: {
      plans: 'Plan', sections: 'Section', resolutions: 'Resolution', mandates: 'Mandate', meetings: 'Meeting',
      agendaItems: 'Agenda item', documents: 'Document', milestones: 'Milestone',
    },
    fields: {
      title: 'Title', shortTitle: 'Short title', body: 'Body', language: 'Language', timeZone: 'Time zone',
      chair: 'Chair', status: 'Status', kind: 'Type', startDate: 'Date', endDate: 'Last day',
      startTime: 'Start time', endTime: 'End time', place: 'Place', text: 'Text', outcome: 'Outcome',
      order: 'Order', responsible: 'Responsible area', toBeConfirmed: 'To be confirmed', confirmationNote: 'Confirmation note',
      heading: 'Heading', number: 'Number', paragraphs: 'Paragraphs', signature: 'Signature', symbol: 'Symbol',
      note: 'Note', citedIn: 'Cited in', sourceSectionId: 'Source section', sectionId: 'Section', parentId: 'Parent section',
      date: 'Date', meetingId: 'Meeting', resolutionId: 'Resolution',
      // Today mode
      currentItemId: 'Item under discussion', dueDate: 'Due date',
      notes: 'Notes',
    },
    values: { yes: 'yes', no: 'no', nothing: '—' },
  },
  es: {
    commands: {
      setTranslation: 'Traducción modificada',
      addAgendaItem: 'Punto añadido', updateAgendaItem: 'Punto modificado', moveAgendaItem: 'Orden del día reorganizado',
      removeAgendaItem: 'Punto eliminado', recordOutcome: 'Resultado guardado',
      addMeeting: 'Reunión añadida', updateMeeting: 'Reunión modificada', postponeMeeting: 'Reunión aplazada',
      cancelMeeting: 'Reunión cancelada', deleteMeeting: 'Reunión eliminada',
      addMandate: 'Mandato añadido', updateMandate: 'Mandato modificado', moveMandate: 'Mandatos reorganizados', removeMandate: 'Mandato eliminado',
      addSection: 'Sección añadida', updateSection: 'Sección modificada', moveSection: 'Secciones reorganizadas', removeSection: 'Sección eliminada',
      addParagraph: 'Párrafo añadido', updateParagraph: 'Párrafo modificado', moveParagraph: 'Párrafos reorganizados', removeParagraph: 'Párrafo eliminado',
      addResolution: 'Resolución añadida', updateResolution: 'Resolución modificada', removeResolution: 'Resolución eliminada',
      addDocumentRef: 'Documento añadido', updateDocumentRef: 'Documento modificado', removeDocumentRef: 'Documento eliminado',
      updatePlan: 'Plan modificado', createEmptyPlan: 'Plan creado', duplicatePlan: 'Plan duplicado', deletePlan: 'Plan eliminado',
      restoreAdoptedPlan: 'Plan restablecido tal como fue publicado', restoreVersion: 'Versión restablecida', undo: 'Deshacer',
      importPlan: 'Plan importado',
      // Today mode
      setCurrentAgendaItem: 'Punto en debate marcado',
    },
    tables: {
      plans: 'Plan', sections: 'Sección', resolutions: 'Resolución', mandates: 'Mandato', meetings: 'Reunión',
      agendaItems: 'Punto del orden del día', documents: 'Documento', milestones: 'Etapa',
    },
    fields: {
      title: 'Título', shortTitle: 'Título corto', body: 'Órgano', language: 'Idioma', timeZone: 'Huso horario',
      chair: 'Presidencia', status: 'Estado', kind: 'Tipo', startDate: 'Fecha', endDate: 'Último día',
      startTime: 'Hora de inicio', endTime: 'Hora de finalización', place: 'Lugar', text: 'Texto', outcome: 'Resultado',
      order: 'Orden', responsible: 'Área responsable', toBeConfirmed: 'Por confirmar', confirmationNote: 'Nota de confirmación',
      heading: 'Encabezado', number: 'Número', paragraphs: 'Párrafos', signature: 'Firma', symbol: 'Signatura',
      note: 'Nota', citedIn: 'Citado en', sourceSectionId: 'Sección de origen', sectionId: 'Sección', parentId: 'Sección superior',
      date: 'Fecha', meetingId: 'Reunión', resolutionId: 'Resolución',
      // Today mode
      currentItemId: 'Punto en debate', dueDate: 'Fecha límite',
      notes: 'Notas',
    },
    values: { yes: 'sí', no: 'no', nothing: '—' },
  },
  pt: {
    commands: {
      setTranslation: 'Tradução alterada',
      addAgendaItem: 'Item adicionado', updateAgendaItem: 'Item alterado', moveAgendaItem: 'Ordem do dia reorganizada',
      removeAgendaItem: 'Item excluído', recordOutcome: 'Resultado salvo',
      addMeeting: 'Reunião adicionada', updateMeeting: 'Reunião alterada', postponeMeeting: 'Reunião adiada',
      cancelMeeting: 'Reunião cancelada', deleteMeeting: 'Reunião excluída',
      addMandate: 'Mandato adicionado', updateMandate: 'Mandato alterado', moveMandate: 'Mandatos reorganizados', removeMandate: 'Mandato excluído',
      addSection: 'Seção adicionada', updateSection: 'Seção alterada', moveSection: 'Seções reorganizadas', removeSection: 'Seção excluída',
      addParagraph: 'Parágrafo adicionado', updateParagraph: 'Parágrafo alterado', moveParagraph: 'Parágrafos reorganizados', removeParagraph: 'Parágrafo excluído',
      addResolution: 'Resolução adicionada', updateResolution: 'Resolução alterada', removeResolution: 'Resolução excluída',
      addDocumentRef: 'Documento adicionado', updateDocumentRef: 'Documento alterado', removeDocumentRef: 'Documento excluído',
      updatePlan: 'Plano alterado', createEmptyPlan: 'Plano criado', duplicatePlan: 'Plano duplicado', deletePlan: 'Plano excluído',
      restoreAdoptedPlan: 'Plano restaurado tal como publicado', restoreVersion: 'Versão restaurada', undo: 'Desfazer',
      importPlan: 'Plano importado',
      // Today mode
      setCurrentAgendaItem: 'Item em discussão marcado',
    },
    tables: {
      plans: 'Plano', sections: 'Seção', resolutions: 'Resolução', mandates: 'Mandato', meetings: 'Reunião',
      agendaItems: 'Item da ordem do dia', documents: 'Documento', milestones: 'Etapa',
    },
    fields: {
      title: 'Título', shortTitle: 'Título curto', body: 'Órgão', language: 'Idioma', timeZone: 'Fuso horário',
      chair: 'Presidência', status: 'Situação', kind: 'Tipo', startDate: 'Data', endDate: 'Último dia',
      startTime: 'Horário de início', endTime: 'Horário de término', place: 'Local', text: 'Texto', outcome: 'Resultado',
      order: 'Ordem', responsible: 'Área responsável', toBeConfirmed: 'A confirmar', confirmationNote: 'Observação de confirmação',
      heading: 'Título da seção', number: 'Número', paragraphs: 'Parágrafos', signature: 'Assinatura', symbol: 'Cota',
      note: 'Observação', citedIn: 'Citado em', sourceSectionId: 'Seção de origem', sectionId: 'Seção', parentId: 'Seção superior',
      date: 'Data', meetingId: 'Reunião', resolutionId: 'Resolução',
      // Today mode
      currentItemId: 'Item em discussão', dueDate: 'Prazo',
      notes: 'Notas',
    },
    values: { yes: 'sim', no: 'não', nothing: '—' },
  },
};
