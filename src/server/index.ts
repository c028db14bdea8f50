export { createSqliteAgentStore } from './sqlite-store';
export type { SqliteAgentStoreOptions } from './sqlite-store';
export { createPostgresAgentStore } from './postgres-store';
export type { PostgresAgentStoreOptions } from './postgres-store';
export { InvalidCursorError } from './cursor';
export { InvalidQueryError } from './conditions';
export { QueryTimeoutError } from './sqlite-readers';
export { ActionRequestError } from './store-actions';
export { STORE_ACTIONS, unavailableReason } from './actions';
export type {
  AgentChangeItem,
  AgentChangeRemoval,
  AgentChangesSince,
  AgentStore,
  AgentStoreActionRequest,
  AgentStoreActionResult,
  AgentStoreChange,
  AgentStoreOptions,
  AgentStoreQuery,
  AgentUpsertResult,
} from './types';
export { createAgentHandler } from './http/handler';
export type {
  AgentActionContext,
  AgentHandlerCors,
  AgentHandlerOptions,
  AgentServedItem,
  AgentViewer,
} from './http/handler';
export type { AgentHandlerLimits } from './http/limits';
export { HttpError } from './http/errors';
export { toNodeListener } from './http/node';
