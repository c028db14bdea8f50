import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';
import { createdOnValue, toDayKey } from '../../core';
import type { CreatedOnFilter, CreatedOnPreset } from '../../core/types';
import { setCreatedOn } from '../filterState';
import { formatCount } from '../format';
import { useFilterMenuContext } from './context';

const PRESETS: readonly CreatedOnPreset[] = ['today', 'yesterday', 'last_24_hours', 'past_3_days', 'last_week'];
const DAY_MS = 86_400_000;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

type Mode = 'any' | CreatedOnPreset | 'day' | 'range';

function modeOf(createdOn: CreatedOnFilter | undefined): Mode {
  if (!createdOn) return 'any';
  if ('preset' in createdOn) return createdOn.preset;
  if ('day' in createdOn) return 'day';
  return 'range';
}

/**
 * The Day of creation section: one radio group with Any time, the presets (Today, Yesterday,
 * Last 24 hours, Past 3 days, Last week), "A day…" with a date input and "Range…" with two.
 * Days are calendar days in the view's time zone. Must be inside `FilterMenu`.
 */
export function CreatedOnSection() {
  const { filters, setFilters, facets, labels, locale, timeZone, now } = useFilterMenuContext('CreatedOnSection');
  const id = useId();
  const mode = modeOf(filters.createdOn);
  const createdOn = filters.createdOn;

  const set = (next: CreatedOnFilter | undefined) => setFilters((f) => setCreatedOn(f, next));
  const today = () => {
    const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
    return { today: toDayKey(ms, timeZone), weekAgo: toDayKey(ms - 6 * DAY_MS, timeZone) };
  };
  // Presets carry their id as value; a custom day or range carries its URL form (`createdOnValue`).
  const customValue = mode === 'day' || mode === 'range' ? createdOnValue(createdOn) : undefined;
  const countOf = (value: Mode) =>
    facets.createdOn.find((o) => o.value === (value === 'day' || value === 'range' ? (mode === value ? customValue : undefined) : value))?.count;

  const radio = (value: Mode, label: string, onSelect: () => void, extra?: ReactNode) => {
    const count = countOf(value);
    const nameId = `${id}-${value}-n`;
    const countId = `${id}-${value}-c`;
    const checked = mode === value;
    return (
      <div className="ab-option-group" key={value}>
        <label className="ab-option" data-checked={checked ? '' : undefined}>
          <input
            type="radio"
            className="ab-radio"
            name={`${id}-created-on`}
            value={value}
            checked={checked}
            onChange={onSelect}
            aria-labelledby={nameId}
            aria-describedby={count !== undefined ? countId : undefined}
          />
          <span id={nameId} className="ab-option-label">
            {label}
          </span>
          {count !== undefined ? (
            <span id={countId} className="ab-option-count">
              {formatCount(count, locale)}
            </span>
          ) : null}
        </label>
        {checked ? extra : null}
      </div>
    );
  };

  const dayValue = createdOn && 'day' in createdOn ? createdOn.day : '';
  const fromValue = createdOn && 'from' in createdOn ? createdOn.from : '';
  const toValue = createdOn && 'to' in createdOn ? createdOn.to : '';

  const setRange = (from: string, to: string) => {
    if (!DAY_KEY.test(from) || !DAY_KEY.test(to)) return;
    set(from <= to ? { from, to } : { from: to, to: from });
  };

  return (
    <fieldset className="ab-filter-section" data-field="createdOn">
      <legend className="ab-section-title">{labels.sectionCreatedOn}</legend>
      <div className={clsx('ab-options')} role="radiogroup" aria-label={labels.sectionCreatedOn}>
        {radio('any', labels.anyTime, () => set(undefined))}
        {PRESETS.map((p) => radio(p, labels.createdOn[p], () => set({ preset: p })))}
        {radio(
          'day',
          labels.aDay,
          () => set({ day: dayValue || today().today }),
          <div className="ab-date-row">
            <input
              type="date"
              className="ab-input ab-date"
              aria-label={labels.day}
              value={dayValue}
              onChange={(e) => {
                if (DAY_KEY.test(e.target.value)) set({ day: e.target.value });
              }}
            />
          </div>,
        )}
        {radio(
          'range',
          labels.aRange,
          () => {
            const t = today();
            set({ from: fromValue || t.weekAgo, to: toValue || t.today });
          },
          <div className="ab-date-row">
            <input
              type="date"
              className="ab-input ab-date"
              aria-label={labels.rangeFrom}
              value={fromValue}
              max={toValue || undefined}
              onChange={(e) => setRange(e.target.value, toValue)}
            />
            <span aria-hidden="true" className="ab-date-sep">
              –
            </span>
            <input
              type="date"
              className="ab-input ab-date"
              aria-label={labels.rangeTo}
              value={toValue}
              min={fromValue || undefined}
              onChange={(e) => setRange(fromValue, e.target.value)}
            />
          </div>,
        )}
      </div>
    </fieldset>
  );
}
