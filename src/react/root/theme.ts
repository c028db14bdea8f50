import type { CSSProperties } from 'react';

/** Token name → the CSS variable it sets on the view's root. */
const TOKEN_VARS = {
  bg: '--ab-bg',
  bgSubtle: '--ab-bg-subtle',
  bgHover: '--ab-bg-hover',
  bgSelected: '--ab-bg-selected',
  fg: '--ab-fg',
  fgMuted: '--ab-fg-muted',
  border: '--ab-border',
  borderStrong: '--ab-border-strong',
  controlBorder: '--ab-control-border',
  accent: '--ab-accent',
  accentFg: '--ab-accent-fg',
  focusRing: '--ab-focus-ring',
  radius: '--ab-radius',
  fontFamily: '--ab-font',
  fontSize: '--ab-font-size',
  rowHeight: '--ab-row-height',
  statusWorking: '--ab-status-working',
  statusWorkingBg: '--ab-status-working-bg',
  statusBlocked: '--ab-status-blocked',
  statusBlockedBg: '--ab-status-blocked-bg',
  statusCanceled: '--ab-status-canceled',
  statusCanceledBg: '--ab-status-canceled-bg',
  statusFailed: '--ab-status-failed',
  statusFailedBg: '--ab-status-failed-bg',
  statusSuccess: '--ab-status-success',
  statusSuccessBg: '--ab-status-success-bg',
} as const;

export type AgentboardThemeToken = keyof typeof TOKEN_VARS;

/**
 * Design tokens a host can override. Each becomes an `--ab-*` CSS variable on the view's root
 * (`accent` → `--ab-accent`, `fontFamily` → `--ab-font`, `statusFailedBg` → `--ab-status-failed-bg`).
 * Numbers for `radius`, `fontSize` and `rowHeight` are pixels; a `fontSize` in rem (`'0.875rem'`)
 * keeps following the reader's browser font size, as the default `0.8125rem` does.
 */
export type AgentboardTheme = Partial<Record<AgentboardThemeToken, string | number>>;

const PX_TOKENS = new Set<AgentboardThemeToken>(['radius', 'fontSize', 'rowHeight']);

/** The CSS variable a theme token sets. */
export function themeTokenVar(token: AgentboardThemeToken): string {
  return TOKEN_VARS[token];
}

/**
 * Turns theme tokens into inline CSS variables, merged under the host's own `style` (which wins).
 *
 * @example
 * ```ts
 * themeToStyle({ accent: '#7c3aed', radius: 10 }); // { '--ab-accent': '#7c3aed', '--ab-radius': '10px' }
 * ```
 */
export function themeToStyle(theme: AgentboardTheme | undefined, style?: CSSProperties): CSSProperties | undefined {
  if (!theme) return style;
  const vars: Record<string, string> = {};
  for (const [token, value] of Object.entries(theme) as [AgentboardThemeToken, string | number | undefined][]) {
    const name = TOKEN_VARS[token];
    if (!name || value === undefined || value === null || value === '') continue;
    vars[name] = typeof value === 'number' && PX_TOKENS.has(token) ? `${value}px` : String(value);
  }
  return { ...(vars as CSSProperties), ...style };
}
