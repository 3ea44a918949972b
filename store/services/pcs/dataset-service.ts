import { and, asc, eq, gt, ilike, inArray, max, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { DATASET_STAGES, PROPAGATIONS, type TagType } from '../../schema/enums.ts';
import { campaign, dataset, tag } from '../../schema/pcs.ts';
import { formatComposedName, InvalidNameError } from '../../names/index.ts';
import { recordAction } from '../action-stream.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { ensurePhysicsConfig } from './physics-config-service.ts';
import { asObject, parseInput, translateConstraintErrors, type Actor } from './service-support.ts';
import type { TagRow } from './tag-service.ts';

export type DatasetRow = typeof dataset.$inferSelect;

const labelOf = (letter: string) => z.string().regex(new RegExp(`^${letter}[1-9][0-9]*$`), `a ${letter} tag label such as ${letter}1`);

export const createDatasetInput = z.strictObject({
  physics_tag: labelOf('p'),
  evgen_tag: labelOf('e'),
  simu_tag: labelOf('s'),
  reco_tag: labelOf('r'),
  background_tag: labelOf('k').optional(),
  detector_version: z.string().regex(/^[0-9]{2}\.[0-9]{2}\.[0-9]+$/, 'YY.MM.P, e.g. 26.02.0'),
  detector_config: z.string().min(1).max(100),
  sample_name: z.string().max(120).default(''),
  scope: z.enum(['group.EIC', 'group.EIC.evgen']).default('group.EIC'),
  campaign: z.string().max(100).optional().describe('campaign name, bookkeeping only'),
  stage: z.enum(DATASET_STAGES).default('reco'),
  expected_events: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  expected_events_source: z.enum(['included', 'requested', 'derived', '']).default(''),
  description: z.string().max(5000).default(''),
  metadata: z.record(z.string(), z.unknown()).default({}),
});

export async function tagByLabel(db: Executor, label: string, kind: TagType): Promise<TagRow> {
  const [row] = await db.select().from(tag).where(and(eq(tag.tagLabel, label), eq(tag.tagType, kind))).limit(1);
  if (!row) throw new NotFoundError('tag', label, `create it first or list ${kind} tags at /api/v1/tags?type=${kind}`);
  return row;
}

/** Grammar violations (including reserved sample tokens such as a leading k<N>) become 400 INVALID_NAME. */
export function composeOrThrow(parts: Parameters<typeof formatComposedName>[0]): string {
  try {
    return formatComposedName(parts);
  } catch (error) {
    if (error instanceof InvalidNameError) throw new InvalidInputError('INVALID_NAME', error.message, error.toJSON());
    throw error;
  }
}

/** Creates block 1 of a dataset: composes the name from its tags, mints the physics config, records the DID. */
export async function createDataset(db: Database, actor: Actor, input: unknown): Promise<DatasetRow> {
  const parsed = parseInput(createDatasetInput, input);
  return translateConstraintErrors(() => db.transaction((tx) => insertDatasetEdition(tx, actor, parsed)));
}

export type DatasetSpec = z.output<typeof createDatasetInput>;

export async function insertDatasetEdition(tx: Executor, actor: Actor, spec: DatasetSpec, action = 'dataset_create'): Promise<DatasetRow> {
  const physics = await tagByLabel(tx, spec.physics_tag, 'p');
  const evgen = await tagByLabel(tx, spec.evgen_tag, 'e');
  const simu = await tagByLabel(tx, spec.simu_tag, 's');
  const reco = await tagByLabel(tx, spec.reco_tag, 'r');
  const background = spec.background_tag ? await tagByLabel(tx, spec.background_tag, 'k') : null;
  const composedName = composeOrThrow({
    scope: spec.scope, detectorVersion: spec.detector_version, detectorConfig: spec.detector_config,
    physicsTag: physics.tagNumber, evgenTag: evgen.tagNumber, simuTag: simu.tagNumber, recoTag: reco.tagNumber,
    backgroundTag: background?.tagNumber ?? null, sampleName: spec.sample_name || null,
  });
  const did = `${spec.scope}:${composedName}.b1`;
  const [clash] = await tx.select({ id: dataset.id }).from(dataset).where(eq(dataset.did, did)).limit(1);
  if (clash) throw new ConflictError('DATASET_EXISTS', `dataset ${composedName} already exists (id ${clash.id}); add a block instead`, { id: clash.id, composed_name: composedName });
  let campaignId: number | null = null;
  if (spec.campaign) {
    const [row] = await tx.select({ id: campaign.id }).from(campaign).where(eq(campaign.name, spec.campaign)).limit(1);
    if (!row) throw new NotFoundError('campaign', spec.campaign);
    campaignId = row.id;
  }
  const config = await ensurePhysicsConfig(tx, actor, { physics, evgen, background }, spec.sample_name);
  const [row] = await tx
    .insert(dataset)
    .values({
      datasetName: composedName, composedName, scope: spec.scope, detectorVersion: spec.detector_version, detectorConfig: spec.detector_config,
      campaignId, physicsTagId: physics.id, evgenTagId: evgen.id, simuTagId: simu.id, recoTagId: reco.id, backgroundTagId: background?.id ?? null,
      physicsConfigId: config.id, sampleName: spec.sample_name, stage: spec.stage, expectedEvents: spec.expected_events ?? null,
      expectedEventsSource: spec.expected_events_source, did, description: spec.description, metadata: { ...spec.metadata, stage: spec.stage },
      createdBy: actor.username,
    })
    .returning();
  await recordAction(tx, {
    action, outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'dataset', subjectKey: composedName,
    extra: { did, physics_config: config.label, row_version: 1 },
  });
  return row!;
}

/** Resolves a dataset by numeric id, DID or composed name (block 1). */
export async function getDataset(db: Executor, key: string): Promise<DatasetRow> {
  const where = /^[0-9]+$/.test(key) ? eq(dataset.id, Number(key)) : key.includes(':') ? eq(dataset.did, key) : and(eq(dataset.composedName, key), eq(dataset.blockNum, 1));
  const [row] = await db.select().from(dataset).where(where).orderBy(asc(dataset.id)).limit(1);
  if (!row) throw new NotFoundError('dataset', key);
  return row;
}

/** Adds the next Rucio block: a new row sharing the composed name; every block row learns the new count. */
export async function addDatasetBlock(db: Database, actor: Actor, key: string): Promise<DatasetRow> {
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const base = await getDataset(tx, key);
      const [agg] = await tx.select({ last: max(dataset.blockNum) }).from(dataset).where(and(eq(dataset.composedName, base.composedName), eq(dataset.datasetName, base.datasetName)));
      const blockNum = (agg?.last ?? 1) + 1;
      await tx.update(dataset).set({ blocks: blockNum, updatedAt: new Date(), rowVersion: sql`${dataset.rowVersion} + 1` }).where(eq(dataset.datasetName, base.datasetName));
      const { id: _id, createdAt: _c, updatedAt: _u, rowVersion: _v, ...copy } = base;
      const [row] = await tx
        .insert(dataset)
        .values({ ...copy, blockNum, blocks: blockNum, did: `${base.scope}:${base.composedName}.b${blockNum}`, fileCount: 0, dataSize: 0, createdBy: actor.username })
        .returning();
      await recordAction(tx, { action: 'dataset_block_add', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'dataset', subjectKey: base.composedName, extra: { block: blockNum, did: row!.did } });
      return row!;
    }),
  );
}

