import { useState } from 'react';
import { AgentManagementView, parseAgentItems, type AgentFilters, type AgentItem } from '../../../src/index';
import '../../../src/styles/index.css';
import { NOW, VIEWER } from '../data';
import { installBench } from '../driver';

// agentboard: the full view as bench-ui mounts it (tab All, fixed clock, default density: 40 px rows),
// filters through its `filters` prop.
let setFilters: ((f: AgentFilters) => void) | null = null;

function App({ items }: { items: AgentItem[] }) {
  const [filters, set] = useState<AgentFilters>({});
  setFilters = set;
  return (
    <AgentManagementView
      items={items}
      viewerId={VIEWER}
      defaultTab="all"
      filters={filters}
      onFiltersChange={set}
      timeZone="UTC"
      now={NOW}
      onOpenRun={() => {}}
      onOpenConversation={() => {}}
    />
  );
}

const grid = () => document.querySelector<HTMLElement>('[role="grid"]');

installBench({
  name: 'agentboard',
  prepare: (raw) => parseAgentItems(raw).items,
  render: (root, rows) => root.render(<App items={rows as AgentItem[]} />),
  rowSelector: '[role="grid"] [role="row"][aria-rowindex]:not([aria-rowindex="1"])',
  rowIndex: (row) => Number(row.getAttribute('aria-rowindex')) - 2,
  creditsSelector: '[data-column="credits"]',
  grid,
  scroller: () => grid()?.querySelector<HTMLElement>('.ab-list-scroller') ?? null,
  sortByCredits: () =>
    grid()!.querySelector<HTMLElement>('[role="columnheader"][data-column="credits"] button')!.click(),
  filterFailed: () => setFilters!({ statuses: ['failed'] }),
  clearFilter: () => setFilters!({}),
});
