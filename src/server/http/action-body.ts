import { z } from 'zod';
import type { AgentActionMatch } from '../../data/types';
import { HttpError } from './errors';
import type { AgentHandlerLimits } from './limits';
import { canonicalFilters, readTimeZone } from './params';

/** An action request as the handler read it from the body (the viewer is added from authentication). */
export interface ActionBody {
  action: string;
  ids?: string[];
  match?: AgentActionMatch;
  input?: unknown;
  timeZone: string;
}

const text = z
  .string()
  .min(1)
  .max(256)
  .refine((s) => !s.includes('\u0000'), 'NUL characters are not allowed');

const bodySchema = z
  .object({
    action: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'an action id: lower-case letters, digits and _'),
    ids: z.array(text).optional(),
    match: z
      .object({
        tab: z.enum(['personal', 'all']),
        filters: z.record(z.string(), z.unknown()),
        except: z.array(text).optional(),
      })
      .optional(),
    input: z.unknown().optional(),
    timeZone: z.string().max(64).optional(),
  })
  .strict();

/**
 * Reads at most `limit` bytes of a body: a longer one (by `content-length` or by what arrives) is a
 * 413, and reading stops there.
 *
 * @example
 * const text = await readBody(request, 65_536);
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw new HttpError(413, `The body is limited to ${limit} bytes.`);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpError(413, `The body is limited to ${limit} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and checks an action request: JSON, the known shape, `ids` or `match` (not both), at most
 * `maxActionIds` ids, the match's filters through the same checks as the list's.
 *
 * @example
 * const body = await readActionBody(request, DEFAULT_LIMITS);
 */
export async function readActionBody(request: Request, limits: AgentHandlerLimits): Promise<ActionBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'Send the action as application/json.');
  const raw = await readBody(request, limits.maxBodyBytes);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'The body is not JSON.');
  }
  const parsed = bodySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  const { action, ids, match, input } = parsed.data;
  if ((ids === undefined) === (match === undefined)) throw new HttpError(400, 'Send either ids or match.');
  if (ids && ids.length > limits.maxActionIds)
    throw new HttpError(400, `At most ${limits.maxActionIds} ids per action.`);
  if (match?.except && match.except.length > limits.maxActionIds) {
    throw new HttpError(400, `At most ${limits.maxActionIds} ids in match.except.`);
  }
  const out: ActionBody = { action, timeZone: readTimeZone(parsed.data.timeZone) };
  if (ids) out.ids = ids;
  if (match) {
    out.match = { tab: match.tab, filters: canonicalFilters(match.filters, limits) };
    if (match.except) out.match.except = match.except;
  }
  if (input !== undefined) out.input = input;
  return out;
}