export const setPropagationInput = z.strictObject({
  names: z.array(z.string().min(1).max(255)).min(1).max(500).describe('composed names; every block row of each is updated'),
  state: z.enum(PROPAGATIONS),
  comment: z.string().trim().min(1, 'every disposition change needs a comment').max(2000),
  replaced_by: z.string().max(255).optional(),
  clear_replaced_by: z.boolean().default(false),
});

/** Disposition changes need a comment, append to metadata.propagation.history and emit one action per call. */
export async function setDatasetPropagation(db: Database, actor: Actor, input: unknown): Promise<{ updated: number; names: string[] }> {
  const parsed = parseInput(setPropagationInput, input);
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(dataset).where(inArray(dataset.composedName, parsed.names));
    const found = new Set(rows.map((r) => r.composedName));
    const missing = parsed.names.filter((n) => !found.has(n));
    if (missing.length) throw new NotFoundError('dataset', missing[0]!, `${missing.length} of the names do not exist: ${missing.slice(0, 5).join(', ')}`);
    const at = new Date();
    for (const row of rows) {
      const metadata = asObject(row.metadata);
      const propagationMeta = asObject(metadata['propagation']);
      const history = Array.isArray(propagationMeta['history']) ? propagationMeta['history'] : [];
      const replacedBy = parsed.clear_replaced_by ? '' : parsed.replaced_by ?? row.replacedBy;
      const entry = { state: parsed.state, previous: row.propagation, comment: parsed.comment, changed_by: actor.username, changed_at: at.toISOString(), replaced_by: replacedBy, previous_replaced_by: row.replacedBy };
      await tx
        .update(dataset)
        .set({ propagation: parsed.state, replacedBy, metadata: { ...metadata, propagation: { ...propagationMeta, history: [...history, entry] } }, updatedAt: at, rowVersion: sql`${dataset.rowVersion} + 1` })
        .where(eq(dataset.id, row.id));
    }
    await recordAction(tx, {
      action: 'dataset_propagation_set', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'dataset',
      subjectKey: parsed.names.length === 1 ? parsed.names[0]! : `${parsed.names.length} datasets`, extra: { state: parsed.state, comment: parsed.comment, names: parsed.names.slice(0, 50), changed: ['propagation'] },
    });
    return { updated: rows.length, names: [...found] };
  });
}

export const listDatasetsInput = z.strictObject({
  campaign: z.string().max(100).optional(),
  propagation: z.enum(PROPAGATIONS).optional(),
  stage: z.enum(DATASET_STAGES).optional(),
  q: z.string().max(255).optional().describe('substring of the composed name'),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export async function listDatasets(db: Executor, input: unknown): Promise<Page<DatasetRow>> {
  const parsed = parseInput(listDatasetsInput, input);
  const conditions: SQL[] = [];
  if (parsed.campaign) {
    const [row] = await db.select({ id: campaign.id }).from(campaign).where(eq(campaign.name, parsed.campaign)).limit(1);
    if (!row) throw new NotFoundError('campaign', parsed.campaign);
    conditions.push(eq(dataset.campaignId, row.id));
  }
  if (parsed.propagation) conditions.push(eq(dataset.propagation, parsed.propagation));
  if (parsed.stage) conditions.push(eq(dataset.stage, parsed.stage));
  if (parsed.q) conditions.push(ilike(dataset.composedName, `%${parsed.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (parsed.cursor) conditions.push(gt(dataset.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(dataset).where(and(...conditions)).orderBy(asc(dataset.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
