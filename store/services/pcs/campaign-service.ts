import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { CAMPAIGN_LIFECYCLES } from '../../schema/enums.ts';
import { campaign, dataset, pandaTaskAssociation, prodTask } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { rowsOf } from '../counters.ts';
import { ConflictError, GateError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { composeOrThrow } from './dataset-service.ts';
import { parseInput, translateConstraintErrors, type Actor } from './service-support.ts';

export type CampaignRow = typeof campaign.$inferSelect;

const campaignName = z.string().regex(/^[0-9]{2}\.[0-9]{2}(\.[0-9]+)?$/, 'a campaign family YY.MM or a version YY.MM.P, e.g. 26.07');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const createCampaignInput = z.strictObject({
  name: campaignName,
  description: z.string().max(5000).default(''),
  start_date: isoDate.optional(),
  end_date: isoDate.optional(),
});

export const cloneCampaignInput = createCampaignInput;

export async function getCampaign(db: Executor, name: string): Promise<CampaignRow> {
  const [row] = await db.select().from(campaign).where(eq(campaign.name, name)).limit(1);
  if (!row) throw new NotFoundError('campaign', name);
  return row;
}

async function insertCampaign(tx: Executor, actor: Actor, input: z.output<typeof createCampaignInput>, cloneOfId: number | null): Promise<CampaignRow> {
  const [clash] = await tx.select({ id: campaign.id }).from(campaign).where(eq(campaign.name, input.name)).limit(1);
  if (clash) throw new ConflictError('CAMPAIGN_EXISTS', `campaign ${input.name} already exists`, { name: input.name });
  const [row] = await tx
    .insert(campaign)
    .values({ name: input.name, description: input.description, startDate: input.start_date ?? null, endDate: input.end_date ?? null, cloneOfId, createdBy: actor.username })
    .returning();
  return row!;
}

/** New campaigns start as `future` (prepping): mutable until promoted. */
export async function createCampaign(db: Database, actor: Actor, input: unknown): Promise<CampaignRow> {
  const parsed = parseInput(createCampaignInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const row = await insertCampaign(tx, actor, parsed, null);
      await recordAction(tx, { action: 'campaign_create', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'campaign', subjectKey: row.name });
      return row;
    }),
  );
}

/** The detector version new editions get: a three-field campaign name is itself a version; a family gets patch 0. */
export function editionVersion(campaignName: string): string {
  return campaignName.split('.').length === 3 ? campaignName : `${campaignName}.0`;
}

export interface CloneResult {
  campaign: CampaignRow;
  created: number;
  held: number;
  final: number;
  skipped: number;
}

/**
 * Creates the next campaign and consumes the source's dispositions (`campaign_instancing`):
 * `continue` mints a successor edition under the new version, `hold` and `final` do not.
 */
export async function cloneCampaign(db: Database, actor: Actor, sourceName: string, input: unknown): Promise<CloneResult> {
  const parsed = parseInput(cloneCampaignInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const source = await getCampaign(tx, sourceName);
      const target = await insertCampaign(tx, actor, parsed, source.id);
      const version = editionVersion(target.name);
      const editions = await tx.select().from(dataset).where(and(eq(dataset.campaignId, source.id), eq(dataset.blockNum, 1))).orderBy(asc(dataset.id));
      const result: CloneResult = { campaign: target, created: 0, held: 0, final: 0, skipped: 0 };
      for (const edition of editions) {
        if (edition.propagation === 'hold') { result.held++; continue; }
        if (edition.propagation === 'final') { result.final++; continue; }
        const created = await insertSuccessor(tx, actor, edition, target.id, version);
        if (created) result.created++; else result.skipped++;
      }
      await recordAction(tx, {
        action: 'campaign_instancing', outcome: 'ok', sublevel: 'high', instance: 'web', username: actor.username, subjectType: 'campaign', subjectKey: target.name,
        extra: { source: source.name, created: result.created, held: result.held, final: result.final, skipped: result.skipped },
      });
      return result;
    }),
  );
}

