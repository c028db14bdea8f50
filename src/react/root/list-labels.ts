import { BUILT_IN_SOURCE_META } from '../../core/sources';
import type { AgentStatus, BuiltInSource } from '../../core/types';

/**
 * Every visible (and screen-reader) string of `<AgentList>`. Pass a partial object to `labels`;
 * missing keys fall back to `defaultAgentListLabels`.
 */
export interface AgentListLabels {
  /** Accessible name of the grid (overridden by `ariaLabel`). */
  list: string;
  columnTitle: string;
  columnSource: string;
  columnStatus: string;
  columnCreator: string;
  columnCreated: string;
  columnDuration: string;
  columnCredits: string;
  /** Shown for an item with an empty title. */
  untitled: string;
  /** Creator name shown for the viewer's own items. */
  me: string;
  /** Tag on an ambient row whose shared session has expired / is unavailable. */
  sessionExpired: string;
  sessionUnavailable: string;
  /** Row description for those rows (read after the row's content). */
  sessionExpiredDescription: string;
  sessionUnavailableDescription: string;
  /** Screen-reader text for the `—` of a duration that does not apply (interactive items). */
  notApplicable: string;
  /** Description of a sort button: what activating it does. */
  sortAscending: (column: string) => string;
  sortDescending: (column: string) => string;
  /** Description of the grid, e.g. "1,234 agent runs". `formatted` is `count` in the list's locale. */
  rowCount: (count: number, formatted: string) => string;
  /** Accessible name of the loading placeholder rows. */
  loading: string;
  /**
   * Status badge labels (the view passes its `labels.statuses`); a missing status uses
   * `STATUS_META[status].label` (`Working`, `Blocked`…).
   */
  statuses?: Partial<Record<AgentStatus, string>>;
  /**
   * Names of the built-in sources ("Interactive", "Scheduled"; brands such as Slack stay as they
   * are), wherever a source is named: badges, the filter menu, chips, the breakdown, details, sorting.
   * A host's `sourceRegistry` label for the same source wins.
   */
  sourceNames: Record<BuiltInSource, string>;
}

export const defaultAgentListLabels: AgentListLabels = {
  list: 'Agent runs',
  columnTitle: 'Title',
  columnSource: 'Source',
  columnStatus: 'Status',
  columnCreator: 'Creator',
  columnCreated: 'Created',
  columnDuration: 'Duration',
  columnCredits: 'Credits',
  untitled: 'Untitled',
  me: 'Me',
  sessionExpired: 'Session expired',
  sessionUnavailable: 'Session unavailable',
  sessionExpiredDescription: 'The shared session has expired.',
  sessionUnavailableDescription: 'The shared session is unavailable.',
  notApplicable: 'Not applicable',
  sortAscending: (column) => `Sort by ${column}, ascending`,
  sortDescending: (column) => `Sort by ${column}, descending`,
  rowCount: (count, formatted) => `${formatted} ${count === 1 ? 'agent run' : 'agent runs'}`,
  loading: 'Loading agent runs',
  sourceNames: {
    interactive: BUILT_IN_SOURCE_META.interactive.label,
    cli: BUILT_IN_SOURCE_META.cli.label,
    api: BUILT_IN_SOURCE_META.api.label,
    slack: BUILT_IN_SOURCE_META.slack.label,
    linear: BUILT_IN_SOURCE_META.linear.label,
    scheduled: BUILT_IN_SOURCE_META.scheduled.label,
    github_actions: BUILT_IN_SOURCE_META.github_actions.label,
  },
};
