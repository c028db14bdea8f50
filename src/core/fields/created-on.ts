import { CREATED_AT_COLUMN } from '../columns';
import { toEpoch } from '../epoch';
import { setCreatedOn } from '../filter-state';
import { dayKeyToDayNumber, localDayNumber, resolveTimeZone, startOfLocalDay, HOUR_MS } from '../time';
import type { AgentFilters, CreatedOnFilter, CreatedOnPreset, FacetOption } from '../types';
import type { EpochRange, FieldUrlRead, FieldUrlWrite, FilterField, RangeCount } from './types';

/** The Day-of-creation presets, in menu order. */
export const CREATED_ON_PRESETS: readonly CreatedOnPreset[] = /* @__PURE__ */ Object.freeze([
  'today',
  'yesterday',
  'last_24_hours',
  'past_3_days',
  'last_week',
]);

/** Menu labels of the Day-of-creation presets. */
export const CREATED_ON_PRESET_LABELS: Readonly<Record<CreatedOnPreset, string>> = /* @__PURE__ */ Object.freeze({
  today: 'Today',
  yesterday: 'Yesterday',
  last_24_hours: 'Last 24 hours',
  past_3_days: 'Past 3 days',
  last_week: 'Last week',
});

const PRESETS: ReadonlySet<string> = /* @__PURE__ */ new Set(CREATED_ON_PRESETS);

const ROLLING_HOURS: Partial<Record<CreatedOnPreset, number>> = {
  last_24_hours: 24,
  past_3_days: 72,
  last_week: 168,
};

/**
 * The epoch interval [lo, hi) a Day-of-creation filter selects. Calendar filters (today, yesterday, a
 * day, a range) cover whole days in `timeZone`; rolling presets cover (now − N h, now]. A `from` later
 * than `to` is swapped. Unknown presets and malformed days give `undefined` (the filter is ignored).
 *
 * @example
 * createdOnRange({ day: '2026-11-20' }, { timeZone: 'UTC', now: 0 })
 * // { lo: Date.UTC(2026, 10, 20), hi: Date.UTC(2026, 10, 21) }
 */
export function createdOnRange(
  filter: CreatedOnFilter | undefined,
  ctx: { timeZone?: string; now?: Date | number },
): EpochRange | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  const timeZone = resolveTimeZone(ctx.timeZone);
  const f = filter as { preset?: unknown; day?: unknown; from?: unknown; to?: unknown };
  if (f.preset !== undefined) {
    const now = Math.floor(toEpoch(ctx.now, Date.now()));
    const preset = f.preset as CreatedOnPreset;
    const hours = typeof preset === 'string' ? ROLLING_HOURS[preset] : undefined;
    if (hours !== undefined) return { lo: now - hours * HOUR_MS + 1, hi: now + 1 };
    if (preset !== 'today' && preset !== 'yesterday') return undefined;
    const today = localDayNumber(now, timeZone);
    const day = preset === 'today' ? today : today - 1;
    return { lo: startOfLocalDay(day, timeZone), hi: startOfLocalDay(day + 1, timeZone) };
  }
  if (f.day !== undefined) {
    const day = dayKeyToDayNumber(f.day);
    if (day === undefined) return undefined;
    return { lo: startOfLocalDay(day, timeZone), hi: startOfLocalDay(day + 1, timeZone) };
  }
  if (f.from !== undefined || f.to !== undefined) {
    let from = dayKeyToDayNumber(f.from);
    let to = dayKeyToDayNumber(f.to);
    if (from === undefined || to === undefined) return undefined;
    if (from > to) [from, to] = [to, from];
    return { lo: startOfLocalDay(from, timeZone), hi: startOfLocalDay(to + 1, timeZone) };
  }
  return undefined;
}

/**
 * The value a Day-of-creation filter has in `createdOn` facet options: the preset name, the day, or
 * `from..to` (the same form as the URL's `created` parameter).
 *
 * @example
 * createdOnValue({ from: '2026-11-01', to: '2026-11-20' }) // '2026-11-01..2026-11-20'
 */
export function createdOnValue(filter: AgentFilters['createdOn']): string | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  if ('preset' in filter) return typeof filter.preset === 'string' ? filter.preset : undefined;
  if ('day' in filter) return typeof filter.day === 'string' ? filter.day : undefined;
  if ('from' in filter) return `${filter.from}..${filter.to}`;
  return undefined;
}

