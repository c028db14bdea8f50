import { createContext, useContext } from 'react';
import type { SourceRegistry } from '../../core/sources';
import type { AgentboardClassNames, SourceIcons } from '../shared';
import type { AgentboardLabels, LabelOverrides } from './labels';

/**
 * The settings every part of one view shares. `AgentboardRoot` provides them (and
 * `AgentManagementView` renders one with its own props), so the view states each once instead of
 * handing it to every part; a part's own prop of the same name still takes precedence.
 */
export interface AgentboardSettings {
  /** BCP 47 locale for numbers and dates. Default `en-US`. */
  locale?: string;
  /** IANA time zone for dates and the Day-of-creation filter. Default: the runtime's. */
  timeZone?: string;
  /** Fixed clock (tests, SSR). Default: the real clock. */
  now?: Date | number;
  /** Any visible string of any part; merged over each part's defaults, under the part's own `labels`. */
  labels?: LabelOverrides<AgentboardLabels>;
  /** Classes for the parts' slots. */
  classNames?: AgentboardClassNames;
  /** Host-registered sources: labels and groups. */
  sourceRegistry?: SourceRegistry;
  /** Host-registered source icons. */
  sourceIcons?: SourceIcons;
  /** The signed-in user: their items show "Me" as the creator. */
  viewerId?: string;
}

/** The settings a part resolves through `useSettings` (labels go through `useLabels`). */
export type ResolvedSettings = Omit<AgentboardSettings, 'labels'>;

const NO_SETTINGS: AgentboardSettings = Object.freeze({});

/** Outside any root the value is empty, so a part rendered alone runs on its own props only. */
export const AgentboardSettingsContext = /* @__PURE__ */ createContext<AgentboardSettings>(NO_SETTINGS);
AgentboardSettingsContext.displayName = 'AgentboardSettingsContext';

/** The settings of the nearest root (empty outside any). */
export function useRootSettings(): AgentboardSettings {
  return useContext(AgentboardSettingsContext);
}

/**
 * A part's view-wide settings: each of its own props when given, else the root's. Call it with the
 * part's props; `labels` are resolved apart, by `useLabels`, because they merge instead.
 *
 * @example
 * ```tsx
 * function CreditsCell(props: { locale?: string; value: number }) {
 *   const { locale } = useSettings(props); // props.locale ?? the root's locale
 *   return <span>{formatCredits(props.value, { locale })}</span>;
 * }
 * ```
 */
export function useSettings(own: ResolvedSettings): ResolvedSettings {
  const root = useContext(AgentboardSettingsContext);
  return {
    locale: own.locale ?? root.locale,
    timeZone: own.timeZone ?? root.timeZone,
    now: own.now ?? root.now,
    classNames: own.classNames ?? root.classNames,
    sourceRegistry: own.sourceRegistry ?? root.sourceRegistry,
    sourceIcons: own.sourceIcons ?? root.sourceIcons,
    viewerId: own.viewerId ?? root.viewerId,
  };
}
