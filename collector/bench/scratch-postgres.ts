// A throw-away database next to the one DATABASE_URL names, so the benchmark never writes into real data.
// Falls back to DATABASE_URL itself (counting only what it adds) when the role may not create databases.
import pg from 'pg';

export async function scratchPostgres(base: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `detour_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    console.log(`postgres   cannot create a scratch database (${(err as Error).message}); measuring in DATABASE_URL itself`);
    return { url: base, drop: async () => undefined };
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
