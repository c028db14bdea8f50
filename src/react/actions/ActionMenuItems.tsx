import { Fragment, useId, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { ActionMenuEntry } from './menu-entries';

interface ItemProps {
  className?: string;
  disabled?: boolean;
  textValue?: string;
  onSelect?: (event: Event) => void;
  children?: ReactNode;
  'aria-keyshortcuts'?: string;
  'aria-describedby'?: string;
}

/** The two Radix menus' item and separator parts: the one list renders into either. */
export interface MenuParts {
  Item: ComponentType<ItemProps>;
  Separator: ComponentType<{ className?: string }>;
}

export interface ActionMenuItemsProps {
  parts: MenuParts;
  entries: readonly ActionMenuEntry[];
  /** While the item's action runs its actions are disabled; copying the link and details stay. */
  busy: boolean;
  destructiveDescription: string;
  onSelect: (id: string) => void;
}

const STAYS_WHILE_BUSY = /* @__PURE__ */ new Set(['copy_link', 'details']);

function DestructiveIcon(): ReactElement {
  return (
    <svg className="ab-menu-item-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.75 8.5h5.5l.75-8.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
    </svg>
  );
}

/**
 * The row actions menu's items, shared by the dropdown and the context menu. Destructive items are
 * set apart by a separator, marked by an icon and described for screen readers, not told by colour.
 */
export function ActionMenuItems({
  parts: { Item, Separator },
  entries,
  busy,
  destructiveDescription,
  onSelect,
}: ActionMenuItemsProps): ReactElement {
  const descriptionId = useId();
  const firstDestructive = entries.findIndex((e) => e.destructive);
  return (
    <>
      {entries.map((entry, index) => (
        <Fragment key={entry.id}>
          {index === firstDestructive && index > 0 ? <Separator className="ab-menu-separator" /> : null}
          <Item
            className="ab-menu-item"
            data-action={entry.id}
            {...(entry.destructive ? { 'data-destructive': '', 'aria-describedby': descriptionId } : {})}
            disabled={busy && !STAYS_WHILE_BUSY.has(entry.id)}
            textValue={entry.label}
            aria-keyshortcuts={entry.shortcut?.aria}
            onSelect={() => onSelect(entry.id)}
          >
            {entry.destructive ? <DestructiveIcon /> : null}
            <span className="ab-menu-item-label">{entry.label}</span>
            {entry.shortcut ? (
              <kbd className="ab-menu-item-shortcut" aria-hidden="true">
                {entry.shortcut.label}
              </kbd>
            ) : null}
          </Item>
        </Fragment>
      ))}
      {firstDestructive >= 0 ? (
        // Hidden yet still read as the description: aria-describedby reads hidden elements.
        <span id={descriptionId} hidden>
          {destructiveDescription}
        </span>
      ) : null}
    </>
  );
}
