// The virtualised grid of agent runs: the list, its rows, cells and columns.
export {
  AgentList,
  type AgentListClassNames,
  type AgentListProps,
  type AgentSortColumn,
  type AgentSorting,
} from './AgentList';
export { LIST_COLUMNS, type AgentListColumnId, type ListColumn } from './columns';
export {
  gridKeyAction,
  listKeyAction,
  type GridKeyAction,
  type GridKeyPosition,
  type ListKeyAction,
  type ListKeyPosition,
} from './keyboard-map';
export type { AgentListRowActions, AgentListRowSelection } from './agent-list-props';
