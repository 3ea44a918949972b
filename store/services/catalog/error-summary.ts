import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { eqIf, queryRows } from './keyset-query.ts';
import { foldSignatures, foldTotals, siteCounts, sortedUsers, type OutcomeGroup } from './error-signatures.ts';
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

interface Source {
  from: SQL;
  where: SQL;
  /** Users of a signature group: a column of the site rollup, or the joined task's. */
  users: SQL;
}

function conditions(parts: (SQL | undefined)[]): SQL {
  return sql.join(parts.filter((c): c is SQL => c !== undefined), sql` and `);
}

const since = (scope: ErrorScope) => sql`r.hour >= date_trunc('hour', ${scope.from.toISOString()}::timestamptz)`;

/** The task rollup restricted to a scope; joins panda_task only when user/campaign filter or name users. */
function taskSource(scope: ErrorScope, join: boolean): Source {
  return {
    from: join ? sql`panda_job_rollup r join panda_task t on t.jedi_task_id = r.jedi_task_id` : sql`panda_job_rollup r`,
    where: conditions([since(scope), eqIf(sql`r.computing_site`, scope.site), eqIf(sql`r.jedi_task_id`, scope.jediTaskId), eqIf(sql`t.campaign`, scope.campaign), eqIf(sql`t.username`, scope.username)]),
    users: sql`t.username`,
  };
}

/**
 * Where the scope's counts come from: the task-free site rollup (user and campaign are columns
 * there), unless the scope names a task — only then is the ~8× larger task rollup read.
 */
function countSource(scope: ErrorScope): Source {
  if (scope.jediTaskId !== undefined) return taskSource(scope, true);
  return {
    from: sql`panda_site_rollup r`,
    where: conditions([since(scope), eqIf(sql`r.computing_site`, scope.site), eqIf(sql`r.campaign`, scope.campaign), eqIf(sql`r.username`, scope.username)]),
    users: sql`r.username`,
  };
}

type Key = { error_component: string; error_code: number };

/**
 * Ranked error signatures over a window, computed from the rollups (never from raw jobs): each
 * with site_counts, task_counts and multi_site (same error at several sites ⇒ probably not a site
 * problem). Also the all-attempts and final failure rates of the same scope. Everything but the
 * task dimension comes from one scan of the site rollup, folded in memory (error-signatures.ts);
 * distinct/top tasks are counted afterwards for the listed signatures only.
 */
export async function errorSummary(db: Executor, scope: ErrorScope, limit: number) {
  const src = countSource(scope);
  // The top-task probes need only the ranked signatures, so they run as soon as the site-rollup scan
  // is folded, concurrently with the final-failure counts (the slowest read) instead of after them.
  const ranked = queryRows<OutcomeGroup>(
    db,
    sql`select r.error_component, r.error_code, r.computing_site as site, ${src.users} as username, r.job_status in ${FAULTY_SQL} as faulty, sum(r.job_count)::int as n
    from ${src.from} where ${src.where} and (r.job_status in ${FAULTY_SQL} or r.job_status = 'finished')
    group by 1, 2, 3, 4, 5`,
  ).then(async (groups) => {
    const signatures = foldSignatures(groups, scope.errorComponent, limit);
    const taskRows = signatures.length ? await topTasks(db, scope, signatures.map((s) => sql`(${s.error_component}::text, ${s.error_code}::int)`)) : [];
    return { total: foldTotals(groups), signatures, taskRows };
  });
  const [{ total, signatures, taskRows }, codes, finalRate] = await Promise.all([
    ranked,
    queryRows<Key & { name: string; layer: string }>(db, sql`select component::text as error_component, code as error_code, name, layer from panda_error_code`),
    finalFailureCounts(db, scope),
  ]);
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
      const match = (r: Key) => r.error_component === s.error_component && r.error_code === s.error_code;
      const code = codes.find(match);
      const tasks = taskRows.filter(match);
      return {
        error_component: s.error_component,
        error_code: s.error_code,
        error_name: code?.name ?? '',
        layer: code?.layer ?? 'unknown',
        count: s.count,
        task_count: tasks[0]?.task_count ?? 0,
        site_count: s.sites.size,
        users: sortedUsers(s).slice(0, 5),
        share: ratio(s.count, total.faulty),
        multi_site: s.sites.size > 1,
        site_counts: siteCounts(s),
        task_counts: Object.fromEntries(tasks.map((r) => [r.key, r.n])),
      };
    }),
  };
}

/**
 * Distinct tasks and the top 5 tasks per listed signature: the one part that needs the task
 * rollup. One lateral probe per signature reads only that signature's faulty rows in the window
 * from the covering partial index (index-only), instead of a bitmap over the whole window.
 */
function topTasks(db: Executor, scope: ErrorScope, keys: SQL[]) {
  const src = taskSource(scope, Boolean(scope.campaign || scope.username));
  return queryRows<Key & { key: string; n: number; task_count: number }>(
    db,
    sql`select error_component, error_code, key, n, task_count from (
      select k.c as error_component, k.code as error_code, x.jedi_task_id::text as key, x.n,
        row_number() over (partition by k.c, k.code order by x.n desc, x.jedi_task_id::text) as rank,
        count(*) over (partition by k.c, k.code)::int as task_count
      from (values ${sql.join(keys, sql`, `)}) as k(c, code) cross join lateral (
        select r.jedi_task_id, sum(r.job_count)::int as n from ${src.from}
        where ${src.where} and r.error_component = k.c and r.error_code = k.code and r.error_code <> 0 and r.job_status in ${FAULTY_SQL}
        group by r.jedi_task_id) x) ranked
    where rank <= 5 order by n desc`,
  );
}

/**
 * File counters of the tasks with rollup rows in scope (any status); user/campaign filter the task
 * itself. Needs the task dimension over the whole window: one primary-key probe per task, the
 * largest remaining cost of this summary at the large scale (≈25 ms for 9k tasks).
 */
function finalFailureCounts(db: Executor, scope: ErrorScope) {
  return queryRows<{ final_failed: number; files_finished: number }>(
    db,
    sql`select coalesce(sum(t.n_final_failed), 0)::int as final_failed, coalesce(sum(t.n_files_finished), 0)::int as files_finished
    from panda_task t where ${conditions([
      eqIf(sql`t.jedi_task_id`, scope.jediTaskId), eqIf(sql`t.campaign`, scope.campaign), eqIf(sql`t.username`, scope.username),
      sql`exists (select 1 from panda_job_rollup r where r.jedi_task_id = t.jedi_task_id and ${since(scope)} ${scope.site ? sql`and r.computing_site = ${scope.site}` : sql``})`,
    ])}`,
  );
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
