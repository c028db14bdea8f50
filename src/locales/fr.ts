import type { AgentActionLabels } from '../react/root/action-labels';
import type { AgentboardLabels } from '../react/root/labels';
import { frActions } from './fr/actions';
import { pluralFor } from './plural';

// French product tone: "vous", sentence case, the typographic no-break space before ":" and "?".
// An "exécution" is feminine, so participles about runs agree with it. French counts 0 as
// singular and says "1 000 000 d'exécutions": Intl.PluralRules knows both.
const plural = pluralFor('fr');
const NBSP = '\u00a0';
const items = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'élément', other: 'éléments', many: 'd’éléments' })}`;
// The grid's noun: its row count and the announced result count say the same.
const agentRuns = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'exécution d’agent', other: 'exécutions d’agents', many: 'd’exécutions d’agents' })}`;
const SUB_RUN_STATUS: Record<string, [one: string, other: string]> = {
  working: ['en cours', 'en cours'],
  blocked: ['bloquée', 'bloquées'],
  canceled: ['annulée', 'annulées'],
  failed: ['en échec', 'en échec'],
  success: ['réussie', 'réussies'],
};

/**
 * Every string of the view in French: pass it as `labels` together with `locale="fr-FR"` (numbers
 * and dates follow `locale`; the words follow `labels`). Override single keys by spreading it.
 *
 * @example
 * ```tsx
 * import { fr } from 'agentboard/locales/fr';
 * <AgentManagementView labels={fr} locale="fr-FR" … />
 * ```
 */
