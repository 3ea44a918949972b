import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { queryRows } from '../catalog/keyset-query.ts';

/**
 * "Where are the EVGEN inputs of this RECO dataset, and where is the output?" — from a DID or
 * composed name (or an EVGEN path) to producing tasks, their PanDA attempts, EVGEN inputs
 * (request/dataset records), outputs in Rucio with replicas, and an xrootd path to read.
 */
export async function dataProvenance(db: Executor, didOrPath: string) {
  const key = didOrPath.trim();
  const isPath = key.startsWith('/');
  const datasets = await queryRows<Record<string, unknown>>(
    db,
    isPath
      ? sql`select id, composed_name, did, stage, metadata from pcs_dataset where metadata::text like ${`%${key}%`} order by id limit 10`
      : sql`select id, composed_name, did, stage, metadata from pcs_dataset where did = ${key} or composed_name = ${key} or dataset_name = ${key} order by block_num limit 10`,
  );
  const requests = isPath
    ? await queryRows<Record<string, unknown>>(db, sql`select id, title, requestor, simu_path, rucio_source, status from pcs_prod_request where simu_path like ${`%${key}%`} or rucio_source like ${`%${key}%`} limit 5`)
    : [];
  if (datasets.length === 0 && requests.length === 0) {
    throw new NotFoundError('dataset or EVGEN path', key, 'give a DID (scope:name.bN), a composed name, or an EVGEN path starting with /; list-datasets searches by name');
  }
  const composed = [...new Set(datasets.map((d) => d.composed_name as string))];
  const tasks = composed.length
    ? await queryRows<Record<string, unknown>>(db, sql`select p.name as prod_task, p.status, r.id as request_id, r.title as request_title, r.simu_path as evgen_input, r.rucio_source,
        a.try_number, a.jedi_task_id::float8 as jedi_task_id, t.status as panda_status, a.out_ds
      from pcs_prod_task p left join pcs_prod_request r on r.id = p.request_id left join pcs_panda_tasks a on a.prod_task_id = p.id left join panda_task t on t.jedi_task_id = a.jedi_task_id
      where p.composed_name in (${sql.join(composed.map((c) => sql`${c}`), sql`, `)}) order by p.id, a.try_number limit 20`)
    : [];
  const dids = datasets.map((d) => d.did as string).filter((d) => d.includes(':'));
  const outputs = dids.length
    ? await queryRows<Record<string, unknown>>(db, sql`select d.scope || ':' || d.name as did, d.length, d.available_length, d.bytes::float8 as bytes,
        (select string_agg(distinct r.rse, ',') from rucio_file f join rucio_replica r on r.scope = f.scope and r.name = f.name where f.dataset_scope = d.scope and f.dataset_name = d.name) as rses,
        (select e.xrootd_prefix || '/' || f.name from rucio_file f join rucio_replica r on r.scope = f.scope and r.name = f.name and r.state = 'AVAILABLE' join rucio_rse e on e.name = r.rse
          where f.dataset_scope = d.scope and f.dataset_name = d.name and e.xrootd_prefix <> '' order by f.name limit 1) as example_xrootd_path
      from rucio_dataset d where d.scope || ':' || d.name in (${sql.join(dids.map((d) => sql`${d}`), sql`, `)})`)
    : [];
  const evgenInputs = datasets
    .map((d) => (d.metadata as Record<string, unknown> | null) ?? {})
    .flatMap((m) => Object.entries(m).filter(([k]) => /evgen|input|rucio/i.test(k)).map(([k, v]) => ({ key: k, value: typeof v === 'string' ? v : JSON.stringify(v) })));
  return {
    datasets: datasets.map((d) => ({ composed_name: d.composed_name, did: d.did, stage: d.stage })),
    evgen_inputs: [...evgenInputs, ...requests.map((r) => ({ key: `request ${r.id}`, value: String(r.simu_path || r.rucio_source) }))],
    producing_tasks: tasks,
    outputs,
  };
}
