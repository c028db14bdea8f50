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
  /** The roving tab stop. */
  active: boolean;
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
  active,
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
      aria-describedby={session ? sessionDescriptionId : undefined}
      aria-selected={selected}
      aria-busy={busy || undefined}
      aria-level={level}
      aria-posinset={level !== undefined ? posInSet : undefined}
      aria-setsize={level !== undefined ? setSize : undefined}
      aria-expanded={level !== undefined && subRuns > 0 ? expanded : undefined}
      aria-current={current ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
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
      {ctx.columns.map((column) => (
        <div
          key={column.id}
          role="gridcell"
          className={clsx('ab-cell', ctx.classNames.cell)}
          data-column={column.id}
          data-align={column.align}
        >
          <column.Cell
            item={item}
            ctx={ctx}
            sessionDescriptionId={sessionDescriptionId}
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
