import type { AgentItem } from './types';

/** A failure in words: the sentence to show, and the machine code beside it when there is one. */
export interface AgentErrorDescription {
  /** The words: a known code's sentence, else the host's `statusDetail`, else the code itself. */
  text: string;
  /** The code as the host sent it, when it sent one. */
  code?: string;
  /** Whether `text` came from the table of known codes. */
  known: boolean;
}

/**
 * A code as the table keys it: lower case, runs of spaces, dashes and dots as one `_`
 * (`INSUFFICIENT_CREDITS`, `insufficient-credits` and `Insufficient Credits` are one code).
 *
 * @example
 * normalizeErrorCode('INSUFFICIENT-CREDITS') // 'insufficient_credits'
 */
export function normalizeErrorCode(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[\s.\-_]+/g, '_');
}

/**
 * What a failure says, never only a code: the sentence of a known code from `messages` (keys as
 * `normalizeErrorCode` writes them), else the host's `statusDetail`, else the code. `undefined`
 * when the item carries neither a code nor a detail. Only failed and canceled items are read, so
 * a blocked item's `statusDetail` (what it waits on) is never shown as an error.
 *
 * @example
 * describeAgentError(item, { insufficient_credits: 'Out of credits: the team has no add-on credits left' })
 * // { text: 'Out of credits: the team has no add-on credits left', code: 'INSUFFICIENT_CREDITS', known: true }
 */
export function describeAgentError(
  item: Pick<AgentItem, 'status' | 'errorCode' | 'statusDetail'>,
  messages: Readonly<Record<string, string>>,
): AgentErrorDescription | undefined {
  if (item.status !== 'failed' && item.status !== 'canceled') return undefined;
  const code = typeof item.errorCode === 'string' && item.errorCode.trim() !== '' ? item.errorCode : undefined;
  const detail =
    typeof item.statusDetail === 'string' && item.statusDetail.trim() !== '' ? item.statusDetail : undefined;
  const sentence =
    code === undefined
      ? undefined
      : Object.hasOwn(messages, normalizeErrorCode(code))
        ? messages[normalizeErrorCode(code)]
        : undefined;
  if (sentence) return code === undefined ? { text: sentence, known: true } : { text: sentence, code, known: true };
  if (detail) return code === undefined ? { text: detail, known: false } : { text: detail, code, known: false };
  if (code) return { text: code, code, known: false };
  return undefined;
}
