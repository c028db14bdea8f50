import { DROPPED_ARTIFACT, repairArtifact } from './artifacts';
import { fastParse } from './fast-parse';
import { isRecord, read, REQUIRED_FIELDS, snapshot, type Snapshot } from './snapshot';
import { toId } from './ids';
import { agentItemInputSchema } from './schema';
import { lookupStatus, STATUS_META } from './status';
import { toItem } from './to-item';
import type { AgentItem, ParseIssue, ParseOptions, ParseResult } from './types';

const MAX_REPAIR_ROUNDS = 4;
/** Sub-objects whose bad fields are dropped one by one (the rest of the object is kept). */
const NESTED: ReadonlySet<PropertyKey> = /* @__PURE__ */ new Set(['meta', 'creditsBreakdown', 'permissions']);

let useFastPath = true;
/** Tests only: route every item through zod, to compare both paths. */
export function setParseFastPath(enabled: boolean): void {
  useFastPath = enabled;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

function isFatal(path: readonly PropertyKey[]): boolean {
  const top = path[0];
  if (top === undefined) return true;
  if (REQUIRED_FIELDS.has(String(top))) return true;
  return top === 'creator' && (path.length === 1 || path[1] === 'id');
}

/**
 * Removes (or repairs) the optional field an issue points at and returns how, as the end of the
 * warning ("; dropped"), or `undefined` when nothing changed.
 */
function repair(snap: Snapshot, path: readonly PropertyKey[]): string | undefined {
  const [top, second] = path;
  if (top === 'creator' && second === 'name') {
    const creator = snap.creator as Snapshot;
    const id = toId(creator.id);
    if (id === undefined || creator.name === id) return undefined;
    creator.name = id;
    return "; shown as the creator's id";
  }
  if (top === 'artifacts' && typeof second === 'number' && Array.isArray(snap.artifacts)) {
    return repairArtifact(snap.artifacts, second, path[2]);
  }
  if (top === undefined) return undefined;
  const parent = top === 'creator' ? second === 'avatarUrl' && snap.creator : NESTED.has(top) && snap[top as string];
  if (second !== undefined && isRecord(parent)) {
    const record = parent as Snapshot;
    const key = String(second);
    if (!(key in record)) return undefined;
    delete record[key];
    return '; dropped';
  }
  if (typeof top !== 'string' || !(top in snap)) return undefined;
  delete snap[top];
  return '; dropped';
}

/**
 * Validates and normalises what a host sends into `AgentItem`s, with zod at the edge. Never throws,
 * whatever `input` is (not an array, `null`, Proxies whose getters throw, cyclic objects). Dates may be
 * ISO strings, epoch ms or `Date`s; raw statuses go through `mapStatus` (extended by `statusMap`).
 *
 * Reporting (nothing is dropped silently; issues carry the input index, the item's id when usable, and
 * the field path):
 * - `error`, item dropped: no usable `id`, `kind`, `title` (must be a string), `creator` / `creator.id`
 *   or `createdAt`; or the item is not an object.
 * - `warning`, item kept: an unknown status (shown as `failed`, raw text kept in `rawStatus`); a missing
 *   `source` on an ambient item (`'unknown'`); an empty title (the UI shows "Untitled"); a blank
 *   `creator.name` (repaired to the id); a non-http(s) `sessionUrl` or unsafe `avatarUrl` (dropped);
 *   `endedAt` before the start (dropped); unusable `credits` (dropped); bad `meta` values (dropped per
 *   key); any other malformed optional field (dropped); a duplicate id: the later item is kept under a
 *   deterministic new id, the original with `#2`, `#3`… appended (skipping ids already taken), and the
 *   warning names the original id.
 *
 * @example
 * const { items, issues } = parseAgentItems([
 *   { id: 'r1', kind: 'ambient', title: 'Deploy', source: 'slack', status: 'In Progress',
 *     createdAt: '2026-11-20T15:04:00Z', creator: { id: 'u_1', name: 'Ada' } },
 * ]);
 * items[0].status // 'working'
 */
export function parseAgentItems(input: unknown, options?: ParseOptions): ParseResult {
  const items: AgentItem[] = [];
  const issues: ParseIssue[] = [];
  let length: number;
  try {
    if (!Array.isArray(input)) {
      issues.push({ index: -1, path: '', message: 'Expected an array of agent items', level: 'error' });
      return { items, issues };
    }
    length = input.length;
  } catch {
    issues.push({ index: -1, path: '', message: 'The input could not be read', level: 'error' });
    return { items, issues };
  }
  let statusMap: ParseOptions['statusMap'];
  try {
    statusMap = isRecord(options) ? (read(options, 'statusMap') as ParseOptions['statusMap']) : undefined;
    if (!isRecord(statusMap)) statusMap = undefined;
  } catch {
    statusMap = undefined;
  }
  const seen = new Set<string>();
  for (let index = 0; index < length; index++) {
    try {
      parseOne(input as unknown[], index, statusMap, seen, items, issues);
    } catch {
      issues.push({ index, path: '', message: 'The item could not be read', level: 'error' });
    }
  }
  return { items, issues };
}

function parseOne(
  input: unknown[],
  index: number,
  statusMap: ParseOptions['statusMap'],
  seen: Set<string>,
  items: AgentItem[],
  issues: ParseIssue[],
): void {
  const raw = read(input, index);
  if (!isRecord(raw)) {
    issues.push({ index, path: '', message: 'Expected an object', level: 'error' });
    return;
  }
  const notes: string[] = [];
  const snap = snapshot(raw, notes);
  const id = toId(snap.id);
  const warnings: ParseIssue[] = notes.map((key) => ({
    index,
    id,
    path: `meta.${key}`,
    message: `meta key "${key}" is not allowed; dropped`,
    level: 'warning' as const,
  }));
  const fast = useFastPath ? fastParse(snap) : undefined;
  let result: ReturnType<typeof agentItemInputSchema.safeParse> =
    fast !== undefined ? { success: true, data: fast } : agentItemInputSchema.safeParse(snap);
  for (let round = 0; !result.success && round < MAX_REPAIR_ROUNDS; round++) {
    const fatal = result.error.issues.filter((issue) => isFatal(issue.path));
    if (fatal.length > 0) {
      for (const issue of fatal) {
        issues.push({ index, id, path: pathOf(issue.path), message: issue.message, level: 'error' });
      }
      return;
    }
    let changed = false;
    for (const issue of result.error.issues) {
      const how = repair(snap, issue.path);
      if (how !== undefined) {
        changed = true;
        warnings.push({ index, id, path: pathOf(issue.path), message: issue.message + how, level: 'warning' });
      }
    }
    if (!changed) break;
    if (Array.isArray(snap.artifacts)) snap.artifacts = snap.artifacts.filter((a) => a !== DROPPED_ARTIFACT);
    result = agentItemInputSchema.safeParse(snap);
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    issues.push({
      index,
      id,
      path: issue ? pathOf(issue.path) : '',
      message: issue?.message ?? 'Invalid item',
      level: 'error',
    });
    return;
  }
  const data = result.data;
  const hasRawStatus = typeof data.status === 'string';
  const rawStatus = hasRawStatus ? (data.status as string) : '';
  const mapped = lookupStatus(rawStatus, statusMap);
  if (mapped === undefined && !warnings.some((w) => w.path === 'status')) {
    warnings.push({
      index,
      id,
      path: 'status',
      message: hasRawStatus
        ? `Unknown status "${rawStatus}"; shown as ${STATUS_META.failed.label}`
        : `Missing status; shown as ${STATUS_META.failed.label}`,
      level: 'warning',
    });
  }
  if (data.source == null && data.kind === 'ambient' && !warnings.some((w) => w.path === 'source')) {
    warnings.push({ index, id, path: 'source', message: "Missing source; shown as 'unknown'", level: 'warning' });
  }
  if (data.title.trim() === '') {
    warnings.push({ index, id, path: 'title', message: 'Empty title; shown as "Untitled"', level: 'warning' });
  }
  const item = toItem(data, rawStatus, mapped ?? 'failed');
  if (seen.has(item.id)) {
    const original = item.id;
    let n = 2;
    while (seen.has(`${original}#${n}`)) n++;
    item.id = `${original}#${n}`;
    warnings.push({
      index,
      id: original,
      path: 'id',
      message: `Duplicate id "${original}"; kept as "${item.id}"`,
      level: 'warning',
    });
  }
  seen.add(item.id);
  items.push(item);
  for (const w of warnings) issues.push(w);
}
