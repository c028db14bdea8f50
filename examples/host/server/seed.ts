/**
 * Seeds the example store with generated items (100,000 by default), spread over the 30 days
 * before now, with the richer data the view grows into: pull requests and branches as artifacts,
 * sub-runs (`parentId`), error codes and whether a retry may help. Run on its own
 * (`tsx server/seed.ts [--force]`) or from the start script. A store whose newest item is more
 * than 12 hours old (or that holds another count) is seeded again, so "today" always has activity.
 */
import type { AgentItemInput } from '../../../src/core/schema';
import { generateAgentItems, SAMPLE_PEOPLE } from '../../../test/fixtures/sample-data';
import { config } from './config';
import { openStore, type ExampleStore } from './store';

const RESEED_AFTER_MS = 12 * 3_600_000;
const ERRORS = [
  { errorCode: 'TESTS_FAILED', retryable: true },
  { errorCode: 'TIMEOUT', retryable: true },
  { errorCode: 'MERGE_CONFLICT', retryable: false },
  { errorCode: 'INSUFFICIENT_CREDITS', retryable: false },
];

/** The sample items with artifacts, sub-runs and error codes, deterministic per index. */
export function exampleItems(count: number, now: number): AgentItemInput[] {
  const items = generateAgentItems({ count, now, seed: 1, viewerId: config.viewerId });
  return items.map((item, i) => {
    const extra: Record<string, unknown> = {};
    if (item.kind === 'ambient' && i % 3 === 0) {
      extra.artifacts = [
        {
          type: 'pull_request',
          url: `https://github.com/acme/web/pull/${1000 + i}`,
          title: `#${1000 + i}`,
          state: ['open', 'draft', 'merged', 'closed'][i % 4],
          branch: `agent/${item.id}`,
        },
      ];
    } else if (item.kind === 'ambient' && i % 7 === 0) {
      extra.artifacts = [{ type: 'branch', branch: `agent/${item.id}` }];
    }
    // Every tenth ambient run was started by the ambient run just before it (a sub-run).
    const parent = items[i + 1];
    if (item.kind === 'ambient' && i % 10 === 5 && parent?.kind === 'ambient') extra.parentId = parent.id;
    if (String(item.status).toLowerCase() === 'failed') Object.assign(extra, ERRORS[i % ERRORS.length]);
    // The API refuses to cancel a GitHub Actions run (it is canceled in GitHub): say so on the item,
    // so the view does not offer it.
    if (item.source === 'github_actions') extra.permissions = { cancel: false };
    return { ...item, ...extra } as AgentItemInput;
  });
}

export async function seed(handle: ExampleStore, options: { count: number; now?: number; force?: boolean }) {
  const now = options.now ?? Date.now();
  const newest = await handle.store.query({ tab: 'all', viewerId: config.viewerId, filters: {}, limit: 1 });
  const newestAt = Date.parse(String((newest.items[0] as { createdAt?: string } | undefined)?.createdAt ?? 0));
  // The sample data's newest item is a few minutes before the clock it was generated at.
  const fresh = now - newestAt < RESEED_AFTER_MS;
  if (!options.force && fresh && (await totalItems(handle)) === options.count) return false;
  await handle.wipe();
  const items = exampleItems(options.count, now);
  for (let i = 0; i < items.length; i += 5000) {
    const { issues } = await handle.store.upsert(items.slice(i, i + 5000), { notify: false });
    const errors = issues.filter((issue) => issue.level === 'error');
    if (errors.length > 0) throw new Error(`seed: ${errors.length} items refused, e.g. ${errors[0]!.message}`);
  }
  return true;
}

/** Every item has one creator, all of them sample people: the sum of their Personal tabs is everything. */
async function totalItems(handle: ExampleStore): Promise<number> {
  let n = 0;
  for (const person of SAMPLE_PEOPLE) {
    n += (await handle.store.query({ tab: 'personal', viewerId: person.id, filters: {}, limit: 1 })).total ?? 0;
  }
  return n;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const handle = await openStore({ readers: 1 });
  const started = Date.now();
  const done = await seed(handle, { count: config.seedCount, force: process.argv.includes('--force') });
  console.log(
    done
      ? `seeded ${config.seedCount} items (${handle.kind}) in ${Date.now() - started} ms`
      : `the ${handle.kind} store is already seeded`,
  );
  await handle.close();
}
