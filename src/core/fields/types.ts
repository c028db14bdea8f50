import type { ListFilterField } from '../filter-state';
import type { CodeColumn, CodeColumnRef, ItemIndex, NumberColumnDef } from '../item-index';
import type { SourceRegistry } from '../sources';
import type {
  AgentArtifactType,
  AgentFacets,
  AgentFilters,
  AgentItem,
  AgentStatus,
  AgentTab,
  CreatedOnPreset,
  ViewContext,
} from '../types';

/** The view context a field compiles in, plus the host's source registry (for labels). */
export interface FieldContext extends ViewContext {
  sources?: SourceRegistry;
}

export type { ListFilterField };

/** The `AgentFacets` entries a field fills. */
export type FacetKey = keyof AgentFacets;

/** A half-open epoch interval [lo, hi). */
export interface EpochRange {
  lo: number;
  hi: number;
}

/**
 * One test of the shared matching loop, compiled from one field's filter. Code checks are typed-array
 * work (`selected` becomes a table over the column's codes); range checks compare an epoch column;
 * only what cannot be a column is a predicate on the item.
 */
export type FieldCheck = CodeCheck | RangeCheck | PredicateCheck;

export interface CodeCheck {
  kind: 'codes';
  /** The facet this check narrows: that facet's own counts ignore it (faceted-search semantics). */
  group: string;
  /** A column no item has (an unknown `meta` key) passes nothing. */
  column: CodeColumnRef;
  selected: ReadonlySet<string>;
  /** Narrows the All tab only (the Creator filter: on Personal every item is the viewer's). */
  allTabOnly?: boolean;
}

export interface RangeCheck {
  kind: 'range';
  group: string;
  column: NumberColumnDef;
  lo: number;
  hi: number;
}

/** Not a facet: every count applies it (the free-text query). */
export interface PredicateCheck {
  kind: 'predicate';
  test(item: AgentItem): boolean;
}

/** What one facet counts per item of the tab, under every check of the other groups. */
export type FacetCounter = CodeCounter | RangeCounter;

export interface CodeCounter {
  kind: 'codes';
  group: string;
  column: CodeColumnRef;
  /** Also mark the value of every item on the tab, whatever the filters (options that never vanish). */
  presence?: boolean;
}

export interface RangeCounter {
  kind: 'ranges';
  group: string;
  column: NumberColumnDef;
  ranges: readonly EpochRange[];
}

/**
 * A `CodeCounter`'s result: `counts[code]`, and (for a `presence` counter) `seen[code] === 1` for
 * values present on the tab; read-only, `seen` may be shared between calls.
 */
export interface CodeCount {
  kind: 'codes';
  group: string;
  column: CodeColumn;
  counts: Int32Array;
  seen: Uint8Array;
}

/** A `RangeCounter`'s result: one count per range. */
export interface RangeCount {
  kind: 'ranges';
  group: string;
  counts: Int32Array;
}

export type FacetCount = CodeCount | RangeCount;

/** How a field takes part in `getFacets` (and in the labels the chips need without counts). */
export interface FieldFacet<K extends FacetKey = FacetKey> {
  key: K;
  /**
   * The columns its counters read (any `{ metaKey }` stands for every `meta` column), so `getFacets`
   * builds them together with the filters' in one pass over the items.
   */
  reads: { codes?: readonly CodeColumnRef[]; numbers?: readonly NumberColumnDef[] };
  counters(index: ItemIndex, filters: AgentFilters, ctx: FieldContext): FacetCounter[];
  /** The options from the counters' results, in the same order as `counters` gave them. */
  options(counts: readonly FacetCount[], filters: AgentFilters, ctx: FieldContext): AgentFacets[K];
  /**
   * Options without counts (all 0) carrying the labels chips read; absent: no options. `index`
   * builds the items' column index on first call, so a field with nothing to label reads nothing.
   */
  labels?(index: () => ItemIndex, filters: AgentFilters, ctx: FieldContext): AgentFacets[K];
}

/** A host-defined filter over `item.meta[key]`. */
export interface FacetDefinition {
  key: string;
  label: string;
}

/**
 * The strings chips are made of. The view's labels (`AgentViewLabels`) are one; the core holds no
 * defaults for them.
 */
export interface FilterChipLabels {
  sectionSource: string;
  sectionStatus: string;
  sectionCreator: string;
  sectionCreatedOn: string;
  /** The "Has artifact" field's name (default "Has artifact"). */
  sectionArtifacts?: string;
  /** Names of the artifact values in chips (defaults: "Pull request", …, "No artifact"). */
  artifactTypes?: Partial<Record<AgentArtifactType | 'none', string>>;
  /** The viewer's own name as a creator. */
  me: string;
  statuses: Record<AgentStatus, string>;
  createdOn: Record<CreatedOnPreset, string>;
  chipDay: (day: string) => string;
  chipRange: (from: string, to: string) => string;
}

/** What chips are labelled from: the tab, the facet options (their labels), the labels and the host's facets. */
export interface ChipContext {
  tab: AgentTab;
  facets: AgentFacets;
  labels: FilterChipLabels;
  viewerId?: string | undefined;
  facetDefinitions: readonly FacetDefinition[];
  sourceRegistry?: SourceRegistry | undefined;
}

/** One active filter value as a removable chip. */
export interface FilterChip {
  key: string;
  /** The field, as `data-field` shows it: `sources`, `statuses`, `creators`, `createdOn`, `facet:<key>`. */
  field: string;
  fieldLabel: string;
  valueLabel: string;
  remove: (filters: AgentFilters) => AgentFilters;
}

/**
 * Writes one field's URL parameters: appends them in canonical form (invalid parts left out). Kept
 * apart from `FilterField` and from the reading half (in `FIELD_URL_WRITES`), so an app that only
 * writes queries bundles no filtering, counting, chips or URL reading, and a view without URL state
 * no codec.
 */
export type FieldUrlWrite = (filters: AgentFilters, append: (name: string, value: string) => void) => void;

/** Reads one field's value from every URL parameter, in order; `{}` when none of them is its. */
export type FieldUrlRead = (params: ReadonlyArray<readonly [string, string]>) => Partial<AgentFilters>;

/** A field's two URL halves side by side (what a round trip of one field needs). */
export interface FieldUrl {
  write: FieldUrlWrite;
  read: FieldUrlRead;
}

/**
 * What the view's rules know about one filter field: filtering (`compile`), faceted counts (`facet`),
 * chips (`chips`) and the active count. Its URL parameters are its `FieldUrlWrite` and `FieldUrlRead`,
 * beside it in the same file. Adding a field is one file: its descriptor in `FILTER_FIELDS` and its
 * URL halves in `FIELD_URL_WRITES` and `FIELD_URL_READS`.
 */
export interface FilterField {
  /** The `AgentFilters` key the field reads. */
  key: keyof AgentFilters;
  /** Its part of the matching loop; `[]` when the filters leave it inactive or it is malformed. */
  compile(filters: AgentFilters, ctx: FieldContext): FieldCheck[];
  facet?: { [K in FacetKey]: FieldFacet<K> }[FacetKey];
  chips(filters: AgentFilters, ctx: ChipContext): FilterChip[];
  /** How many chips-worth of values it has active (the Filter button's count). */
  activeCount(filters: AgentFilters, tab: AgentTab): number;
  /** Whether it narrows the list at all (the query counts here, though it has no chip). */
  isActive(filters: AgentFilters, tab: AgentTab): boolean;
}
