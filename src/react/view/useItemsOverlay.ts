import { useCallback, useMemo, useRef, useState } from 'react';
import { applyItemChanges } from '../../core/item-changes';
import { parseAgentItems } from '../../core/parse';
import type { AgentItem } from '../../core/types';
import type { AgentDataUpdate } from '../../data';

interface Overlay {
  /** The host's `items` the changes were made over. */
  base: AgentItem[] | undefined;
  upsert: AgentItem[];
  remove: string[];
}

/**
 * Plain `items` with the changes the view's own actions returned (`upsert` / `remove`), kept until
 * the host passes new `items` (which then carry the truth). Upserted items are parsed like any host
 * input; what does not parse is left out.
 *
 * @example
 * ```ts
 * const [items, apply] = useItemsOverlay(props.items);
 * apply({ remove: ['run_1'] });
 * ```
 */
export function useItemsOverlay(
  items: AgentItem[] | undefined,
): [items: AgentItem[] | undefined, apply: (update: AgentDataUpdate) => void] {
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const latest = useRef(items);
  latest.current = items;
  const current = overlay !== null && overlay.base === items ? overlay : null;
  const merged = useMemo(
    () =>
      current && items
        ? (applyItemChanges(items, { upsert: current.upsert, remove: current.remove }) as AgentItem[])
        : items,
    [items, current],
  );
  const apply = useCallback((update: AgentDataUpdate) => {
    const upsert = Array.isArray(update.upsert) ? parseAgentItems(update.upsert).items : [];
    const remove = Array.isArray(update.remove) ? update.remove.filter((id) => typeof id === 'string') : [];
    if (upsert.length === 0 && remove.length === 0) return;
    setOverlay((prev) => {
      const base = latest.current;
      const kept = prev !== null && prev.base === base ? prev : { base, upsert: [], remove: [] };
      const gone = new Set(upsert.map((item) => item.id));
      return {
        base,
        upsert: [...kept.upsert.filter((item) => !remove.includes(item.id) && !gone.has(item.id)), ...upsert],
        remove: [...kept.remove.filter((id) => !gone.has(id)), ...remove],
      };
    });
  }, []);
  return [merged, apply];
}
