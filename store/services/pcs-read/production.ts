import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { eqIf, ilikeIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

export async function listProdConfigs(db: Executor, nameContains: string | undefined) {
  return queryRows<Record<string, unknown>>(db, sql`select name, description, panda_site, panda_queue, rucio_rse, jug_xl_tag, container_image, bg_mixing, events_per_task, updated_at
    from pcs_prod_config ${nameContains ? sql`where name ilike ${`%${nameContains}%`}` : sql``} order by name limit 100`);
}

export async function getProdConfig(db: Executor, name: string) {
  const [config] = await queryRows<Record<string, unknown>>(db, sql`select *, target_hours_per_job::float8 as target_hours_per_job from pcs_prod_config where name = ${name}`);
  if (!config) throw new NotFoundError('prod config', name, 'use list-prod-configs to see config names');
  const { id: _id, row_version: _rv, ...rest } = config;
  return rest;
}

/**
 * Campaigns newest first. `producing` is derived, never stored (DOMAIN §2.8): Rucio output arrived
 * for one of the campaign's datasets since `producingSince`. A Rucio dataset's updated_at is its
 * newest file, so the recent datasets come from an index and no file rows are read.
 */
export async function listCampaigns(db: Executor, lifecycle: string | undefined, producingSince: Date) {
  return queryRows<Record<string, unknown>>(db, sql`with producing as (
      select distinct d.campaign_id from rucio_dataset rd join pcs_dataset d on d.did = rd.scope || ':' || rd.name
      where rd.updated_at > ${producingSince.toISOString()}::timestamptz and d.campaign_id is not null)
    select c.name, c.lifecycle, c.start_date::text as start_date, c.end_date::text as end_date, c.description,
    (select count(*)::int from pcs_prod_task p where p.campaign_id = c.id) as prod_tasks,
    (select count(distinct composed_name)::int from pcs_dataset d where d.campaign_id = c.id) as datasets,
    c.id in (select campaign_id from producing) as producing
    from pcs_campaign c ${lifecycle ? sql`where c.lifecycle = ${lifecycle}` : sql``} order by c.start_date desc nulls last, c.name desc limit 100`);
}

export async function listRequests(db: Executor, filter: { status?: string | undefined; requestor?: string | undefined; pwg?: string | undefined; search?: string | undefined }, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`r.id, r.title, r.requestor, r.pwg, r.status, r.priority, r.nevents::float8 as nevents, r.blocked_reason, r.created_at,
      (select count(*)::int from pcs_prod_task p where p.request_id = r.id) as tasks`,
    from: sql`pcs_prod_request r`,
    where: [eqIf(sql`r.status::text`, filter.status), eqIf(sql`r.requestor`, filter.requestor), eqIf(sql`r.pwg`, filter.pwg), ilikeIf(sql`r.title`, filter.search)],
    order: [{ expr: sql`r.id`, cast: 'int' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function getRequest(db: Executor, id: number) {
  const [request] = await queryRows<Record<string, unknown>>(db, sql`select id, title, requestor, pwg, status, priority, nevents::float8 as nevents, simu_path, gen_config, background,
    description, input_status, rucio_source, validation_status, blocked_reason, created_at, updated_at from pcs_prod_request where id = ${id}`);
  if (!request) throw new NotFoundError('request', id, 'use list-requests to find request ids');
  const tasks = await queryRows<Record<string, unknown>>(db, sql`select p.name, p.status, c.name as campaign, p.panda_task_id::float8 as panda_task_id
    from pcs_prod_task p left join pcs_campaign c on c.id = p.campaign_id where p.request_id = ${id} order by p.id limit 20`);
  return { request, tasks };
}

export interface ProdTaskFilter {
  campaign?: string | undefined;
  status?: string | undefined;
  nameContains?: string | undefined;
  requestId?: number | undefined;
}

export async function listProdTasks(db: Executor, filter: ProdTaskFilter, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`p.id, p.name, p.status, c.name as campaign, p.requestor, p.priority, p.panda_task_id::float8 as panda_task_id, t.status as panda_status,
      case when t.n_final_failed + t.n_files_finished = 0 then null else round(t.n_final_failed::numeric / (t.n_final_failed + t.n_files_finished), 4)::float8 end as final_failure_rate, p.updated_at`,
    from: sql`pcs_prod_task p left join pcs_campaign c on c.id = p.campaign_id left join panda_task t on t.jedi_task_id = p.panda_task_id`,
    where: [eqIf(sql`c.name`, filter.campaign), eqIf(sql`p.status::text`, filter.status), ilikeIf(sql`p.name`, filter.nameContains), eqIf(sql`p.request_id`, filter.requestId)],
    order: [{ expr: sql`p.id`, cast: 'int' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function prodTaskStatusCounts(db: Executor, campaign: string | undefined) {
  const rows = await queryRows<{ key: string; n: number }>(db, sql`select p.status::text as key, count(*)::int as n from pcs_prod_task p
    ${campaign ? sql`join pcs_campaign c on c.id = p.campaign_id where c.name = ${campaign}` : sql``} group by 1`);
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

export async function getProdTask(db: Executor, name: string) {
  const [task] = await queryRows<Record<string, unknown>>(db, sql`select p.id, p.name, p.composed_name, p.status, c.name as campaign, p.requestor, p.priority, p.request_id,
    g.name as prod_config, d.did as dataset_did, p.panda_task_id::float8 as panda_task_id, p.overrides, p.description, p.created_by, p.created_at, p.updated_at
    from pcs_prod_task p left join pcs_campaign c on c.id = p.campaign_id join pcs_prod_config g on g.id = p.prod_config_id join pcs_dataset d on d.id = p.dataset_id where p.name = ${name.trim()}`);
  if (!task) throw new NotFoundError('campaign task', name, 'use list-prod-tasks with name_contains or campaign to find task names');
  const attempts = await queryRows<Record<string, unknown>>(db, sql`select a.try_number, a.jedi_task_id::float8 as jedi_task_id, a.task_name, a.site, t.status,
    t.n_files_total, t.n_files_finished, t.n_final_failed, a.association_source from pcs_panda_tasks a left join panda_task t on t.jedi_task_id = a.jedi_task_id
    where a.prod_task_id = ${task.id as number} order by a.try_number`);
  const { id: _id, ...rest } = task;
  return { task: rest, panda_attempts: attempts };
}
