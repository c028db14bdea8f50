import type { ReactElement, ReactNode, SVGProps } from 'react';
import type { AgentStatus } from '../../core/types';
import { LINEAR_MARK } from './marks';

/**
 * Small inline icons on a 16×16 grid, stroked with `currentColor`. Each status and each built-in
 * source has a distinct *shape*, so nothing relies on colour alone. Icons are always decorative: the
 * text next to them carries the meaning, so they are `aria-hidden` and not focusable.
 *
 * Every icon is data — a list of path outlines (circles and rounded rectangles written as arcs) —
 * drawn by one component, rather than a component per icon. A built-in source that is a platform
 * with a mark in simple-icons (Linear) shows that mark instead (`createMark`), filled with
 * `currentColor` so it stays monochrome with the theme and in forced colours.
 */
export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;
export type Icon = (props: IconProps) => ReactElement;

/** A path outline, or one with its own presentation attributes (a filled dot, a faint track). */
export type IconPart = string | [d: string, attributes: SVGProps<SVGPathElement>];

/** Circle of radius 5.75 around the centre: the ring most status and source icons sit in. */
const RING = 'M2.25 8a5.75 5.75 0 1 0 11.5 0a5.75 5.75 0 1 0-11.5 0';
const FILLED = { fill: 'currentColor', stroke: 'none' } as const;

/** The 16×16 grid, stroked: what `createIcon` draws on. */
const STROKED: SVGProps<SVGSVGElement> = {
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
};

/** The one component every icon factory returns: the shared size, class and `aria-hidden` handling. */
/* @__NO_SIDE_EFFECTS__ */
function svgIcon(grid: SVGProps<SVGSVGElement>, paths: ReactNode, size: number, extraClass?: string): Icon {
  return function AgentboardIcon({ className, ...props }: IconProps): ReactElement {
    return (
      <svg
        width={size}
        height={size}
        {...grid}
        aria-hidden="true"
        focusable="false"
        className={['ab-icon', extraClass, className].filter(Boolean).join(' ')}
        {...props}
      >
        {paths}
      </svg>
    );
  };
}

/**
 * An icon component from its path outlines: every agentboard icon (badges, filter menu, artifacts)
 * is drawn by it or by `createMark`, so they share one stroke, class and `aria-hidden` handling.
 * `size` is the rendered width and height in px (the grid is always 16); the class is `ab-icon`,
 * then `extraClass`, then the caller's `className`. Marked free of side effects, so a bundler drops
 * the icons an app never renders.
 *
 * @example
 * ```tsx
 * const FileIcon = createIcon(['M4 2.5h5l3 3v8H4z', 'M9 2.5v3h3'], 14);
 * <FileIcon className="my-icon" />
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createIcon(parts: readonly IconPart[], size = 16, extraClass?: string): Icon {
  return svgIcon(
    STROKED,
    parts.map((part, i) =>
      typeof part === 'string' ? <path key={i} d={part} /> : <path key={i} d={part[0]} {...part[1]} />,
    ),
    size,
    extraClass,
  );
}

/**
 * An icon component from a platform's mark: one filled path on simple-icons' 24×24 grid, drawn in
 * `currentColor` (monochrome, so it follows the theme and forced colours) at the same size and
 * centre as `createIcon`'s, with the same class and `aria-hidden` handling. Marks run edge to edge,
 * where the stroked icons keep a margin (the ring is 13 of 16 across): `inset` adds that many grid
 * units on every side, chosen per mark by eye (a solid mark looks larger than a sparse one).
 *
 * @example
 * ```tsx
 * const LinearIcon = createMark(LINEAR_MARK, 4); // path data from simple-icons
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createMark(path: string, inset = 3, size = 16, extraClass?: string): Icon {
  const box = 24 + 2 * inset;
  return svgIcon(
    { viewBox: `${-inset} ${-inset} ${box} ${box}`, fill: 'currentColor' },
    <path d={path} />,
    size,
    extraClass,
  );
}

// ---- statuses (16 px) -------------------------------------------------------------------------

export const STATUS_ICONS: Readonly<Record<AgentStatus, Icon>> = {
  // Working: a three-quarter arc on a faint track that spins (static under `prefers-reduced-motion`).
  working: createIcon([[RING, { opacity: 0.25 }], 'M8 2.25a5.75 5.75 0 0 1 5.75 5.75'], 16, 'ab-icon-spin'),
  // Blocked: a pause sign in a circle (waiting on someone).
  blocked: createIcon([RING, 'M6.5 5.75v4.5M9.5 5.75v4.5']),
  // Canceled: a slashed circle.
  canceled: createIcon([RING, 'M3.95 12.05l8.1-8.1']),
  // Failed: an x in a circle.
  failed: createIcon([RING, 'M6 6l4 4M10 6l-4 4']),
  // Success: a check in a circle.
  success: createIcon([RING, 'M5.5 8.25l1.75 1.75 3.25-3.75']),
};

// ---- sources (16 px) --------------------------------------------------------------------------

/** Any host-registered source without its own icon: a plug-in node. */
export const GenericSourceIcon = createIcon([
  'M5.5 3h5A2.5 2.5 0 0 1 13 5.5v5a2.5 2.5 0 0 1-2.5 2.5h-5A2.5 2.5 0 0 1 3 10.5v-5A2.5 2.5 0 0 1 5.5 3z',
  ['M6.75 8a1.25 1.25 0 1 0 2.5 0a1.25 1.25 0 1 0-2.5 0', FILLED],
]);

