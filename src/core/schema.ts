import { z } from 'zod';
import { ARTIFACT_TYPES, PULL_REQUEST_STATES } from './artifacts';
import { MAX_EPOCH_MS } from './epoch';
import { sanitizeHttpUrl, sanitizeUrl } from './safe-url';

// Module-level schemas are built in pure-annotated closures, so an app that imports only a
// formatter from the core entry does not keep them (and zod) alive.
const ISO_DATE =
  /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/i;

const notBlank = (s: string) => s.trim().length > 0;

/** JavaScript rolls `2026-02-30` over into March; an ISO string must name a real calendar day. */
export function isRealIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const y = Number(s.slice(0, s.indexOf('-', 1)));
  const rest = s.slice(s.indexOf('-', 1) + 1);
  const mo = Number(rest.slice(0, 2));
  const d = Number(rest.slice(3, 5));
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth =
    mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return d <= daysInMonth;
}

/** An identifier: a non-blank string, or a finite number (read as its decimal string). */
const idInput = (what: string) =>
  z.union([z.string().refine(notBlank), z.number().transform((n) => String(n))], {
    error: `${what} must be a non-blank string or a number`,
  });

/**
 * A point in time: an ISO 8601 string (date-times without an offset follow JavaScript's rule and read
 * as local time), epoch milliseconds, or a valid `Date` (copied, never shared).
 */
export const dateInputSchema = /* @__PURE__ */ (() =>
  z
    .custom<string | number | Date>(
      (v) =>
        v instanceof Date
          ? !Number.isNaN(v.getTime())
          : typeof v === 'number'
            ? Number.isFinite(v) && Math.abs(v) <= MAX_EPOCH_MS
            : typeof v === 'string' && isRealIsoDate(v),
      { error: 'expected an ISO 8601 string, epoch milliseconds or a valid Date' },
    )
    .transform((v, ctx) => {
      // The string is parsed once, here; anything the Date parser still rejects is reported, not kept.
      const date = new Date(v instanceof Date ? v.getTime() : v);
      if (Number.isNaN(date.getTime())) {
        ctx.issues.push({ code: 'custom', message: 'expected a date within the supported range', input: v });
        return z.NEVER;
      }
      return date;
    }))();

/** A person as hosts send them. A missing or blank `name` is repaired to the id by `parseAgentItems`. */
export const agentPersonInputSchema = /* @__PURE__ */ (() =>
  z.object(
    {
      id: idInput('creator.id'),
      name: z.string({ error: 'creator.name must be a string' }).refine(notBlank, 'creator.name is blank'),
      avatarUrl: z
        .string()
        .refine((s) => sanitizeUrl(s) !== undefined, 'avatarUrl is not an http(s) or relative URL')
        .nullish(),
    },
    { error: 'creator must be an object with an id and a name' },
  ))();

const metaValue = /* @__PURE__ */ (() =>
  z.union([z.string(), z.array(z.string())], {
    error: 'meta values must be a string or an array of strings',
  }))();

const artifactSchema = /* @__PURE__ */ (() =>
  z.object(
    {
      type: z.enum(ARTIFACT_TYPES, { error: `artifact type must be one of ${ARTIFACT_TYPES.join(', ')}` }),
      url: z
        .string({ error: 'artifact url must be a string' })
        .refine((s) => sanitizeUrl(s) !== undefined, 'artifact url is not an http(s) or relative URL')
        .optional(),
      title: z.string({ error: 'artifact title must be a string' }).optional(),
      state: z
        .enum(PULL_REQUEST_STATES, { error: `artifact state must be one of ${PULL_REQUEST_STATES.join(', ')}` })
        .optional(),
      branch: z.string({ error: 'artifact branch must be a string' }).optional(),
    },
    { error: 'an artifact must be an object with a type' },
  ))();

const creditPart = (name: string) =>
  z
    .number({ error: `creditsBreakdown.${name} must be a finite number` })
    .nonnegative({ error: `creditsBreakdown.${name} must not be negative` })
    .optional();

