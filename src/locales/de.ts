import type { AgentActionLabels } from '../react/root/action-labels';
import type { AgentboardLabels } from '../react/root/labels';
import { deActions } from './de/actions';
import { pluralFor } from './plural';

// Product tone as in German developer tools: informal "du", English terms developers use as they
// are (Pull Request, Branch, Credits), "Lauf" for a run.
const plural = pluralFor('de');
const items = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'Eintrag', other: 'Einträge' })}`;
// The grid's noun: its row count and the announced result count say the same.
const agentRuns = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'Agentenlauf', other: 'Agentenläufe' })}`;
const SUB_RUN_STATUS = {
  working: 'aktiv',
  blocked: 'blockiert',
  canceled: 'abgebrochen',
  failed: 'fehlgeschlagen',
  success: 'erfolgreich',
} as const;

/**
 * Every string of the view in German: pass it as `labels` together with `locale="de-DE"` (numbers
 * and dates follow `locale`; the words follow `labels`). Override single keys by spreading it.
 *
 * @example
 * ```tsx
 * import { de } from 'agentboard/locales/de';
 * <AgentManagementView labels={de} locale="de-DE" … />
 * ```
 */
export const de: AgentboardLabels & AgentActionLabels = {
  // The list
  list: 'Agentenläufe',
  columnTitle: 'Titel',
  columnSource: 'Quelle',
  columnStatus: 'Status',
  columnCreator: 'Ersteller',
  columnCreated: 'Erstellt',
  columnDuration: 'Dauer',
  columnCredits: 'Credits',
  untitled: 'Ohne Titel',
  me: 'Ich',
  sessionExpired: 'Sitzung abgelaufen',
  sessionUnavailable: 'Sitzung nicht verfügbar',
  sessionExpiredDescription: 'Die geteilte Sitzung ist abgelaufen.',
  sessionUnavailableDescription: 'Die geteilte Sitzung ist nicht verfügbar.',
  notApplicable: 'Nicht zutreffend',
  sortAscending: (column) => `Nach ${column} aufsteigend sortieren`,
  sortDescending: (column) => `Nach ${column} absteigend sortieren`,
  rowCount: agentRuns,
  loading: 'Agentenläufe werden geladen',
  // Brands and acronyms stay as they are.
  sourceNames: {
    interactive: 'Interaktiv',
    cli: 'CLI',
    api: 'API',
    slack: 'Slack',
    linear: 'Linear',
    scheduled: 'Geplant',
    github_actions: 'GitHub Actions',
  },
  // Tabs, toolbar and filter menu
  tabList: 'Agentenansichten',
  tabPersonal: 'Persönlich',
  tabAll: 'Alle',
  tabDescription: (count, running, f) =>
    running > 0 ? `${items(count, f.count)}, davon ${f.running} aktiv` : items(count, f.count),
  search: 'Agenten durchsuchen',
  searchPlaceholder: 'Suchen…',
  filter: 'Filter',
  filterWithCount: (_count, formatted) => `Filter, ${formatted} aktiv`,
  filterDialog: 'Filter',
  sectionSource: 'Quelle',
  allIntegrations: 'Alle Integrationen',
  sectionStatus: 'Status',
  sectionCreator: 'Ersteller',
  sectionCreatedOn: 'Erstellungstag',
  sectionArtifacts: 'Mit Artefakt',
  artifactTypes: {
    pull_request: 'Pull Request',
    branch: 'Branch',
    plan: 'Plan',
    screenshot: 'Screenshot',
    file: 'Datei',
    link: 'Link',
    none: 'Ohne Artefakt',
  },
  creatorSearch: 'Ersteller suchen',
  noCreatorsMatch: 'Keine passenden Ersteller',
  noOptions: 'Nichts zum Filtern',
  anyTime: 'Jederzeit',
  createdOn: {
    today: 'Heute',
    yesterday: 'Gestern',
    last_24_hours: 'Letzte 24 Stunden',
    past_3_days: 'Letzte 3 Tage',
    last_week: 'Letzte 7 Tage',
  },
  aDay: 'Bestimmter Tag…',
  aRange: 'Zeitraum…',
  day: 'Tag',
  rangeFrom: 'Von',
  rangeTo: 'Bis',
  chipDay: (day) => day,
  chipRange: (from, to) => `${from} – ${to}`,
  removeChip: (field, value) => `${field}: ${value} entfernen`,
  activeFilters: 'Aktive Filter',
  clearAll: 'Alle entfernen',
  statuses: {
    working: 'Läuft',
    blocked: 'Blockiert',
    canceled: 'Abgebrochen',
    failed: 'Fehlgeschlagen',
    success: 'Erfolgreich',
  },
  // Summary and pinned section
  summary: 'Übersicht',
  summaryTotal: 'Gesamt',
  summaryWorking: 'Gerade aktiv',
  summaryBlocked: 'Wartet auf dich',
  summaryFailed: 'Fehlgeschlagen',
  summaryCredits: 'Credits gesamt',
  summaryCreditsUnknown: (label) => `${label}, keine Daten`,
  creditsNotReported: 'Keine Credits gemeldet',
  creditsBreakdown: 'Aufschlüsselung der Credits',
  creditsBySource: 'Nach Quelle',
  creditsByCreator: 'Nach Ersteller',
  creditsOthers: 'Sonstige',
  creditsTotal: 'Gesamt',
  noCredits: 'Kein Credit-Verbrauch gemeldet',
  pinnedTitle: 'Wartet auf dich',
  pinnedFallbackDetail: 'Wartet auf deine Eingabe',
  pinnedToggle: (title, count, formatted) => `${title}, ${items(count, formatted)}`,
  pinnedShowAll: (_count, formatted) => `Alle ${formatted} anzeigen`,
  pinnedShowFewer: 'Weniger anzeigen',
  pinnedShowInList: (_count, formatted) => `Alle ${formatted} in der Liste anzeigen`,
  // States and live updates
  emptyTitle: 'Noch keine Agentenaktivität',
  emptyDescription: 'Agentenunterhaltungen und Hintergrundläufe erscheinen hier, sobald sie starten.',
  noMatchTitle: 'Keine Einträge passen zu diesen Filtern',
  noMatchDescription: 'Entferne einen Filter.',
  noMatchDayDescription: 'Entferne einen Filter oder erweitere den Zeitraum.',
  noSearchMatchTitle: (query) => `Keine Einträge passen zu „${query}“`,
  noSearchMatchDescription:
    'Prüfe die Schreibweise oder versuche es mit anderen Wörtern. Gesucht wird in Titeln, Namen der Ersteller und IDs.',
  noSearchAndFilterMatchTitle: (query) => `Mit diesen Filtern passen keine Einträge zu „${query}“`,
  noSearchAndFilterMatchDescription: 'Versuche es mit anderen Wörtern oder entferne einen Filter.',
  noSearchAndFilterMatchDayDescription:
    'Versuche es mit anderen Wörtern, entferne einen Filter oder erweitere den Zeitraum.',
  clearFilters: 'Filter zurücksetzen',
  clearSearch: 'Suche zurücksetzen',
  clearSearchAndFilters: 'Suche und Filter zurücksetzen',
  errorTitle: 'Agentenaktivität konnte nicht geladen werden',
  retry: 'Erneut versuchen',
  resultCount: agentRuns,
  sortedAscending: (column) => `Nach ${column} aufsteigend sortiert`,
  sortedDescending: (column) => `Nach ${column} absteigend sortiert`,
  showingCount: (_shown, _total, f) => `${f.shown} von ${f.total} angezeigt`,
  showingCountPartial: (_shown, _total, f) => `${f.shown} von ${f.total} aus den geladenen Quellen angezeigt`,
  newItems: (count, formatted) => `${formatted} ${plural(count, { one: 'neuer Eintrag', other: 'neue Einträge' })}`,
  leftFilter: (count, formatted) =>
    plural(count, {
      one: `${formatted} Eintrag passt nicht mehr zu den Filtern`,
      other: `${formatted} Einträge passen nicht mehr zu den Filtern`,
    }),
  leftFilterTag: 'Passt nicht mehr',
  hideLeftFilter: (count) => plural(count, { one: 'Eintrag ausblenden', other: 'Einträge ausblenden' }),
  loadMoreError: 'Weitere Einträge konnten nicht geladen werden.',
  partialSource: (source, message) => `${source} konnte nicht geladen werden: ${message}`,
  partialSources: 'Quellen, die nicht geladen werden konnten',
  liveReconnecting: 'Verbindung wird wiederhergestellt… Live-Updates laufen weiter, sobald sie wieder steht.',
  livePaused: 'Live-Updates pausiert.',
  // Artifacts, sub-runs, errors and the details panel
  artifacts: 'Artefakte',
  pullRequest: (title) => (title ? `Pull Request ${title}` : 'Pull Request'),
  pullRequestStates: { open: 'Offen', draft: 'Entwurf', merged: 'Gemergt', closed: 'Geschlossen' },
  copyBranch: (branch) => `Branch ${branch} kopieren`,
  branchCopied: (branch) => `${branch} kopiert`,
  branchCopyFailed: (branch) => `${branch} konnte nicht kopiert werden`,
  artifactName: (type, title) => (title ? `${type} ${title}` : type),
  artifactTypeNames: {
    pull_request: 'Pull Request',
    branch: 'Branch',
    plan: 'Plan',
    screenshot: 'Screenshot',
    file: 'Datei',
    link: 'Link',
  },
  moreArtifacts: (_count, formatted) => `+${formatted}`,
  moreArtifactsName: (count, formatted) =>
    plural(count, {
      one: `${formatted} weiteres Artefakt anzeigen`,
      other: `${formatted} weitere Artefakte anzeigen`,
    }),
  showSubRuns: (count, formatted) =>
    `${formatted} ${plural(count, { one: 'Unterlauf', other: 'Unterläufe' })} anzeigen`,
  subRunCount: (status, _count, formatted) => `${formatted} ${SUB_RUN_STATUS[status]}`,
  subRunSeparator: ' · ',
  subRunsFailedWarning: (count, formatted) =>
    `Erfolgreich, aber ${formatted} ${plural(count, { one: 'Unterlauf ist', other: 'Unterläufe sind' })} fehlgeschlagen`,
  subRunOf: (parent) => `Unterlauf von ${parent}`,
  errorMessages: {
    insufficient_credits: 'Keine Credits mehr: Das Team hat keine zusätzlichen Credits übrig',
    resource_unavailable: 'Keine Kapazität: Die Plattform konnte keine Sandbox starten und versucht es selbst erneut',
    timed_out: 'Zeitüberschreitung: Der Lauf hat sein Zeitlimit überschritten und wurde beendet',
    startup_failure:
      'Startfehler: Der Workflow konnte nicht starten; prüfe seine Datei und welche Actions das Repository erlaubt',
    stale: 'Veraltet: GitHub hat den Lauf aufgegeben und als veraltet markiert',
    crashed: 'Abgestürzt: Der Worker-Prozess ist während des Laufs abgestürzt, oft wegen zu wenig Arbeitsspeicher',
    system_failure: 'Systemfehler: Ein nicht behebbarer Fehler der Plattform hat den Lauf beendet',
    interrupted: 'Unterbrochen: Die Entwicklungs-CLI hat während des Laufs die Verbindung verloren',
    expired: 'Abgelaufen: Der Lauf hat nicht begonnen, bevor seine Gültigkeitsdauer (TTL) ablief',
    out_of_credits: 'Keine Credits mehr: Es sind keine Credits übrig, um die Sitzung fortzusetzen',
    out_of_quota: 'Kontingent aufgebraucht: Die im Plan enthaltene Nutzung ist verbraucht',
    no_quota_allocation: 'Kein Kontingent zugeteilt: Für die Sitzung ist keine Nutzung zugeteilt',
    payment_declined: 'Zahlung abgelehnt: Die Zahlung wurde abgelehnt; prüfe die Zahlungsmethode',
    usage_limit_exceeded: 'Nutzungslimit erreicht: Die Sitzung hat so viel verbraucht, wie ein Nutzungslimit erlaubt',
    org_usage_limit_exceeded:
      'Organisationslimit erreicht: Die Organisation hat ihr Nutzungslimit für diesen Abrechnungszeitraum verbraucht',
  },
  errorWithCode: (message, code) => `${message} (${code})`,
  errorUnknown: 'Der Lauf ist ohne Angabe von Gründen fehlgeschlagen',
  detailsClose: 'Details schließen',
  detailsStatus: 'Status',
  detailsError: 'Fehler',
  detailsRetry: 'Erneuter Versuch',
  retryMayHelp: 'Ein erneuter Versuch kann gelingen',
  retryWontHelp: 'Ein erneuter Versuch hilft nicht',
  detailsSource: 'Quelle',
  detailsCreator: 'Ersteller',
  detailsCreated: 'Erstellt',
  detailsStarted: 'Gestartet',
  detailsEnded: 'Beendet',
  detailsDuration: 'Dauer',
  detailsCredits: 'Credits',
  creditParts: { inference: 'Inferenz', compute: 'Rechenzeit', platform: 'Plattform' },
  detailsSession: 'Sitzung',
  sessionStates: {
    available: 'Verfügbar',
    expired: 'Abgelaufen: Logs und Nachrichten werden nicht mehr aufbewahrt',
    unavailable: 'Nicht verfügbar: Die Plattform hat sie nicht geteilt',
  },
  detailsArtifacts: 'Artefakte',
  detailsParent: 'Gestartet von',
  detailsSubRuns: 'Unterläufe',
  detailsMeta: 'Weitere Angaben',
  detailsKeys: 'j / k: nächster / vorheriger · Esc: schließen',
  // Row actions, confirmation, bulk toolbar and toasts: ./de/actions.ts
  ...deActions,
};