function toParam(createdOn: CreatedOnFilter | undefined): string | undefined {
  if (!createdOn || typeof createdOn !== 'object') return undefined;
  const c = createdOn as { preset?: unknown; day?: unknown; from?: unknown; to?: unknown };
  if (typeof c.preset === 'string') return PRESETS.has(c.preset) ? c.preset : undefined;
  if (typeof c.day === 'string') return dayKeyToDayNumber(c.day) === undefined ? undefined : c.day;
  const from = dayKeyToDayNumber(c.from);
  const to = dayKeyToDayNumber(c.to);
  if (from === undefined || to === undefined) return undefined;
  return from <= to ? `${c.from}..${c.to}` : `${c.to}..${c.from}`;
}

function fromParam(value: string): CreatedOnFilter | undefined {
  if (PRESETS.has(value)) return { preset: value as CreatedOnPreset };
  if (dayKeyToDayNumber(value) !== undefined) return { day: value };
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m) return undefined;
  const [, a = '', b = ''] = m;
  const from = dayKeyToDayNumber(a);
  const to = dayKeyToDayNumber(b);
  if (from === undefined || to === undefined) return undefined;
  return from <= to ? { from: a, to: b } : { from: b, to: a };
}

/** A selected day or range (not a preset): it gets an option of its own after the presets. */
function customValueOf(filters: AgentFilters): string | undefined {
  const value = createdOnValue(filters?.createdOn);
  return value !== undefined && !PRESETS.has(value) ? value : undefined;
}

/**
 * Day of creation, in the view's time zone and clock: a preset, a day or a day range, as one epoch
 * range over the `createdAt` column. Options are the five presets, plus a selected custom day or
 * range.
 */
export const createdOnField: FilterField = {
  key: 'createdOn',
  compile(filters, ctx) {
    const range = createdOnRange(filters.createdOn, ctx ?? {});
    return range ? [{ kind: 'range', group: 'createdOn', column: CREATED_AT_COLUMN, lo: range.lo, hi: range.hi }] : [];
  },
  facet: {
    key: 'createdOn',
    reads: { numbers: [CREATED_AT_COLUMN] },
    counters(_index, filters, ctx) {
      const ranges = CREATED_ON_PRESETS.map((preset) => createdOnRange({ preset }, ctx) as EpochRange);
      const custom = customValueOf(filters) === undefined ? undefined : createdOnRange(filters.createdOn, ctx ?? {});
      if (custom !== undefined) ranges.push(custom);
      return [{ kind: 'ranges', group: 'createdOn', column: CREATED_AT_COLUMN, ranges }];
    },
    options([count], filters) {
      const { counts } = count as RangeCount;
      const options: FacetOption[] = CREATED_ON_PRESETS.map((preset, p) => ({
        value: preset,
        label: CREATED_ON_PRESET_LABELS[preset],
        count: counts[p] ?? 0,
      }));
      const custom = customValueOf(filters);
      if (custom !== undefined && counts.length > CREATED_ON_PRESETS.length) {
        options.push({ value: custom, label: custom.replace('..', ' – '), count: counts[CREATED_ON_PRESETS.length]! });
      }
      return options;
    },
  },
  chips(filters, { labels }) {
    const co = filters.createdOn;
    if (!co) return [];
    const valueLabel =
      'preset' in co
        ? (labels.createdOn[co.preset] ?? co.preset)
        : 'day' in co
          ? labels.chipDay(co.day)
          : labels.chipRange(co.from, co.to);
    return [
      {
        key: 'd',
        field: 'createdOn',
        fieldLabel: labels.sectionCreatedOn,
        valueLabel,
        remove: (f) => setCreatedOn(f, undefined),
      },
    ];
  },
  activeCount: (filters) => (filters.createdOn ? 1 : 0),
  isActive: (filters) => Boolean(filters.createdOn),
};

/**
 * Day of creation in URLs: `created`, a preset (`today`), a day (`2026-11-20`) or a range with its
 * earlier day first (`2026-11-01..2026-11-20`); the first valid one read wins.
 */
export const writeCreatedOnUrl: FieldUrlWrite = (filters, append) => {
  const created = toParam(filters.createdOn);
  if (created !== undefined) append('created', created);
};

/** Reads back what `writeCreatedOnUrl` writes: the first valid `created`. */
export const readCreatedOnUrl: FieldUrlRead = (params) => {
  for (const [name, value] of params) {
    if (name !== 'created') continue;
    const createdOn = fromParam(value);
    if (createdOn) return { createdOn };
  }
  return {};
};
