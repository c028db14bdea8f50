/**
 * The live updates that arrived while requests were in flight. A request's answer was computed by
 * the server before those updates, so replaying them over it keeps the newer state: an update to an
 * item must not be undone by an older page that happens to land after it.
 *
 * Positions are absolute (they keep counting across trims), so a request remembers where it
 * started and later asks for everything recorded since.
 */
export interface UpdateLog<Entry> {
  /** Where the log stands now: what a starting request records as its own start. */
  position(): number;
  /** Records an update, if a request is in flight (otherwise no answer is left to replay it over). */
  record(entry: Entry): void;
  /** The updates recorded since `position`, oldest first. */
  since(position: number): readonly Entry[];
  /** Forgets every update once no request is in flight any more. */
  trim(): void;
  /** Forgets every update (unmount). */
  clear(): void;
}

/**
 * Creates an empty update log; `inFlight` tells whether any request may still answer.
 *
 * @example
 * const log = createUpdateLog<Update>(() => request !== null);
 * const start = log.position();            // a request starts
 * log.record(update);                      // a live update while it is in flight
 * const list = log.since(start).reduce(apply, answerList); // its answer, with the update replayed
 * log.trim();
 */
export function createUpdateLog<Entry>(inFlight: () => boolean): UpdateLog<Entry> {
  let entries: Entry[] = [];
  /** Position of `entries[0]`. */
  let base = 0;
  const clear = () => {
    base += entries.length;
    entries = [];
  };
  return {
    position: () => base + entries.length,
    record(entry) {
      if (inFlight()) entries.push(entry);
    },
    since: (position) => entries.slice(Math.max(0, position - base)),
    trim() {
      if (!inFlight()) clear();
    },
    clear,
  };
}
