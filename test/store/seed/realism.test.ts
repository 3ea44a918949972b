import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseComposedName, parseDid, parsePhysicalName } from '../../../store/names/index.ts';
import { PROD_TASK_STATUSES, REQUEST_STATUSES } from '../../../store/schema/enums.ts';
import { rowsOf } from '../../../store/services/counters.ts';
import { useTestStore } from '../../support/test-store.ts';

describe('seeded template realism', () => {
  const store = useTestStore();
  const q = async <T>(text: string): Promise<T[]> => rowsOf<T>(await store().db.execute(sql.raw(text)));

  it('has every campaign-task and request status, blocked requests with a reason', async () => {
    const tasks = (await q<{ status: string }>('select distinct status::text as status from pcs_prod_task')).map((r) => r.status);
    expect(tasks.sort()).toEqual([...PROD_TASK_STATUSES].sort());
    const requests = (await q<{ status: string }>('select distinct status::text as status from pcs_prod_request')).map((r) => r.status);
    expect(requests.sort()).toEqual([...REQUEST_STATUSES].sort());
    expect(await q(`select id from pcs_prod_request where status = 'blocked' and blocked_reason = ''`)).toEqual([]);
  });

  it('has exactly one current and one last campaign, the current one being the anchor month', async () => {
    const rows = await q<{ name: string; lifecycle: string }>(`select name, lifecycle::text as lifecycle from pcs_campaign where lifecycle in ('current', 'last') order by lifecycle`);
    expect(rows).toEqual([{ name: '26.11', lifecycle: 'current' }, { name: '26.10', lifecycle: 'last' }]);
  });

  it('has one alarm site (> 0.30) and one attention site (0.10–0.30) by final failure fraction', async () => {
    const sites = await q<{ site: string; f: number }>(`
      select site, sum(n_final_failed)::float / nullif(sum(n_final_failed) + sum(n_files_finished), 0) as f from panda_task group by site`);
    expect(sites.filter((s) => s.f > 0.3).map((s) => s.site)).toEqual(['BNL_ePIC_GOOGLE']);
    expect(sites.filter((s) => s.f >= 0.1 && s.f <= 0.3).map((s) => s.site)).toEqual(['UM_GREX_PanDA_1']);
  });

  it('keeps task counters consistent with the job rows and ≤ 1000 jobs per task', async () => {
    const bad = await q(`
      select t.jedi_task_id from panda_task t left join (
        select jedi_task_id, count(*) filter (where job_status = 'finished') as fin,
               count(*) filter (where job_status = 'failed' and attempt_nr = max_attempt) as ff, count(*) as n
        from panda_job group by 1) j using (jedi_task_id)
      where coalesce(j.fin, 0) <> t.n_files_finished or coalesce(j.ff, 0) <> t.n_final_failed or coalesce(j.n, 0) > 1000`);
    expect(bad).toEqual([]);
    const [retried] = await q<{ n: string }>(`
      select count(*) as n from panda_job f join panda_job r on r.jedi_task_id = f.jedi_task_id and r.attempt_nr = f.attempt_nr + 1
      where f.job_status = 'failed' and r.job_status = 'finished' and r.panda_id > f.panda_id`);
    expect(Number(retried!.n)).toBeGreaterThan(0);
  });

  it('names every dataset, block DID and PanDA task by the composed-name grammar', async () => {
    const datasets = await q<{ composed_name: string; did: string }>('select composed_name, did from pcs_dataset');
    for (const d of datasets) {
      expect(() => parseComposedName(d.composed_name)).not.toThrow();
      expect(() => parseDid(d.did)).not.toThrow();
    }
    const tasks = await q<{ task_name: string }>('select task_name from panda_task');
    for (const t of tasks) expect(() => parsePhysicalName(t.task_name)).not.toThrow();
    const outputs = await q<{ name: string }>(`select name from rucio_dataset where scope = 'group.EIC' and name not like '%.log'`);
    for (const o of outputs) expect(parsePhysicalName(o.name).block).toBeGreaterThanOrEqual(1);
  });

  it('keeps Rucio dataset counts equal to their file and replica rows', async () => {
    const bad = await q(`
      select d.scope, d.name from rucio_dataset d left join (
        select f.dataset_scope, f.dataset_name, count(*) as n, sum(f.bytes) as bytes,
               count(*) filter (where exists (select 1 from rucio_replica r where r.scope = f.scope and r.name = f.name and r.state = 'AVAILABLE')) as avail
        from rucio_file f group by 1, 2) f on f.dataset_scope = d.scope and f.dataset_name = d.name
      where coalesce(f.n, 0) <> d.length or coalesce(f.bytes, 0) <> d.bytes or coalesce(f.avail, 0) <> d.available_length`);
    expect(bad).toEqual([]);
  });

  it('has one unrecorded submission and action-stream reasons on every non-ok record', async () => {
    const rows = await q<{ extra_data: { jedi_task_id: number } }>(`select extra_data from swf_app_log where outcome = 'unrecorded'`);
    expect(rows).toHaveLength(1);
    const [task] = await q<{ status: string; panda_task_id: number | null }>(`
      select p.status::text as status, p.panda_task_id from pcs_prod_task p join panda_task t on t.task_name = p.composed_name
      where t.jedi_task_id = ${Number(rows[0]!.extra_data.jedi_task_id)}`);
    expect(task).toEqual({ status: 'ready', panda_task_id: null });
    expect(await q(`select id from swf_app_log where outcome <> 'ok' and coalesce(extra_data->>'reason', '') = ''`)).toEqual([]);
  });
});
