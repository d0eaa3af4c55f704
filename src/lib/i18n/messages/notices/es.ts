/* Notices over any screen (storage, connection, lost data, update, reading or organiser mode) and why a change could not be saved. In Spanish (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'pwa.offlineReady': 'La aplicación está lista para funcionar sin conexión.',
  'pwa.updateAvailable': 'Hay una nueva versión disponible.',
  'pwa.reload': 'Actualizar',
  'pwa.close': 'Cerrar',
  'install.title': 'Instalar Quorum',
  'install.offer': 'Instale Quorum en este dispositivo: se abre como una aplicación, incluso sin conexión.',
  'install.install': 'Instalar',
  'install.notNow': 'Ahora no',
  'install.ios': 'Para instalar Quorum en este dispositivo: toque el botón Compartir de Safari y luego «Agregar a inicio».',
  'install.understood': 'Entendido',
  'connection.outdated':
    'Una versión más reciente de la aplicación está abierta en otra pestaña y actualizó los datos. Vuelva a cargar esta página para continuar.',
  'connection.blocked': 'Actualización de datos pendiente: cierre las demás pestañas o ventanas de Quorum.',
  'connection.reload': 'Volver a cargar',
  'storage.unavailable.title': 'Almacenamiento no disponible',
  'storage.unavailable.body':
    'Este navegador no permite guardar datos (navegación privada o almacenamiento desactivado). El plan no se puede conservar en este dispositivo.',
  'storage.seedFailed': 'No se pudo guardar el plan predeterminado: {reason}',
  'storage.newer.title': 'Datos de una versión más reciente',
  'storage.newer.body':
    'Los datos de este dispositivo los guardó una versión más reciente de Quorum. Esta versión, más antigua, no los toca ni guarda nada, para no dañar nada. Recargue para obtener la nueva versión; si este mensaje sigue, conéctese a internet y recargue.',
  'storage.incomplete.title': 'Datos incompletos',
  'storage.incomplete.body':
    'Falta una parte de los datos guardados en este dispositivo para esta versión de Quorum. La aplicación no los toca ni guarda nada, para no dañar nada. Recargue para obtener la versión más reciente; si este mensaje sigue, conéctese a internet y recargue.',
  'storage.reload': 'Recargar',
  'storage.full.title': 'Espacio insuficiente',
  'lost.title': 'Se borraron datos de este dispositivo',
  'lost.body': 'Los datos guardados en este dispositivo los borró el navegador o una limpieza de los datos del sitio.',
  'lost.lastChange': 'Último cambio conocido: {date}',
  'lost.lastBackup': 'Última copia de seguridad: {file}, {date}',
  'lost.noBackup': 'No se conoce ninguna copia de seguridad hecha desde este dispositivo.',
  'lost.default':
    'El plan que se muestra ahora es el plan predeterminado integrado en la aplicación, no el suyo. Abra su última copia de seguridad para recuperar sus datos.',
  'lost.restore': 'Abrir una copia de seguridad',
  'lost.dismiss': 'Entendido',
  'form.invalid': 'Corrija los campos señalados antes de guardar.',
  'form.failed': 'No se pudo guardar; no se modificó nada: {reason}',
  'form.gone': 'Este elemento ya no existe (se eliminó en otro lugar, quizá en otra pestaña).',
  'form.otherPlan': 'Este cambio pertenece a otro plan; no se modificó nada.',
  'form.readingMode': 'Este plan está en modo lectura: active el modo organizador para editarlo.',
  'mode.organiser': 'Modo organizador',
  'mode.readingHint': 'Modo lectura: este plan se muestra sin los controles de edición. Active el modo organizador para editarlo en este dispositivo.',
  'mode.organiserHint': 'Modo organizador: puede editar este plan en este dispositivo.',
  'mode.organiserFor': 'Modo organizador para {name}',
  'mode.on': 'Modo organizador activado: este plan se puede editar en este dispositivo.',
  'mode.off': 'Modo lectura: este plan se muestra sin los controles de edición.',
  'mode.formTitle': 'Este plan está en modo lectura',
  'mode.switchOn': 'Activar el modo organizador',
} satisfies Record<keyof typeof fr, string>;
