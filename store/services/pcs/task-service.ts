import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { PROD_TASK_STATUSES } from '../../schema/enums.ts';
import { campaign, prodTask } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { getDataset } from './dataset-service.ts';
import { getProdConfig } from './prod-config-service.ts';
import { getRequest } from './request-service.ts';
import { asObject, parseInput, translateConstraintErrors, type Actor, type JsonObject } from './service-support.ts';

export type TaskRow = typeof prodTask.$inferSelect;

export const taskIntakeInput = z.strictObject({
  dataset: z.string().min(1).max(300).describe('output dataset: composed name, DID or id'),
  prod_config: z.string().min(1).max(200).describe('prod config name or id'),
  campaign: z.string().max(100).optional(),
  request_id: z.number().int().positive().optional(),
  name: z.string().min(1).max(255).optional().describe('stored task name; defaults to the dataset composed name'),
  intake_key: z.string().min(1).max(300).optional().describe('explicit natural key when no public-catalog key is in overrides'),
  description: z.string().max(5000).default(''),
  csv_file: z.string().max(500).default(''),
  priority: z.union([z.literal(-1), z.literal(1), z.literal(2), z.literal(3)]).optional(),
  overrides: z.record(z.string(), z.unknown()).default({}),
});

/** Task intake keys on the public-catalog issue, else (csv path, row key) — DOMAIN §2.9. */
export function taskIntakeKey(overrides: JsonObject, explicit?: string): string | null {
  if (explicit) return explicit;
  const issue = overrides['public_catalog_issue'];
  if (issue !== undefined && issue !== null && issue !== '') return `issue:${String(overrides['public_catalog_repo'] ?? '')}#${String(issue)}`;
  const path = overrides['public_catalog_csv_path'];
  const rowKey = overrides['public_catalog_row_key'];
  if (path && rowKey) return `csv:${String(path)}#${String(rowKey)}`;
  return null;
}

export interface TaskIntakeResult {
  task: TaskRow;
  outcome: 'created' | 'merged' | 'unchanged';
}

export async function intakeTask(db: Database, actor: Actor, input: unknown): Promise<TaskIntakeResult> {
  const parsed = parseInput(taskIntakeInput, input);
  const intakeKey = taskIntakeKey(parsed.overrides, parsed.intake_key);
  if (!intakeKey) {
    throw new InvalidInputError('INTAKE_KEY_REQUIRED', 'task intake needs overrides.public_catalog_issue, overrides.public_catalog_csv_path + public_catalog_row_key, or intake_key', { field: 'overrides' });
  }
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const [existing] = await tx.select().from(prodTask).where(eq(prodTask.intakeKey, intakeKey)).limit(1);
      if (existing) return mergeIntoDraft(tx, actor, existing, parsed.overrides);
      const output = await getDataset(tx, parsed.dataset);
      const config = await getProdConfig(tx, parsed.prod_config);
      const request = parsed.request_id !== undefined ? await getRequest(tx, parsed.request_id) : null;
      let campaignId = output.campaignId;
      if (parsed.campaign) {
        const [row] = await tx.select({ id: campaign.id }).from(campaign).where(eq(campaign.name, parsed.campaign)).limit(1);
        if (!row) throw new NotFoundError('campaign', parsed.campaign);
        campaignId = row.id;
      }
      const name = parsed.name ?? output.composedName;
      const [clash] = await tx.select({ id: prodTask.id, intakeKey: prodTask.intakeKey }).from(prodTask).where(eq(prodTask.name, name)).limit(1);
      if (clash) throw new ConflictError('TASK_NAME_TAKEN', `a task named ${name} already exists (id ${clash.id}) under another intake key`, { id: clash.id, intake_key: clash.intakeKey });
      const [row] = await tx
        .insert(prodTask)
        .values({
          name, composedName: output.composedName, datasetId: output.id, prodConfigId: config.id, campaignId, requestId: request?.id ?? null,
          requestor: request?.requestor ?? actor.username, priority: parsed.priority ?? request?.priority ?? 2, preTdrUse: request?.preTdrUse ?? false,
          earlyScienceUse: request?.earlyScienceUse ?? false, otherUse: request?.otherUse ?? false, newRequest: request?.newRequest ?? false,
          csvFile: parsed.csv_file, overrides: parsed.overrides, description: parsed.description, intakeKey, createdBy: actor.username,
        })
        .returning();
      await recordAction(tx, { action: 'task_intake', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'task', subjectKey: name, extra: { outcome: 'created', intake_key: intakeKey, row_version: 1 } });
      return { task: row!, outcome: 'created' as const };
    }),
  );
}

/** A repeat returns the same row; new override keys are merged only while the task is still a draft. */
async function mergeIntoDraft(tx: Executor, actor: Actor, existing: TaskRow, overrides: JsonObject): Promise<TaskIntakeResult> {
  const current = asObject(existing.overrides);
  const added = Object.keys(overrides).filter((key) => !(key in current));
  if (existing.status !== 'draft' || added.length === 0) return { task: existing, outcome: 'unchanged' };
  const merged = { ...current, ...Object.fromEntries(added.map((key) => [key, overrides[key]])) };
  const [row] = await tx.update(prodTask).set({ overrides: merged, updatedAt: new Date(), rowVersion: existing.rowVersion + 1 }).where(eq(prodTask.id, existing.id)).returning();
  await recordAction(tx, { action: 'task_intake', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'task', subjectKey: existing.name, extra: { outcome: 'merged', changed: added.map((k) => `overrides.${k}`), row_version: row!.rowVersion } });
  return { task: row!, outcome: 'merged' };
}

/** Resolves a task by stored name, then composed name (must be unambiguous), then numeric id. */
export async function getTask(db: Executor, key: string): Promise<TaskRow> {
  const [byName] = await db.select().from(prodTask).where(eq(prodTask.name, key)).limit(1);
  if (byName) return byName;
  const byComposed = await db.select().from(prodTask).where(eq(prodTask.composedName, key)).limit(5);
  if (byComposed.length > 1) {
    throw new ConflictError('AMBIGUOUS_TASK_NAME', `${byComposed.length}+ tasks share composed name ${key}; use the stored name or id`, { candidates: byComposed.map((t) => ({ id: t.id, name: t.name })) });
  }
  if (byComposed[0]) return byComposed[0];
  if (/^[0-9]{1,9}$/.test(key)) {
    const [byId] = await db.select().from(prodTask).where(eq(prodTask.id, Number(key))).limit(1);
    if (byId) return byId;
  }
  throw new NotFoundError('task', key);
}

export const listTasksInput = z.strictObject({
  campaign: z.string().max(100).optional(),
  status: z.enum(PROD_TASK_STATUSES).optional(),
  request_id: z.coerce.number().int().positive().optional(),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export async function listTasks(db: Executor, input: unknown): Promise<Page<TaskRow>> {
  const parsed = parseInput(listTasksInput, input);
  const conditions: SQL[] = [];
  if (parsed.campaign) {
    const [row] = await db.select({ id: campaign.id }).from(campaign).where(eq(campaign.name, parsed.campaign)).limit(1);
    if (!row) throw new NotFoundError('campaign', parsed.campaign);
    conditions.push(eq(prodTask.campaignId, row.id));
  }
  if (parsed.status) conditions.push(eq(prodTask.status, parsed.status));
  if (parsed.request_id) conditions.push(eq(prodTask.requestId, parsed.request_id));
  if (parsed.cursor) conditions.push(gt(prodTask.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(prodTask).where(and(...conditions)).orderBy(asc(prodTask.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