async function insertSuccessor(tx: Executor, actor: Actor, edition: typeof dataset.$inferSelect, campaignId: number, version: string): Promise<boolean> {
  const tagNumbers = await tx.execute(sql`select id, tag_number from pcs_tag where id in (${edition.physicsTagId}, ${edition.evgenTagId}, ${edition.simuTagId}, ${edition.recoTagId}, ${edition.backgroundTagId ?? edition.physicsTagId})`);
  const numberOf = new Map(rowsOf<{ id: number; tag_number: number }>(tagNumbers).map((r) => [Number(r.id), Number(r.tag_number)]));
  const composedName = composeOrThrow({
    scope: edition.scope, detectorVersion: version, detectorConfig: edition.detectorConfig,
    physicsTag: numberOf.get(edition.physicsTagId)!, evgenTag: numberOf.get(edition.evgenTagId)!, simuTag: numberOf.get(edition.simuTagId)!, recoTag: numberOf.get(edition.recoTagId)!,
    backgroundTag: edition.backgroundTagId ? numberOf.get(edition.backgroundTagId)! : null, sampleName: edition.sampleName || null,
  });
  const did = `${edition.scope}:${composedName}.b1`;
  const [exists] = await tx.select({ id: dataset.id }).from(dataset).where(eq(dataset.did, did)).limit(1);
  if (exists) return false;
  const { id: _id, createdAt: _c, updatedAt: _u, rowVersion: _v, ...copy } = edition;
  await tx.insert(dataset).values({
    ...copy, datasetName: composedName, composedName, detectorVersion: version, campaignId, did, blockNum: 1, blocks: 1, fileCount: 0, dataSize: 0,
    propagation: 'continue', replacedBy: '', metadata: { stage: edition.stage, previous_edition: edition.composedName }, createdBy: actor.username,
  });
  return true;
}

/**
 * Makes a future campaign current in one transaction: last→past, current→last, X→current
 * (that order keeps the at-most-one-current/last indexes satisfied at every step).
 */
export async function promoteCampaign(db: Database, actor: Actor, name: string): Promise<{ current: string; last: string | null; past: string | null }> {
  return db.transaction(async (tx) => {
    const target = await getCampaign(tx, name);
    if (target.lifecycle !== 'future') {
      throw new GateError('CAMPAIGN_NOT_FUTURE', `only a future (prepping) campaign can be made current; ${name} is ${target.lifecycle}`, { gate: 'promote_from_future', lifecycle: target.lifecycle });
    }
    const [current] = await tx.select().from(campaign).where(eq(campaign.lifecycle, 'current')).limit(1);
    const [last] = await tx.select().from(campaign).where(eq(campaign.lifecycle, 'last')).limit(1);
    const bump = { updatedAt: new Date(), rowVersion: sql`${campaign.rowVersion} + 1` };
    if (last) await tx.update(campaign).set({ lifecycle: 'past', ...bump }).where(eq(campaign.id, last.id));
    if (current) await tx.update(campaign).set({ lifecycle: 'last', ...bump }).where(eq(campaign.id, current.id));
    await tx.update(campaign).set({ lifecycle: 'current', ...bump }).where(eq(campaign.id, target.id));
    const result = { current: target.name, last: current?.name ?? null, past: last?.name ?? null };
    await recordAction(tx, {
      action: 'campaign_promoted', outcome: 'ok', sublevel: 'high', instance: 'web', username: actor.username, subjectType: 'campaign', subjectKey: target.name,
      extra: { ...result, changed: ['lifecycle'], row_version: target.rowVersion + 1 },
    });
    return result;
  });
}

export const listCampaignsInput = z.strictObject({
  lifecycle: z.enum(CAMPAIGN_LIFECYCLES).optional(),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export async function listCampaigns(db: Executor, input: unknown): Promise<Page<CampaignRow>> {
  const parsed = parseInput(listCampaignsInput, input);
  const conditions: SQL[] = [];
  if (parsed.lifecycle) conditions.push(eq(campaign.lifecycle, parsed.lifecycle));
  if (parsed.cursor) conditions.push(gt(campaign.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(campaign).where(and(...conditions)).orderBy(asc(campaign.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}

export interface CampaignProgress {
  campaign: string;
  lifecycle: string;
  datasets: { total: number; by_propagation: Record<string, number> };
  tasks: { total: number; by_status: Record<string, number> };
  panda_attempts: number;
}

/** Progress from PCS rows only (grouped counts on indexed columns); job-level rollups live in the monitor services. */
export async function campaignProgress(db: Executor, name: string): Promise<CampaignProgress> {
  const row = await getCampaign(db, name);
  const datasetCounts = await db.select({ key: dataset.propagation, n: count() }).from(dataset).where(and(eq(dataset.campaignId, row.id), eq(dataset.blockNum, 1))).groupBy(dataset.propagation);
  const taskCounts = await db.select({ key: prodTask.status, n: count() }).from(prodTask).where(eq(prodTask.campaignId, row.id)).groupBy(prodTask.status);
  const [attempts] = await db
    .select({ n: count() })
    .from(pandaTaskAssociation)
    .innerJoin(prodTask, eq(prodTask.id, pandaTaskAssociation.prodTaskId))
    .where(eq(prodTask.campaignId, row.id));
  const fold = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  const sum = (rows: { n: number }[]) => rows.reduce((acc, r) => acc + Number(r.n), 0);
  return {
    campaign: row.name,
    lifecycle: row.lifecycle,
    datasets: { total: sum(datasetCounts), by_propagation: fold(datasetCounts) },
    tasks: { total: sum(taskCounts), by_status: fold(taskCounts) },
    panda_attempts: Number(attempts?.n ?? 0),
  };
}
