import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { tryParseDid, tryParsePhysicalName } from '../../names/index.ts';
import { NotFoundError } from '../errors.ts';
import { eqIf, ilikeIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

export interface DatasetFilter {
  stage?: string | undefined;
  campaign?: string | undefined;
  scope?: string | undefined;
  nameContains?: string | undefined;
  propagation?: string | undefined;
  physicsTag?: string | undefined;
}

/** Block rows share a composed name; lists show block 1 and the block count. */
export async function listDatasets(db: Executor, filter: DatasetFilter, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`d.id, d.composed_name, d.did, d.scope, d.stage, d.detector_version, c.name as campaign, d.propagation, d.replaced_by, d.blocks,
      d.file_count, d.data_size::float8 as data_size, d.expected_events::float8 as expected_events, p.tag_label as physics_tag, d.sample_name, d.updated_at`,
    from: sql`pcs_dataset d left join pcs_campaign c on c.id = d.campaign_id join pcs_tag p on p.id = d.physics_tag_id`,
    where: [
      sql`d.block_num = 1`,
      eqIf(sql`d.stage::text`, filter.stage),
      eqIf(sql`c.name`, filter.campaign),
      eqIf(sql`d.scope`, filter.scope),
      ilikeIf(sql`d.composed_name`, filter.nameContains),
      eqIf(sql`d.propagation::text`, filter.propagation),
      eqIf(sql`p.tag_label`, filter.physicsTag),
    ],
    order: [{ expr: sql`d.id`, cast: 'int' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/**
 * Finds a dataset by DID, physical name (with .tryN/.bN) or composed name. A name that is not
 * found and does not parse raises the grammar error, so the caller learns what a valid name is.
 */
export async function findDatasetRows(db: Executor, name: string) {
  const trimmed = name.trim();
  const rows = await queryRows<Record<string, unknown>>(db, sql`select d.*, d.data_size::float8 as data_size, d.expected_events::float8 as expected_events, c.name as campaign
    from pcs_dataset d left join pcs_campaign c on c.id = d.campaign_id
    where d.did = ${trimmed} or d.composed_name = ${trimmed} or d.dataset_name = ${trimmed} order by d.block_num limit 50`);
  if (rows.length) return rows;
  const parsed = trimmed.includes(':') ? tryParseDid(trimmed) : tryParsePhysicalName(trimmed);
  if (!parsed.ok) throw parsed.error;
  throw new NotFoundError('dataset', trimmed, 'the name is well-formed but unknown; use list-datasets with name_contains to search');
}

export async function getDataset(db: Executor, name: string) {
  const blocks = await findDatasetRows(db, name);
  const first = blocks[0]!;
  const [tags, tasks] = await Promise.all([
    queryRows<{ tag_label: string; tag_type: string; description: string; status: string }>(db, sql`select tag_label, tag_type::text as tag_type, description, status::text as status from pcs_tag
      where id in (${first.physics_tag_id as number}, ${first.evgen_tag_id as number}, ${first.simu_tag_id as number}, ${first.reco_tag_id as number}, ${(first.background_tag_id as number | null) ?? -1}) order by tag_type`),
    queryRows<Record<string, unknown>>(db, sql`select name, status, panda_task_id::float8 as panda_task_id from pcs_prod_task where composed_name = ${first.composed_name as string} order by id limit 10`),
  ]);
  return {
    dataset: {
      composed_name: first.composed_name, dataset_name: first.dataset_name, scope: first.scope, stage: first.stage, campaign: first.campaign,
      detector_version: first.detector_version, detector_config: first.detector_config, propagation: first.propagation, replaced_by: first.replaced_by,
      expected_events: first.expected_events, expected_events_source: first.expected_events_source, sample_name: first.sample_name,
      description: first.description, metadata: first.metadata, updated_at: first.updated_at,
    },
    blocks: blocks.map((b) => ({ block: b.block_num, did: b.did, file_count: b.file_count, data_size: b.data_size })),
    tags,
    tasks,
  };
}
