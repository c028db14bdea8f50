// Sub-agent runs in the list: the toggle that shows a parent's sub-runs, how they stand, the name
// of a missing parent, and the → / ← keys of a tree row.
export {
  SubRunOf,
  SubRunSummary,
  SubRunToggle,
  type SubRunOfProps,
  type SubRunSummaryProps,
  type SubRunToggleProps,
} from './SubRunToggle';
export { useExpandedRuns, useSubRunKeys, type UseSubRunKeysOptions } from './useSubRunKeys';
export { treeKeyAction, type TreeKeyAction } from './tree-keys';
