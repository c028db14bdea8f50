import type { ActionConfirmInput, AgentActionLabels } from '../../react/root/action-labels';

// The Japanese row actions, confirmation, bulk toolbar and toasts (`AgentActionLabels`), spread into
// `ja` last by ../ja.ts, whose notes on tone apply here too.
const runs = (formatted: string): string => `${formatted}件の実行`;
const subject = (i: ActionConfirmInput): string => (i.count === 1 && i.title ? `「${i.title}」` : runs(i.formatted));

// Each built-in action as a phrase over its object, because the particle differs ("名前を変更" takes の).
const PHRASE: Record<string, (object: string) => string> = {
  cancel: (o) => `${o}をキャンセル`,
  retry: (o) => `${o}を再試行`,
  share: (o) => `${o}を共有`,
  rename: (o) => `${o}の名前を変更`,
  fork_locally: (o) => `${o}をローカルにフォーク`,
  archive: (o) => `${o}をアーカイブ`,
  delete: (o) => `${o}を削除`,
};

/** The Japanese strings of the row actions, the confirmation, the bulk toolbar and the action toasts. */
export const jaActions: AgentActionLabels = {
  actions: {
    cancel: 'キャンセル',
    retry: '再試行',
    copy_link: 'リンクをコピー',
    share: '共有',
    rename: '名前を変更',
    fork_locally: 'ローカルにフォーク',
    archive: 'アーカイブ',
    delete: '削除',
  },
  showDetails: '詳細を表示',
  actionsFor: (title) => `${title} の操作`,
  destructiveDescription: '元に戻せません',
  confirmTitle: (i) => {
    const phrase = PHRASE[i.action];
    return phrase ? `${phrase(subject(i))}しますか？` : `${subject(i)}に「${i.label}」を実行しますか？`;
  },
  confirmDescription: (i) => {
    if (i.action === 'delete') return 'すべてのユーザーから削除され、共有セッションも利用できなくなります。';
    if (i.action === 'archive') return 'リストから外れます。後で復元できます。';
    if (i.action === 'cancel') return 'その時点で停止します。それまでの作業は保持されます。';
    return `${runs(i.formatted)}が対象です。`;
  },
  confirmButton: (i) => (i.action === 'cancel' ? '実行をキャンセル' : i.label),
  confirmDismiss: (i) => (i.action === 'cancel' ? '実行を続ける' : 'そのままにする'),
  actionDone: (i) => {
    const phrase = PHRASE[i.action];
    return phrase ? `${phrase(subject(i))}しました` : `${i.label}: ${runs(i.formatted)}で完了しました`;
  },
  actionFailed: (i) => {
    const phrase = PHRASE[i.action];
    return phrase
      ? `${phrase(runs(i.formatted))}できませんでした: ${i.reasons}`
      : `${i.label}: ${runs(i.formatted)}で失敗しました: ${i.reasons}`;
  },
  actionStopped: (i) => `${i.label}を中止しました`,
  undo: '元に戻す',
  undone: '元に戻しました',
  retryAction: '再試行',
  linkCopied: 'リンクをコピーしました',
  copyFailed: 'リンクをコピーできませんでした',
  bulkActions: '一括操作',
  selectedCount: (_count, formatted) => `${formatted}件を選択中`,
  bulkAction: (label, count, of, f) => (count === of ? label : `${label} (${f.of}件中${f.count}件)`),
  selectAllMatching: (_total, formatted) => `一致する${formatted}件をすべて選択`,
  clearSelection: '選択を解除',
  stop: '中止',
  selectRow: (title) => `${title}を選択`,
  selectAll: 'すべて選択',
  actionsColumn: '操作',
  notifications: '通知',
  dismiss: '閉じる',
  selectionPruned: (_count, formatted) => `選択した実行${formatted}件がリストから外れました`,
};
