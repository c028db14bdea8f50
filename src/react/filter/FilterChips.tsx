import { clsx } from 'clsx';
import { useEffect, useRef, useState } from 'react';
import { getSourceMeta } from '../../core';
import type { AgentFacets, AgentFilters, AgentStatus, AgentTab } from '../../core/types';
import type { SourceRegistry } from '../../core/sources';
import { EMPTY_FILTERS, setCreatedOn, toggleFacetValue, toggleFilterValue } from '../filterState';
import type { AgentViewLabels } from '../labels';
import { CloseIcon } from '../icons';
import { useFilterMenuContext, type FacetDefinition } from './context';

export interface FilterChip {
  key: string;
  field: string;
  fieldLabel: string;
  valueLabel: string;
  remove: (filters: AgentFilters) => AgentFilters;
}

/** The active filters as chips, in menu order (query excluded: it has its own box). */
export function getFilterChips(
  filters: AgentFilters,
  ctx: {
    tab: AgentTab;
    facets: AgentFacets;
    labels: AgentViewLabels;
    viewerId?: string | undefined;
    facetDefinitions: readonly FacetDefinition[];
    sourceRegistry?: SourceRegistry | undefined;
  },
): FilterChip[] {
  const { labels, facets } = ctx;
  const chips: FilterChip[] = [];
  for (const s of filters.sources ?? []) {
    const label = ctx.sourceRegistry
      ? getSourceMeta(s, ctx.sourceRegistry).label
      : (facets.sources.find((o) => o.value === s)?.label ?? getSourceMeta(s).label);
    chips.push({
      key: `s:${s}`,
      field: 'sources',
      fieldLabel: labels.sectionSource,
      valueLabel: label,
      remove: (f) => toggleFilterValue(f, 'sources', s),
    });
  }
  for (const st of filters.statuses ?? []) {
    chips.push({
      key: `st:${st}`,
      field: 'statuses',
      fieldLabel: labels.sectionStatus,
      valueLabel: labels.statuses[st as AgentStatus] ?? st,
      remove: (f) => toggleFilterValue(f, 'statuses', st),
    });
  }
  if (ctx.tab === 'all') {
    for (const c of filters.creators ?? []) {
      const label = c === ctx.viewerId ? labels.me : (facets.creators.find((o) => o.value === c)?.label ?? c);
      chips.push({
        key: `c:${c}`,
        field: 'creators',
        fieldLabel: labels.sectionCreator,
        valueLabel: label,
        remove: (f) => toggleFilterValue(f, 'creators', c),
      });
    }
  }
  const co = filters.createdOn;
  if (co) {
    const valueLabel =
      'preset' in co
        ? (labels.createdOn[co.preset] ?? co.preset)
        : 'day' in co
          ? labels.chipDay(co.day)
          : labels.chipRange(co.from, co.to);
    chips.push({
      key: 'd',
      field: 'createdOn',
      fieldLabel: labels.sectionCreatedOn,
      valueLabel,
      remove: (f) => setCreatedOn(f, undefined),
    });
  }
  for (const [key, values] of Object.entries(filters.facets ?? {})) {
    const def = ctx.facetDefinitions.find((d) => d.key === key);
    for (const v of values) {
      const label = facets.facets[key]?.find((o) => o.value === v)?.label ?? v;
      chips.push({
        key: `f:${key}:${v}`,
        field: `facet:${key}`,
        fieldLabel: def?.label ?? key,
        valueLabel: label,
        remove: (f) => toggleFacetValue(f, key, v),
      });
    }
  }
  return chips;
}

/**
 * The active filters as removable chips (each a button named "Remove Status: Failed") and a
 * "Clear all" button. Focus moves to the next chip after a removal, and to the Filter button when
 * none remain. Must be inside `FilterMenu`.
 *
 * @example
 * ```tsx
 * <FilterMenu filters={filters} onFiltersChange={setFilters} facets={facets}>
 *   <FilterMenuTrigger />
 *   <FilterMenuContent />
 *   <FilterChips />
 * </FilterMenu>
 * ```
 */
export function FilterChips({ className }: { className?: string }) {
  const ctx = useFilterMenuContext('FilterChips');
  const { filters, setFilters, labels, classNames, triggerRef } = ctx;
  const chips = getFilterChips(filters, ctx);
  const groupRef = useRef<HTMLDivElement | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const buttons = groupRef.current?.querySelectorAll<HTMLButtonElement>('button[data-chip]');
    const target =
      buttons && buttons.length > 0 ? buttons[Math.min(focusIndex, buttons.length - 1)] : triggerRef.current;
    target?.focus();
    setFocusIndex(null);
  }, [focusIndex, chips.length, triggerRef]);

  if (chips.length === 0) return null;
  return (
    <div ref={groupRef} className={clsx('ab-chips', className)} role="group" aria-label={labels.activeFilters}>
      {chips.map((chip, i) => (
        <button
          key={chip.key}
          type="button"
          className={clsx('ab-chip', classNames?.chip)}
          data-chip=""
          data-field={chip.field}
          aria-label={labels.removeChip(chip.fieldLabel, chip.valueLabel)}
          onClick={() => {
            setFilters((f) => chip.remove(f));
            setFocusIndex(i);
          }}
        >
          <span className="ab-chip-field">{chip.fieldLabel}:</span>{' '}
          <span className="ab-chip-value">{chip.valueLabel}</span>
          <CloseIcon className="ab-chip-x" />
        </button>
      ))}
      <button
        type="button"
        className="ab-button ab-button-ghost ab-clear-all"
        onClick={() => {
          setFilters(EMPTY_FILTERS);
          triggerRef.current?.focus();
        }}
      >
        {labels.clearAll}
      </button>
    </div>
  );
}