/**
 * The built-in sources' default icons. Linear is a platform with a mark in simple-icons (path data
 * CC0-1.0; the mark remains Linear's trademark), so it shows that mark, in `currentColor`. Slack has
 * none: simple-icons removed Slack's mark at Slack's request, and it is not redrawn here, so Slack
 * keeps a neutral glyph (a message bubble with a channel's hash). GitHub Actions keeps a glyph too:
 * its simple-icons mark is ~0.8 kB min+gzip, so it ships in the adapters (`githubActionsSourceIcons`)
 * for a host to opt into. Interactive, CLI, API and Scheduled are not platforms: they keep their own
 * glyphs. A host replaces any of them with `sourceIcons`.
 */
export const SOURCE_ICONS: Readonly<Record<string, Icon>> = {
  // Desktop app: a window with a title bar.
  interactive: createIcon([
    'M3.75 3h8.5A1.75 1.75 0 0 1 14 4.75v6.5a1.75 1.75 0 0 1-1.75 1.75h-8.5A1.75 1.75 0 0 1 2 11.25v-6.5A1.75 1.75 0 0 1 3.75 3z',
    'M2 6h12',
  ]),
  // CLI: a terminal prompt `>_`.
  cli: createIcon(['M3 4.5L6.5 8 3 11.5M8 11.5h5']),
  // API: braces.
  api: createIcon([
    'M5.5 2.75c-1.25 0-1.75.6-1.75 1.75v1.5C3.75 7.1 3.1 8 2.25 8c.85 0 1.5.9 1.5 2v1.5c0 1.15.5 1.75 1.75 1.75',
    'M10.5 2.75c1.25 0 1.75.6 1.75 1.75v1.5c0 1.1.65 2 1.5 2-.85 0-1.5.9-1.5 2v1.5c0 1.15-.5 1.75-1.75 1.75',
  ]),
  // Slack: a message bubble with a hash in it (a channel). Not Slack's mark (see above).
  slack: createIcon([
    'M4.5 2h7A2.5 2.5 0 0 1 14 4.5v5a2.5 2.5 0 0 1-2.5 2.5H7.5l-3 2.5V12A2.5 2.5 0 0 1 2 9.5v-5A2.5 2.5 0 0 1 4.5 2z',
    ['M6.5 4.5v5M9.5 4.5v5M5 5.5h6M5 8.5h6', { strokeWidth: 1 }],
  ]),
  // Linear: its mark, a little inside the ring's size (a solid disc looks larger than an outline).
  linear: createMark(LINEAR_MARK, 4),
  // Scheduled: a clock.
  scheduled: createIcon([RING, 'M8 4.75V8l2.25 1.5']),
  // GitHub Actions / CI: a play sign in a circle (a workflow run).
  github_actions: createIcon([RING, ['M6.75 5.75v4.5L10.25 8z', { fill: 'currentColor', strokeWidth: 1 }]]),
};

const own = <T,>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * A source's icon, the same everywhere it shows (badge, filter menu): the host's own node from
 * `custom` when it has one (`null` counts as none), else the built-in icon, else the generic plug.
 */
export function sourceIconOf(
  source: string,
  custom: Readonly<Record<string, ReactNode>> | undefined,
): { custom: ReactNode | undefined; Icon: Icon } {
  return { custom: own(custom, source) ?? undefined, Icon: own(SOURCE_ICONS, source) ?? GenericSourceIcon };
}

// ---- sorting (16 px) --------------------------------------------------------------------------

const SORT_ICONS = {
  asc: createIcon(['M8 12.5v-9M4.75 6.75L8 3.5l3.25 3.25'], 16, 'ab-sort-icon'),
  desc: createIcon(['M8 3.5v9M4.75 9.25L8 12.5l3.25-3.25'], 16, 'ab-sort-icon'),
  idle: createIcon(['M5 6.25L8 3.25l3 3M5 9.75l3 3 3-3'], 16, 'ab-sort-icon ab-sort-icon-idle'),
};

/** A column's sort direction: an arrow up or down, or a faint up-down pair when unsorted. */
export function SortIcon({ sorted, ...props }: IconProps & { sorted: 'asc' | 'desc' | false }): ReactElement {
  const Sort = SORT_ICONS[sorted || 'idle'];
  return <Sort {...props} />;
}

// ---- view chrome (14 px) ----------------------------------------------------------------------

export const FilterIcon = createIcon(['M2.5 4h11M4.5 8h7M6.5 12h3'], 14);
export const SearchIcon = createIcon(
  ['M2.75 7a4.25 4.25 0 1 0 8.5 0a4.25 4.25 0 1 0-8.5 0', 'M10.25 10.25 13.5 13.5'],
  14,
);
export const CloseIcon = createIcon(['M4.5 4.5l7 7M11.5 4.5l-7 7'], 14);
export const ChevronIcon = createIcon(['M6 4l4 4-4 4'], 14);
export const CreditsIcon = createIcon(
  [
    'M3 4.5a5 2 0 1 0 10 0a5 2 0 1 0-10 0',
    'M3 4.5v3.5c0 1.1 2.24 2 5 2s5-.9 5-2V4.5',
    'M3 8v3.5c0 1.1 2.24 2 5 2s5-.9 5-2V8',
  ],
  14,
);
export const AlertIcon = createIcon(['M8 2.5 14 13H2z', 'M8 6.5v3M8 11.25v.01'], 14);
export const InboxIcon = createIcon(['M2.5 9.5 4 3.5h8l1.5 6v3h-11z', 'M2.5 9.5h3l1 1.5h3l1-1.5h3'], 14);
