import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AgentItem } from '../../core/types';
import { useDetailsNavigation, type DetailsRunLink } from '../details';
import { useControllableState } from '../hooks';
import type { AgentManagementViewProps } from './view-props';

export interface ViewDetailsOptions extends Pick<
  AgentManagementViewProps,
  'details' | 'defaultDetails' | 'onDetailsChange'
> {
  /** Every item the view knows (filtered or not): a link to a filtered-out run still opens it. */
  items: readonly AgentItem[];
  /** The first answer is still loading: an id not found yet may still come. */
  loading: boolean;
  /** Holds the list: where the rows of the open item are looked up. */
  containerRef: RefObject<HTMLElement | null>;
}

export interface ViewDetails {
  /** The open id, whether or not the view knows its item yet. */
  id: string | null;
  /** The item shown, or null (nothing open, or not known yet). */
  item: AgentItem | null;
  parent: DetailsRunLink | undefined;
  subRuns: readonly DetailsRunLink[];
  /** The panel takes focus when it opens (true when the reader opened it in this view). */
  autoFocus: boolean;
  open: (item: AgentItem) => void;
  close: () => void;
  step: (delta: 1 | -1) => void;
  navigate: (id: string) => void;
  /** For `<AgentList onRowsChange>`: the rows in the order they show, what `j` / `k` follow. */
  onRowsChange: (rows: readonly AgentItem[]) => void;
  returnFocusTo: () => HTMLElement | null;
}

const NO_RUNS: readonly DetailsRunLink[] = Object.freeze([]);

function linkOf(item: AgentItem): DetailsRunLink {
  return { id: item.id, title: item.title };
}

/**
 * The management view's details panel: the open id through the one controllable-state hook, the
 * item, its parent and sub-runs looked up among every item the view knows (one pass over them per
 * change of id or items, never per render), and `j` / `k` over the list's rows as they show — the
 * current filter, sort and open sub-runs — read when a key is pressed, so the view does not
 * re-render when the rows change. An open item that goes away (deleted, or no longer among a data
 * source's answer) closes the panel; an id that is not known yet waits while the first answer loads.
 */
export function useViewDetails(options: ViewDetailsOptions): ViewDetails {
  const { items, loading, containerRef } = options;
  const [id, setId] = useControllableState<string | null>({
    prop: options.details,
    defaultProp: options.defaultDetails ?? null,
    onChange: options.onDetailsChange,
    name: 'AgentManagementView.details',
  });

  const rows = useRef<readonly AgentItem[]>([]);
  const ids = useRef<{ rows: readonly AgentItem[]; ids: readonly string[] }>({ rows: [], ids: [] });
  const onRowsChange = useCallback((next: readonly AgentItem[]) => {
    rows.current = next;
  }, []);
  const orderedIds = useCallback(() => {
    if (ids.current.rows !== rows.current) ids.current = { rows: rows.current, ids: rows.current.map((r) => r.id) };
    return ids.current.ids;
  }, []);
  const getRowElement = useCallback(
    (rowId: string) => {
      const index = rows.current.findIndex((row) => row.id === rowId);
      if (index === -1) return null;
      return containerRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`) ?? null;
    },
    [containerRef],
  );

  const nav = useDetailsNavigation({ orderedIds, details: id, onDetailsChange: setId, getRowElement });

  // One pass over the items for the open one, its parent and its sub-runs.
  const found = useMemo(() => {
    if (id === null) return null;
    let item: AgentItem | null = null;
    const children: AgentItem[] = [];
    for (const candidate of items) {
      if (candidate.id === id) item ??= candidate;
      else if (candidate.parentId === id) children.push(candidate);
    }
    if (item === null) return null;
    const parentId = item.parentId;
    const parent = parentId !== undefined && parentId !== id ? items.find((c) => c.id === parentId) : undefined;
    return {
      item,
      parent: parent ? linkOf(parent) : undefined,
      subRuns: children.length > 0 ? children.map(linkOf) : NO_RUNS,
    };
  }, [id, items]);

  // The item went away while it was shown: close the panel (the id would otherwise linger in the URL).
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (found) shown.current = found.item.id;
    else if (id !== null && shown.current === id && !loading) {
      shown.current = null;
      setId(null);
    }
  }, [found, id, loading, setId]);

  // Opened by the reader here (menu, `i`, a link in the panel) takes focus; an id from the URL on load
  // leaves focus where the page put it.
  const [autoFocus, setAutoFocus] = useState(false);
  const { open: navOpen } = nav;
  const open = useCallback(
    (item: AgentItem) => {
      setAutoFocus(true);
      navOpen(item.id);
    },
    [navOpen],
  );
  const navigate = useCallback((next: string) => setId(next), [setId]);

  return {
    id,
    item: found?.item ?? null,
    parent: found?.parent,
    subRuns: found?.subRuns ?? NO_RUNS,
    autoFocus,
    open,
    close: nav.close,
    step: nav.step,
    navigate,
    onRowsChange,
    returnFocusTo: nav.returnFocusTo,
  };
}
