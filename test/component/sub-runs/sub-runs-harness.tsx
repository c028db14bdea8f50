import { useMemo, useRef } from 'react';
import { buildRunTree, flattenRunTree, type AgentItem } from '../../../src/core';
import { SubRunOf, SubRunSummary, SubRunToggle, useExpandedRuns, useSubRunKeys } from '../../../src/react/sub-runs';

/** A minimal treegrid over the sub-run parts, the way the list will use them. */
export function TreeHarness({ items, context }: { items: AgentItem[]; context?: AgentItem[] }) {
  const tree = useMemo(() => buildRunTree(items, context ? { context } : {}), [items, context]);
  const { expanded, setExpanded } = useExpandedRuns();
  const rows = useMemo(() => flattenRunTree(tree, expanded), [tree, expanded]);
  const refs = useRef(new Map<string, HTMLElement>());
  const onKey = useSubRunKeys({ setExpanded, focusRow: (id) => refs.current.get(id)?.focus() });
  return (
    <div role="treegrid" aria-label="Runs">
      {rows.map((row, i) => {
        const rollup = tree.rollupOf(row.item.id);
        const parent = tree.missingParentOf(row.item.id);
        return (
          <div
            key={row.item.id}
            role="row"
            tabIndex={-1}
            ref={(el) => {
              if (el) refs.current.set(row.item.id, el);
            }}
            aria-label={row.item.title}
            aria-level={row.level}
            aria-posinset={row.posInSet}
            aria-setsize={row.setSize}
            aria-expanded={row.hasChildren ? row.expanded : undefined}
            onKeyDown={(e) => onKey(e, row, rows[i + 1]?.item.id)}
          >
            <div role="gridcell">
              {row.item.title}
              {rollup ? <SubRunSummary rollup={rollup} /> : null}
              {parent ? <SubRunOf parent={parent} /> : null}
              {row.hasChildren ? (
                <SubRunToggle
                  count={tree.childrenOf(row.item.id).length}
                  expanded={row.expanded}
                  onExpandedChange={(open) => setExpanded(row.item.id, open)}
                />
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
