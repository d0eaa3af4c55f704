/* The first screen's interface strings in Spanish (same keys as fr.ts). Loaded on demand. */
import type { MessageKey } from './fr.ts';

export const es: Record<MessageKey, string> = {
  'app.name': 'Quorum',
  'app.skip': 'Ir al contenido',

  'nav.label': 'Navegación principal',
  'nav.overview': 'Inicio',
  'nav.plan': 'Plan',
  'nav.calendar': 'Calendario',
  'nav.timeline': 'Cronología',
  'nav.documents': 'Documentos',
  'nav.search': 'Buscar',
  'nav.language': 'Idioma',

  'loading': 'Cargando…',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'Esta dirección no corresponde a ninguna página de la aplicación.',
  'noPlan': 'No hay ningún plan en este dispositivo: cree uno, restablezca el plan predeterminado o deshaga la eliminación.',
  'notFound.home': 'Volver al inicio',

  'overview.chair': 'Presidencia',
  'overview.body': 'Órgano',
  'overview.nextMeeting': 'Próxima reunión del grupo',
  'overview.todayMeeting': 'Reunión del grupo hoy',
  'overview.lastMeeting': 'Última reunión del grupo',
  'overview.completed': 'Las fechas de todas las reuniones del grupo ya pasaron.',
  'overview.noMeeting': 'No hay ninguna reunión del grupo prevista.',
  'overview.inDays': 'dentro de {count} días',
  'overview.tomorrow': 'mañana',
  'overview.goal': 'Reunión en preparación',
  'overview.explore': 'Recorrer el plan',
  'overview.status': 'Estado del plan',

  'planStatus.draft': 'Proyecto',
  'planStatus.adopted': 'Aprobado',
  'planStatus.in-progress': 'En curso',
  'planStatus.completed': 'Concluido',
  'planStatus.archived': 'Archivado',

  'calendar.agenda': 'Orden del día',

  'meeting.allDay': 'Todo el día (hora no indicada)',
  'meeting.wgTitle': 'Reunión del grupo de trabajo del {date}',

  'meetingStatus.planned': 'Prevista',
  'meetingStatus.held': 'Celebrada',
  'meetingStatus.postponed': 'Aplazada',
  'meetingStatus.cancelled': 'Cancelada',
  'meetingStatus.plannedPast': 'Fecha pasada',

  'form.edit': 'Modificar',
  'form.leave': 'Hay cambios sin guardar. ¿Salir de todos modos?',
  'form.quota': 'El dispositivo no tiene espacio suficiente para guardar. No se modificó nada; libere espacio y vuelva a intentarlo.',
  'form.undo': 'Deshacer',
  'form.undone': 'Cambio deshecho.',
  'form.nothingToUndo': 'No hay nada que deshacer.',

  'plans.manage': 'Mis planes',
  'plans.edit': 'Modificar el plan',
  'plans.changes': 'Cambios e historial',
  'share.title': 'Compartir y guardar copia',
  'share.reminder': 'Cambios sin copia de seguridad: {count}',

  'pwa.offline': 'Sin conexión: todo el contenido sigue disponible.',
};
