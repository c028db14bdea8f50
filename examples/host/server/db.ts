/**
 * The example host's database: SQLite through better-sqlite3, one file shared by the API and the
 * flipper process (WAL mode, so one writes while the other reads).
 *
 * `queryAgents` answers the view's data-source queries in SQL with the same semantics as agentboard's
 * `filterAgentItems` / `getFacets`: tabs, sources, statuses, creators (All tab only), day of creation
 * in the viewer's time zone (the calendar/rolling window is turned into epoch bounds in JS with
 * `createdOnRange`, then compared as integers in SQL), a case-insensitive substring query over title,
 * creator name and id, and host facets over `meta`. Pages are a keyset on (created_ms DESC, id DESC).
 */
import Database from 'better-sqlite3';
import { createdOnRange } from '../../../src/core/filters';
import { STATUS_META, STATUS_ORDER, mapStatus } from '../../../src/core/status';
import { BUILT_IN_SOURCES, getSourceMeta } from '../../../src/core/sources';
import { CREATED_ON_PRESETS, CREATED_ON_PRESET_LABELS } from '../../../src/core/filters';
import { filtersFromSearchParams } from '../../../src/core/url';
import type { AgentFacets, AgentFilters, AgentStatus, AgentTab, FacetOption } from '../../../src/core/types';
import type { AgentItemInput } from '../../../src/core/schema';

export type Db = Database.Database;

export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  createSchema(db);
  return db;
}

