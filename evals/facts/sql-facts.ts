import { sql, type SQL } from 'drizzle-orm';
import type { Store } from '../../store/db/database.ts';
import { rowsOf } from '../../store/services/counters.ts';
import type { FactBook } from './summary-facts.ts';

type Row = Record<string, string | number | null>;

/**
 * Facts recomputed by SQL from the seeded rows, for entities the SeedSummary does not name
 * (tasks by status, failed jobs, tags, requests, datasets, runs). Orders are total so the
 * same seed always yields the same facts.
 */
const FAMILIES: { family: string; query: SQL }[] = [
  { family: 'failed_job', query: sql`select panda_id::text as id, error_code::text as error_code, computing_site as site from panda_job where job_status = 'failed' and error_code is not null and error_code <> 0 order by panda_id limit 6` },
  { family: 'task', query: sql`select jedi_task_id::text as id, status, task_name as name from panda_task where status in ('running', 'finished', 'done', 'exhausted', 'broken', 'paused', 'failed') order by status, jedi_task_id limit 14` },
  {
    family: 'failed_task',
    query: sql`select t.jedi_task_id::text as id, t.status, (select j.error_code::text from panda_job j where j.jedi_task_id = t.jedi_task_id and j.job_status = 'failed' and j.error_code <> 0 group by j.error_code order by count(*) desc, j.error_code limit 1) as top_code
      from panda_task t where exists (select 1 from panda_job j where j.jedi_task_id = t.jedi_task_id and j.job_status = 'failed' and j.error_code <> 0) order by t.n_final_failed desc, t.jedi_task_id limit 6`,
  },
  { family: 'stuck_task', query: sql`select jedi_task_id::text as id from panda_task where status in ('exhausted', 'broken', 'paused') order by jedi_task_id limit 3` },
  { family: 'running_task', query: sql`select jedi_task_id::text as id from panda_task where status = 'running' order by modification_time desc, jedi_task_id limit 2` },
  {
    family: 'week_top_error',
    query: sql`select error_code::text as id from panda_job_rollup where error_code <> 0 and hour >= (select (value->>'anchor')::timestamptz - interval '7 days' from swf_persistent_state where key = 'seed_summary')
      group by error_component, error_code order by sum(job_count) desc, error_code limit 1`,
  },
  { family: 'tag_p', query: sql`select tag_label as id, parameters->>'process' as process from pcs_tag where tag_type = 'p' order by tag_number limit 8` },
  { family: 'tag_r', query: sql`select tag_label as id from pcs_tag where tag_type = 'r' order by tag_number limit 4` },
  { family: 'tag_e', query: sql`select tag_label as id from pcs_tag where tag_type = 'e' order by tag_number limit 4` },
  { family: 'linked_request', query: sql`select id::text as id, status from pcs_prod_request where status = 'linked' order by id limit 5` },
  { family: 'blocked_request', query: sql`select id::text as id, status from pcs_prod_request where status = 'blocked' order by id limit 3` },
  { family: 'dataset', query: sql`select composed_name as id, did from pcs_dataset where did is not null and did in (select scope || ':' || name from rucio_dataset) order by id limit 8` },
  { family: 'run', query: sql`select run_number::text as id from swf_run order by run_number desc limit 3` },
  { family: 'sync', query: sql`select 'catalog_sync' as id` },
];

export async function sqlFacts(store: Store): Promise<FactBook> {
  const facts: FactBook = new Map();
  for (const { family, query } of FAMILIES) {
    const rows = rowsOf<Row>(await store.db.execute(query));
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        if (value === null) continue;
        facts.set(column === 'id' ? `${family}.${i}` : `${family}.${i}.${column}`, String(value));
      }
    });
  }
  return facts;
}
