import { clsx } from 'clsx';
import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import type { ReactElement, ReactNode, RefObject } from 'react';
import type { RunTree, RunTreeRow } from '../../core/tree';
import type { AgentItem } from '../../core/types';
import { AgentRow } from './AgentRow';
import type { AgentListRowActions, AgentListRowSelection } from './agent-list-props';
import type { ListColumn } from './columns';
import type { AgentListClassNames, ListRenderContext } from './list-context';
import { ListSkeleton } from './ListSkeleton';
import { RowMenuScope } from './RowMenuScope';
import type { useRowInteraction } from './useRowInteraction';
import { useRowSlots, type SlotRow } from './row-slots';
import { rowKeyOf } from './useRovingFocus';

export interface ListBodyProps {
  /** What the body shows: placeholder rows, the host's empty state, or the rows. */
  shape: 'skeleton' | 'empty' | 'rows';
  rows: readonly AgentItem[];
  treeRows: readonly RunTreeRow[] | null;
  tree: RunTree | null;
  virtualizer: Virtualizer<HTMLDivElement, HTMLDivElement>;
  headHeight: number;
  rowHeight: number;
  columns: readonly ListColumn[];
  /** The row holding the tab stop and the cell in it (−1: the row itself); `null` while the header row holds it. */
  tabStop: { row: number; col: number } | null;
  ctx: ListRenderContext;
  rowSelection: AgentListRowSelection | undefined;
  rowActions: AgentListRowActions | undefined;
  getItemHref: ((item: AgentItem) => string | null | undefined) | undefined;
  /** The row whose actions menu is open. */
  menuFor: string | null;
  currentId: string | null | undefined;
  emptyState: ReactNode;
  loadingLabel: string;
  classNames: AgentListClassNames;
  on: ReturnType<typeof useRowInteraction>;
  bodyRef: RefObject<HTMLDivElement | null>;
}

/**
 * The grid's body under its header row: while the first page loads, skeleton rows in the real
 * columns; with no rows, one row holding the host's empty state; otherwise the virtualiser's window
 * of memoised `<AgentRow>`s, absolutely placed in a body as tall as every row, with the list's
 * delegated handlers on the body and one right-click menu around it.
 *
 * @example
 * ```tsx
 * <ListBody shape="rows" rows={rows} virtualizer={virtualizer} ctx={ctx} on={on} bodyRef={bodyRef} … />
 * ```
 */
export function ListBody(props: ListBodyProps): ReactElement {
  const { shape, rows, treeRows, tree, virtualizer, headHeight, rowHeight, columns, classNames, on } = props;
  const { tabStop, ctx, rowSelection, rowActions, menuFor, currentId } = props;
  const windowed = shape === 'rows' ? windowRows(virtualizer, rows) : [];
  // Rows are keyed by slot, not by item: a row scrolled or filtered out lends its DOM to the next.
  const slots = useRowSlots(windowed);
  if (shape === 'skeleton') {
    return (
      <ListSkeleton
        rowHeight={rowHeight}
        loadingLabel={props.loadingLabel}
        className={classNames.skeleton}
        columns={columns}
      />
    );
  }
  if (shape === 'empty') {
    return (
      <div role="rowgroup" className="ab-list-body" data-state="empty">
        <div role="row" aria-rowindex={2} className="ab-list-empty-row">
          <div role="gridcell" aria-colspan={columns.length} className={clsx('ab-list-empty', classNames.empty)}>
            {props.emptyState}
          </div>
        </div>
      </div>
    );
  }
  return (
    <RowMenuScope
      rowActions={rowActions}
      getItemHref={props.getItemHref}
      itemAt={on.itemAt}
      onContextMenu={on.contextMenu}
    >
      <div
        ref={props.bodyRef}
        role="rowgroup"
        className="ab-list-body"
        style={{ position: 'relative', height: virtualizer.getTotalSize() }}
        onClick={on.bodyClick}
        onMouseDown={on.bodyMouseDown}
        onPointerDownCapture={on.bodyPointerDown}
        onKeyDown={on.bodyKeyDown}
        onFocus={on.bodyFocus}
      >
        {windowed.map(({ key, index, virtualItem, item }) => {
          const treeRow = treeRows?.[index];
          return (
            <AgentRow
              key={slots.byKey.get(key)}
              item={item}
              index={index}
              top={virtualItem.start - headHeight}
              height={rowHeight}
              focusCol={tabStop && index === tabStop.row ? tabStop.col : -2}
              ctx={ctx}
              selected={rowSelection ? rowSelection.isSelected(item.id) : undefined}
              busy={rowActions?.busyIds?.has(item.id) ?? false}
              menuOpen={menuFor === item.id}
              current={currentId != null && item.id === currentId}
              level={treeRow?.level}
              posInSet={treeRow?.posInSet}
              setSize={treeRow?.setSize}
              subRuns={treeRow?.hasChildren && tree ? tree.childrenOf(item.id).length : 0}
              expanded={treeRow?.expanded ?? false}
              rollup={tree?.rollupOf(item.id)}
              subRunOf={tree?.missingParentOf(item.id)}
            />
          );
        })}
      </div>
    </RowMenuScope>
  );
}

interface WindowRow extends SlotRow {
  item: AgentItem;
  virtualItem: VirtualItem;
}

/** The virtualiser's rows with their items, each under a key unique in the window. */
function windowRows(virtualizer: Virtualizer<HTMLDivElement, HTMLDivElement>, rows: readonly AgentItem[]): WindowRow[] {
  const out: WindowRow[] = [];
  const seen = new Set<string>();
  for (const virtualItem of virtualizer.getVirtualItems()) {
    const item = rows[virtualItem.index];
    if (!item) continue;
    // Ids should be unique; if the host's are not, keep keys unique in this window.
    let key = rowKeyOf(item) as string;
    if (seen.has(key)) key = `${key}\u0000${virtualItem.index}`;
    seen.add(key);
    out.push({ key, index: virtualItem.index, item, virtualItem });
  }
  return out;
}
