/**
 * Simulates agents finishing while the view is open: every few seconds it marks a few running
 * ambient runs as succeeded or failed, and now and then starts a new run (sometimes a sub-run of a
 * running one). It is another process writing to the same store as the API (the SQLite file, or
 * Postgres with DATABASE_URL); the kit's change log carries its writes to every open stream.
 *
 *   tsx server/flipper.ts        (AGENTBOARD_FLIP_MS sets the interval, default 3000)
 */
import type { AgentStore } from '../../../src/server';
import { SAMPLE_PEOPLE } from '../../../test/fixtures/sample-data';
import { config } from './config';
import { openStore } from './store';

const FAILURES = [
  { statusDetail: 'Tests failed: 3 of 412', errorCode: 'TESTS_FAILED', retryable: true },
  { statusDetail: 'Timed out after 30 minutes', errorCode: 'TIMEOUT', retryable: true },
  { statusDetail: 'Merge conflict in src/index.ts', errorCode: 'MERGE_CONFLICT', retryable: false },
  { statusDetail: 'Out of memory', errorCode: 'OUT_OF_MEMORY', retryable: true },
];
const SOURCES = ['slack', 'linear', 'api', 'cli', 'scheduled', 'github_actions'];
const TITLES = [
  'Triage new Sentry issue',
  'Bump dependencies',
  'Fix flaky checkout test',
  'Summarise incident',
  'Draft release notes',
];

export interface FlipResult {
  flipped: { id: string; status: string }[];
  started: string[];
}

/** One round: flips up to `count` running ambient runs, and starts a new run when `start` is set. */
export async function flipOnce(
  store: AgentStore,
  options: { count?: number; start?: boolean; now?: number; random?: () => number } = {},
): Promise<FlipResult> {
  const now = options.now ?? Date.now();
  const random = options.random ?? Math.random;
  const page = await store.query({
    tab: 'all',
    viewerId: config.viewerId,
    filters: { statuses: ['working'] },
    limit: 40,
  });
  // Runs the test API started (`test_…`) are the end-to-end test's own: it decides what they do.
  const running = (page.items as Record<string, unknown>[]).filter(
    (item) => item.kind === 'ambient' && !String(item.id).startsWith('test_'),
  );
  const result: FlipResult = { flipped: [], started: [] };
  const changed: Record<string, unknown>[] = [];
  for (let i = 0; i < (options.count ?? 2) && running.length > 0; i++) {
    const [pick] = running.splice(Math.floor(random() * running.length), 1);
    if (!pick) break;
    const failed = random() < 0.35;
    const credits = (typeof pick.credits === 'number' ? pick.credits : 0) + Math.round(random() * 500) / 100;
    const failure = FAILURES[Math.floor(random() * FAILURES.length)]!;
    changed.push({
      ...pick,
      status: failed ? 'failed' : 'succeeded',
      endedAt: new Date(now).toISOString(),
      credits,
      ...(failed ? failure : {}),
    });
    result.flipped.push({ id: String(pick.id), status: failed ? 'failed' : 'success' });
  }
  if (options.start) {
    const creator = SAMPLE_PEOPLE[Math.floor(random() * SAMPLE_PEOPLE.length)]!;
    const id = `live_${now.toString(36)}${Math.floor(random() * 1296).toString(36)}`;
    const parent = running[0];
    changed.push({
      id,
      kind: 'ambient',
      title: TITLES[Math.floor(random() * TITLES.length)]!,
      source: SOURCES[Math.floor(random() * SOURCES.length)]!,
      status: 'running',
      createdAt: new Date(now).toISOString(),
      startedAt: new Date(now).toISOString(),
      creator,
      sessionUrl: `https://agents.example.com/sessions/${id}`,
      sessionState: 'available',
      meta: { environment: 'production', harness: 'warp', repository: 'acme/web' },
      ...(parent && random() < 0.3 ? { parentId: parent.id } : {}),
    });
    result.started.push(id);
  }
  if (changed.length > 0) await store.upsert(changed);
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const handle = await openStore({ readers: 0 });
  const interval = Number(process.env.AGENTBOARD_FLIP_MS ?? 3000);
  let round = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    round += 1;
    flipOnce(handle.store, { count: 1 + Math.floor(Math.random() * 3), start: round % 3 === 0 })
      .then(({ flipped, started }) => {
        const text = [...flipped.map((f) => `${f.id} → ${f.status}`), ...started.map((id) => `${id} started`)].join(
          ', ',
        );
        if (text) console.log(`[flipper] ${text}`);
      })
      .catch((error: unknown) => console.error('[flipper]', error))
      .finally(() => (busy = false));
  }, interval);
  console.log(`[flipper] flipping running items every ${interval} ms (${handle.kind})`);
  const stop = () => {
    clearInterval(timer);
    void handle.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
