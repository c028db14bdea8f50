// LangSmith runs: the `Run` of the `langsmith` SDK (js/src/schemas.ts: `name`, `run_type`, `start_time`,
// `end_time`, `error`, `parent_run_id`, `tags`, `extra`, `session_id`, `app_path`, `status`,
// `total_tokens`) and the REST run schema behind `Client.listRuns` / `POST /api/v1/runs/query`
// (`{ runs, cursors }`; `total_cost` as a decimal string, times as ISO strings without an offset in
// UTC), as LangChain's reference documents it in 2026.
import { LANGCHAIN_MARK } from './icons';
import { adaptList, amount, at, date, get, meta, prefixed, rate, text } from './shared';
import type { AdapterOptions, AdapterFacetDefinition, AdapterItem, SourceIconData } from './types';
import type { SourceRegistry } from '../core/sources';

/** Options of `fromLangSmithRuns`. */
export interface LangSmithAdapterOptions extends AdapterOptions {
  /** Where `app_path` is resolved: `https://smith.langchain.com` by default (set it for EU or self-hosted). */
  appUrl?: string;
  /**
   * Credits per US dollar. `total_cost` is dollars, kept in `meta.cost_usd`; with a rate the run also
   * gets `credits` in the host's credits.
   */
  creditsPerUsd?: number;
}

// Runs are traces of the host's own application: LangSmith records no person.
const LANGSMITH = { id: 'langsmith', name: 'LangSmith' };
const ABSOLUTE = /^https?:\/\//i;
const TRAILING_SLASH = /\/+$/;

function adaptRun(run: unknown, appUrl: string, perUsd: number | undefined): AdapterItem {
  const error = text(get(run, 'error'));
  const usd = amount(get(run, 'total_cost'));
  const end = date(get(run, 'end_time'));
  // Older runs and some SDK shapes carry no status: LangSmith's own rule is error, else ended, else pending.
  const status =
    text(get(run, 'status')) ?? (error !== undefined ? 'error' : end !== undefined ? 'success' : 'pending');
  const path = text(get(run, 'app_path'));
  const start = date(get(run, 'start_time'));
  const metadata = at(run, 'extra', 'metadata');
  return {
    id: prefixed('langsmith', get(run, 'id')),
    kind: 'ambient',
    title: text(get(run, 'name')) ?? '',
    source: 'langsmith',
    status,
    // The error's first line is its message; the rest is a traceback.
    statusDetail: error?.split('\n', 1)[0],
    createdAt: start,
    startedAt: start,
    endedAt: end,
    creator: { ...LANGSMITH },
    credits: perUsd && usd && usd * perUsd,
    sessionUrl: path === undefined || ABSOLUTE.test(path) ? path : appUrl.replace(TRAILING_SLASH, '') + path,
    parentId: prefixed('langsmith', get(run, 'parent_run_id')),
    meta: meta({
      runType: get(run, 'run_type'),
      project: get(run, 'session_id'),
      model: get(metadata, 'ls_model_name'),
      provider: get(metadata, 'ls_provider'),
      tags: get(run, 'tags'),
      tokens: get(run, 'total_tokens'),
      trace: get(run, 'trace_id'),
      cost_usd: usd,
    }),
  };
}

/**
 * Maps LangSmith runs (`POST /api/v1/runs/query`: `{ runs, cursors }`, or what `Client.listRuns`
 * yields, collected into an array) onto `parseAgentItems` input. The run's `total_cost` is US dollars
 * in `meta.cost_usd`, not credits: `credits` are given only with `options.creditsPerUsd`. The link is
 * `app_path` on `options.appUrl`; `options.identities` gives creators the host's user ids. Child runs come with `parentId`: query
 * root runs (`is_root: true`) for one row per trace. Never throws.
 *
 * @example
 * const runs = [];
 * for await (const run of client.listRuns({ projectName: 'agents', isRoot: true, limit: 100 })) runs.push(run);
 * const { items } = parseAgentItems(fromLangSmithRuns(runs));
 */
export function fromLangSmithRuns(body: unknown, options?: LangSmithAdapterOptions): AdapterItem[] {
  const appUrl = text(get(options, 'appUrl')) ?? 'https://smith.langchain.com';
  const perUsd = rate(options, 'creditsPerUsd');
  return adaptList(body, ['runs', 'items'], (run) => adaptRun(run, appUrl, perUsd), options);
}

/**
 * Label and group of the `langsmith` source that `fromLangSmithRuns` emits.
 *
 * @example
 * <AgentManagementView items={items} sourceRegistry={langSmithSources} … />
 */
export const langSmithSources: SourceRegistry = {
  langsmith: { label: 'LangSmith', group: 'developer' },
};

/**
 * The LangChain mark (LangSmith's maker; simple-icons has no LangSmith mark) for the `langsmith` source.
 *
 * @example
 * const { path, title } = langSmithSourceIcons.langsmith;
 */
export const langSmithSourceIcons: Readonly<Record<string, SourceIconData>> = {
  langsmith: { path: LANGCHAIN_MARK, title: 'LangSmith' },
};

/**
 * The `meta` facets `fromLangSmithRuns` fills, for the view's `facetDefinitions`.
 *
 * @example
 * <AgentManagementView items={items} facetDefinitions={langSmithFacetDefinitions} … />
 */
export const langSmithFacetDefinitions: readonly AdapterFacetDefinition[] = [
  { key: 'runType', label: 'Run type' },
  { key: 'project', label: 'Project' },
  { key: 'model', label: 'Model' },
  { key: 'provider', label: 'Provider' },
  { key: 'tags', label: 'Tags' },
];
