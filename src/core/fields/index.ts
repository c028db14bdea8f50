import { artifactsField, readArtifactsUrl, writeArtifactsUrl } from './artifacts';
import { createdOnField, readCreatedOnUrl, writeCreatedOnUrl } from './created-on';
import { creatorField, readCreatorUrl, writeCreatorUrl } from './creator';
import { facetField, readFacetUrl, writeFacetUrl } from './facet';
import { queryField, readQueryUrl, writeQueryUrl } from './query';
import { readSourceUrl, sourceField, writeSourceUrl } from './source';
import { readStatusUrl, statusField, writeStatusUrl } from './status';
import type { FieldUrlRead, FieldUrlWrite, FilterField } from './types';

/**
 * Every filter field, in canonical order: the order of the chips, of the facets and of the checks in
 * the matching loop. Filtering, facets, chips and the active count loop over this list, so a new
 * field is a new descriptor here (and its URL halves in `FIELD_URL_WRITES` and `FIELD_URL_READS`).
 */
export const FILTER_FIELDS: readonly FilterField[] = /* @__PURE__ */ Object.freeze([
  sourceField,
  statusField,
  creatorField,
  createdOnField,
  artifactsField,
  queryField,
  facetField,
]);

/**
 * Every filter field's URL writer, in the same order: the order of the URL's parameters. A list of
 * its own (apart from the readers too) so that writing a query (`filtersToSearchParams`, what
 * `agentboard/data` needs) bundles the writers alone.
 */
export const FIELD_URL_WRITES: readonly FieldUrlWrite[] = /* @__PURE__ */ Object.freeze([
  writeSourceUrl,
  writeStatusUrl,
  writeCreatorUrl,
  writeCreatedOnUrl,
  writeArtifactsUrl,
  writeQueryUrl,
  writeFacetUrl,
]);

/** Every filter field's URL reader, in the same order (`filtersFromSearchParams`). */
export const FIELD_URL_READS: readonly FieldUrlRead[] = /* @__PURE__ */ Object.freeze([
  readSourceUrl,
  readStatusUrl,
  readCreatorUrl,
  readCreatedOnUrl,
  readArtifactsUrl,
  readQueryUrl,
  readFacetUrl,
]);

export { ARTIFACT_FILTER_VALUES, artifactsField, readArtifactsUrl, writeArtifactsUrl } from './artifacts';
export { createdOnField, creatorField, facetField, queryField, sourceField, statusField };
export { readCreatedOnUrl, readCreatorUrl, readFacetUrl, readQueryUrl, readSourceUrl, readStatusUrl };
export { writeCreatedOnUrl, writeCreatorUrl, writeFacetUrl, writeQueryUrl, writeSourceUrl, writeStatusUrl };
export type * from './types';
