import type { AgentItem } from '../core/types';
import type { AgentItemsTable } from './tables';
import { idKey, searchField, storedText } from './text';

/** An item row as written (the generated key left to the database). */
export type ItemRow = Omit<AgentItemsTable, 'pk'>;

/** One side-table value of an item. */
export interface ItemValue {
  field: string;
  value: string;
}

/** The side-table field of a host facet over `meta[key]`. */
export const metaField = (key: string) => `meta:${storedText(key)}`;

/**
 * A parsed item as the host input the list endpoint sends: ISO dates, the raw status as `status`
 * (the client maps it with its own status map), everything else as parsed. Fields the core adds
 * later travel along unchanged.
 *
 * @example
 * toHostInput(item).status // 'in_progress' (the raw status)
 */
export function toHostInput(item: AgentItem): Record<string, unknown> {
  const { rawStatus, status: _display, ...rest } = item;
  return { ...JSON.parse(JSON.stringify(rest)), status: rawStatus };
}

function knownCredits(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value !== Infinity ? value : null;
}

/**
 * The row and side-table values of a parsed item: the columns the filters read, in the forms that
 * compare exactly as the core does (see `text.ts`), and the item itself as JSON.
 *
 * @example
 * const { row, values } = toRow(item, Date.now());
 */
export function toRow(item: AgentItem, now: number): { row: ItemRow; values: ItemValue[] } {
  const values: ItemValue[] = [];
  const seen = new Set<string>();
  const add = (field: string, value: string) => {
    const key = `${field}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    values.push({ field, value });
  };
  for (const [key, value] of Object.entries(item.meta ?? {})) {
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === 'string') add(metaField(key), storedText(v));
  }
  const artifacts = (item as { artifacts?: unknown }).artifacts;
  if (Array.isArray(artifacts)) {
    for (const a of artifacts) {
      const type = (a as { type?: unknown } | null)?.type;
      if (typeof type === 'string') add('artifact', storedText(type));
    }
    if (artifacts.length === 0) add('artifact', 'none');
  } else add('artifact', 'none');
  return {
    row: {
      id: storedText(item.id),
      id_key: idKey(item.id),
      kind: item.kind,
      source: storedText(item.source),
      status: item.status,
      creator_id: storedText(item.creator.id),
      creator_name: storedText(item.creator.name),
      created_ms: item.createdAt.getTime(),
      credits: knownCredits(item.credits),
      title_lc: searchField(item.title),
      creator_lc: searchField(item.creator.name),
      id_lc: searchField(item.id),
      archived: 0,
      item: JSON.stringify(toHostInput(item)),
      updated_ms: now,
    },
    values,
  };
}
