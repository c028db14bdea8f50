import { ARTIFACT_FIELDS, CREDIT_PARTS, PERMISSION_KEYS } from './artifacts';

/**
 * A plain, one-level copy of what a host sent for one item, read defensively: getters run once,
 * inside try/catch, so a Proxy that throws or a getter with side effects cannot break parsing or
 * change between the checks and the copy.
 */

/** The fields that make an item: without a usable one the item is dropped. */
export const REQUIRED_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([
  'id',
  'kind',
  'title',
  'createdAt',
]);

const ITEM_FIELDS = [
  'id',
  'kind',
  'title',
  'source',
  'status',
  'statusDetail',
  'createdAt',
  'startedAt',
  'endedAt',
  'creator',
  'credits',
  'sessionUrl',
  'sessionState',
  'conversationId',
  'meta',
  'parentId',
  'artifacts',
  'errorCode',
  'retryable',
  'creditsBreakdown',
  'permissions',
] as const;
const PERSON_FIELDS = ['id', 'name', 'avatarUrl'] as const;
/** Sub-objects copied field by field: only these keys are read, a `null` one reads as absent. */
const NESTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  creditsBreakdown: CREDIT_PARTS,
  permissions: PERMISSION_KEYS,
};
/** Stands in for a value whose getter threw: every schema rejects it, so the field is reported. */
const UNREADABLE = /* @__PURE__ */ Symbol('unreadable');

/** The copy: known fields only, as read. */
export type Snapshot = Record<string, unknown>;

/**
 * Reads one property; a getter that throws reads as `UNREADABLE` (which every schema rejects).
 *
 * @example
 * read({ get id() { throw new Error(); } }, 'id') // UNREADABLE
 */
export function read(obj: object, key: PropertyKey): unknown {
  try {
    return (obj as Record<PropertyKey, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/**
 * Whether a value is a plain object (not an array); a revoked Proxy is not.
 *
 * @example
 * isRecord({}) // true
 * isRecord([]) // false
 */
export function isRecord(value: unknown): value is object {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false; // a revoked Proxy throws from Array.isArray
  }
}

function copyArray(value: unknown[]): unknown[] | typeof UNREADABLE {
  try {
    const out: unknown[] = [];
    const n = value.length;
    for (let i = 0; i < n; i++) out.push(read(value, i));
    return out;
  } catch {
    return UNREADABLE;
  }
}

/**
 * The plain copy of an item's known fields (and of `creator`, `meta`, each artifact, `creditsBreakdown`
 * and `permissions`, known fields only); `null` optional fields are left out. `meta` keys that cannot be kept as data (`__proto__`) are pushed to `notes`.
 *
 * @example
 * snapshot({ id: 'r1', kind: 'ambient', title: 'Deploy', extra: 1 }, notes) // { id: 'r1', kind: 'ambient', title: 'Deploy' }
 */
export function snapshot(raw: object, notes: string[]): Snapshot {
  const snap: Snapshot = {};
  for (const key of ITEM_FIELDS) {
    const value = read(raw, key);
    if (value === undefined || (value === null && !REQUIRED_FIELDS.has(key) && key !== 'creator')) continue;
    if (key === 'creator' && isRecord(value)) {
      const person: Snapshot = {};
      for (const k of PERSON_FIELDS) {
        const v = read(value, k);
        if (v !== undefined && !(v === null && k === 'avatarUrl')) person[k] = v;
      }
      snap.creator = person;
    } else if (key === 'meta' && isRecord(value)) {
      snap.meta = snapshotMeta(value, notes);
    } else if (key in NESTED_FIELDS && isRecord(value)) {
      snap[key] = copyFields(value, NESTED_FIELDS[key] as readonly string[]);
    } else if (key === 'artifacts' && isArray(value)) {
      const list = copyArray(value as unknown[]);
      snap.artifacts = list === UNREADABLE ? list : list.map((a) => (isRecord(a) ? copyFields(a, ARTIFACT_FIELDS) : a));
    } else {
      snap[key] = value;
    }
  }
  return snap;
}

function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function copyFields(value: object, fields: readonly string[]): Snapshot {
  const out: Snapshot = {};
  for (const k of fields) {
    const v = read(value, k);
    if (v !== undefined && v !== null) out[k] = v;
  }
  return out;
}

function snapshotMeta(value: object, notes: string[]): unknown {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return UNREADABLE;
  }
  const meta: Snapshot = {};
  for (const k of keys) {
    const v = read(value, k);
    if (v === undefined || v === null) continue;
    if (k === '__proto__') {
      // Kept as data it would still be lost by any consumer that copies the object; say so instead.
      notes.push(k);
      continue;
    }
    let arr: boolean;
    try {
      arr = Array.isArray(v);
    } catch {
      arr = false;
    }
    meta[k] = arr ? copyArray(v as unknown[]) : v; // safe: '__proto__' was skipped above
  }
  return meta;
}
