/**
 * agentboard/adapters — pure functions from a platform's own list response (Warp, GitHub Actions,
 * Cursor, Devin, Trigger.dev, LangSmith) to `parseAgentItems` input, with each platform's source
 * registry, source marks and facet definitions. No React, no fetching; each adapter is its own module,
 * so an app that imports one pays for one.
 */
export { fromWarpRuns, warpSources, warpSourceIcons, warpFacetDefinitions } from './warp';
export {
  fromGitHubActionsRuns,
  githubActionsSources,
  githubActionsSourceIcons,
  githubActionsFacetDefinitions,
} from './github-actions';
export { fromCursorAgents, cursorSources, cursorSourceIcons, cursorFacetDefinitions } from './cursor';
export { fromDevinSessions, devinSources, devinSourceIcons, devinFacetDefinitions } from './devin';
export type { DevinAdapterOptions } from './devin';
export { fromTriggerRuns, triggerSources, triggerSourceIcons, triggerFacetDefinitions } from './trigger-dev';
export type { TriggerAdapterOptions } from './trigger-dev';
export { fromLangSmithRuns, langSmithSources, langSmithSourceIcons, langSmithFacetDefinitions } from './langsmith';
export type { LangSmithAdapterOptions } from './langsmith';
export type {
  AdapterArtifact,
  AdapterDate,
  AdapterFacetDefinition,
  AdapterItem,
  AdapterOptions,
  AdapterPerson,
  SourceIconData,
} from './types';
