import type { AgentActionLabels } from '../react/root/action-labels';
import type { AgentboardLabels } from '../react/root/labels';
import { esActions } from './es/actions';
import { pluralFor } from './plural';

// Spanish product tone: "tú", sentence case, opening ¿ on questions. An "ejecución" is feminine,
// so participles about runs agree with it; "1 000 000 de ejecuciones" comes from Intl.PluralRules.
const plural = pluralFor('es');
const items = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'elemento', other: 'elementos', many: 'de elementos' })}`;
// The grid's noun: its row count and the announced result count say the same.
const agentRuns = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'ejecución de agente', other: 'ejecuciones de agentes', many: 'de ejecuciones de agentes' })}`;
const SUB_RUN_STATUS: Record<string, [one: string, other: string]> = {
  working: ['en curso', 'en curso'],
  blocked: ['bloqueada', 'bloqueadas'],
  canceled: ['cancelada', 'canceladas'],
  failed: ['fallida', 'fallidas'],
  success: ['correcta', 'correctas'],
};

/**
 * Every string of the view in Spanish: pass it as `labels` together with `locale="es-ES"` (numbers
 * and dates follow `locale`; the words follow `labels`). Override single keys by spreading it.
 *
 * @example
 * ```tsx
 * import { es } from 'agentboard/locales/es';
 * <AgentManagementView labels={es} locale="es-ES" … />
 * ```
 */
