import { clsx } from 'clsx';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { forwardRef, useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import { withSourceNames } from './source-names';
import { useShallowStable } from '../hooks';
import { AgentboardRootContext, type AgentboardRootValue } from './root-context';
import { AgentboardSettingsContext, type AgentboardSettings } from './settings-context';
import { themeToStyle, type AgentboardTheme } from './theme';
import type { ColorScheme, Density } from '../shared';

export interface AgentboardRootProps extends HTMLAttributes<HTMLDivElement>, AgentboardSettings {
  /** `'light'`, `'dark'`, or `'system'` (follows `prefers-color-scheme`; the default). */
  colorScheme?: ColorScheme;
  /** Token overrides, written as `--ab-*` variables on the root. */
  theme?: AgentboardTheme;
  /** Row height of the lists inside. Default `'comfortable'`. */
  density?: Density;
  /** Drops the default look (the stylesheet's rules are scoped to styled roots); layout stays. */
  unstyled?: boolean;
  className?: string;
  children?: ReactNode;
}

/**
 * The themed root element every agentboard part lives under: the `.ab-root` element with
 * `data-color-scheme`, `data-density`, `data-unstyled` and the `theme` variables, which the default
 * stylesheet scopes its variables and rules to. `AgentManagementView` renders one itself; wrap parts
 * you use on their own (`AgentSummary`, `AgentList`, `AgentTabs`, `FilterMenu`, `AgentNeedsYou`…) in
 * one to force a color scheme, a density or a theme on all of them at once. Their popovers portal
 * into it, so they get the same variables. The view-wide settings (`locale`, `timeZone`, `now`,
 * `labels`, `classNames`, `sourceRegistry`, `sourceIcons`, `viewerId`) given here reach every part
 * inside, so they are stated once; a part's own prop of the same name wins, and its own `labels`
 * merge over the root's. Any other `div` attribute (`style`, `data-*`, `aria-*`,
 * a `ref`) is passed through to the element.
 *
 * @example
 * ```tsx
 * import { AgentboardRoot, AgentSummary, AgentList, useAgentView } from 'agentboard';
 * import 'agentboard/styles.css';
 *
 * const view = useAgentView({ items, viewerId: 'u_1' });
 * <AgentboardRoot colorScheme="dark" density="compact" theme={{ accent: '#7c3aed' }}>
 *   <AgentSummary summary={view.summary} filters={view.filters} onFiltersChange={view.setFilters} />
 *   <AgentList items={view.visibleItems} viewerId="u_1" />
 * </AgentboardRoot>
 * ```
 */
export const AgentboardRoot = forwardRef<HTMLDivElement, AgentboardRootProps>(function AgentboardRoot(
  {
    colorScheme = 'system',
    theme,
    density,
    unstyled = false,
    className,
    style,
    children,
    locale,
    timeZone,
    now,
    labels: labelsProp,
    classNames: classNamesProp,
    sourceRegistry,
    sourceIcons,
    viewerId,
    ...rest
  },
  forwardedRef,
) {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const ref = useComposedRefs(forwardedRef, setEl);
  // Inline `labels={{…}}` / `classNames={{…}}` that stay equal keep the settings (and every part
  // reading them) still.
  const labels = useShallowStable(labelsProp);
  const classNames = useShallowStable(classNamesProp);
  const nowKey = now instanceof Date ? now.getTime() : now;
  // The built-in sources' names follow the labels (a locale pack names them), under the host's own.
  const sourceNames = labels?.sourceNames;
  const registry = useMemo(() => withSourceNames(sourceNames, sourceRegistry), [sourceNames, sourceRegistry]);
  const settings = useMemo<AgentboardSettings>(
    () => ({ locale, timeZone, now: nowKey, labels, classNames, sourceRegistry: registry, sourceIcons, viewerId }),
    [locale, timeZone, nowKey, labels, classNames, registry, sourceIcons, viewerId],
  );
  const value = useMemo<AgentboardRootValue>(
    () => ({ portalContainer: el, colorScheme, unstyled }),
    [el, colorScheme, unstyled],
  );
  const rootStyle = useMemo(() => themeToStyle(theme, style), [theme, style]);
  return (
    <AgentboardRootContext.Provider value={value}>
      <AgentboardSettingsContext.Provider value={settings}>
        <div
          data-color-scheme={colorScheme}
          data-density={density ?? 'comfortable'}
          data-unstyled={unstyled ? '' : undefined}
          {...rest}
          ref={ref}
          className={clsx('ab-root', className)}
          style={rootStyle}
        >
          {children}
        </div>
      </AgentboardSettingsContext.Provider>
    </AgentboardRootContext.Provider>
  );
});
