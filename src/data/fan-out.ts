// Calling several sources at once under one signal: each call gets its own controller, aborted with
// the outer signal, so an abort reaches every request and a finished call leaves no listener behind.
import { AgentDataError, type AgentDataErrorKind } from './errors';
import { toError } from './source-calls';

/** The rejection of an aborted request: the signal's own reason when it is an AbortError. */
export function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name === 'AbortError'
    ? reason
    : new DOMException('The request was aborted.', 'AbortError');
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `call` once per element with a signal of its own that follows `signal`, and waits for all
 * of them (a failure never leaves the others running unobserved). Rejects with an AbortError when
 * `signal` was aborted, whatever the calls did.
 *
 * @example
 * const settled = await settleAll(sources, signal, (source, own) => source.query({ ...query, signal: own }));
 */
export async function settleAll<T, R>(
  list: readonly T[],
  signal: AbortSignal,
  call: (element: T, signal: AbortSignal) => Promise<R>,
): Promise<Settled<R>[]> {
  if (signal.aborted) throw abortError(signal);
  const settled = await Promise.all(
    list.map(async (element): Promise<Settled<R>> => {
      const controller = new AbortController();
      const abort = () => controller.abort(signal.reason);
      signal.addEventListener('abort', abort, { once: true });
      try {
        // A call that throws before returning its promise fails like one that rejects.
        return { ok: true, value: await call(element, controller.signal) };
      } catch (error) {
        return { ok: false, error };
      } finally {
        signal.removeEventListener('abort', abort);
      }
    }),
  );
  if (signal.aborted) throw abortError(signal);
  return settled;
}

/** A source's failure as people read it. */
export const failureMessage = (error: unknown): string => toError(error).message;

/**
 * The error of a merged request that no source could answer: one `AgentDataError` that says so in
 * `lead` and names each source and why ("GitHub Actions: The server answered 502…; Warp: …"), of the
 * sources' own kind when they agree (else `network`).
 *
 * @example
 * throw noSourceAnswered('No data source could be loaded.', [{ source: 'Warp', error: new Error('offline') }]);
 */
export function noSourceAnswered(
  lead: string,
  failures: readonly { source: string; error: unknown }[],
): AgentDataError {
  const kinds = new Set<AgentDataErrorKind>(
    failures.map(({ error }) => (error instanceof AgentDataError ? error.kind : 'network')),
  );
  const [kind] = kinds.size === 1 ? kinds : ['network' as const];
  const named = failures.map(({ source, error }) => `${source}: ${failureMessage(error)}`).join('; ');
  return new AgentDataError(`${lead} ${named}`, {
    kind: kind ?? 'network',
    cause: failures.map(({ error }) => error),
  });
}