const permission = (name: string) => z.boolean({ error: `permissions.${name} must be true or false` }).optional();

/**
 * What hosts send for one agent item (the input of `parseAgentItems`). Required: `id`, `kind`, `title`,
 * `creator` (`id`, `name`) and `createdAt`. Optional fields also accept `null` as "absent" (inside
 * `creator`, `artifacts`, `creditsBreakdown` and `permissions` too). Unknown
 * extra fields are ignored. `parseAgentItems` applies this schema field by field: a bad optional field
 * is dropped with a warning rather than losing the whole item.
 *
 * @example
 * agentItemInputSchema.safeParse({
 *   id: 'run_1', kind: 'ambient', title: 'Fix flaky test', source: 'slack', status: 'in_progress',
 *   createdAt: '2026-11-20T15:04:00Z', creator: { id: 'u_1', name: 'Ada' },
 * }).success // true
 */
export const agentItemInputSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: idInput('id'),
      kind: z.enum(['interactive', 'ambient'], { error: "kind must be 'interactive' or 'ambient'" }),
      title: z.string({ error: 'title must be a string' }),
      source: z.string({ error: 'source must be a string' }).refine(notBlank, 'source is blank').nullish(),
      status: z.string({ error: 'status must be a string' }).nullish(),
      statusDetail: z.string({ error: 'statusDetail must be a string' }).nullish(),
      createdAt: dateInputSchema,
      startedAt: dateInputSchema.nullish(),
      endedAt: dateInputSchema.nullish(),
      creator: agentPersonInputSchema,
      credits: z
        .number({ error: 'credits must be a finite number' })
        .nonnegative({ error: 'credits must not be negative' })
        .nullish(),
      sessionUrl: z
        .string({ error: 'sessionUrl must be a string' })
        .refine((s) => sanitizeHttpUrl(s) !== undefined, 'sessionUrl is not an absolute http(s) URL')
        .nullish(),
      sessionState: z
        .enum(['available', 'expired', 'unavailable'], {
          error: "sessionState must be 'available', 'expired' or 'unavailable'",
        })
        .nullish(),
      conversationId: idInput('conversationId').nullish(),
      meta: z.record(z.string(), metaValue, { error: 'meta must be an object' }).nullish(),
      parentId: idInput('parentId').nullish(),
      artifacts: z.array(artifactSchema, { error: 'artifacts must be an array' }).nullish(),
      errorCode: z.string({ error: 'errorCode must be a string' }).refine(notBlank, 'errorCode is blank').nullish(),
      retryable: z.boolean({ error: 'retryable must be true or false' }).nullish(),
      creditsBreakdown: z
        .object(
          { inference: creditPart('inference'), compute: creditPart('compute'), platform: creditPart('platform') },
          { error: 'creditsBreakdown must be an object' },
        )
        .nullish(),
      permissions: z
        .object(
          {
            cancel: permission('cancel'),
            retry: permission('retry'),
            delete: permission('delete'),
            archive: permission('archive'),
            share: permission('share'),
            rename: permission('rename'),
            forkLocally: permission('forkLocally'),
          },
          { error: 'permissions must be an object' },
        )
        .nullish(),
    })
    .superRefine((item, ctx) => {
      if (item.endedAt) {
        const start = item.startedAt ?? item.createdAt;
        if (item.endedAt.getTime() < start.getTime()) {
          ctx.addIssue({
            code: 'custom',
            path: ['endedAt'],
            message: `endedAt is before ${item.startedAt ? 'startedAt' : 'createdAt'}`,
          });
        }
      }
    }))();

/** What hosts may send for one item (the schema's input type). */
export type AgentItemInput = z.input<typeof agentItemInputSchema>;
/** One item after the schema (dates are `Date`s, ids strings), before display mapping. */
export type AgentItemParsed = z.output<typeof agentItemInputSchema>;
