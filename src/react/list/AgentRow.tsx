import { clsx } from 'clsx';
import { memo, useId, type CSSProperties, type ReactElement } from 'react';
import type { AgentItem } from '../../core/types';
import { getSessionProblem } from './cells';
import type { ListRenderContext } from './list-context';

export interface AgentRowProps {
  item: AgentItem;
  /** Position in the sorted list (0-based). */
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
}: AgentRowProps): ReactElement {
  const sessionDescriptionId = useId();
  const session = getSessionProblem(item);
  // Positioning is inline: virtualisation must work even with `unstyled` or no stylesheet.
  const style: CSSProperties = {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height,
    transform: `translateY(${top}px)`,
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-describedby={session ? sessionDescriptionId : undefined}
      aria-selected={selected}
      aria-busy={busy || undefined}
      tabIndex={active ? 0 : -1}
      className={clsx('ab-row', ctx.classNames.row)}
      style={style}
      data-index={index}
      data-kind={item.kind}
      data-status={item.status}
      data-state={session}
      data-active={active ? '' : undefined}
      data-selected={selected ? '' : undefined}
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
          />
        </div>
      ))}
    </div>
  );
});