export const fr: AgentboardLabels & AgentActionLabels = {
  // The list
  list: 'Exécutions d’agents',
  columnTitle: 'Titre',
  columnSource: 'Source',
  columnStatus: 'Statut',
  columnCreator: 'Créé par',
  columnCreated: 'Création',
  columnDuration: 'Durée',
  columnCredits: 'Crédits',
  untitled: 'Sans titre',
  me: 'Moi',
  sessionExpired: 'Session expirée',
  sessionUnavailable: 'Session indisponible',
  sessionExpiredDescription: 'La session partagée a expiré.',
  sessionUnavailableDescription: 'La session partagée est indisponible.',
  notApplicable: 'Non applicable',
  sortAscending: (column) => `Trier par ${column}, ordre croissant`,
  sortDescending: (column) => `Trier par ${column}, ordre décroissant`,
  rowCount: agentRuns,
  loading: 'Chargement des exécutions d’agents',
  // Brands and acronyms stay as they are.
  sourceNames: {
    interactive: 'Interactif',
    cli: 'CLI',
    api: 'API',
    slack: 'Slack',
    linear: 'Linear',
    scheduled: 'Planifié',
    github_actions: 'GitHub Actions',
  },
  // Tabs, toolbar and filter menu
  tabList: 'Vues des agents',
  tabPersonal: 'Personnel',
  tabAll: 'Tout',
  tabDescription: (count, running, f) =>
    running > 0 ? `${items(count, f.count)}, dont ${f.running} en cours` : items(count, f.count),
  search: 'Rechercher des agents',
  searchPlaceholder: 'Rechercher…',
  filter: 'Filtrer',
  filterWithCount: (count, formatted) => `Filtrer, ${formatted} ${plural(count, { one: 'actif', other: 'actifs' })}`,
  filterDialog: 'Filtres',
  sectionSource: 'Source',
  allIntegrations: 'Toutes les intégrations',
  sectionStatus: 'Statut',
  sectionCreator: 'Créé par',
  sectionCreatedOn: 'Date de création',
  sectionArtifacts: 'Artefact produit',
  artifactTypes: {
    pull_request: 'Pull request',
    branch: 'Branche',
    plan: 'Plan',
    screenshot: 'Capture d’écran',
    file: 'Fichier',
    link: 'Lien',
    none: 'Aucun artefact',
  },
  creatorSearch: 'Rechercher un créateur',
  noCreatorsMatch: 'Aucun créateur ne correspond',
  noOptions: 'Aucun critère de filtre',
  anyTime: 'Toutes les dates',
  createdOn: {
    today: 'Aujourd’hui',
    yesterday: 'Hier',
    last_24_hours: '24 dernières heures',
    past_3_days: '3 derniers jours',
    last_week: '7 derniers jours',
  },
  aDay: 'Un jour…',
  aRange: 'Une période…',
  day: 'Jour',
  rangeFrom: 'Du',
  rangeTo: 'Au',
  chipDay: (day) => day,
  chipRange: (from, to) => `${from} – ${to}`,
  removeChip: (field, value) => `Retirer ${field}${NBSP}: ${value}`,
  activeFilters: 'Filtres actifs',
  clearAll: 'Tout effacer',
  statuses: {
    working: 'En cours',
    blocked: 'Bloqué',
    canceled: 'Annulé',
    failed: 'Échec',
    success: 'Réussi',
  },
  // Summary and pinned section
  summary: 'Résumé',
  summaryTotal: 'Total',
  summaryWorking: 'En cours',
  summaryBlocked: 'Attend votre action',
  summaryFailed: 'Échecs',
  summaryCredits: 'Total des crédits',
  summaryCreditsUnknown: (label) => `${label}, aucune donnée`,
  creditsNotReported: 'Aucun crédit signalé',
  creditsBreakdown: 'Répartition des crédits',
  creditsBySource: 'Par source',
  creditsByCreator: 'Par créateur',
  creditsOthers: 'Autres',
  creditsTotal: 'Total',
  noCredits: 'Aucune consommation de crédits signalée',
  pinnedTitle: 'Attend votre action',
  pinnedFallbackDetail: 'En attente de votre réponse',
  pinnedToggle: (title, count, formatted) => `${title}, ${items(count, formatted)}`,
  pinnedShowAll: (_count, formatted) => `Tout afficher (${formatted})`,
  pinnedShowFewer: 'Afficher moins',
  pinnedShowInList: (_count, formatted) => `Tout afficher dans la liste (${formatted})`,
  // States and live updates
  emptyTitle: 'Aucune activité d’agent pour l’instant',
  emptyDescription:
    'Les conversations avec les agents et les exécutions en arrière-plan apparaîtront ici dès leur lancement.',
  noMatchTitle: 'Aucun élément ne correspond à ces filtres',
  noMatchDescription: 'Retirez un filtre.',
  noMatchDayDescription: 'Retirez un filtre ou élargissez la période.',
  noSearchMatchTitle: (query) => `Aucun élément ne correspond à «${NBSP}${query}${NBSP}»`,
  noSearchMatchDescription:
    'Vérifiez l’orthographe ou essayez d’autres mots. La recherche porte sur les titres, les noms des auteurs et les identifiants.',
  noSearchAndFilterMatchTitle: (query) => `Aucun élément ne correspond à «${NBSP}${query}${NBSP}» avec ces filtres`,
  noSearchAndFilterMatchDescription: 'Essayez d’autres mots ou retirez un filtre.',
  noSearchAndFilterMatchDayDescription: 'Essayez d’autres mots, retirez un filtre ou élargissez la période.',
  clearFilters: 'Effacer les filtres',
  clearSearch: 'Effacer la recherche',
  clearSearchAndFilters: 'Effacer la recherche et les filtres',
  errorTitle: 'Impossible de charger l’activité des agents',
  retry: 'Réessayer',
  resultCount: agentRuns,
  sortedAscending: (column) => `Trié par ${column}, ordre croissant`,
  sortedDescending: (column) => `Trié par ${column}, ordre décroissant`,
  showingCount: (_shown, _total, f) => `${f.shown} sur ${f.total} affichés`,
  showingCountPartial: (_shown, _total, f) => `${f.shown} sur ${f.total} affichés (sources chargées uniquement)`,
  newItems: (count, formatted) =>
    `${formatted} ${plural(count, { one: 'nouvel élément', other: 'nouveaux éléments', many: 'de nouveaux éléments' })}`,
  leftFilter: (count, formatted) =>
    plural(count, {
      one: `${formatted} élément ne correspond plus aux filtres`,
      other: `${items(count, formatted)} ne correspondent plus aux filtres`,
    }),
  leftFilterTag: 'Ne correspond plus',
  hideLeftFilter: (count) => plural(count, { one: 'Le masquer', other: 'Les masquer' }),
  loadMoreError: 'Impossible de charger plus d’éléments.',
  partialSource: (source, message) => `Impossible de charger ${source}${NBSP}: ${message}`,
  partialSources: 'Sources non chargées',
  liveReconnecting: 'Reconnexion… Les mises à jour en direct reprendront dès le retour de la connexion.',
  livePaused: 'Mises à jour en direct suspendues.',
  // Artifacts, sub-runs, errors and the details panel
  artifacts: 'Artefacts',
  pullRequest: (title) => (title ? `Pull request ${title}` : 'Pull request'),
  pullRequestStates: { open: 'Ouverte', draft: 'Brouillon', merged: 'Fusionnée', closed: 'Fermée' },
  copyBranch: (branch) => `Copier la branche ${branch}`,
  branchCopied: (branch) => `Branche ${branch} copiée`,
  branchCopyFailed: (branch) => `Impossible de copier la branche ${branch}`,
  artifactName: (type, title) => (title ? `${type} ${title}` : type),
  artifactTypeNames: {
    pull_request: 'Pull request',
    branch: 'Branche',
    plan: 'Plan',
    screenshot: 'Capture d’écran',
    file: 'Fichier',
    link: 'Lien',
  },
  moreArtifacts: (_count, formatted) => `+${formatted}`,
  moreArtifactsName: (count, formatted) =>
    `Afficher ${formatted} ${plural(count, { one: 'autre artefact', other: 'autres artefacts', many: 'd’autres artefacts' })}`,
  showSubRuns: (count, formatted) =>
    `Afficher ${formatted} ${plural(count, { one: 'sous-exécution', other: 'sous-exécutions', many: 'de sous-exécutions' })}`,
  subRunCount: (status, count, formatted) => {
    const [one, other] = SUB_RUN_STATUS[status] ?? [status, status];
    return `${formatted} ${plural(count, { one, other })}`;
  },
  subRunSeparator: ' · ',
  subRunsFailedWarning: (count, formatted) =>
    `Réussie, mais ${formatted} ${plural(count, { one: 'sous-exécution a échoué', other: 'sous-exécutions ont échoué', many: 'de sous-exécutions ont échoué' })}`,
  subRunOf: (parent) => `Sous-exécution de ${parent}`,
  errorMessages: {
    insufficient_credits: `Crédits épuisés${NBSP}: l’équipe n’a plus de crédits supplémentaires`,
    resource_unavailable: `Capacité insuffisante${NBSP}: la plateforme n’a pas pu démarrer de sandbox et réessaie d’elle-même`,
    timed_out: `Délai dépassé${NBSP}: l’exécution a dépassé sa limite de temps et a été arrêtée`,
    startup_failure: `Échec au démarrage${NBSP}: le workflow n’a pas pu démarrer, vérifiez son fichier et les actions que le dépôt autorise`,
    stale: `Obsolète${NBSP}: GitHub a abandonné l’exécution et l’a marquée comme obsolète`,
    crashed: `Plantage${NBSP}: le processus du worker a planté pendant l’exécution, souvent faute de mémoire`,
    system_failure: `Défaillance système${NBSP}: une erreur irrécupérable de la plateforme a arrêté l’exécution`,
    interrupted: `Interrompue${NBSP}: la CLI de développement s’est déconnectée pendant l’exécution`,
    expired: `Expirée${NBSP}: l’exécution n’a pas démarré avant la fin de sa durée de vie (TTL)`,
    out_of_credits: `Crédits épuisés${NBSP}: il ne reste plus de crédits pour poursuivre la session`,
    out_of_quota: `Quota épuisé${NBSP}: l’usage inclus dans le forfait est entièrement consommé`,
    no_quota_allocation: `Aucun quota attribué${NBSP}: aucun usage n’est attribué pour exécuter la session`,
    payment_declined: `Paiement refusé${NBSP}: le paiement a été refusé, vérifiez le moyen de paiement`,
    usage_limit_exceeded: `Limite d’usage atteinte${NBSP}: la session a consommé tout ce qu’une limite d’usage permet`,
    org_usage_limit_exceeded: `Limite de l’organisation atteinte${NBSP}: l’organisation a consommé sa limite d’usage pour ce cycle de facturation`,
  },
  errorWithCode: (message, code) => `${message} (${code})`,
  errorUnknown: 'L’exécution a échoué sans indiquer pourquoi',
  detailsClose: 'Fermer les détails',
  detailsStatus: 'Statut',
  detailsError: 'Erreur',
  detailsRetry: 'Nouvelle tentative',
  retryMayHelp: 'Une nouvelle tentative peut réussir',
  retryWontHelp: 'Une nouvelle tentative ne changera rien',
  detailsSource: 'Source',
  detailsCreator: 'Créé par',
  detailsCreated: 'Création',
  detailsStarted: 'Début',
  detailsEnded: 'Fin',
  detailsDuration: 'Durée',
  detailsCredits: 'Crédits',
  creditParts: { inference: 'Inférence', compute: 'Calcul', platform: 'Plateforme' },
  detailsSession: 'Session',
  sessionStates: {
    available: 'Disponible',
    expired: `Expirée${NBSP}: ses journaux et messages ne sont plus conservés`,
    unavailable: `Indisponible${NBSP}: la plateforme ne l’a pas partagée`,
  },
  detailsArtifacts: 'Artefacts',
  detailsParent: 'Lancée par',
  detailsSubRuns: 'Sous-exécutions',
  detailsMeta: 'Plus d’infos',
  detailsKeys: `j / k${NBSP}: suivante / précédente · Échap${NBSP}: fermer`,
  // Row actions, confirmation, bulk toolbar and toasts: ./fr/actions.ts
  ...frActions,
};
