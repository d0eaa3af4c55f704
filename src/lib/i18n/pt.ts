/* The first screen's interface strings in Portuguese (same keys as fr.ts). Loaded on demand. */
import type { MessageKey } from './fr.ts';

export const pt: Record<MessageKey, string> = {
  'app.name': 'Quorum',
  'app.skip': 'Ir para o conteúdo',

  'nav.label': 'Navegação principal',
  'nav.overview': 'Início',
  'nav.plan': 'Plano',
  'nav.calendar': 'Calendário',
  'nav.timeline': 'Cronologia',
  'nav.documents': 'Documentos',
  'nav.search': 'Pesquisar',
  'nav.language': 'Idioma',

  'loading': 'Carregando…',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'Este endereço não corresponde a nenhuma página do aplicativo.',
  'noPlan': 'Nenhum plano neste dispositivo: crie um, restaure o plano padrão ou desfaça a exclusão.',
  'notFound.home': 'Voltar ao início',

  'overview.chair': 'Presidência',
  'overview.body': 'Órgão',
  'overview.nextMeeting': 'Próxima reunião do grupo',
  'overview.todayMeeting': 'Reunião do grupo hoje',
  'overview.lastMeeting': 'Última reunião do grupo',
  'overview.completed': 'As datas de todas as reuniões do grupo já passaram.',
  'overview.noMeeting': 'Nenhuma reunião do grupo está prevista.',
  'overview.inDays': 'em {count} dias',
  'overview.tomorrow': 'amanhã',
  'overview.goal': 'Reunião em preparação',
  'overview.explore': 'Percorrer o plano',
  'overview.status': 'Situação do plano',

  'planStatus.draft': 'Projeto',
  'planStatus.adopted': 'Aprovado',
  'planStatus.in-progress': 'Em andamento',
  'planStatus.completed': 'Concluído',
  'planStatus.archived': 'Arquivado',

  'calendar.agenda': 'Ordem do dia',

  'meeting.allDay': 'Dia inteiro (horário não indicado)',
  'meeting.wgTitle': 'Reunião do grupo de trabalho de {date}',

  'meetingStatus.planned': 'Prevista',
  'meetingStatus.held': 'Realizada',
  'meetingStatus.postponed': 'Adiada',
  'meetingStatus.cancelled': 'Cancelada',
  'meetingStatus.plannedPast': 'Data passada',

  'form.edit': 'Editar',
  'form.leave': 'Há alterações não salvas. Sair mesmo assim?',
  'form.quota': 'O dispositivo não tem espaço suficiente para salvar. Nada foi alterado; libere espaço e tente novamente.',
  'form.undo': 'Desfazer',
  'form.undone': 'Alteração desfeita.',
  'form.nothingToUndo': 'Nada a desfazer.',

  'plans.manage': 'Meus planos',
  'plans.edit': 'Editar o plano',
  'plans.changes': 'Alterações e histórico',
  'share.title': 'Compartilhar e fazer backup',
  'share.reminder': 'Alterações sem backup: {count}',

  'pwa.offline': 'Sem conexão: todo o conteúdo continua disponível.',
};
