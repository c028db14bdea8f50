export type {
  AgentActionId,
  AgentActionMatch,
  AgentActionRequest,
  AgentActionResult,
  AgentDataListener,
  AgentDataSource,
  AgentDataUpdate,
  AgentQuery,
  AgentQueryResult,
  AgentQuerySummary,
  AgentSourceFailure,
} from './types';
export { AgentDataError, isAbortError } from './errors';
export type { AgentDataErrorKind } from './errors';
export { agentQueryToSearchParams, createFetchDataSource } from './fetch-data-source';
export type { FetchDataSourceOptions } from './fetch-data-source';
export { compareNewestFirst } from './live';
export { mergeAgentDataSources } from './merge';
export type { NamedDataSource } from './merge';
