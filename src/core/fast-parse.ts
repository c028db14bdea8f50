import { CREDIT_PARTS, isArtifactType, isPullRequestState, PERMISSION_KEYS } from './artifacts';
import type { AgentItemParsed } from './schema';
import { isRealIsoDate } from './schema';
import { MAX_EPOCH_MS } from './epoch';
import { toId } from './ids';
import { sanitizeHttpUrl, sanitizeUrl } from './safe-url';

/**
 * The common case of `agentItemInputSchema`, checked by hand: an item whose every field is plainly
 * valid. Returns exactly what the schema would (the unit tests compare both on arbitrary input) or
 * `undefined` as soon as anything is unusual, and the item then goes through zod, which produces the
 * field-level issues. zod costs ~10 µs and a dozen short-lived objects per item; for 100,000 clean items
 * that was most of `parseAgentItems`' time.
 */

function date(v: unknown): Date | undefined {
  let d: Date;
  if (typeof v === 'string') {
    if (!isRealIsoDate(v)) return undefined;
    d = new Date(v);
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v) || Math.abs(v) > MAX_EPOCH_MS) return undefined;
    d = new Date(v);
  } else if (v instanceof Date) {
    d = new Date(v.getTime());
  } else return undefined;
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function optString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

const SESSION_STATES = /* @__PURE__ */ new Set(['available', 'expired', 'unavailable']);

/** `snap` is parse.ts' plain one-level copy (null optional fields already removed). */
export function fastParse(snap: Record<string, unknown>): AgentItemParsed | undefined {
  const itemId = toId(snap.id);
  if (itemId === undefined) return undefined;
  const kind = snap.kind;
  if (kind !== 'interactive' && kind !== 'ambient') return undefined;
  const title = snap.title;
  if (typeof title !== 'string') return undefined;
  const source = snap.source;
  if (source !== undefined && (typeof source !== 'string' || source.trim().length === 0)) return undefined;
  if (!optString(snap.status) || !optString(snap.statusDetail)) return undefined;
  const createdAt = date(snap.createdAt);
  if (createdAt === undefined) return undefined;
  const startedAt = snap.startedAt === undefined ? undefined : date(snap.startedAt);
  if (snap.startedAt !== undefined && startedAt === undefined) return undefined;
  const endedAt = snap.endedAt === undefined ? undefined : date(snap.endedAt);
  if (snap.endedAt !== undefined && endedAt === undefined) return undefined;
  if (endedAt !== undefined && endedAt.getTime() < (startedAt ?? createdAt).getTime()) return undefined;

  const c = snap.creator as Record<string, unknown> | undefined;
  if (typeof c !== 'object' || c === null) return undefined;
  const creatorId = toId(c.id);
  if (creatorId === undefined) return undefined;
  if (typeof c.name !== 'string' || c.name.trim().length === 0) return undefined;
  if (c.avatarUrl !== undefined && sanitizeUrl(c.avatarUrl) === undefined) return undefined;

  const credits = snap.credits;
  if (credits !== undefined && (typeof credits !== 'number' || !Number.isFinite(credits) || credits < 0))
    return undefined;
  if (snap.sessionUrl !== undefined && sanitizeHttpUrl(snap.sessionUrl) === undefined) return undefined;
  if (snap.sessionState !== undefined && !SESSION_STATES.has(snap.sessionState as string)) return undefined;
  const conversationId = snap.conversationId === undefined ? undefined : toId(snap.conversationId);
  if (snap.conversationId !== undefined && conversationId === undefined) return undefined;

  const meta = snap.meta;
  if (meta !== undefined) {
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return undefined;
    const m = meta as Record<string, unknown>;
    for (const key in m) {
      const v = m[key];
      if (typeof v === 'string') continue;
      if (!Array.isArray(v)) return undefined;
      for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return undefined;
    }
  }

  const parentId = snap.parentId === undefined ? undefined : toId(snap.parentId);
  if (snap.parentId !== undefined && parentId === undefined) return undefined;
  const errorCode = snap.errorCode;
  if (errorCode !== undefined && (typeof errorCode !== 'string' || errorCode.trim().length === 0)) return undefined;
  if (snap.retryable !== undefined && typeof snap.retryable !== 'boolean') return undefined;
  if (!plainRecordOf(snap.creditsBreakdown, CREDIT_PARTS, isCredit)) return undefined;
  if (!plainRecordOf(snap.permissions, PERMISSION_KEYS, isBoolean)) return undefined;
  const artifacts = snap.artifacts;
  if (artifacts !== undefined && (!Array.isArray(artifacts) || !artifacts.every(isCleanArtifact))) return undefined;

  const out: AgentItemParsed = {
    id: itemId,
    kind,
    title,
    createdAt,
    creator: { id: creatorId, name: c.name as string },
  } as AgentItemParsed;
  if (c.avatarUrl !== undefined) out.creator.avatarUrl = c.avatarUrl as string;
  if (source !== undefined) out.source = source;
  if (snap.status !== undefined) out.status = snap.status as string;
  if (snap.statusDetail !== undefined) out.statusDetail = snap.statusDetail as string;
  if (startedAt !== undefined) out.startedAt = startedAt;
  if (endedAt !== undefined) out.endedAt = endedAt;
  if (credits !== undefined) out.credits = credits as number;
  if (snap.sessionUrl !== undefined) out.sessionUrl = snap.sessionUrl as string;
  if (snap.sessionState !== undefined) out.sessionState = snap.sessionState as AgentItemParsed['sessionState'];
  if (conversationId !== undefined) out.conversationId = conversationId;
  if (meta !== undefined) out.meta = meta as Record<string, string | string[]>;
  if (parentId !== undefined) out.parentId = parentId;
  if (artifacts !== undefined) out.artifacts = artifacts as AgentItemParsed['artifacts'];
  if (errorCode !== undefined) out.errorCode = errorCode as string;
  if (snap.retryable !== undefined) out.retryable = snap.retryable as boolean;
  if (snap.creditsBreakdown !== undefined)
    out.creditsBreakdown = snap.creditsBreakdown as AgentItemParsed['creditsBreakdown'];
  if (snap.permissions !== undefined) out.permissions = snap.permissions as AgentItemParsed['permissions'];
  return out;
}

const isCredit = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBoolean = (v: unknown) => typeof v === 'boolean';

/** Absent, or the snapshot's copy (known keys only) with every value passing `check`. */
function plainRecordOf(value: unknown, keys: readonly string[], check: (v: unknown) => boolean): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key of keys) if (record[key] !== undefined && !check(record[key])) return false;
  return true;
}

function isCleanArtifact(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const a = value as Record<string, unknown>;
  return (
    isArtifactType(a.type) &&
    (a.url === undefined || sanitizeUrl(a.url) !== undefined) &&
    optString(a.title) &&
    optString(a.branch) &&
    (a.state === undefined || isPullRequestState(a.state))
  );
}
