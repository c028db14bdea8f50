import { clsx } from 'clsx';
import { memo, useId, type CSSProperties, type ReactElement } from 'react';
import type { AgentItem } from '../../core/types';
import { getSessionProblem } from './cells';
import type { ListRenderContext, RowTreeProps } from './list-context';

export interface AgentRowProps extends RowTreeProps {
  item: AgentItem;
  /** Position among the rows as they show (0-based): sorted, sub-runs under their expanded parents. */
  index: number;
  /** Offset from the top of the list body, px. */
  top: number;
  height: number;
  /**
   * Where the grid's tab stop is on this row: `-2` not here, `-1` the row itself, `0…` that
   * column's cell (the APG grid's cell focus).
   */
  focusCol: number;
  ctx: ListRenderContext;
  /** `aria-selected` (only when the list has row selection). */
  selected: boolean | undefined;
  /** An action on the item is running. */
  busy: boolean;
  menuOpen: boolean;
  /** `aria-posinset` / `aria-setsize` among its siblings (only in a treegrid). */
  posInSet: number | undefined;
  setSize: number | undefined;
  /** Its details are open (`aria-current`). */
  current: boolean;
}

/**
 * One data row. Every prop is a primitive or a reference that only changes when what it shows
 * changes, so `memo` keeps a row still while the list scrolls, moves focus elsewhere or ticks
 * a live duration (which re-renders only its own `<LiveDuration>`). Events are delegated to the list.
 */
export const AgentRow = memo(function AgentRow({
  item,
  index,
  top,
  height,
  focusCol,
  ctx,
  selected,
  busy,
  menuOpen,
  level,
  subRuns,
  expanded,
  rollup,
  subRunOf,
  posInSet,
  setSize,
  current,
}: AgentRowProps): ReactElement {
  const sessionDescriptionId = useId();
  const titleId = `${sessionDescriptionId}t`;
  const active = focusCol > -2;
  const session = getSessionProblem(item);
  // Positioning is inline: virtualisation must work even with `unstyled` or no stylesheet.
  const style = {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height,
    transform: `translateY(${top}px)`,
    // How deep a sub-run sits: the stylesheet indents its title by it.
    ...(level !== undefined && level > 1 ? { '--_ab-level': level - 1 } : null),
  } as CSSProperties;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      // Named by its title (the row header), not by every cell run together.
      aria-labelledby={titleId}
      aria-describedby={session ? sessionDescriptionId : undefined}
      aria-selected={selected}
      aria-busy={busy || undefined}
      aria-level={level}
      aria-posinset={level !== undefined ? posInSet : undefined}
      aria-setsize={level !== undefined ? setSize : undefined}
      aria-expanded={level !== undefined && subRuns > 0 ? expanded : undefined}
      aria-current={current ? 'true' : undefined}
      tabIndex={focusCol === -1 ? 0 : -1}
      className={clsx('ab-row', ctx.classNames.row)}
      style={style}
      data-index={index}
      data-kind={item.kind}
      data-status={item.status}
      data-state={session}
      data-active={active ? '' : undefined}
      data-selected={selected ? '' : undefined}
      data-current={current ? '' : undefined}
    >
      {ctx.columns.map((column, col) => (
        <div
          key={column.id}
          // The title names the row: screen readers read it as the row's header cell.
          role={column.id === 'title' ? 'rowheader' : 'gridcell'}
          aria-colindex={col + 1}
          // Only the cell holding the tab stop is focusable: a click still lands on the row.
          tabIndex={focusCol === col ? 0 : undefined}
          className={clsx('ab-cell', ctx.classNames.cell)}
          data-column={column.id}
          data-align={column.align}
        >
          <column.Cell
            item={item}
            ctx={ctx}
            sessionDescriptionId={sessionDescriptionId}
            titleId={titleId}
            selected={selected === true}
            busy={busy}
            menuOpen={menuOpen}
            level={level}
            subRuns={subRuns}
            expanded={expanded}
            rollup={rollup}
            subRunOf={subRunOf}
          />
        </div>
      ))}
    </div>
  );
});
