// Counts which components re-render, per commit, through React's DevTools hook (the way
// React DevTools and react-scan do). Installed before react-dom loads (this module is imported first).
// A component "rendered" in a commit when its fiber carries PerformedWork; a subtree whose child
// pointer is unchanged since the last commit was bailed out and is not visited.
type Fiber = {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
};

const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 1;

export const renderCounts = { working: 0, other: 0, commits: 0 };

function itemStatus(props: unknown): string | undefined {
  if (props && typeof props === 'object' && 'item' in props) {
    const item = (props as { item?: { status?: unknown } }).item;
    if (item && typeof item.status === 'string') return item.status;
  }
  return undefined;
}

function walk(fiber: Fiber): void {
  if (COMPONENT_TAGS.has(fiber.tag) && fiber.alternate && (fiber.flags & PERFORMED_WORK) !== 0) {
    const status = itemStatus(fiber.memoizedProps);
    if (status === 'working') renderCounts.working += 1;
    else if (status !== undefined) renderCounts.other += 1;
  }
  const alt = fiber.alternate;
  if (alt && fiber.child === alt.child) return;
  for (let c = fiber.child; c; c = c.sibling) walk(c);
}

let nextId = 1;
(globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject() {
    return nextId++;
  },
  checkDCE() {},
  onScheduleFiberRoot() {},
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    renderCounts.commits += 1;
    walk(root.current);
  },
};
