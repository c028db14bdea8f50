/**
 * Following the run the host's panel shows. The panel opens with the row's item as the view had it
 * when it was clicked; from then on it learns what the view learns about that run, because the data
 * source the view is given is the host's own, passed through here on its way: every live update
 * (the stream), every action's result (cancel, archive, delete, and archive's undo) and every page
 * the view is answered is seen on the way to the view, and what concerns a followed run is kept.
 *
 * Nothing beyond agentboard's `AgentDataSource` contract: no second stream, no extra request, no
 * access to the view's state. The stream is not filtered by the view's tab or filters, so a run the
 * list no longer shows (a filter change) is still followed.
 */
import {
  parseAgentItems,
  type AgentActionRequest,
  type AgentActionResult,
  type AgentDataSource,
  type AgentDataUpdate,
  type AgentItem,
  type AgentQuery,
  type AgentQueryResult,
} from 'agentboard';

/**
 * Why a followed run went away: known when this page's own action removed it (`deleted`,
 * `archived`), else `removed` (another tab or person deleted or archived it; the stream does not say which).
 */
export type RunRemoval = 'deleted' | 'archived' | 'removed';

/** A followed run: its last known state, and whether (and when) it went away. */
export interface FollowedRun {
  item: AgentItem;
  removed?: RunRemoval;
  /** When the removal arrived (epoch ms): a working run's duration stops there. */
  removedAt?: number;
}

export interface RunFollower {
  /** The data source to give the view: the same one, seen on the way. */
  dataSource: AgentDataSource;
  /**
   * Follows `run.item.id` from `run` on: `onChange` is called each time it changes. Returns the
   * stop. Following an id already followed keeps its current state.
   */
  follow(run: FollowedRun, onChange: () => void): () => void;
  /** Where a followed run stands now (`undefined` when it is not followed). */
  get(id: string): FollowedRun | undefined;
}

const REMOVING: Partial<Record<string, RunRemoval>> = { delete: 'deleted', archive: 'archived' };

const idOf = (raw: unknown): string | undefined => {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Wraps `source` so the runs the host follows see what the view sees.
 *
 * @example
 * const runs = followRuns(createFetchDataSource({ url: '/api/agents', streamUrl: '/api/agents/stream' }));
 * <AgentManagementView dataSource={runs.dataSource} onOpenRun={open} />
 * const stop = runs.follow({ item }, () => render(runs.get(item.id)));
 */
export function followRuns(source: AgentDataSource): RunFollower {
  const followed = new Map<string, { run: FollowedRun; listeners: Set<() => void> }>();

  // A page is the server's state when it was asked: a live change to a run that arrives while the
  // page is in flight is newer than the page's copy, which must not undo it (the view's loader
  // replays such changes over the page the same way).
  let queriesInFlight = 0;
  let changes = 0;
  const changedAt = new Map<string, number>();
  // This page's delete and archive actions in flight: a stream removal they caused says which it was.
  const removing = new Set<{ ids?: ReadonlySet<string>; why: RunRemoval }>();

  const set = (id: string, run: FollowedRun) => {
    const entry = followed.get(id);
    if (!entry) return;
    entry.run = run;
    for (const listener of [...entry.listeners]) listener();
  };

  const noteChange = (id: string) => {
    changes += 1;
    if (queriesInFlight > 0) changedAt.set(id, changes);
  };

  /** Items as host input, from a live change (no `askedAt`) or from a page asked when `changes` was `askedAt`. */
  const upsert = (raw: readonly unknown[] | undefined, askedAt?: number) => {
    if (!raw?.length) return;
    const mine = raw.filter((r) => {
      const id = idOf(r);
      if (id === undefined) return false;
      if (askedAt === undefined) noteChange(id);
      // A page's copy is older than a live change that arrived while it was in flight.
      else if ((changedAt.get(id) ?? 0) > askedAt) return false;
      return followed.has(id);
    });
    if (mine.length === 0) return;
    // The view reports what parseAgentItems drops (onDataIssues); an item it drops changes nothing here.
    for (const item of parseAgentItems(mine).items) set(item.id, { item });
  };

  const remove = (ids: readonly string[] | undefined, known?: RunRemoval) => {
    for (const id of ids ?? []) {
      noteChange(id);
      const run = followed.get(id)?.run;
      if (!run) continue;
      let why = known;
      for (const action of removing) if (!why && (!action.ids || action.ids.has(id))) why = action.why;
      why ??= 'removed';
      // The stream and the action's answer both tell of one removal: the first that says why wins.
      if (run.removed && (why === 'removed' || run.removed !== 'removed')) continue;
      set(id, { item: run.item, removed: why, removedAt: run.removedAt ?? Date.now() });
    }
  };

  /** The host's bookkeeping never keeps an answer or an update from the view. */
  const see = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      console.error('[host] following the opened run failed', error);
    }
  };

  /** An action's answer (or its undo's), passed on with its undo seen on the way too. */
  const apply = <R extends AgentActionResult | void>(result: R, why?: RunRemoval): R => {
    if (!result) return result;
    upsert(result.upsert);
    remove(result.remove, why);
    const undo = result.undo;
    if (!undo) return result;
    return {
      ...result,
      undo: async () => {
        const back = await undo();
        see(() => apply(back));
        return back;
      },
    };
  };

  const dataSource: AgentDataSource = {
    async query(query: AgentQuery): Promise<AgentQueryResult> {
      const askedAt = changes;
      queriesInFlight += 1;
      try {
        const result = await source.query(query);
        see(() => upsert(Array.isArray(result?.items) ? result.items : undefined, askedAt));
        return result;
      } finally {
        queriesInFlight -= 1;
        if (queriesInFlight === 0) changedAt.clear();
      }
    },
  };
  if (source.subscribe) {
    const subscribe = source.subscribe.bind(source);
    dataSource.subscribe = (listener) =>
      subscribe((update: AgentDataUpdate) => {
        see(() => {
          upsert(update.upsert);
          remove(update.remove);
        });
        listener(update);
      });
  }
  if (source.action) {
    const act = source.action.bind(source);
    dataSource.action = async (request: AgentActionRequest) => {
      const why = REMOVING[request.action];
      const pending = why ? { ...(request.ids ? { ids: new Set(request.ids) } : {}), why } : undefined;
      if (pending) removing.add(pending);
      try {
        const result = await act(request);
        let passed = result;
        see(() => (passed = apply(result, why)));
        return passed;
      } finally {
        if (pending) removing.delete(pending);
      }
    };
  }

  return {
    dataSource,
    follow(run, onChange) {
      const id = run.item.id;
      let entry = followed.get(id);
      if (!entry) followed.set(id, (entry = { run, listeners: new Set() }));
      entry.listeners.add(onChange);
      return () => {
        entry.listeners.delete(onChange);
        if (entry.listeners.size === 0 && followed.get(id) === entry) followed.delete(id);
      };
    },
    get: (id) => followed.get(id)?.run,
  };
}
