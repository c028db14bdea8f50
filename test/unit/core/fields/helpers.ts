// Helpers for the field descriptor tests: a field's URL part on its own, and its facet counts.
import type { AgentFilters } from '../../../../src/core';
import type { FilterField } from '../../../../src/core/fields';

/** The parameters one field writes, in order. */
export function written(field: FilterField, filters: AgentFilters): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  field.url.write(filters, (name, value) => out.push([name, value]));
  return out;
}

/** What the field reads back from the parameters it wrote (a URL round trip of that field alone). */
export function roundTrip(field: FilterField, filters: AgentFilters): Partial<AgentFilters> {
  return field.url.read(written(field, filters));
}
