import type { ActionConfirmInput, AgentActionLabels } from '../react/root/action-labels';
import type { AgentboardLabels } from '../react/root/labels';

// Japanese has no grammatical plural: counts take the counter 件. Tone of Japanese developer tools
// (GitHub's Japanese UI): polite 〜しました for results, katakana for established loanwords.
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
const SUB_RUN_STATUS = {
  working: '実行中',
  blocked: 'ブロック中',
  canceled: 'キャンセル済み',
  failed: '失敗',
  success: '成功',
} as const;

/**
 * Every string of the view in Japanese: pass it as `labels` together with `locale="ja-JP"` (numbers
 * and dates follow `locale`; the words follow `labels`). Override single keys by spreading it.
 *
 * @example
 * ```tsx
 * import { ja } from 'agentboard/locales/ja';
 * <AgentManagementView labels={ja} locale="ja-JP" … />
 * ```
 */
export const ja: AgentboardLabels & AgentActionLabels = {
  // The list
  list: 'エージェントの実行',
  columnTitle: 'タイトル',
  columnSource: 'ソース',
  columnStatus: 'ステータス',
  columnCreator: '作成者',
  columnCreated: '作成日時',
  columnDuration: '所要時間',
  columnCredits: 'クレジット',
  untitled: '無題',
  me: '自分',
  sessionExpired: 'セッション期限切れ',
  sessionUnavailable: 'セッション利用不可',
  sessionExpiredDescription: '共有セッションの有効期限が切れています。',
  sessionUnavailableDescription: '共有セッションは利用できません。',
  notApplicable: '該当なし',
  sortAscending: (column) => `${column}で昇順に並べ替え`,
  sortDescending: (column) => `${column}で降順に並べ替え`,
  rowCount: (_count, formatted) => `${formatted}件のエージェント実行`,
  loading: 'エージェントの実行を読み込み中',
  // Brands and acronyms stay as they are.
  sourceNames: {
    interactive: 'インタラクティブ',
    cli: 'CLI',
    api: 'API',
    slack: 'Slack',
    linear: 'Linear',
    scheduled: 'スケジュール',
    github_actions: 'GitHub Actions',
  },
  // Tabs, toolbar and filter menu
  tabList: 'エージェントのビュー',
  tabPersonal: '個人',
  tabAll: 'すべて',
  tabDescription: (_count, running, f) => (running > 0 ? `${f.count}件、うち${f.running}件が実行中` : `${f.count}件`),
  search: 'エージェントを検索',
  searchPlaceholder: '検索…',
  filter: 'フィルター',
  filterWithCount: (_count, formatted) => `フィルター、${formatted}件適用中`,
  filterDialog: 'フィルター',
  sectionSource: 'ソース',
  allIntegrations: 'すべての連携',
  sectionStatus: 'ステータス',
  sectionCreator: '作成者',
  sectionCreatedOn: '作成日',
  sectionArtifacts: '成果物の有無',
  artifactTypes: {
    pull_request: 'プルリクエスト',
    branch: 'ブランチ',
    plan: 'プラン',
    screenshot: 'スクリーンショット',
    file: 'ファイル',
    link: 'リンク',
    none: '成果物なし',
  },
  creatorSearch: '作成者を検索',
  noCreatorsMatch: '一致する作成者はいません',
  noOptions: '絞り込める項目がありません',
  anyTime: 'すべての期間',
  createdOn: {
    today: '今日',
    yesterday: '昨日',
    last_24_hours: '過去24時間',
    past_3_days: '過去3日間',
    last_week: '過去1週間',
  },
  aDay: '日付を指定…',
  aRange: '期間を指定…',
  day: '日付',
  rangeFrom: '開始日',
  rangeTo: '終了日',
  chipDay: (day) => day,
  chipRange: (from, to) => `${from}〜${to}`,
  removeChip: (field, value) => `${field}: ${value}を解除`,
  activeFilters: '適用中のフィルター',
  clearAll: 'すべて解除',
  statuses: {
    working: '実行中',
    blocked: 'ブロック中',
    canceled: 'キャンセル済み',
    failed: '失敗',
    success: '成功',
  },
  // Summary and pinned section
  summary: '概要',
  summaryTotal: '合計',
  summaryWorking: '実行中',
  summaryBlocked: '対応待ち',
  summaryFailed: '失敗',
  summaryCredits: 'クレジット合計',
  summaryCreditsUnknown: (label) => `${label}、データなし`,
  creditsNotReported: 'クレジットの報告はありません',
  creditsBreakdown: 'クレジットの内訳',
  creditsBySource: 'ソース別',
  creditsByCreator: '作成者別',
  creditsOthers: 'その他',
  creditsTotal: '合計',
  noCredits: 'クレジット使用量の報告はありません',
  pinnedTitle: '対応待ち',
  pinnedFallbackDetail: 'あなたの入力を待っています',
  pinnedToggle: (title, _count, formatted) => `${title} ${formatted}件`,
  pinnedShowAll: (_count, formatted) => `${formatted}件すべて表示`,
  pinnedShowFewer: '表示を減らす',
  pinnedShowInList: (_count, formatted) => `${formatted}件すべてをリストに表示`,
  // States and live updates
  emptyTitle: 'エージェントのアクティビティはまだありません',
  emptyDescription: 'エージェントとの会話やバックグラウンド実行は、開始するとここに表示されます。',
  noMatchTitle: 'フィルターに一致する項目はありません',
  noMatchDescription: 'フィルターを外してみてください。',
  noMatchDayDescription: 'フィルターを外すか、期間を広げてみてください。',
  noSearchMatchTitle: (query) => `「${query}」に一致する項目はありません`,
  noSearchMatchDescription:
    'スペルを確認するか、別のキーワードを試してください。検索対象はタイトル、作成者名、IDです。',
  noSearchAndFilterMatchTitle: (query) => `このフィルターでは「${query}」に一致する項目はありません`,
  noSearchAndFilterMatchDescription: '別のキーワードを試すか、フィルターを外してみてください。',
  noSearchAndFilterMatchDayDescription: '別のキーワードを試すか、フィルターを外すか、期間を広げてみてください。',
  clearFilters: 'フィルターをクリア',
  clearSearch: '検索をクリア',
  clearSearchAndFilters: '検索とフィルターをクリア',
  errorTitle: 'エージェントのアクティビティを読み込めませんでした',
  retry: '再試行',
  resultCount: (_count, formatted) => `${formatted}件のエージェント実行`,
  sortedAscending: (column) => `${column}で昇順に並べ替えました`,
  sortedDescending: (column) => `${column}で降順に並べ替えました`,
  showingCount: (_shown, _total, f) => `${f.total}件中${f.shown}件を表示`,
  showingCountPartial: (_shown, _total, f) => `読み込めたソースの${f.total}件中${f.shown}件を表示`,
  newItems: (_count, formatted) => `新着${formatted}件`,
  leftFilter: (_count, formatted) => `${formatted}件がフィルターに一致しなくなりました`,
  leftFilterTag: '条件に不一致',
  hideLeftFilter: () => '非表示にする',
  loadMoreError: '続きを読み込めませんでした。',
  partialSource: (source, message) => `${source}を読み込めませんでした: ${message}`,
  partialSources: '読み込めなかったソース',
  liveReconnecting: '再接続中… 接続が戻るとライブ更新を再開します。',
  livePaused: 'ライブ更新を一時停止しました。',
  // Artifacts, sub-runs, errors and the details panel
  artifacts: '成果物',
  pullRequest: (title) => (title ? `プルリクエスト ${title}` : 'プルリクエスト'),
  pullRequestStates: { open: 'オープン', draft: 'ドラフト', merged: 'マージ済み', closed: 'クローズ済み' },
  copyBranch: (branch) => `ブランチ ${branch} をコピー`,
  branchCopied: (branch) => `${branch} をコピーしました`,
  branchCopyFailed: (branch) => `${branch} をコピーできませんでした`,
  artifactName: (type, title) => (title ? `${type} ${title}` : type),
  artifactTypeNames: {
    pull_request: 'プルリクエスト',
    branch: 'ブランチ',
    plan: 'プラン',
    screenshot: 'スクリーンショット',
    file: 'ファイル',
    link: 'リンク',
  },
  moreArtifacts: (_count, formatted) => `+${formatted}`,
  moreArtifactsName: (_count, formatted) => `成果物をさらに${formatted}件表示`,
  showSubRuns: (_count, formatted) => `${formatted}件のサブ実行を表示`,
  subRunCount: (status, _count, formatted) => `${SUB_RUN_STATUS[status]} ${formatted}件`,
  subRunSeparator: ' · ',
  subRunsFailedWarning: (_count, formatted) => `成功しましたが、サブ実行${formatted}件が失敗しました`,
  subRunOf: (parent) => `${parent} のサブ実行`,
  errorMessages: {
    insufficient_credits: 'クレジット不足: チームの追加クレジットが残っていません',
    resource_unavailable:
      'キャパシティ不足: サンドボックスを起動できなかったため、プラットフォームが自動で再試行します',
    timed_out: 'タイムアウト: 実行が制限時間を超えたため停止しました',
    startup_failure:
      '起動失敗: ワークフローを開始できませんでした。ワークフローファイルと、リポジトリで許可されているアクションを確認してください',
    stale: '古い実行: GitHub が実行を打ち切り、古い実行としてマークしました',
    crashed: 'クラッシュ: 実行中にワーカープロセスがクラッシュしました。多くの場合、メモリ不足が原因です',
    system_failure: 'システム障害: プラットフォームの回復不能なエラーにより実行が停止しました',
    interrupted: '中断: 実行中に開発用 CLI の接続が切れました',
    expired: '期限切れ: 有効期間 (TTL) が過ぎるまでに実行が開始されませんでした',
    out_of_credits: 'クレジット切れ: セッションを続けるためのクレジットが残っていません',
    out_of_quota: 'クォータ超過: プランに含まれる利用枠を使い切りました',
    no_quota_allocation: 'クォータ未割り当て: セッションを実行するための利用枠が割り当てられていません',
    payment_declined: '支払い拒否: 支払いが拒否されました。支払い方法を確認してください',
    usage_limit_exceeded: '利用上限到達: セッションが利用上限に達しました',
    org_usage_limit_exceeded: '組織の上限到達: 組織がこの請求期間の利用上限に達しました',
  },
  errorWithCode: (message, code) => `${message} (${code})`,
  errorUnknown: '実行は理由不明のまま失敗しました',
  detailsClose: '詳細を閉じる',
  detailsStatus: 'ステータス',
  detailsError: 'エラー',
  detailsRetry: '再試行',
  retryMayHelp: '再試行で成功する可能性があります',
  retryWontHelp: '再試行しても解決しません',
  detailsSource: 'ソース',
  detailsCreator: '作成者',
  detailsCreated: '作成',
  detailsStarted: '開始',
  detailsEnded: '終了',
  detailsDuration: '所要時間',
  detailsCredits: 'クレジット',
  creditParts: { inference: '推論', compute: 'コンピュート', platform: 'プラットフォーム' },
  detailsSession: 'セッション',
  sessionStates: {
    available: '利用可能',
    expired: '期限切れ: ログとメッセージは保持されていません',
    unavailable: '利用不可: プラットフォームが共有していません',
  },
  detailsArtifacts: '成果物',
  detailsParent: '起動元',
  detailsSubRuns: 'サブ実行',
  detailsMeta: 'その他',
  detailsKeys: 'j / k: 次へ / 前へ · Esc: 閉じる',
  // Row actions, confirmation, bulk toolbar and toasts
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
