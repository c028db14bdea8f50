import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Where things run. Everything binds to 127.0.0.1; ports and the DB file can be overridden. */
export const config = {
  host: '127.0.0.1',
  apiPort: Number(process.env.AGENTBOARD_API_PORT ?? 5174),
  appPort: Number(process.env.AGENTBOARD_APP_PORT ?? 5173),
  dbFile: resolve(process.env.AGENTBOARD_DB ?? resolve(here, '../data/agents.db')),
  /** Items seeded into a fresh database. */
  seedCount: Number(process.env.AGENTBOARD_SEED_COUNT ?? 100_000),
  /** The signed-in user of the example (the sample data's viewer). */
  viewerId: 'u_me',
};
