// Actions on a merged list: each id goes to the source that owns it, a `match` to every source that
// runs actions, and what they did comes back as one result.
import { failureMessage, noSourceAnswered, settleAll, type Settled } from './fan-out';
import type { NamedDataSource } from './merge';
import type { AgentActionRequest, AgentActionResult, AgentSourceFailure } from './types';

/** One source's share of an action: its own ids, and whether it is sent the `match`. */
interface Share {
  entry: NamedDataSource;
  ids?: string[];
  match: boolean;
}

type Undo = NonNullable<AgentActionResult['undo']>;

/** The sources' results as one: lists concatenated, `affected` summed when every source told it. */
function combine(
  shares: readonly Share[],
  settled: readonly Settled<AgentActionResult | void>[],
  unowned: readonly { id: string; message: string }[],
): AgentActionResult {
  const upsert: unknown[] = [];
  const remove: string[] = [];
  const failed = unowned.slice();
  const partial: AgentSourceFailure[] = [];
  const undos: { share: Share; undo: Undo }[] = [];
  const errors: { source: string; error: unknown }[] = [];
  let affected: number | undefined = 0;

  settled.forEach((outcome, index) => {
    const share = shares[index]!;
    if (!outcome.ok) {
      errors.push({ source: share.entry.name, error: outcome.error });
      const message = failureMessage(outcome.error);
      for (const id of share.ids ?? []) failed.push({ id, message });
      if (share.match) partial.push({ source: share.entry.name, message });
      return;
    }
    const value: AgentActionResult = outcome.value ?? {};
    if (Array.isArray(value.upsert)) upsert.push(...value.upsert);
    if (Array.isArray(value.remove)) remove.push(...value.remove);
    if (Array.isArray(value.failed)) failed.push(...value.failed);
    if (Array.isArray(value.partial)) partial.push(...value.partial);
    affected = typeof value.affected === 'number' && affected !== undefined ? affected + value.affected : undefined;
    if (typeof value.undo === 'function') undos.push({ share, undo: value.undo });
  });
  if (errors.length > 0 && errors.length === settled.length) {
    throw noSourceAnswered('No data source could run the action.', errors);
  }

  const result: AgentActionResult = {};
  if (upsert.length > 0) result.upsert = upsert;
  if (remove.length > 0) result.remove = remove;
  if (failed.length > 0) result.failed = failed;
  if (partial.length > 0) result.partial = partial;
  if (affected !== undefined && errors.length < settled.length) result.affected = affected;
  if (undos.length > 0) {
    result.undo = async () => {
      // An undo has no signal of its own: it runs to the end once the reader asked for it.
      const never = new AbortController().signal;
      const undone = await settleAll(undos, never, ({ undo }) => undo());
      return combine(
        undos.map(({ share }) => share),
        undone,
        [],
      );
    };
  }
  return result;
}

/**
 * The `action` of a merged source: ids are split among the sources by `owns` (an id no source owns,
 * or whose source runs no actions, comes back in `failed`), a `match` goes to every source with an
 * `action`, each with a signal that follows the reader's. The results are combined: `upsert`,
 * `remove` and `failed` concatenated (the ids of a source that rejected fail with its message),
 * `affected` summed, `partial` naming a source that could not act on the `match`, and one `undo`
 * that undoes every source's. Rejects only when every source it asked rejected.
 *
 * @example
 * const action = createMergedAction([{ name: 'Warp', source: warp, owns: (id) => id.startsWith('warp:') }]);
 * await action({ action: 'cancel', ids: ['warp:r1'], signal });
 */
export function createMergedAction(
  entries: readonly NamedDataSource[],
): (request: AgentActionRequest) => Promise<AgentActionResult> {
  return async (request) => {
    const { ids, match, signal, ...rest } = request;
    const unowned: { id: string; message: string }[] = [];
    const owned = new Map<NamedDataSource, string[]>();
    for (const id of Array.isArray(ids) ? ids : []) {
      const owner = entries.find((entry) => entry.owns?.(id) === true);
      if (!owner) unowned.push({ id, message: 'No data source owns this item.' });
      else if (typeof owner.source.action !== 'function') {
        unowned.push({ id, message: `${owner.name} cannot run actions.` });
      } else owned.set(owner, [...(owned.get(owner) ?? []), id]);
    }
    const shares = entries.flatMap((entry): Share[] => {
      const own = owned.get(entry);
      const withMatch = match !== undefined && typeof entry.source.action === 'function';
      return own || withMatch ? [{ entry, ...(own ? { ids: own } : {}), match: withMatch }] : [];
    });
    if (shares.length === 0) return unowned.length > 0 ? { failed: unowned } : {};
    const settled = await settleAll(shares, signal, (share, own) =>
      share.entry.source.action!({
        ...rest,
        ...(share.ids ? { ids: share.ids } : {}),
        ...(share.match ? { match } : {}),
        signal: own,
      }),
    );
    return combine(shares, settled, unowned);
  };
}
