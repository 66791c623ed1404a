import pg from 'pg';
import { startServerProcess, tempDataDir, type ServerProcess } from './serverProcess.ts';

export interface ClusterMember extends ServerProcess {
  port: number;
}

/**
 * `count` real server processes (the compiled bundle, see serverProcess.ts) on one PostgreSQL database, each with its
 * own DATA_DIR, as a ward would run them behind one address. The first starts alone (it migrates and seeds the
 * database), the others together.
 */
export async function startClusterProcesses(count: number, databaseUrl: string, env: Record<string, string> = {}): Promise<ClusterMember[]> {
  const start = async (index: number): Promise<ClusterMember> => {
    const server = await startServerProcess({ DATABASE_URL: databaseUrl, DATA_DIR: tempDataDir(`cluster-${index}`), ...env });
    return { ...server, port: Number(new URL(server.url).port) };
  };
  const first = await start(0);
  const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => start(i + 1)));
  return [first, ...rest];
}

/** One query against the cluster's database (claims, presence rows), on a connection of its own. */
export async function queryDatabase<Row extends pg.QueryResultRow>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
