import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Executor } from '../../../store/db/database.ts';
import { rowsOf } from '../../../store/services/counters.ts';
import { diffJobRollup, rebuildJobRollup, rebuildSiteRollup, verifyRollups } from '../../../store/seed/rollup.ts';
import { useTestStore } from '../../support/test-store.ts';

/** Site-rollup rows that differ from a recomputation out of panda_job_rollup ⋈ panda_task (both directions). */
async function siteRollupDrift(db: Executor): Promise<number> {
  const recomputed = sql`select r.hour, r.computing_site, t.username, t.campaign, r.job_status, r.error_component, r.error_code,
      sum(r.job_count)::int as job_count, sum(r.job_count::float8 * t.core_count * t.walltime) as est_core_seconds
    from panda_job_rollup r join panda_task t on t.jedi_task_id = r.jedi_task_id where r.job_count > 0 group by 1, 2, 3, 4, 5, 6, 7`;
  const stored = sql`select hour, computing_site, username, campaign, job_status, error_component, error_code, job_count, est_core_seconds from panda_site_rollup`;
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select ((select count(*) from (${recomputed} except ${stored}) a) + (select count(*) from (${stored} except ${recomputed}) b))::int as n`));
  return row!.n;
}

describe('panda_job_rollup and panda_site_rollup of the seeded template', () => {
  const store = useTestStore();

  it('both equal a raw recount of panda_job', async () => {
    expect(await diffJobRollup(store().db)).toEqual([]);
    expect(await verifyRollups(store().db)).toBe(true);
    const [size] = rowsOf<{ task: number; site: number }>(await store().db.execute(sql`select (select count(*) from panda_job_rollup)::int as task, (select count(*) from panda_site_rollup)::int as site`));
    expect(size!.site).toBeGreaterThan(0);
    expect(size!.site).toBeLessThan(size!.task);
  });

  it('reports a drifted task-rollup key and is repaired by a rebuild', async () => {
    const db = store().db;
    await db.execute(sql`update panda_job_rollup set job_count = job_count + 1 where ctid = (select ctid from panda_job_rollup limit 1)`);
    // The trigger carries the drift on to the site rollup, so both tables report it.
    const diff = await diffJobRollup(db);
    expect(diff.map((d) => d.table)).toEqual(['panda_job_rollup', 'panda_site_rollup']);
    expect(diff[0]!.rollupCount).toBe(diff[0]!.rawCount! + 1);
    await rebuildJobRollup(db);
    expect(await diffJobRollup(db)).toEqual([]);
    const [total] = rowsOf<{ r: string; s: string; j: string }>(await db.execute(sql`select (select sum(job_count) from panda_job_rollup) as r, (select sum(job_count) from panda_site_rollup) as s, (select count(*) from panda_job) as j`));
    expect(Number(total!.r)).toBe(Number(total!.j));
    expect(Number(total!.s)).toBe(Number(total!.j));
  });

  it('reports a drifted site-rollup key and is repaired by a rebuild', async () => {
    const db = store().db;
    await db.execute(sql`update panda_site_rollup set job_count = job_count + 2 where ctid = (select ctid from panda_site_rollup limit 1)`);
    await db.execute(sql`delete from panda_site_rollup where ctid = (select ctid from panda_site_rollup order by hour desc limit 1)`);
    const diff = await diffJobRollup(db);
    expect(diff).toHaveLength(2);
    expect(diff.every((d) => d.table === 'panda_site_rollup' && d.jediTaskId === null && d.username !== null)).toBe(true);
    expect(diff.some((d) => d.rollupCount === d.rawCount! + 2)).toBe(true);
    expect(diff.some((d) => d.rollupCount === null && d.rawCount! > 0)).toBe(true);
    expect(await verifyRollups(db)).toBe(false);
    await rebuildJobRollup(db);
    expect(await verifyRollups(db)).toBe(true);
    await db.execute(sql`update panda_site_rollup set est_core_seconds = est_core_seconds + 1 where ctid = (select ctid from panda_site_rollup limit 1)`);
    expect(await diffJobRollup(db)).toHaveLength(1);
    await rebuildSiteRollup(db);
    expect(await diffJobRollup(db)).toEqual([]);
  });

  it('follows inserts, updates and deletes on panda_job_rollup through the trigger', async () => {
    const db = store().db;
    const [task] = rowsOf<{ id: number }>(await db.execute(sql`select jedi_task_id::float8 as id from panda_task order by jedi_task_id limit 1`));
    const hour = '2020-01-01T00:00:00Z';
    await db.execute(sql`insert into panda_job_rollup (jedi_task_id, hour, computing_site, job_status, error_component, error_code, job_count)
      values (${task!.id}, ${hour}, 'TRIGGER_SITE', 'failed', 'pilot', 1152, 3), (${task!.id}, ${hour}, 'TRIGGER_SITE', 'finished', '', 0, 4)`);
    expect(await siteRollupDrift(db)).toBe(0);
    await db.execute(sql`update panda_job_rollup set job_count = job_count + 5 where computing_site = 'TRIGGER_SITE' and job_status = 'failed'`);
    await db.execute(sql`update panda_job_rollup set job_status = 'cancelled' where computing_site = 'TRIGGER_SITE' and job_status = 'finished'`);
    expect(await siteRollupDrift(db)).toBe(0);
    await db.execute(sql`update panda_job_rollup set job_count = 0 where computing_site = 'TRIGGER_SITE' and job_status = 'cancelled'`);
    expect(await siteRollupDrift(db)).toBe(0);
    await db.execute(sql`delete from panda_job_rollup where computing_site = 'TRIGGER_SITE'`);
    expect(await siteRollupDrift(db)).toBe(0);
    const [left] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from panda_site_rollup where computing_site = 'TRIGGER_SITE'`));
    expect(left!.n).toBe(0);
    expect(await verifyRollups(db)).toBe(true);
  });
});
