import { toPeerRows } from '../data';
import { installBench } from '../driver';

// React itself and the bench's own code (the driver, the sample data, the row mapping): what every
// other page also carries, so "JS + CSS over React" is a page's bytes less these.
installBench({
  name: 'React only',
  prepare: toPeerRows,
  render: (root, rows) =>
    root.render(
      <div role="grid" aria-rowcount={rows.length + 1}>
        <div role="row" data-index={0}>
          {rows.length} rows
        </div>
      </div>,
    ),
  rowSelector: '[role="row"][data-index]',
  rowIndex: () => 0,
  creditsSelector: 'span',
  grid: () => document.querySelector<HTMLElement>('[role="grid"]'),
  scroller: () => document.querySelector<HTMLElement>('[role="grid"]'),
  sortByCredits: () => {},
  filterFailed: () => {},
  clearFilter: () => {},
});
