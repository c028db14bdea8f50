import type { AgentKind, SessionState } from '../core/types';

/** A point in time as `parseAgentItems` reads it: ISO 8601, epoch milliseconds or a `Date`. */
export type AdapterDate = string | number | Date;

/** The creator of an adapted item (prefixed with the platform, like the item's id). */
export interface AdapterPerson {
  id: string;
  name: string;
  avatarUrl?: string;
}

/**
 * Something a run produced or points at. `type` is one of `pull_request`, `branch`, `plan`,
 * `screenshot`, `file`, `link`, or the platform's own word when it is none of these (the parser then
 * reports it); `state` is `open`, `draft`, `merged` or `closed` for pull requests, or the platform's
 * own word.
 */
export interface AdapterArtifact {
  type: string;
  url?: string;
  title?: string;
  state?: string;
  branch?: string;
}

/**
 * One item of host input for `parseAgentItems`, as an adapter builds it from a platform's run. Fields
 * the platform did not send are absent; nothing here is validated yet (the parser does that, and
 * reports what it drops), including `parentId`, `artifacts`, `errorCode`, `retryable`,
 * `creditsBreakdown` and `permissions`.
 */
export interface AdapterItem {
  id?: string;
  kind: AgentKind;
  title: string;
  source?: string;
  status?: string;
  statusDetail?: string;
  createdAt?: AdapterDate;
  startedAt?: AdapterDate;
  endedAt?: AdapterDate;
  creator: AdapterPerson;
  credits?: number;
  creditsBreakdown?: { inference?: number; compute?: number; platform?: number };
  sessionUrl?: string;
  sessionState?: SessionState;
  conversationId?: string;
  parentId?: string;
  artifacts?: AdapterArtifact[];
  errorCode?: string;
  retryable?: boolean;
  permissions?: { cancel?: boolean };
  meta?: Record<string, string | string[]>;
}

/** What every adapter takes (each dollar or ACU adapter adds its rate). */
export interface AdapterOptions {
  /**
   * The host's user id of a creator, by the creator id the adapter emits (`github:583231`,
   * `warp:uid_7`, or a placeholder such as `cursor`), so one `viewerId` is "me" on every platform and
   * one person with accounts on several is one creator. Creators not listed keep the adapter's id.
   *
   * @example
   * fromGitHubActionsRuns(body, { identities: { 'github:583231': 'u_1' } })
   */
  identities?: Readonly<Record<string, string>>;
}

/** A host facet over `meta` for the filter menu (the shape the React layer's `facetDefinitions` takes). */
export interface AdapterFacetDefinition {
  key: string;
  label: string;
}

/**
 * A monochrome mark for a source: `path` is SVG path data for a 24×24 viewBox, `title` its accessible
 * name. The React layer renders it; adapters stay free of React.
 */
export interface SourceIconData {
  path: string;
  title: string;
}