export const es: AgentboardLabels & AgentActionLabels = {
  // The list
  list: 'Ejecuciones de agentes',
  columnTitle: 'Título',
  columnSource: 'Origen',
  columnStatus: 'Estado',
  columnCreator: 'Creado por',
  columnCreated: 'Creación',
  columnDuration: 'Duración',
  columnCredits: 'Créditos',
  untitled: 'Sin título',
  me: 'Yo',
  sessionExpired: 'Sesión caducada',
  sessionUnavailable: 'Sesión no disponible',
  sessionExpiredDescription: 'La sesión compartida ha caducado.',
  sessionUnavailableDescription: 'La sesión compartida no está disponible.',
  notApplicable: 'No aplica',
  sortAscending: (column) => `Ordenar por ${column}, ascendente`,
  sortDescending: (column) => `Ordenar por ${column}, descendente`,
  rowCount: agentRuns,
  loading: 'Cargando ejecuciones de agentes',
  // Brands and acronyms stay as they are.
  sourceNames: {
    interactive: 'Interactivo',
    cli: 'CLI',
    api: 'API',
    slack: 'Slack',
    linear: 'Linear',
    scheduled: 'Programado',
    github_actions: 'GitHub Actions',
  },
  // Tabs, toolbar and filter menu
  tabList: 'Vistas de agentes',
  tabPersonal: 'Personal',
  tabAll: 'Todo',
  tabDescription: (count, running, f) =>
    running > 0 ? `${items(count, f.count)}, ${f.running} en curso` : items(count, f.count),
  search: 'Buscar agentes',
  searchPlaceholder: 'Buscar…',
  filter: 'Filtrar',
  filterWithCount: (count, formatted) => `Filtrar, ${formatted} ${plural(count, { one: 'activo', other: 'activos' })}`,
  filterDialog: 'Filtros',
  sectionSource: 'Origen',
  allIntegrations: 'Todas las integraciones',
  sectionStatus: 'Estado',
  sectionCreator: 'Creado por',
  sectionCreatedOn: 'Fecha de creación',
  sectionArtifacts: 'Artefacto generado',
  artifactTypes: {
    pull_request: 'Pull request',
    branch: 'Rama',
    plan: 'Plan',
    screenshot: 'Captura de pantalla',
    file: 'Archivo',
    link: 'Enlace',
    none: 'Sin artefacto',
  },
  creatorSearch: 'Buscar creadores',
  noCreatorsMatch: 'Ningún creador coincide',
  noOptions: 'No hay nada por lo que filtrar',
  anyTime: 'Cualquier fecha',
  createdOn: {
    today: 'Hoy',
    yesterday: 'Ayer',
    last_24_hours: 'Últimas 24 horas',
    past_3_days: 'Últimos 3 días',
    last_week: 'Últimos 7 días',
  },
  aDay: 'Un día…',
  aRange: 'Un intervalo…',
  day: 'Día',
  rangeFrom: 'Desde',
  rangeTo: 'Hasta',
  chipDay: (day) => day,
  chipRange: (from, to) => `${from} – ${to}`,
  removeChip: (field, value) => `Quitar ${field}: ${value}`,
  activeFilters: 'Filtros activos',
  clearAll: 'Borrar todo',
  statuses: {
    working: 'En curso',
    blocked: 'Bloqueado',
    canceled: 'Cancelado',
    failed: 'Fallido',
    success: 'Correcto',
  },
  // Summary and pinned section
  summary: 'Resumen',
  summaryTotal: 'Total',
  summaryWorking: 'En curso ahora',
  summaryBlocked: 'Te necesitan',
  summaryFailed: 'Fallidos',
  summaryCredits: 'Créditos totales',
  summaryCreditsUnknown: (label) => `${label}, sin datos`,
  creditsNotReported: 'No se han registrado créditos',
  creditsBreakdown: 'Desglose de créditos',
  creditsBySource: 'Por origen',
  creditsByCreator: 'Por creador',
  creditsOthers: 'Otros',
  creditsTotal: 'Total',
  noCredits: 'No se ha registrado consumo de créditos',
  pinnedTitle: 'Te necesitan',
  pinnedFallbackDetail: 'Esperando tu respuesta',
  pinnedToggle: (title, count, formatted) => `${title}, ${items(count, formatted)}`,
  pinnedShowAll: (_count, formatted) => `Mostrar los ${formatted}`,
  pinnedShowFewer: 'Mostrar menos',
  pinnedShowInList: (_count, formatted) => `Mostrar los ${formatted} en la lista`,
  // States and live updates
  emptyTitle: 'Aún no hay actividad de agentes',
  emptyDescription:
    'Las conversaciones con agentes y las ejecuciones en segundo plano aparecerán aquí en cuanto empiecen.',
  noMatchTitle: 'Ningún elemento coincide con estos filtros',
  noMatchDescription: 'Prueba a quitar un filtro.',
  noMatchDayDescription: 'Prueba a quitar un filtro o a ampliar el intervalo de fechas.',
  noSearchMatchTitle: (query) => `Ningún elemento coincide con «${query}»`,
  noSearchMatchDescription:
    'Revisa la ortografía o prueba con otras palabras. La búsqueda abarca títulos, autores e identificadores.',
  noSearchAndFilterMatchTitle: (query) => `Con estos filtros, ningún elemento coincide con «${query}»`,
  noSearchAndFilterMatchDescription: 'Prueba con otras palabras o quita un filtro.',
  noSearchAndFilterMatchDayDescription: 'Prueba con otras palabras, quita un filtro o amplía el intervalo de fechas.',
  clearFilters: 'Borrar filtros',
  clearSearch: 'Borrar búsqueda',
  clearSearchAndFilters: 'Borrar búsqueda y filtros',
  errorTitle: 'No se pudo cargar la actividad de los agentes',
  retry: 'Reintentar',
  resultCount: agentRuns,
  sortedAscending: (column) => `Ordenado por ${column}, ascendente`,
  sortedDescending: (column) => `Ordenado por ${column}, descendente`,
  showingCount: (_shown, _total, f) => `Mostrando ${f.shown} de ${f.total}`,
  showingCountPartial: (_shown, _total, f) => `Mostrando ${f.shown} de ${f.total} de los orígenes cargados`,
  newItems: (count, formatted) =>
    `${formatted} ${plural(count, { one: 'elemento nuevo', other: 'elementos nuevos', many: 'de elementos nuevos' })}`,
  leftFilter: (count, formatted) =>
    plural(count, {
      one: `${formatted} elemento ya no coincide con los filtros`,
      other: `${items(count, formatted)} ya no coinciden con los filtros`,
    }),
  leftFilterTag: 'Ya no coincide',
  hideLeftFilter: (count) => plural(count, { one: 'Ocultarlo', other: 'Ocultarlos' }),
  loadMoreError: 'No se pudieron cargar más elementos.',
  partialSource: (source, message) => `No se pudo cargar ${source}: ${message}`,
  partialSources: 'Orígenes que no se pudieron cargar',
  liveReconnecting: 'Reconectando… Las actualizaciones en directo se reanudarán cuando vuelva la conexión.',
  livePaused: 'Actualizaciones en directo en pausa.',
  // Artifacts, sub-runs, errors and the details panel
  artifacts: 'Artefactos',
  pullRequest: (title) => (title ? `Pull request ${title}` : 'Pull request'),
  pullRequestStates: { open: 'Abierta', draft: 'Borrador', merged: 'Fusionada', closed: 'Cerrada' },
  copyBranch: (branch) => `Copiar la rama ${branch}`,
  branchCopied: (branch) => `Rama ${branch} copiada`,
  branchCopyFailed: (branch) => `No se pudo copiar la rama ${branch}`,
  artifactName: (type, title) => (title ? `${type} ${title}` : type),
  artifactTypeNames: {
    pull_request: 'Pull request',
    branch: 'Rama',
    plan: 'Plan',
    screenshot: 'Captura de pantalla',
    file: 'Archivo',
    link: 'Enlace',
  },
  moreArtifacts: (_count, formatted) => `+${formatted}`,
  moreArtifactsName: (count, formatted) =>
    `Mostrar ${formatted} ${plural(count, { one: 'artefacto más', other: 'artefactos más', many: 'de artefactos más' })}`,
  showSubRuns: (count, formatted) =>
    `Mostrar ${formatted} ${plural(count, { one: 'subejecución', other: 'subejecuciones', many: 'de subejecuciones' })}`,
  subRunCount: (status, count, formatted) => {
    const [one, other] = SUB_RUN_STATUS[status] ?? [status, status];
    return `${formatted} ${plural(count, { one, other })}`;
  },
  subRunSeparator: ' · ',
  subRunsFailedWarning: (count, formatted) =>
    `Correcta, pero ${formatted} ${plural(count, { one: 'subejecución falló', other: 'subejecuciones fallaron', many: 'de subejecuciones fallaron' })}`,
  subRunOf: (parent) => `Subejecución de ${parent}`,
  errorMessages: {
    insufficient_credits: 'Sin créditos: al equipo no le quedan créditos adicionales',
    resource_unavailable: 'Sin capacidad: la plataforma no pudo iniciar un sandbox y lo reintentará por su cuenta',
    timed_out: 'Tiempo agotado: la ejecución superó su límite de tiempo y se detuvo',
    startup_failure:
      'Error de inicio: el flujo de trabajo no pudo iniciarse; revisa su archivo y qué acciones permite el repositorio',
    stale: 'Obsoleta: GitHub abandonó la ejecución y la marcó como obsoleta',
    crashed:
      'Fallo del proceso: el proceso del worker se cerró inesperadamente durante la ejecución, a menudo por falta de memoria',
    system_failure: 'Fallo del sistema: un error irrecuperable de la plataforma detuvo la ejecución',
    interrupted: 'Interrumpida: la CLI de desarrollo se desconectó durante la ejecución',
    expired: 'Caducada: la ejecución no empezó antes de que venciera su tiempo de vida (TTL)',
    out_of_credits: 'Sin créditos: no quedan créditos para continuar la sesión',
    out_of_quota: 'Sin cuota: el uso incluido en el plan se ha agotado',
    no_quota_allocation: 'Sin cuota asignada: no hay uso asignado para ejecutar la sesión',
    payment_declined: 'Pago rechazado: se rechazó el pago; revisa el método de pago',
    usage_limit_exceeded: 'Límite de uso alcanzado: la sesión consumió todo lo que permite un límite de uso',
    org_usage_limit_exceeded:
      'Límite de la organización alcanzado: la organización agotó su límite de uso de este ciclo de facturación',
  },
  errorWithCode: (message, code) => `${message} (${code})`,
  errorUnknown: 'La ejecución falló sin indicar el motivo',
  detailsClose: 'Cerrar detalles',
  detailsStatus: 'Estado',
  detailsError: 'Error',
  detailsRetry: 'Reintento',
  retryMayHelp: 'Un reintento podría funcionar',
  retryWontHelp: 'Un reintento no servirá de nada',
  detailsSource: 'Origen',
  detailsCreator: 'Creado por',
  detailsCreated: 'Creación',
  detailsStarted: 'Inicio',
  detailsEnded: 'Fin',
  detailsDuration: 'Duración',
  detailsCredits: 'Créditos',
  creditParts: { inference: 'Inferencia', compute: 'Cómputo', platform: 'Plataforma' },
  detailsSession: 'Sesión',
  sessionStates: {
    available: 'Disponible',
    expired: 'Caducada: sus registros y mensajes ya no se conservan',
    unavailable: 'No disponible: la plataforma no la compartió',
  },
  detailsArtifacts: 'Artefactos',
  detailsParent: 'Iniciada por',
  detailsSubRuns: 'Subejecuciones',
  detailsMeta: 'Más información',
  detailsKeys: 'j / k: siguiente / anterior · Esc: cerrar',
  // Row actions, confirmation, bulk toolbar and toasts: ./es/actions.ts
  ...esActions,
};
