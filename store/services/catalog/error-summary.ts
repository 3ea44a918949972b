import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { eqIf, queryRows } from './keyset-query.ts';
import { ratio } from './sys-config.ts';

export interface ErrorScope {
  from: Date;
  site?: string | undefined;
  jediTaskId?: number | undefined;
  campaign?: string | undefined;
  username?: string | undefined;
  errorComponent?: string | undefined;
}

const FAULTY_SQL = sql`('failed', 'cancelled', 'closed', 'broken')`;

function rollupScope(scope: ErrorScope): SQL {
  const conditions = [
    sql`r.hour >= date_trunc('hour', ${scope.from.toISOString()}::timestamptz)`,
    eqIf(sql`r.computing_site`, scope.site),
    eqIf(sql`r.jedi_task_id`, scope.jediTaskId),
    eqIf(sql`t.campaign`, scope.campaign),
    eqIf(sql`t.username`, scope.username),
  ].filter((c): c is SQL => c !== undefined);
  return sql.join(conditions, sql` and `);
}

/**
 * Ranked error signatures over a window, computed from the rollup (never from raw jobs): each
 * with site_counts, task_counts and multi_site (same error at several sites ⇒ probably not a site
 * problem). Also the all-attempts and final failure rates of the same scope.
 */
export async function errorSummary(db: Executor, scope: ErrorScope, limit: number) {
  const where = rollupScope(scope);
  const componentFilter = scope.errorComponent ? sql`and r.error_component = ${scope.errorComponent}` : sql``;
  // The task join is only needed to filter by campaign/user; without it the window scan reads the rollup alone.
  const needsTask = Boolean(scope.campaign || scope.username);
  const from = needsTask ? sql`panda_job_rollup r join panda_task t on t.jedi_task_id = r.jedi_task_id` : sql`panda_job_rollup r`;
  const [signatures, totals, finalRate] = await Promise.all([
    queryRows<{ error_component: string; error_code: number; error_name: string; layer: string; count: number; task_count: number; site_count: number; users: string[] }>(
      db,
      sql`select r.error_component, r.error_code, coalesce(c.name, '') as error_name, coalesce(c.layer, 'unknown') as layer, sum(r.job_count)::int as count,
        count(distinct r.jedi_task_id)::int as task_count, count(distinct r.computing_site)::int as site_count,
        (select array_agg(distinct t2.username) from panda_task t2 where t2.jedi_task_id = any(array_agg(distinct r.jedi_task_id))) as users
      from ${from} left join panda_error_code c on c.component::text = r.error_component and c.code = r.error_code
      where ${where} and r.job_status in ${FAULTY_SQL} and r.error_code <> 0 ${componentFilter}
      group by 1, 2, 3, 4 order by 5 desc, 1, 2 limit ${limit}`,
    ),
    queryRows<{ faulty: number; finished: number; signatures: number }>(
      db,
      sql`select coalesce(sum(r.job_count) filter (where r.job_status in ${FAULTY_SQL}), 0)::int as faulty,
        coalesce(sum(r.job_count) filter (where r.job_status = 'finished'), 0)::int as finished,
        count(distinct (r.error_component, r.error_code)) filter (where r.error_code <> 0 and r.job_status in ${FAULTY_SQL})::int as signatures
      from ${from} where ${where}`,
    ),
    queryRows<{ final_failed: number; files_finished: number }>(
      db,
      sql`select coalesce(sum(t.n_final_failed), 0)::int as final_failed, coalesce(sum(t.n_files_finished), 0)::int as files_finished
      from panda_task t where t.jedi_task_id in (select distinct r.jedi_task_id from ${from} where ${where})`,
    ),
  ]);
  const keys = signatures.map((s) => sql`(${s.error_component}, ${s.error_code})`);
  const [siteRows, taskRows] = keys.length
    ? await Promise.all([
        queryRows<{ error_component: string; error_code: number; key: string; n: number }>(
          db,
          sql`select r.error_component, r.error_code, r.computing_site as key, sum(r.job_count)::int as n from ${from}
          where ${where} and r.job_status in ${FAULTY_SQL} and (r.error_component, r.error_code) in (${sql.join(keys, sql`, `)}) group by 1, 2, 3 order by 4 desc`,
        ),
        queryRows<{ error_component: string; error_code: number; key: string; n: number }>(
          db,
          sql`select * from (select r.error_component, r.error_code, r.jedi_task_id::text as key, sum(r.job_count)::int as n,
            row_number() over (partition by r.error_component, r.error_code order by sum(r.job_count) desc, r.jedi_task_id::text) as rank
          from ${from} where ${where} and r.job_status in ${FAULTY_SQL} and (r.error_component, r.error_code) in (${sql.join(keys, sql`, `)})
          group by 1, 2, 3) x where rank <= 5 order by n desc`,
        ),
      ])
    : [[], []];
  const total = totals[0] ?? { faulty: 0, finished: 0, signatures: 0 };
  const files = finalRate[0] ?? { final_failed: 0, files_finished: 0 };
  return {
    totals: {
      failed_jobs: total.faulty,
      finished_jobs: total.finished,
      distinct_signatures: total.signatures,
      all_attempts_failure_rate: ratio(total.faulty, total.faulty + total.finished),
      final_failure_rate: ratio(files.final_failed, files.final_failed + files.files_finished),
    },
    signatures: signatures.map((s) => {
      const match = (r: { error_component: string; error_code: number }) => r.error_component === s.error_component && r.error_code === s.error_code;
      const siteCounts = Object.fromEntries(siteRows.filter(match).map((r) => [r.key, r.n]));
      return {
        ...s,
        users: (s.users ?? []).slice(0, 5),
        share: ratio(s.count, total.faulty),
        multi_site: s.site_count > 1,
        site_counts: siteCounts,
        task_counts: Object.fromEntries(taskRows.filter(match).map((r) => [r.key, r.n])),
      };
    }),
  };
}

/** A few example jobs (pandaid + diag) per signature, for the drill-down link; bounded per signature. */
export async function signatureExamples(db: Executor, scope: ErrorScope, signatures: { error_component: string; error_code: number }[]) {
  if (signatures.length === 0) return [];
  const values = sql.join(signatures.map((s) => sql`(${s.error_component}::error_component, ${s.error_code}::int)`), sql`, `);
  return queryRows<{ error_component: string; error_code: number; panda_id: number; error_diag: string }>(
    db,
    sql`select s.c::text as error_component, s.code as error_code, x.panda_id::float8 as panda_id, x.diag as error_diag
    from (values ${values}) as s(c, code) cross join lateral (
      select j.panda_id, case s.c when 'brokerage' then j.brokerage_error_diag when 'ddm' then j.ddm_error_diag when 'exe' then j.exe_error_diag
        when 'jobdispatcher' then j.jobdispatcher_error_diag when 'pilot' then j.pilot_error_diag when 'sup' then j.sup_error_diag else j.taskbuffer_error_diag end as diag
      from panda_job j where j.error_component = s.c and j.error_code = s.code and j.job_status in ${FAULTY_SQL}
        and j.modification_time >= ${scope.from.toISOString()}::timestamptz
        ${scope.site ? sql`and j.computing_site = ${scope.site}` : sql``} ${scope.jediTaskId ? sql`and j.jedi_task_id = ${scope.jediTaskId}` : sql``}
        ${scope.campaign ? sql`and j.jedi_task_id in (select jedi_task_id from panda_task where campaign = ${scope.campaign})` : sql``}
        ${scope.username ? sql`and j.prod_username = ${scope.username}` : sql``}
      limit 3) x`,
  );
}
