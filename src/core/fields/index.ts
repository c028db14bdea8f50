import { createdOnField, createdOnUrl } from './created-on';
import { creatorField, creatorUrl } from './creator';
import { facetField, facetUrl } from './facet';
import { queryField, queryUrl } from './query';
import { sourceField, sourceUrl } from './source';
import { statusField, statusUrl } from './status';
import type { FieldUrl, FilterField } from './types';

/**
 * Every filter field, in canonical order: the order of the chips, of the facets and of the checks in
 * the matching loop. Filtering, facets, chips and the active count loop over this list, so a new
 * field is a new descriptor here (and its URL codec in `FIELD_URLS`).
 */
export const FILTER_FIELDS: readonly FilterField[] = /* @__PURE__ */ Object.freeze([
  sourceField,
  statusField,
  creatorField,
  createdOnField,
  queryField,
  facetField,
]);

/**
 * Every filter field's URL codec, in the same order: the order of the URL's parameters. A list of
 * its own so that writing a query (`filtersToSearchParams`, what `agentboard/data` needs) bundles
 * the codecs alone.
 */
export const FIELD_URLS: readonly FieldUrl[] = /* @__PURE__ */ Object.freeze([
  sourceUrl,
  statusUrl,
  creatorUrl,
  createdOnUrl,
  queryUrl,
  facetUrl,
]);

export { createdOnField, creatorField, facetField, queryField, sourceField, statusField };
export { createdOnUrl, creatorUrl, facetUrl, queryUrl, sourceUrl, statusUrl };
export type * from './types';
