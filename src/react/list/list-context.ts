import type { ReactNode } from 'react';
import type { SourceRegistry } from '../../core/sources';
import type { AgentItem } from '../../core/types';
import type { SourceIcons } from '../badges';
import type { AgentListLabels } from '../root';
import type { AgentboardClassNames } from '../shared';

/** Class-name slots `<AgentList>` renders. */
export type AgentListClassNames = Pick<
  AgentboardClassNames,
  'list' | 'headerCell' | 'row' | 'cell' | 'badge' | 'avatar' | 'empty' | 'skeleton'
>;

/**
 * Everything a cell needs besides its item. Built once per change of these inputs (memoised in
 * `AgentList`), so rows — memoised on `(item, ctx, …)` — do not re-render when unrelated state changes.
 */
export interface ListRenderContext {
  labels: AgentListLabels;
  locale: string | undefined;
  timeZone: string | undefined;
  /** Fixed clock in epoch ms; `undefined` = the real clock (live durations tick). */
  now: number | undefined;
  viewerId: string | undefined;
  /** Fraction digits of every credit value in the view (see `creditDigits`). */
  creditDigits: number;
  sourceRegistry: SourceRegistry | undefined;
  sourceIcons: SourceIcons | undefined;
  classNames: AgentListClassNames;
  getItemHref: ((item: AgentItem) => string | null | undefined) | undefined;
  renderTitleExtra: ((item: AgentItem) => ReactNode) | undefined;
}

export interface CellProps {
  item: AgentItem;
  ctx: ListRenderContext;
  /** Id of the row's session description (for `aria-describedby`), when the row has one. */
  sessionDescriptionId: string;
}
