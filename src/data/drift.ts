// How the counts of the last answer moved since it came: the live changes of matching rows (a run
// that failed, one that arrived, one that left the filters), kept beside the list so the summary
// cards, the credits and the status counts move with the total instead of waiting for the next
// answer. Plain data; every function returns a new drift. The total and the other tab's count
// (`tabTotals`) are numbers on the list itself, moved in live.ts by the same rows (see applyUpserts
// for what the other tab's count can and cannot know).
import { getSourceMeta } from '../core/sources';
import type { AgentFacets, AgentItem, FacetOption } from '../core/types';
import type { AgentQuerySummary } from './types';

/** Per value, how much a count moved (values are data: a Map, never an object's keys). */
type Moves = ReadonlyMap<string, number>;

/** What the matching rows' live changes did to the last answer's counts. */
export interface CountDrift {
  statuses: Moves;
  sources: Moves;
  creators: Moves;
  credits: number;
  creditsBySource: Moves;
  creditsByCreator: Moves;
  /** The names of the creators who moved, for an option the answer did not list. */
  names: ReadonlyMap<string, string>;
}

const creditsOf = (item: AgentItem) =>
  typeof item.credits === 'number' && Number.isFinite(item.credits) ? item.credits : 0;

function move(moves: Map<string, number>, value: string, by: number): void {
  if (by !== 0) moves.set(value, (moves.get(value) ?? 0) + by);
}

/** Whether a row counts the same in every count the drift keeps. */
const countsAlike = (a: AgentItem, b: AgentItem) =>
  a.status === b.status &&
  a.source === b.source &&
  a.creator.id === b.creator.id &&
  a.creator.name === b.creator.name &&
  creditsOf(a) === creditsOf(b);

/**
 * A drift to change: `shift` counts a matching row in (`+1`) or out (`-1`), `replace` swaps a counted
 * row for its new version (nothing when it counts alike: a repeated update, a poll's unchanged row).
 * The drift given is copied only on the first change; `done` returns it as is when nothing changed.
 *
 * @example
 * const next = editDrift(list.drift); next.replace(before, after); next.done()
 */
export function editDrift(drift: CountDrift | undefined) {
  let d:
    | {
        statuses: Map<string, number>;
        sources: Map<string, number>;
        creators: Map<string, number>;
        credits: number;
        creditsBySource: Map<string, number>;
        creditsByCreator: Map<string, number>;
        names: Map<string, string>;
      }
    | undefined;
  const shift = (item: AgentItem, sign: 1 | -1): void => {
    d ??= {
      statuses: new Map(drift?.statuses),
      sources: new Map(drift?.sources),
      creators: new Map(drift?.creators),
      credits: drift?.credits ?? 0,
      creditsBySource: new Map(drift?.creditsBySource),
      creditsByCreator: new Map(drift?.creditsByCreator),
      names: new Map(drift?.names),
    };
    move(d.statuses, item.status, sign);
    move(d.sources, item.source, sign);
    move(d.creators, item.creator.id, sign);
    d.names.set(item.creator.id, item.creator.name);
    const credits = creditsOf(item) * sign;
    d.credits += credits;
    move(d.creditsBySource, item.source, credits);
    move(d.creditsByCreator, item.creator.id, credits);
  };
  return {
    shift,
    replace(before: AgentItem, after: AgentItem): void {
      if (countsAlike(before, after)) return;
      shift(before, -1);
      shift(after, +1);
    },
    /** The edited drift, or the one given when nothing was shifted. */
    done(): CountDrift | undefined {
      return d ?? drift;
    },
  };
}

/** Options with their counts moved; a value the answer did not list joins at its move. */
function moved(options: readonly FacetOption[], moves: Moves, label: (value: string) => string): FacetOption[] {
  if (moves.size === 0) return options as FacetOption[];
  const seen = new Set<string>();
  const out = options.map((o) => {
    seen.add(o.value);
    const by = moves.get(o.value) ?? 0;
    return by === 0 ? o : { ...o, count: Math.max(0, o.count + by) };
  });
  for (const [value, by] of moves) if (!seen.has(value) && by > 0) out.push({ value, label: label(value), count: by });
  return out;
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

/** Credit options moved: no negative credits, most credits first (as `summarize` orders them). */
function movedCredits(options: readonly FacetOption[] | undefined, moves: Moves, label: (v: string) => string) {
  if (!options) return undefined;
  return moved(options, moves, label)
    .map((o) => (moves.has(o.value) ? { ...o, count: round(Math.max(0, o.count)) } : o))
    .filter((o) => o.count > 0 || !moves.has(o.value))
    .sort((a, b) => b.count - a.count);
}

/**
 * The last answer's facets and summary as the live changes since have moved them: the status,
 * source and creator counts and every credit sum. Only rows that match the view's filters drift, so
 * the numbers the view shows of them (cards, credits, the selected options' counts) are exact; an
 * option outside an active filter of its own field keeps the answer's count until the next answer.
 *
 * @example
 * withDrift(answer.facets, answer.summary, list.drift).summary?.credits
 */
export function withDrift(
  facets: Partial<AgentFacets> | undefined,
  summary: AgentQuerySummary | undefined,
  drift: CountDrift | undefined,
): { facets: Partial<AgentFacets> | undefined; summary: AgentQuerySummary | undefined } {
  if (!drift) return { facets, summary };
  const same = (value: string) => value;
  const source = (value: string) => getSourceMeta(value).label;
  const person = (id: string) => drift.names.get(id) ?? id;
  const nextFacets = facets && {
    ...facets,
    ...(facets.statuses ? { statuses: moved(facets.statuses, drift.statuses, same) } : null),
    ...(facets.sources ? { sources: moved(facets.sources, drift.sources, source) } : null),
    ...(facets.creators ? { creators: moved(facets.creators, drift.creators, person) } : null),
  };
  const nextSummary = summary && {
    ...summary,
    credits: round(Math.max(0, summary.credits + drift.credits)),
    ...(summary.creditsBySource
      ? { creditsBySource: movedCredits(summary.creditsBySource, drift.creditsBySource, source) }
      : null),
    ...(summary.creditsByCreator
      ? { creditsByCreator: movedCredits(summary.creditsByCreator, drift.creditsByCreator, person) }
      : null),
  };
  return { facets: nextFacets, summary: nextSummary };
}
