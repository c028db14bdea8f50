// Helpers for the field descriptor tests: a field's URL codec on its own.
import type { AgentFilters } from '../../../../src/core';
import type { FieldUrl } from '../../../../src/core/fields';

/** The parameters one field writes, in order. */
export function written(url: FieldUrl, filters: AgentFilters): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  url.write(filters, (name, value) => out.push([name, value]));
  return out;
}

/** What the field reads back from the parameters it wrote (a URL round trip of that field alone). */
export function roundTrip(url: FieldUrl, filters: AgentFilters): Partial<AgentFilters> {
  return url.read(written(url, filters));
}
