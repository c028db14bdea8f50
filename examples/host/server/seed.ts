/**
 * Seeds the example database with generated items (100,000 by default), spread over the 30 days
 * before now. Run on its own (`tsx server/seed.ts [--force]`) or imported by the start script.
 * A database seeded more than 12 hours ago is seeded again, so "today" always has activity.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateAgentItems } from '../../../stories/sample-data';
import { config } from './config';
import { type Db, getSetting, openDb, setSetting, upsertItems } from './db';

const RESEED_AFTER_MS = 12 * 3_600_000;

export function seed(db: Db, options: { count: number; now?: number; force?: boolean }): boolean {
  const now = options.now ?? Date.now();
  const seededAt = Number(getSetting(db, 'seeded_at') ?? 0);
  const seededCount = Number(getSetting(db, 'seeded_count') ?? -1);
  if (!options.force && seededCount === options.count && now - seededAt < RESEED_AFTER_MS) return false;
  db.exec('DELETE FROM agents; DELETE FROM agent_meta; DELETE FROM changes;');
  const items = generateAgentItems({ count: options.count, now, seed: 1, viewerId: config.viewerId });
  upsertItems(db, items, now, false);
  setSetting(db, 'seeded_at', String(now));
  setSetting(db, 'seeded_count', String(options.count));
  return true;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  mkdirSync(dirname(config.dbFile), { recursive: true });
  const db = openDb(config.dbFile);
  const started = Date.now();
  const done = seed(db, { count: config.seedCount, force: process.argv.includes('--force') });
  console.log(
    done
      ? `seeded ${config.seedCount} items into ${config.dbFile} in ${Date.now() - started} ms`
      : `${config.dbFile} is already seeded`,
  );
  db.close();
}
