import { createdOnField } from './created-on';
import { creatorField } from './creator';
import { facetField } from './facet';
import { queryField } from './query';
import { sourceField } from './source';
import { statusField } from './status';
import type { FilterField } from './types';

/**
 * Every filter field, in canonical order: the order of the URL's parameters, of the chips, of the
 * facets and of the checks in the matching loop. Filtering, facets, the URL, chips and the active
 * count loop over this list, so a new field is a new descriptor here.
 */
export const FILTER_FIELDS: readonly FilterField[] = /* @__PURE__ */ Object.freeze([
  sourceField,
  statusField,
  creatorField,
  createdOnField,
  queryField,
  facetField,
]);

export { createdOnField, creatorField, facetField, queryField, sourceField, statusField };
export type * from './types';
