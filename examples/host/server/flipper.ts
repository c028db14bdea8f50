/**
 * Simulates agents finishing while the view is open: every few seconds it marks a few running
 * ambient runs as succeeded or failed, and now and then starts a new run — writing to the same
 * SQLite file as the API and logging each changed id in `changes`, which the API pushes live.
 *
 *   tsx server/flipper.ts        (AGENTBOARD_FLIP_MS sets the interval, default 3000)
 */
import { SAMPLE_PEOPLE } from '../../../stories/sample-data';
import { config } from './config';
import { type Db, openDb, upsertItems } from './db';

const FAILURES = [
  'Tests failed: 3 of 412',
  'Timed out after 30 minutes',
  'Merge conflict in src/index.ts',
  'Out of memory',
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
export function flipOnce(
  db: Db,
  options: { count?: number; start?: boolean; now?: number; random?: () => number } = {},
): FlipResult {
  const now = options.now ?? Date.now();
  const random = options.random ?? Math.random;
  const running = db
    .prepare("SELECT id FROM agents WHERE status = 'working' AND kind = 'ambient' ORDER BY created_ms DESC LIMIT 200")
    .all() as { id: string }[];
  const result: FlipResult = { flipped: [], started: [] };
  const update = db.prepare(
    `UPDATE agents SET status = ?, raw_status = ?, status_detail = ?, ended_ms = ?, credits = COALESCE(credits, 0) + ?,
       updated_ms = ? WHERE id = ?`,
  );
  const log = db.prepare("INSERT INTO changes (agent_id, op) VALUES (?, 'upsert')");
  db.transaction(() => {
    for (let i = 0; i < (options.count ?? 2) && running.length > 0; i++) {
      const [pick] = running.splice(Math.floor(random() * Math.min(running.length, 40)), 1);
      if (!pick) break;
      const failed = random() < 0.35;
      const detail = failed ? FAILURES[Math.floor(random() * FAILURES.length)]! : null;
      update.run(
        failed ? 'failed' : 'success',
        failed ? 'failed' : 'succeeded',
        detail,
        now,
        Math.round(random() * 500) / 100,
        now,
        pick.id,
      );
      log.run(pick.id);
      result.flipped.push({ id: pick.id, status: failed ? 'failed' : 'success' });
    }
  })();
  if (options.start) {
    const creator = SAMPLE_PEOPLE[Math.floor(random() * SAMPLE_PEOPLE.length)]!;
    const id = `live_${now.toString(36)}${Math.floor(random() * 1296).toString(36)}`;
    upsertItems(
      db,
      [
        {
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
        },
      ],
      now,
    );
    result.started.push(id);
  }
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const db = openDb(config.dbFile);
  const interval = Number(process.env.AGENTBOARD_FLIP_MS ?? 3000);
  let round = 0;
  const timer = setInterval(() => {
    round += 1;
    try {
      const { flipped, started } = flipOnce(db, { count: 1 + Math.floor(Math.random() * 3), start: round % 3 === 0 });
      const text = [...flipped.map((f) => `${f.id} → ${f.status}`), ...started.map((id) => `${id} started`)].join(', ');
      if (text) console.log(`[flipper] ${text}`);
    } catch (error) {
      console.error('[flipper]', error);
    }
  }, interval);
  console.log(`[flipper] flipping running items every ${interval} ms in ${config.dbFile}`);
  const stop = () => {
    clearInterval(timer);
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
