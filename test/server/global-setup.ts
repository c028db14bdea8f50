// Starts one throwaway PostgreSQL cluster for the server project (each test file makes its own
// database in it) and stops it when the run ends, also when tests fail. A cluster that cannot
// start fails the run with the reason: no Postgres test is ever skipped.
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgres();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
