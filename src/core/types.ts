/** Whether an item is a person's desktop conversation or a background run started by a trigger. */
export type AgentKind = 'interactive' | 'ambient';

/** The fixed display set of statuses. Raw host statuses are mapped onto it by `mapStatus`. */
export type AgentStatus = 'working' | 'blocked' | 'canceled' | 'failed' | 'success';

/** Personal: the viewer's own items. All: the viewer's items plus teammates' ambient items. */
export type AgentTab = 'personal' | 'all';

/** The built-in sources. Hosts may use any other string; it gets a readable label. */
export type BuiltInSource = 'interactive' | 'cli' | 'api' | 'slack' | 'linear' | 'scheduled' | 'github_actions';

export interface AgentPerson {
  id: string;
  name: string;
  /** Only http(s) or relative URLs survive parsing. */
  avatarUrl?: string;
}

export type SessionState = 'available' | 'expired' | 'unavailable';

/** What a run produced or points at. */
export type AgentArtifactType = 'pull_request' | 'branch' | 'plan' | 'screenshot' | 'file' | 'link';

/** Where a pull request stands. */
export type PullRequestState = 'open' | 'draft' | 'merged' | 'closed';

/** Something a run produced: a pull request, a branch, a plan, a screenshot, a file or a link. */
export interface AgentArtifact {
  type: AgentArtifactType;
  /** Only http(s) or relative URLs survive parsing. */
  url?: string;
  /** "Fix flaky login test", "#1234". */
  title?: string;
  /** Pull requests. */
  state?: PullRequestState;
  /** Pull requests and branches. */
  branch?: string;
}

/**
 * What the viewer may do with one item, from the host. An absent flag follows the view's default rule;
 * `false` always hides the action for this item and `true` always offers it.
 */
export interface AgentPermissions {
  cancel?: boolean;
  retry?: boolean;
  delete?: boolean;
  archive?: boolean;
  share?: boolean;
  rename?: boolean;
  forkLocally?: boolean;
}

/** The built-in row and bulk actions. Hosts add their own with `customActions` (any other string id). */
export type AgentActionId =
  'cancel' | 'retry' | 'copy_link' | 'share' | 'rename' | 'fork_locally' | 'archive' | 'delete';

/** How an item's credits split; `credits` stays the one total. */
export interface AgentCreditsBreakdown {
  inference?: number;
  compute?: number;
  platform?: number;
}

/** One agent item, as the view works with it (the output of `parseAgentItems`). */
export interface AgentItem {
  id: string;
  kind: AgentKind;
  title: string;
  /** A built-in source or a host-registered one. */
  source: string;
  /** Display status. */
  status: AgentStatus;
  /** The status as the host sent it. */
  rawStatus: string;
  /** What a blocked item waits on; the error of a failed one. */
  statusDetail?: string;
  createdAt: Date;
  startedAt?: Date;
  endedAt?: Date;
  creator: AgentPerson;
  /** One combined value (inference + compute); absent = unknown. */
  credits?: number;
  /** Ambient: the shared session. Only http(s) survives parsing. */
  sessionUrl?: string;
  sessionState?: SessionState;
  /** Interactive: what the host opens locally. */
  conversationId?: string;
  /** Host facets (environment, harness, repository…). */
  meta?: Record<string, string | string[]>;
  /** A sub-agent run: the id of the run that started it. */
  parentId?: string;
  /** What the run produced, in the host's order. */
  artifacts?: AgentArtifact[];
  /** The machine code of a failure ("INSUFFICIENT_CREDITS"); `statusDetail` keeps the text. */
  errorCode?: string;
  /** The host says whether a retry may succeed; absent = unknown. */
  retryable?: boolean;
  creditsBreakdown?: AgentCreditsBreakdown;
  permissions?: AgentPermissions;
}

export type CreatedOnPreset = 'today' | 'yesterday' | 'last_24_hours' | 'past_3_days' | 'last_week';

export type CreatedOnFilter =
  | { preset: CreatedOnPreset }
  /** 'YYYY-MM-DD' in the view's time zone. */
  | { day: string }
  /** Inclusive day range, 'YYYY-MM-DD' each. */
  | { from: string; to: string };

export interface AgentFilters {
  sources?: string[];
  statuses?: AgentStatus[];
  /** Creator ids. Only applies on the All tab. */
  creators?: string[];
  createdOn?: CreatedOnFilter;
  /** Free text over title, creator name and id. */
  query?: string;
  /** Host-defined facets over `meta`. */
  facets?: Record<string, string[]>;
  /** Has artifact: items that produced any of these types; `none` keeps items that produced nothing. */
  artifacts?: (AgentArtifactType | 'none')[];
}

export interface ViewContext {
  tab: AgentTab;
  viewerId: string;
  /** IANA time zone; defaults to the runtime's. */
  timeZone?: string;
  /** Fixed clock (tests, SSR). Defaults to `Date.now()`. */
  now?: Date | number;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface AgentFacets {
  sources: FacetOption[];
  statuses: FacetOption[];
  creators: FacetOption[];
  createdOn: FacetOption[];
  /** Has artifact: every type and `none`. `getFacets` always fills it; a data source may leave it out. */
  artifacts?: FacetOption[];
  facets: Record<string, FacetOption[]>;
}

export interface AgentSummaryData {
  total: number;
  byStatus: Record<AgentStatus, number>;
  /** Sum of known credits. */
  credits: number;
  /**
   * How many of the items reported credits. 0 means the sum is unknown rather than zero (the view
   * then shows "—", not "0"). `summarize` always sets it; a summary without it is read as known
   * when `credits` is positive.
   */
  creditsKnown?: number;
  /** `count` holds credits here. */
  creditsBySource: FacetOption[];
  /** `count` holds credits here. */
  creditsByCreator: FacetOption[];
}

export type ParseIssueLevel = 'error' | 'warning';

export interface ParseIssue {
  /** Index of the item in the input array (-1 when the input itself is unusable). */
  index: number;
  id?: string;
  /** Field path, e.g. `creator.name`; '' for the whole item. */
  path: string;
  message: string;
  level: ParseIssueLevel;
}

export interface ParseResult {
  items: AgentItem[];
  issues: ParseIssue[];
}

export interface ParseOptions {
  /** Extra or overriding raw-status mappings (keys are normalised like raw statuses). */
  statusMap?: Record<string, AgentStatus>;
}
