/** A throwaway PostgreSQL cluster: a superuser connection string, and the function that stops and removes it. */
export function startPostgres(): Promise<{ url: string; stop(): void }>;
