/* Notices over any screen (storage, connection, lost data, update) and why a change could not be saved. In Portuguese (keys as in fr.ts). */
import type fr from './fr.ts';

export default {
  'pwa.offlineReady': 'O aplicativo está pronto para funcionar sem conexão.',
  'pwa.updateAvailable': 'Uma nova versão está disponível.',
  'pwa.reload': 'Atualizar',
  'pwa.close': 'Fechar',
  'install.title': 'Instalar o Quorum',
  'install.offer': 'Instale o Quorum neste dispositivo: ele abre como um aplicativo, mesmo offline.',
  'install.install': 'Instalar',
  'install.notNow': 'Agora não',
  'install.ios': 'Para instalar o Quorum neste dispositivo: toque no botão Compartilhar do Safari e depois em “Adicionar à Tela de Início”.',
  'install.understood': 'Entendi',
  'connection.outdated': 'Uma versão mais recente do aplicativo está aberta em outra aba e atualizou os dados. Recarregue esta página para continuar.',
  'connection.blocked': 'Atualização dos dados pendente: feche as outras abas ou janelas do Quorum.',
  'connection.reload': 'Recarregar',
  'storage.unavailable.title': 'Armazenamento indisponível',
  'storage.unavailable.body':
    'Este navegador se recusa a gravar dados (navegação privada ou armazenamento desativado). O plano não pode ser mantido neste dispositivo.',
  'storage.seedFailed': 'Não foi possível salvar o plano padrão: {reason}',
  'storage.newer.title': 'Dados de uma versão mais recente',
  'storage.newer.body':
    'Os dados deste dispositivo foram salvos por uma versão mais recente do Quorum. Esta versão, mais antiga, não os toca e não salva nada, para não danificar nada. Recarregue para obter a nova versão; se esta mensagem continuar, conecte-se à internet e recarregue.',
  'storage.incomplete.title': 'Dados incompletos',
  'storage.incomplete.body':
    'Falta uma parte dos dados armazenados neste dispositivo para esta versão do Quorum. O aplicativo não os toca e não salva nada, para não danificar nada. Recarregue para obter a versão mais recente; se esta mensagem continuar, conecte-se à internet e recarregue.',
  'storage.reload': 'Recarregar',
  'storage.full.title': 'Espaço insuficiente',
  'lost.title': 'Dados deste dispositivo foram apagados',
  'lost.body': 'Os dados armazenados neste dispositivo foram apagados pelo navegador ou pela limpeza dos dados do site.',
  'lost.lastChange': 'Última alteração conhecida: {date}',
  'lost.lastBackup': 'Último backup: {file}, {date}',
  'lost.noBackup': 'Não há nenhum backup conhecido feito neste dispositivo.',
  'lost.default': 'O plano mostrado agora é o plano padrão incluído no aplicativo, não o seu. Abra seu último backup para recuperar seus dados.',
  'lost.restore': 'Abrir um backup',
  'lost.dismiss': 'Entendi',
  'form.invalid': 'Corrija os campos indicados antes de salvar.',
  'form.failed': 'Não foi possível salvar; nada foi alterado: {reason}',
  'form.gone': 'Este item não existe mais (foi excluído em outro lugar, talvez em outra aba).',
  'form.otherPlan': 'Esta alteração pertence a outro plano; nada foi alterado.',
} satisfies Record<keyof typeof fr, string>;
