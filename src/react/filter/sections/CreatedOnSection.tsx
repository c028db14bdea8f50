import { useId, type ReactNode } from 'react';
import { createdOnValue, CREATED_ON_PRESETS, toDayKey } from '../../../core';
import { toEpoch } from '../../../core/epoch';
import { DAY_MS } from '../../../core/time';
import type { CreatedOnFilter, CreatedOnPreset } from '../../../core/types';
import { setCreatedOn } from '../../../core/filter-state';
import { formatCount } from '../../../core/format';
import { useFilterMenuContext } from '../filter-menu-context';

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
  // The clock is read as the core reads it (`toEpoch`), so these days match the presets' counts.
  const dayKey = (daysAgo: number) => toDayKey(toEpoch(now, Date.now()) - daysAgo * DAY_MS, timeZone);

  const radio = (value: Mode, label: string, onSelect: () => void, extra?: ReactNode) => {
    const checked = mode === value;
    // Facet options carry a preset's id, or the URL form of the chosen day or range (`createdOnValue`),
    // so the checked option is looked up by its filter; "A day…" and "Range…" have no count until chosen.
    const count = facets.createdOn.find((o) => o.value === (checked ? createdOnValue(createdOn) : value))?.count;
    const nameId = `${id}-${value}-n`;
    const countId = `${id}-${value}-c`;
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

  // The date inputs show only while their radio is checked, so only the checked form's days matter.
  const {
    day: dayValue = '',
    from: fromValue = '',
    to: toValue = '',
  } = (createdOn ?? {}) as { day?: string; from?: string; to?: string };

  const setRange = (from: string, to: string) => {
    if (!DAY_KEY.test(from) || !DAY_KEY.test(to)) return;
    set(from <= to ? { from, to } : { from: to, to: from });
  };

  return (
    <fieldset className="ab-filter-section" data-field="createdOn">
      <legend className="ab-section-title">{labels.sectionCreatedOn}</legend>
      <div className="ab-options" role="radiogroup" aria-label={labels.sectionCreatedOn}>
        {radio('any', labels.anyTime, () => set(undefined))}
        {CREATED_ON_PRESETS.map((p) => radio(p, labels.createdOn[p], () => set({ preset: p })))}
        {radio(
          'day',
          labels.aDay,
          // Only fires while another option is checked, so there is no day to keep.
          () => set({ day: dayKey(0) }),
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
          () => set({ from: dayKey(6), to: dayKey(0) }),
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
