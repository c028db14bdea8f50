// One source's place in a merge of several: what it has answered and not yet been emitted, where its
// next page starts, and how that position is written into the merged cursor so that a cursor alone
// (without the merge's memory of it) resumes the merge exactly.
import { compareNewestFirst } from '../core/sort';
import type { AgentItem } from '../core/types';
import { AgentDataError } from './errors';

/** What the newest-first order reads of an item: the same two fields `compareNewestFirst` compares. */
export type SortKey = Pick<AgentItem, 'id' | 'createdAt'>;

/** `compareNewestFirst` reads only `createdAt` and `id`, so a key is enough to order items by it. */
export const compareKeys = compareNewestFirst as (a: SortKey, b: SortKey) => number;

/** A page's item with its sort key. Items stay host input: the loader parses (and reports) them. */
export interface Keyed {
  raw: unknown;
  key: SortKey;
}

/**
 * The sort key of one item of host input, read the way `parseAgentItems` reads `id` and `createdAt`
 * (a number id is its decimal string; a date is an ISO string, epoch ms or a `Date`). An item without
 * a readable key has none: the parser will drop and report it, so its place in the order is moot.
 *
 * @example
 * keyOf({ id: 7, createdAt: '2026-11-20T15:04:00Z' }) // { id: '7', createdAt: Date(2026-11-20T15:04:00Z) }
 */
export function keyOf(raw: unknown): SortKey | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { id, createdAt } = raw as { id?: unknown; createdAt?: unknown };
  const key =
    typeof id === 'number' ? Number.isFinite(id) && String(id) : typeof id === 'string' && id.trim() !== '' && id;
  if (!key) return undefined;
  const at =
    createdAt instanceof Date || typeof createdAt === 'number' || typeof createdAt === 'string'
      ? new Date(createdAt instanceof Date ? createdAt.getTime() : createdAt)
      : undefined;
  return at && !Number.isNaN(at.getTime()) ? { id: key, createdAt: at } : undefined;
}

/** One source's position in the merge. Mutable: a merged query works on its own copies. */
export interface Lane {
  /** Read and not emitted yet, newest first. */
  buffer: Keyed[];
  /** Cursor of the next read (`undefined`: the source's first page). */
  cursor?: string;
  /** Cursor `buffer`'s page was read with. */
  pageCursor?: string;
  /** Whether a next read can bring anything. */
  more: boolean;
  /** The last item emitted from this source: a later read drops it and anything newer. */
  last?: SortKey;
  /** The oldest item read so far: every later page holds only older ones. */
  bound?: SortKey;
  /** The next read repeats a page read before: its items without a key were emitted then. */
  reread: boolean;
  /** Why the source failed; a failed source is asked nothing more for this query. */
  failed?: string;
}

/** A source before its first page. */
export const freshLane = (): Lane => ({ buffer: [], more: true, reread: false });

/** A copy that a query can change without touching the original (kept for a later page). */
export const copyLane = (lane: Lane): Lane => ({ ...lane, buffer: lane.buffer.slice() });

/** Nothing more can come from the lane. */
export const isSpent = (lane: Lane): boolean => lane.failed !== undefined || (lane.buffer.length === 0 && !lane.more);

/**
 * Takes in a page a source answered: keyless items come back at once (unless the page was read
 * before), keyed ones go to the buffer, newest first, without any that were already emitted.
 */
export function takePage(lane: Lane, items: readonly unknown[], nextCursor: string | null): unknown[] {
  const keyless: unknown[] = [];
  const keyed: Keyed[] = [];
  for (const raw of items) {
    const key = keyOf(raw);
    if (!key) {
      if (!lane.reread) keyless.push(raw);
    } else if (!lane.last || compareKeys(key, lane.last) > 0) keyed.push({ raw, key });
  }
  // A source's pages come newest first; sorting guards the merge against one that slips.
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  lane.buffer = keyed;
  lane.bound = keyed[keyed.length - 1]?.key ?? lane.bound;
  lane.pageCursor = lane.cursor;
  // A source that answers the cursor it was asked with would be asked for the same page forever.
  lane.more = nextCursor !== null && nextCursor !== lane.cursor;
  lane.cursor = nextCursor ?? undefined;
  lane.reread = false;
  return keyless;
}

type PackedKey = [createdAt: number, id: string];
/** One lane in the cursor: 0 when spent, its failure, or where to read next and what to skip there. */
type PackedLane = 0 | { f: string } | { c?: string; k?: PackedKey; r?: 1 };

/**
 * The merged cursor: every lane's position. A lane with unemitted items is written as the page they
 * came from plus the last item emitted, so resuming reads that page again and skips what was shown.
 *
 * @example
 * packLanes([{ buffer: [], more: true, cursor: 'p2', reread: false }]) // '[{"c":"p2"}]'
 */
export function packLanes(lanes: readonly Lane[]): string {
  const packed = lanes.map((lane): PackedLane => {
    if (lane.failed !== undefined) return { f: lane.failed };
    if (isSpent(lane)) return 0;
    const held = lane.buffer.length > 0;
    const cursor = held ? lane.pageCursor : lane.cursor;
    return {
      ...(cursor !== undefined ? { c: cursor } : {}),
      ...(lane.last ? { k: [lane.last.createdAt.getTime(), lane.last.id] } : {}),
      ...(held ? { r: 1 } : {}),
    };
  });
  return JSON.stringify(packed);
}

const badCursor = () => new AgentDataError('The cursor was not made by this merged data source.', { kind: 'parse' });

/**
 * Reads a merged cursor back into lanes for `count` sources; rejects one it did not write.
 *
 * @example
 * unpackLanes('[{"c":"p2"},0]', 2) // [{ cursor: 'p2', more: true, … }, { more: false, … }]
 */
export function unpackLanes(cursor: string, count: number): Lane[] {
  let packed: unknown;
  try {
    packed = JSON.parse(cursor);
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(packed) || packed.length !== count) throw badCursor();
  return packed.map((entry: unknown): Lane => {
    if (entry === 0) return { ...freshLane(), more: false };
    if (!entry || typeof entry !== 'object') throw badCursor();
    const { f, c, k, r } = entry as { f?: unknown; c?: unknown; k?: unknown; r?: unknown };
    if (typeof f === 'string') return { ...freshLane(), more: false, failed: f };
    if (c !== undefined && typeof c !== 'string') throw badCursor();
    const lane: Lane = { ...freshLane(), reread: r === 1 };
    if (c !== undefined) lane.cursor = c;
    if (k !== undefined) {
      const [at, id] = Array.isArray(k) ? (k as unknown[]) : [];
      if (typeof at !== 'number' || typeof id !== 'string' || Number.isNaN(new Date(at).getTime())) throw badCursor();
      lane.last = { id, createdAt: new Date(at) };
    }
    return lane;
  });
}
