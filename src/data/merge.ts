import { failureMessage, noSourceAnswered, settleAll } from './fan-out';
import { createMergedAction } from './merge-actions';
import { compareKeys, copyLane, freshLane, isSpent, packLanes, takePage, unpackLanes, type Lane } from './merge-lanes';
import { sumTotals } from './merge-totals';
import { querySource, subscribeToSource } from './source-calls';
import { stableKey } from './stable-key';
import type { AgentDataSource, AgentQuery, AgentQueryResult, AgentSourceFailure } from './types';

/** One of the sources `mergeAgentDataSources` puts in one list. */
export interface NamedDataSource {
  /** For people: failures are reported under it ("GitHub Actions could not be loaded: …"). */
  name: string;
  source: AgentDataSource;
  /**
   * Whether an item id is this source's, so that an action on ids reaches the source that owns each.
   * The adapters prefix ids per platform: `(id) => id.startsWith('github:')`. Without it the source
   * is sent only actions on a `match`.
   */
  owns?: (id: string) => boolean;
}

/**
 * Reads per page before a merged query answers with what it has (a source that keeps answering
 * empty pages with new cursors must not hold a page forever); the cursor resumes from there.
 */
const MAX_READ_ROUNDS = 16;
/** Merged pages whose unemitted items are kept, so paging on asks no source for a page twice. */
const REMEMBERED_PAGES = 8;

/** The lane whose next item is the newest of all, if any lane holds one. */
function newestLane(lanes: readonly Lane[]): Lane | undefined {
  let newest: Lane | undefined;
  for (const lane of lanes) {
    const head = lane.buffer[0];
    if (head && lane.failed === undefined && (!newest || compareKeys(head.key, newest.buffer[0]!.key) < 0)) {
      newest = lane;
    }
  }
  return newest;
}

/**
 * One data source over several (a fetch source per platform, each mapping its platform's body with
 * an adapter), in one newest-first list. A query asks every source for its first page with the same
 * tab, filters, limit, time zone and signal, and merges the answers by `compareNewestFirst`; an item
 * is given out only when no source could still have a newer one, and the cursor holds every
 * source's own cursor, so paging to the end gives each item once and skips none. `total`,
 * `tabTotals` (tab by tab), `facets` and `summary` are summed over the sources that answered (each
 * only when every one of them told it).
 * A source that fails leaves the others' items as the answer, named in `partial`; only when none
 * answers does the query reject, with an `AgentDataError` naming each. Live updates of every source
 * come through one `subscribe`; `action` sends each id to the source that `owns` it and a `match` to
 * every source that has `action`, and combines their results. Aborting the signal aborts every
 * source's request.
 *
 * @example
 * const github = createFetchDataSource({ url: '/api/github-runs' }); // the host maps with fromGitHubActionsRuns
 * const warp = createFetchDataSource({ url: '/api/warp-runs' }); // …and with fromWarpRuns
 * const dataSource = mergeAgentDataSources([
 *   { name: 'GitHub Actions', source: github, owns: (id) => id.startsWith('github:') },
 *   { name: 'Warp', source: warp, owns: (id) => id.startsWith('warp:') },
 * ]);
 * <AgentManagementView dataSource={dataSource} viewerId="u_1" onOpenRun={open} />
 */
export function mergeAgentDataSources(sources: readonly NamedDataSource[]): AgentDataSource {
  const entries = sources.slice();
  const remembered = new Map<string, Lane[]>();

  const remember = (key: string, lanes: Lane[]) => {
    remembered.delete(key);
    remembered.set(key, lanes);
    if (remembered.size > REMEMBERED_PAGES) remembered.delete(remembered.keys().next().value!);
  };

  async function query(request: AgentQuery): Promise<AgentQueryResult> {
    const { cursor, limit, signal, ...question } = request;
    const want = limit >= 1 ? limit : 1;
    const questionKey = stableKey([question.tab, question.viewerId, question.filters, limit, question.timeZone]);
    const lanes =
      cursor === undefined
        ? entries.map(freshLane)
        : (remembered.get(`${questionKey}\n${cursor}`)?.map(copyLane) ?? unpackLanes(cursor, entries.length));
    const items: unknown[] = [];
    // The sources' first pages, for the totals (only the merged first page has them).
    const firstAnswers: AgentQueryResult[] = [];
    const failures: { source: string; error: unknown }[] = [];
    let answered = 0;

    const read = async (waiting: Lane[]) => {
      const settled = await settleAll(waiting, signal, (lane, own) =>
        querySource(entries[lanes.indexOf(lane)]!.source, {
          ...question,
          ...(lane.cursor !== undefined ? { cursor: lane.cursor } : {}),
          limit,
          signal: own,
        }),
      );
      // In lane order, whatever order the answers came in.
      settled.forEach((result, index) => {
        const lane = waiting[index]!;
        if (result.ok) {
          answered += 1;
          if (cursor === undefined && lane.cursor === undefined) firstAnswers.push(result.value);
          items.push(...takePage(lane, result.value.items, result.value.nextCursor ?? null));
        } else {
          lane.failed = failureMessage(result.error);
          failures.push({ source: entries[lanes.indexOf(lane)]!.name, error: result.error });
        }
      });
    };

    for (let round = 0; items.length < want;) {
      const next = newestLane(lanes);
      const head = next?.buffer[0];
      // A source with nothing read can still have a newer item than `head`, unless everything it
      // has left is older than the oldest item it gave.
      const waiting = lanes.filter(
        (lane) =>
          lane.failed === undefined &&
          lane.buffer.length === 0 &&
          lane.more &&
          (!head || !lane.bound || compareKeys(head.key, lane.bound) >= 0),
      );
      if (waiting.length > 0) {
        if (round++ === MAX_READ_ROUNDS) break;
        await read(waiting);
        continue;
      }
      if (!next || !head) break;
      next.buffer.shift();
      next.last = head.key;
      items.push(head.raw);
    }

    const partial: AgentSourceFailure[] = lanes.flatMap((lane, index) =>
      lane.failed === undefined ? [] : [{ source: entries[index]!.name, message: lane.failed }],
    );
    if (failures.length > 0 && answered === 0 && items.length === 0) {
      const earlier = partial.filter(({ source }) => !failures.some((f) => f.source === source));
      const named = [...earlier.map(({ source, message }) => ({ source, error: message })), ...failures];
      throw noSourceAnswered('No data source could be loaded.', named);
    }
    const nextCursor = lanes.every(isSpent) ? null : packLanes(lanes);
    if (nextCursor !== null) remember(`${questionKey}\n${nextCursor}`, lanes);
    return {
      items,
      nextCursor,
      ...(cursor === undefined ? sumTotals(firstAnswers) : {}),
      ...(partial.length > 0 ? { partial } : {}),
    };
  }

  const merged: AgentDataSource = { query };
  const live = entries.filter((entry) => typeof entry.source.subscribe === 'function');
  if (live.length > 0) {
    merged.subscribe = (listener) => {
      // A source whose subscribe throws is skipped (and warned about); the others stay live.
      const stops = live.map((entry) => subscribeToSource(entry.source, listener));
      return () => stops.forEach((stop) => stop?.());
    };
  }
  if (entries.some((entry) => typeof entry.source.action === 'function')) merged.action = createMergedAction(entries);
  return merged;
}
