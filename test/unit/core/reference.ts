// Plain, deliberately naive reference implementations the tests compare the core against. They use a
// fresh Intl formatter per zone and per-item day keys: slow and obvious, independent of core's
// offset cache and day-boundary arithmetic.
import type { AgentFilters, AgentItem, ViewContext } from '../../../src/core';

const keyFormats = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' of an instant in a zone, straight from Intl (en-CA formats dates that way). */
export function refDayKey(epoch: number, timeZone: string): string {
  let f = keyFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    keyFormats.set(timeZone, f);
  }
  return f.format(epoch);
}

/** The day key `delta` days after `key` (plain calendar arithmetic). */
export function addDays(key: string, delta: number): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}

const HOUR = 3_600_000;

function inCreatedOn(item: AgentItem, createdOn: AgentFilters['createdOn'], tz: string, now: number): boolean {
  if (!createdOn) return true;
  const t = item.createdAt.getTime();
  const key = refDayKey(t, tz);
  const today = refDayKey(now, tz);
  if ('preset' in createdOn) {
    switch (createdOn.preset) {
      case 'today':
        return key === today;
      case 'yesterday':
        return key === addDays(today, -1);
      case 'last_24_hours':
        return t > now - 24 * HOUR && t <= now;
      case 'past_3_days':
        return t > now - 72 * HOUR && t <= now;
      case 'last_week':
        return t > now - 168 * HOUR && t <= now;
      default:
        return true;
    }
  }
  if ('day' in createdOn) return key === createdOn.day;
  const [a, b] = [createdOn.from, createdOn.to].sort();
  return key >= (a as string) && key <= (b as string);
}

export type Field = 'sources' | 'statuses' | 'creators' | 'createdOn' | 'artifacts' | `facet:${string}`;

/** The naive filter, optionally ignoring one field (for facet counts). */
export function refFilter(items: AgentItem[], filters: AgentFilters, ctx: ViewContext, skip?: Field): AgentItem[] {
  const tz = ctx.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = ctx.now === undefined ? Date.now() : Number(ctx.now instanceof Date ? ctx.now.getTime() : ctx.now);
  const q = (filters.query ?? '').trim().toLowerCase();
  return items.filter((item) => {
    const mine = item.creator.id === ctx.viewerId;
    if (ctx.tab === 'personal' && !mine) return false;
    if (ctx.tab === 'all' && !mine && item.kind !== 'ambient') return false;
    if (skip !== 'sources' && filters.sources?.length && !filters.sources.includes(item.source)) return false;
    if (skip !== 'statuses' && filters.statuses?.length && !filters.statuses.includes(item.status)) return false;
    if (
      skip !== 'creators' &&
      ctx.tab === 'all' &&
      filters.creators?.length &&
      !filters.creators.includes(item.creator.id)
    ) {
      return false;
    }
    if (skip !== 'createdOn' && !inCreatedOn(item, filters.createdOn, tz, now)) return false;
    if (skip !== 'artifacts' && filters.artifacts?.length) {
      const types = item.artifacts?.length ? item.artifacts.map((a) => a.type) : ['none'];
      if (!types.some((t) => (filters.artifacts as string[]).includes(t))) return false;
    }
    if (q) {
      const hit =
        item.title.toLowerCase().includes(q) ||
        item.creator.name.toLowerCase().includes(q) ||
        item.id.toLowerCase().includes(q);
      if (!hit) return false;
    }
    for (const [key, selected] of Object.entries(filters.facets ?? {})) {
      if (skip === `facet:${key}` || selected.length === 0) continue;
      const value = item.meta?.[key];
      const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (!values.some((v) => selected.includes(v))) return false;
    }
    return true;
  });
}
