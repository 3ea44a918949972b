/**
 * REST latency benchmark: builds the web app on DATABASE_URL, `inject`s the main list and summary
 * endpoints N times and times the same query as direct SQL in the same process; the ratio
 * (REST / SQL) is what we track, not absolute milliseconds.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/epic_large npx tsx evals/perf/rest-bench.ts [iterations]
 */
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openStore } from '../../store/db/open-store.ts';
import type { Database } from '../../store/db/database.ts';
import { buildWebApp } from '../../web/app.ts';
import { rowsOf } from '../../store/services/counters.ts';
import { latencyStats, timeIt } from './latency-stats.ts';

export interface BenchOptions {
  databaseUrl: string;
  iterations?: number;
  onProgress?: (message: string) => void;
}

export interface EndpointTiming {
  endpoint: string;
  p50: number;
  p95: number;
  p99: number;
  sqlP50: number;
  /** REST p50 / direct SQL p50. */
  ratio: number;
}

async function currentCampaign(db: Database): Promise<string> {
  const result = await db.execute(sql`select name from pcs_campaign order by (lifecycle = 'current') desc, id desc limit 1`);
  const rows = rowsOf<{ name: string }>(result);
  return rows[0]?.name ?? '26.07';
}

export async function run(options: BenchOptions): Promise<EndpointTiming[]> {
  const iterations = options.iterations ?? 200;
  const store = await openStore({ databaseUrl: options.databaseUrl, poolSize: 4 });
  const app = await buildWebApp({ store, baseUrl: 'http://localhost' });
  try {
    const campaign = await currentCampaign(store.db);
    const cases: { endpoint: string; url: string; baseline: () => Promise<unknown> }[] = [
      { endpoint: 'GET /api/v1/tasks', url: '/api/v1/tasks?limit=50', baseline: () => store.db.execute(sql`select * from pcs_prod_task order by id limit 51`) },
      { endpoint: 'GET /api/v1/tasks?campaign&status', url: `/api/v1/tasks?campaign=${campaign}&status=submitted&limit=50`, baseline: () => store.db.execute(sql`select t.* from pcs_prod_task t join pcs_campaign c on c.id = t.campaign_id where c.name = ${campaign} and t.status = 'submitted' order by t.id limit 51`) },
      { endpoint: 'GET /api/v1/datasets', url: '/api/v1/datasets?limit=50', baseline: () => store.db.execute(sql`select * from pcs_dataset order by id limit 51`) },
      { endpoint: 'GET /api/v1/tags', url: '/api/v1/tags?type=p&limit=50', baseline: () => store.db.execute(sql`select * from pcs_tag where tag_type = 'p' order by id limit 51`) },
      { endpoint: 'GET /api/v1/requests', url: '/api/v1/requests?limit=50', baseline: () => store.db.execute(sql`select * from pcs_prod_request order by id limit 51`) },
      { endpoint: 'GET /api/v1/campaigns/:name/summary', url: `/api/v1/campaigns/${campaign}/summary`, baseline: () => store.db.execute(sql`select status, count(*) from pcs_prod_task t join pcs_campaign c on c.id = t.campaign_id where c.name = ${campaign} group by status`) },
    ];
    const results: EndpointTiming[] = [];
    for (const c of cases) {
      options.onProgress?.(`${c.endpoint} × ${iterations}`);
      const rest = latencyStats(await timeIt(async () => {
        const response = await app.inject({ method: 'GET', url: c.url });
        if (response.statusCode !== 200) throw new Error(`${c.url} → ${response.statusCode} ${response.body.slice(0, 200)}`);
      }, iterations, 1));
      const direct = latencyStats(await timeIt(c.baseline, iterations, 1));
      const round = (n: number) => Math.round(n * 100) / 100;
      results.push({ endpoint: c.endpoint, p50: round(rest.p50), p95: round(rest.p95), p99: round(rest.p99), sqlP50: round(direct.p50), ratio: round(rest.p50 / Math.max(direct.p50, 0.001)) });
    }
    return results;
  } finally {
    await app.close();
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    console.error('set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/epic_large');
    process.exit(2);
  }
  const iterations = Number(process.argv[2] ?? 200);
  run({ databaseUrl, iterations, onProgress: (m) => console.error(`… ${m}`) })
    .then((results) => console.table(results))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
