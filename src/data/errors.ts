/** Why a data-source request failed: the server answered an error, the answer was unusable, or no answer came. */
export type AgentDataErrorKind = 'http' | 'parse' | 'network';

/**
 * The error a data source rejects with. `message` is written for people: the view shows it as is
 * in its error state, next to a Retry button.
 */
export class AgentDataError extends Error {
  override readonly name = 'AgentDataError';
  readonly kind: AgentDataErrorKind;
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** The URL that was requested. */
  readonly url?: string;

  constructor(message: string, options: { kind: AgentDataErrorKind; status?: number; url?: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // `status` and `url` are own fields either way (class fields), `undefined` when not given.
    this.kind = options.kind;
    this.status = options.status;
    this.url = options.url;
  }
}

/** True for the rejection of an aborted request (DOMException `AbortError`, or any error named so). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