export function createSchema(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS agents (
      pk INTEGER PRIMARY KEY,        -- integer key: joins with agent_meta stay cheap
      id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      source TEXT NOT NULL,
      status TEXT NOT NULL,          -- display status (mapStatus of raw_status): what filters match
      raw_status TEXT NOT NULL,      -- what the API sends
      status_detail TEXT,
      created_ms INTEGER NOT NULL,
      started_ms INTEGER,
      ended_ms INTEGER,
      creator_id TEXT NOT NULL,
      creator_name TEXT NOT NULL,
      creator_avatar TEXT,
      credits REAL,
      session_url TEXT,
      session_state TEXT,
      conversation_id TEXT,
      meta_json TEXT,
      -- lower-cased like the core's search text (String.prototype.toLowerCase, not SQLite's ASCII-only lower())
      title_lc TEXT NOT NULL,
      creator_name_lc TEXT NOT NULL,
      id_lc TEXT NOT NULL,
      updated_ms INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS agents_by_created ON agents (created_ms DESC, id DESC);
    CREATE INDEX IF NOT EXISTS agents_by_creator ON agents (creator_id, created_ms DESC);
    CREATE INDEX IF NOT EXISTS agents_by_status ON agents (status, created_ms DESC);
    CREATE TABLE IF NOT EXISTS agent_meta (
      agent_pk INTEGER NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      PRIMARY KEY (agent_pk, key, value)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS agent_meta_by_value ON agent_meta (key, value, agent_pk);
    -- Every write appends the changed id here; the API tails it to push live updates.
    CREATE TABLE IF NOT EXISTS changes (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      agent_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('upsert', 'remove'))
    ) STRICT;
    CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  `);
}

const toMs = (value: unknown): number | null =>
  value === undefined || value === null ? null : new Date(value as string | number | Date).getTime();

/** Inserts or replaces items given as host input, and logs them as changed. */
export function upsertItems(db: Db, items: readonly AgentItemInput[], now = Date.now(), logChanges = true): void {
  const insert = db.prepare(`
    INSERT INTO agents (id, kind, title, source, status, raw_status, status_detail, created_ms, started_ms,
      ended_ms, creator_id, creator_name, creator_avatar, credits, session_url, session_state, conversation_id,
      meta_json, title_lc, creator_name_lc, id_lc, updated_ms)
    VALUES (@id, @kind, @title, @source, @status, @raw_status, @status_detail, @created_ms, @started_ms, @ended_ms,
      @creator_id, @creator_name, @creator_avatar, @credits, @session_url, @session_state, @conversation_id,
      @meta_json, @title_lc, @creator_name_lc, @id_lc, @updated_ms)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, source = excluded.source,
      status = excluded.status, raw_status = excluded.raw_status, status_detail = excluded.status_detail,
      created_ms = excluded.created_ms, started_ms = excluded.started_ms, ended_ms = excluded.ended_ms,
      creator_id = excluded.creator_id, creator_name = excluded.creator_name, creator_avatar = excluded.creator_avatar,
      credits = excluded.credits, session_url = excluded.session_url, session_state = excluded.session_state,
      conversation_id = excluded.conversation_id, meta_json = excluded.meta_json, title_lc = excluded.title_lc,
      creator_name_lc = excluded.creator_name_lc, id_lc = excluded.id_lc, updated_ms = excluded.updated_ms
    RETURNING pk`);
  const clearMeta = db.prepare('DELETE FROM agent_meta WHERE agent_pk = ?');
  const insertMeta = db.prepare('INSERT OR IGNORE INTO agent_meta (agent_pk, key, value) VALUES (?, ?, ?)');
  const logChange = db.prepare("INSERT INTO changes (agent_id, op) VALUES (?, 'upsert')");
  db.transaction(() => {
    for (const item of items) {
      const id = String(item.id);
      const raw = item.status ?? 'unknown';
      const creatorName = item.creator.name;
      const { pk } = insert.get({
        id,
        kind: item.kind,
        title: item.title,
        source: item.source ?? (item.kind === 'interactive' ? 'interactive' : 'unknown'),
        status: mapStatus(raw),
        raw_status: raw,
        status_detail: item.statusDetail ?? null,
        created_ms: toMs(item.createdAt),
        started_ms: toMs(item.startedAt),
        ended_ms: toMs(item.endedAt),
        creator_id: String(item.creator.id),
        creator_name: creatorName,
        creator_avatar: item.creator.avatarUrl ?? null,
        credits: item.credits ?? null,
        session_url: item.sessionUrl ?? null,
        session_state: item.sessionState ?? null,
        conversation_id:
          item.conversationId === undefined || item.conversationId === null ? null : String(item.conversationId),
        meta_json: item.meta ? JSON.stringify(item.meta) : null,
        title_lc: item.title.toLowerCase(),
        creator_name_lc: creatorName.toLowerCase(),
        id_lc: id.toLowerCase(),
        updated_ms: now,
      }) as { pk: number };
      clearMeta.run(pk);
      for (const [key, value] of Object.entries(item.meta ?? {})) {
        for (const v of Array.isArray(value) ? value : [value]) insertMeta.run(pk, key, v);
      }
      if (logChanges) logChange.run(id);
    }
  })();
}

interface AgentRow {
  id: string;
  kind: string;
  title: string;
  source: string;
  raw_status: string;
  status_detail: string | null;
  created_ms: number;
  started_ms: number | null;
  ended_ms: number | null;
  creator_id: string;
  creator_name: string;
  creator_avatar: string | null;
  credits: number | null;
  session_url: string | null;
  session_state: string | null;
  conversation_id: string | null;
  meta_json: string | null;
}

const ROW_COLUMNS = `id, kind, title, source, raw_status, status_detail, created_ms, started_ms, ended_ms, creator_id,
  creator_name, creator_avatar, credits, session_url, session_state, conversation_id, meta_json`;

/** A row as the host input the view parses (ISO dates, the raw status). */
export function rowToInput(row: AgentRow): AgentItemInput {
  const item: AgentItemInput = {
    id: row.id,
    kind: row.kind as AgentItemInput['kind'],
    title: row.title,
    source: row.source,
    status: row.raw_status,
    createdAt: new Date(row.created_ms).toISOString(),
    creator: row.creator_avatar
      ? { id: row.creator_id, name: row.creator_name, avatarUrl: row.creator_avatar }
      : { id: row.creator_id, name: row.creator_name },
  };
  if (row.status_detail !== null) item.statusDetail = row.status_detail;
  if (row.started_ms !== null) item.startedAt = new Date(row.started_ms).toISOString();
  if (row.ended_ms !== null) item.endedAt = new Date(row.ended_ms).toISOString();
  if (row.credits !== null) item.credits = row.credits;
  if (row.session_url !== null) item.sessionUrl = row.session_url;
  if (row.session_state !== null) item.sessionState = row.session_state as AgentItemInput['sessionState'];
  if (row.conversation_id !== null) item.conversationId = row.conversation_id;
  if (row.meta_json !== null) item.meta = JSON.parse(row.meta_json) as Record<string, string | string[]>;
  return item;
}

export function getItemsByIds(db: Db, ids: readonly string[]): AgentItemInput[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM agents WHERE id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as AgentRow[];
  return rows.map(rowToInput);
}

// ---------------------------------------------------------------------------------------------
// Queries

export interface AgentsQuery {
  tab: AgentTab;
  viewerId: string;
  filters: AgentFilters;
  timeZone?: string;
  now?: number;
  cursor?: string | null;
  limit?: number;
  /** Facet counts cost one scan per field: only the first page computes them. */
  withFacets?: boolean;
}

export interface AgentsPage {
  items: AgentItemInput[];
  nextCursor: string | null;
  total: number;
  facets?: AgentFacets;
  /** Credits over every match (first page only), as core `summarize` sums them. */
  summary?: CreditsSummary;
}

export interface CreditsSummary {
  credits: number;
  creditsBySource: FacetOption[];
  creditsByCreator: FacetOption[];
}

export const MAX_LIMIT = 500;

/** Reads a query from the API's URL parameters (`filtersToSearchParams` output plus paging ones). */
export function queryFromSearchParams(params: URLSearchParams): AgentsQuery {
  const { tab, filters } = filtersFromSearchParams(params);
  const limit = Number(params.get('limit') ?? 100);
  const tz = params.get('tz') ?? undefined;
  return {
    tab: tab ?? 'personal',
    viewerId: params.get('viewer') ?? '',
    filters,
    ...(tz && isTimeZone(tz) ? { timeZone: tz } : {}),
    cursor: params.get('cursor'),
    limit: Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit))) : 100,
  };
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function encodeCursor(createdMs: number, id: string): string {
  return Buffer.from(JSON.stringify([createdMs, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdMs: number; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string') {
      return { createdMs: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  return null;
}

export class BadRequestError extends Error {}

type Field = 'source' | 'status' | 'creator' | 'created' | `facet:${string}`;

interface Clause {
  field: Field | null; // null: always applies (tab, query)
  sql: string;
  params: unknown[];
}

/** `%`, `_` and the escape character itself are literal in the user's query. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function nonEmpty(values: readonly string[] | undefined): string[] | null {
  if (!Array.isArray(values)) return null;
  const out = [...new Set(values.filter((v) => typeof v === 'string'))];
  return out.length > 0 ? out : null;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

function buildClauses(q: AgentsQuery): { clauses: Clause[]; facetKeys: string[] } {
  const f = q.filters ?? {};
  const all = q.tab === 'all';
  const clauses: Clause[] = [];
  // Personal: the viewer's items. All: plus teammates' ambient items (never their conversations).
  clauses.push(
    all
      ? { field: null, sql: "(a.creator_id = ? OR a.kind = 'ambient')", params: [q.viewerId] }
      : { field: null, sql: 'a.creator_id = ?', params: [q.viewerId] },
  );
  const sources = nonEmpty(f.sources);
  if (sources) clauses.push({ field: 'source', sql: `a.source IN (${placeholders(sources.length)})`, params: sources });
  const statuses = nonEmpty(f.statuses);
  if (statuses)
    clauses.push({ field: 'status', sql: `a.status IN (${placeholders(statuses.length)})`, params: statuses });
  const creators = all ? nonEmpty(f.creators) : null;
  if (creators)
    clauses.push({ field: 'creator', sql: `a.creator_id IN (${placeholders(creators.length)})`, params: creators });
  const range = createdOnRange(f.createdOn, { timeZone: q.timeZone, now: q.now ?? Date.now() });
  if (range)
    clauses.push({ field: 'created', sql: 'a.created_ms >= ? AND a.created_ms < ?', params: [range.lo, range.hi] });
  const facetKeys: string[] = [];
  for (const [key, values] of Object.entries(f.facets ?? {})) {
    const selected = nonEmpty(values);
    if (!selected) continue;
    facetKeys.push(key);
    clauses.push({
      field: `facet:${key}`,
      sql: `EXISTS (SELECT 1 FROM agent_meta m WHERE m.agent_pk = a.pk AND m.key = ? AND m.value IN (${placeholders(selected.length)}))`,
      params: [key, ...selected],
    });
  }
  const text = typeof f.query === 'string' ? f.query.trim().toLowerCase() : '';
  if (text !== '') {
    const like = `%${escapeLike(text)}%`;
    clauses.push({
      field: null,
      sql: "(a.title_lc LIKE ? ESCAPE '\\' OR a.creator_name_lc LIKE ? ESCAPE '\\' OR a.id_lc LIKE ? ESCAPE '\\')",
      params: [like, like, like],
    });
  }
  return { clauses, facetKeys };
}

function where(clauses: readonly Clause[], except?: Field): { sql: string; params: unknown[] } {
  const used = clauses.filter((c) => c.field === null || c.field !== except);
  return {
    sql: used.length ? used.map((c) => `(${c.sql})`).join(' AND ') : '1',
    params: used.flatMap((c) => c.params),
  };
}

/**
 * One page of items for a data-source query, newest first, with the total and (first page) facets.
 * Throws `BadRequestError` for a malformed cursor.
 */
export function queryAgents(db: Db, q: AgentsQuery): AgentsPage {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(q.limit ?? 100)));
  const now = q.now ?? Date.now();
  const query = { ...q, now };
  const { clauses } = buildClauses(query);
  const w = where(clauses);

  let pageSql = w.sql;
  const pageParams = [...w.params];
  if (q.cursor) {
    const cursor = decodeCursor(q.cursor);
    if (!cursor) throw new BadRequestError('The cursor is not one this server wrote.');
    pageSql += ' AND (a.created_ms < ? OR (a.created_ms = ? AND a.id < ?))';
    pageParams.push(cursor.createdMs, cursor.createdMs, cursor.id);
  }
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM agents a WHERE ${pageSql} ORDER BY a.created_ms DESC, a.id DESC LIMIT ?`)
    .all(...pageParams, limit + 1) as AgentRow[];
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM agents a WHERE ${w.sql}`).get(...w.params) as {
    total: number;
  };
  const page: AgentsPage = {
    items: pageRows.map(rowToInput),
    nextCursor: hasMore && last ? encodeCursor(last.created_ms, last.id) : null,
    total,
  };
  if (q.withFacets ?? !q.cursor) {
    page.facets = computeFacets(db, query);
    page.summary = computeCredits(db, query);
  }
  return page;
}

const byCreditsDesc = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** Known credits over every match, per source and per creator (`summarize` semantics). */
export function computeCredits(db: Db, q: AgentsQuery & { now: number }): CreditsSummary {
  const { clauses } = buildClauses(q);
  const w = where(clauses);
  const known = 'a.credits IS NOT NULL AND a.credits >= 0';
  const bySource = db
    .prepare(
      `SELECT a.source AS value, SUM(a.credits) AS credits FROM agents a WHERE ${w.sql} AND ${known} GROUP BY a.source`,
    )
    .all(...w.params) as { value: string; credits: number }[];
  const byCreator = db
    .prepare(
      `SELECT a.creator_id AS value, MIN(a.creator_name) AS name, SUM(a.credits) AS credits FROM agents a
       WHERE ${w.sql} AND ${known} GROUP BY a.creator_id`,
    )
    .all(...w.params) as { value: string; name: string; credits: number }[];
  const creditsBySource = bySource.map((r) => ({
    value: r.value,
    label: getSourceMeta(r.value).label,
    count: r.credits,
  }));
  const creditsByCreator = byCreator.map((r) => ({ value: r.value, label: r.name, count: r.credits }));
  creditsBySource.sort(byCreditsDesc);
  creditsByCreator.sort(byCreditsDesc);
  return { credits: creditsBySource.reduce((sum, o) => sum + o.count, 0), creditsBySource, creditsByCreator };
}

/** Facet counts with faceted-search semantics, in the order and labels `getFacets` gives. */
export function computeFacets(db: Db, q: AgentsQuery & { now: number }): AgentFacets {
  const f = q.filters ?? {};
  const { clauses, facetKeys } = buildClauses(q);
  const counts = (
    groupSql: string,
    except: Field | undefined,
    extraJoin = '',
    extraWhere = '',
    extraParams: unknown[] = [],
  ) => {
    const w = where(clauses, except);
    return db
      .prepare(
        `SELECT ${groupSql}, COUNT(*) AS n FROM agents a ${extraJoin} WHERE ${w.sql} ${extraWhere} GROUP BY ${groupSql}`,
      )
      .all(...w.params, ...extraParams) as Record<string, unknown>[];
  };

  // Sources: those that occur, built-ins first in their order, then by label; selected ones always.
  const sourceCounts = new Map<string, number>();
  for (const row of counts('a.source', 'source')) sourceCounts.set(row.source as string, row.n as number);
  for (const s of nonEmpty(f.sources) ?? []) if (!sourceCounts.has(s)) sourceCounts.set(s, 0);
  const builtInOrder = new Map<string, number>(BUILT_IN_SOURCES.map((s, i) => [s, i]));
  const sources: FacetOption[] = [...sourceCounts].map(([value, count]) => ({
    value,
    label: getSourceMeta(value).label,
    count,
  }));
  sources.sort((a, b) => {
    const ia = builtInOrder.get(a.value) ?? Infinity;
    const ib = builtInOrder.get(b.value) ?? Infinity;
    if (ia !== ib) return ia - ib;
    return a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  });

  const statusCounts = new Map<string, number>();
  for (const row of counts('a.status', 'status')) statusCounts.set(row.status as string, row.n as number);
  const statuses: FacetOption[] = STATUS_ORDER.map((s: AgentStatus) => ({
    value: s,
    label: STATUS_META[s].label,
    count: statusCounts.get(s) ?? 0,
  }));

  const creatorCounts = new Map<string, { name: string; count: number }>();
  for (const row of counts('a.creator_id, a.creator_name', 'creator')) {
    const id = row.creator_id as string;
    const entry = creatorCounts.get(id);
    // One person, one name: if rows disagree, the count is summed under the first name seen.
    if (entry) entry.count += row.n as number;
    else creatorCounts.set(id, { name: row.creator_name as string, count: row.n as number });
  }
  // Every creator in the tab stays an option, at 0 when the other filters hide their runs (as getFacets).
  const tabClause = clauses[0]!;
  const tabCreators = db
    .prepare(
      `SELECT a.creator_id, MIN(a.creator_name) AS creator_name FROM agents a WHERE ${tabClause.sql} GROUP BY a.creator_id`,
    )
    .all(...tabClause.params) as { creator_id: string; creator_name: string }[];
  for (const row of tabCreators) {
    if (!creatorCounts.has(row.creator_id)) creatorCounts.set(row.creator_id, { name: row.creator_name, count: 0 });
  }
  const selectedCreators = q.tab === 'all' ? (nonEmpty(f.creators) ?? []) : [];
  for (const id of selectedCreators) if (!creatorCounts.has(id)) creatorCounts.set(id, { name: id, count: 0 });
  const creators: FacetOption[] = [...creatorCounts].map(([value, { name, count }]) => ({ value, label: name, count }));
  creators.sort((a, b) => {
    if (a.value === q.viewerId) return -1;
    if (b.value === q.viewerId) return 1;
    return a.label.localeCompare(b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  });

  // Day of creation: one scan, a SUM per preset window (and the selected custom day or range).
  const ctx = { timeZone: q.timeZone, now: q.now };
  const windows = CREATED_ON_PRESETS.map((preset) => createdOnRange({ preset }, ctx)!);
  const custom = f.createdOn && !('preset' in f.createdOn) ? createdOnRange(f.createdOn, ctx) : undefined;
  if (custom) windows.push(custom);
  const w = where(clauses, 'created');
  const sums = windows.map(
    (_, i) => `SUM(CASE WHEN a.created_ms >= ? AND a.created_ms < ? THEN 1 ELSE 0 END) AS w${i}`,
  );
  const sumRow = db
    .prepare(`SELECT ${sums.join(', ')} FROM agents a WHERE ${w.sql}`)
    .get(...windows.flatMap((r) => [r.lo, r.hi]), ...w.params) as Record<string, number | null>;
  const createdOn: FacetOption[] = CREATED_ON_PRESETS.map((preset, i) => ({
    value: preset,
    label: CREATED_ON_PRESET_LABELS[preset],
    count: sumRow[`w${i}`] ?? 0,
  }));
  const selected = f.createdOn;
  if (custom && selected && !('preset' in selected)) {
    const value = 'day' in selected ? selected.day : `${selected.from}..${selected.to}`;
    createdOn.push({ value, label: value.replace('..', ' – '), count: sumRow[`w${windows.length - 1}`] ?? 0 });
  }

  // Host facets: keys not selected count over the fully filtered set; a selected key ignores its own filter.
  const metaCounts = new Map<string, Map<string, number>>();
  const add = (key: string, value: string, n: number) => {
    let m = metaCounts.get(key);
    if (!m) metaCounts.set(key, (m = new Map()));
    m.set(value, (m.get(value) ?? 0) + n);
  };
  const join = 'JOIN agent_meta mm ON mm.agent_pk = a.pk';
  const notSelected = facetKeys.length ? `AND mm.key NOT IN (${placeholders(facetKeys.length)})` : '';
  for (const row of counts('mm.key, mm.value', undefined, join, notSelected, facetKeys)) {
    add(row.key as string, row.value as string, row.n as number);
  }
  for (const key of facetKeys) {
    if (!metaCounts.has(key)) metaCounts.set(key, new Map());
    for (const row of counts('mm.key, mm.value', `facet:${key}`, join, 'AND mm.key = ?', [key])) {
      add(key, row.value as string, row.n as number);
    }
    for (const v of nonEmpty(f.facets?.[key]) ?? []) if (!metaCounts.get(key)!.has(v)) metaCounts.get(key)!.set(v, 0);
  }
  const facets: Record<string, FacetOption[]> = {};
  for (const [key, m] of metaCounts) {
    const options = [...m].map(([value, count]) => ({ value, label: value, count }));
    options.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    facets[key] = options;
  }

  return { sources, statuses, creators, createdOn, facets };
}

/** Changes logged after `seq` (ids deduplicated, last op wins), and the new high-water mark. */
export function readChanges(db: Db, afterSeq: number): { seq: number; upsert: string[]; remove: string[] } {
  const rows = db.prepare('SELECT seq, agent_id, op FROM changes WHERE seq > ? ORDER BY seq').all(afterSeq) as {
    seq: number;
    agent_id: string;
    op: 'upsert' | 'remove';
  }[];
  const last = new Map<string, 'upsert' | 'remove'>();
  let seq = afterSeq;
  for (const row of rows) {
    last.set(row.agent_id, row.op);
    seq = row.seq;
  }
  const upsert: string[] = [];
  const remove: string[] = [];
  for (const [id, op] of last) (op === 'upsert' ? upsert : remove).push(id);
  return { seq, upsert, remove };
}

export function latestChangeSeq(db: Db): number {
  return (db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').get() as { seq: number }).seq;
}

export function getSetting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, value);
}
