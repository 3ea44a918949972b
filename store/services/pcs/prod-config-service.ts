import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { prodConfig } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { changedKeys, versionConflict } from './optimistic-concurrency.ts';
import { isAdmin, parseInput, rowVersionField, translateConstraintErrors, type Actor } from './service-support.ts';

export type ProdConfigRow = typeof prodConfig.$inferSelect;

const shortText = (max: number) => z.string().max(max);

/** Editable fields, wire names = column names (DOMAIN §2.7). */
const prodConfigFields = {
  description: z.string().max(5000),
  bg_mixing: z.boolean(),
  bg_cross_section: shortText(100),
  bg_evtgen_file: shortText(300),
  copy_reco: z.boolean(),
  copy_full: z.boolean(),
  copy_log: z.boolean(),
  use_rucio: z.boolean(),
  jug_xl_tag: shortText(100),
  container_image: shortText(300),
  target_hours_per_job: z.number().positive().max(9999),
  events_per_task: z.number().int().min(0).max(2_000_000_000),
  condor_template: z.string().max(20000),
  panda_site: shortText(100),
  panda_queue: shortText(100),
  panda_working_group: shortText(50),
  panda_resource_type: shortText(50),
  rucio_rse: shortText(100),
  rucio_replication_rules: z.array(z.unknown()).max(50),
  data: z.record(z.string(), z.unknown()),
};

export const createProdConfigInput = z
  .strictObject({ name: z.string().trim().min(1).max(200), ...prodConfigFields })
  .partial()
  .required({ name: true });

export const editProdConfigInput = z
  .strictObject({ name: z.string().trim().min(1).max(200), ...prodConfigFields, row_version: rowVersionField })
  .partial()
  .required({ row_version: true });

type WireFields = Partial<{ [K in keyof typeof prodConfigFields]: z.output<(typeof prodConfigFields)[K]> }> & { name?: string };

function toColumns(wire: WireFields): Partial<typeof prodConfig.$inferInsert> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire)) {
    if (value === undefined || key === 'row_version') continue;
    columns[key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())] = value;
  }
  return columns as Partial<typeof prodConfig.$inferInsert>;
}

export async function getProdConfig(db: Executor, key: string | number): Promise<ProdConfigRow> {
  const byId = typeof key === 'number' || /^[0-9]+$/.test(key);
  const [row] = await db.select().from(prodConfig).where(byId ? eq(prodConfig.id, Number(key)) : eq(prodConfig.name, String(key))).limit(1);
  if (!row) throw new NotFoundError('prod config', key);
  return row;
}

export async function createProdConfig(db: Database, actor: Actor, input: unknown): Promise<ProdConfigRow> {
  const parsed = parseInput(createProdConfigInput, input) as WireFields & { name: string };
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const [clash] = await tx.select({ id: prodConfig.id }).from(prodConfig).where(eq(prodConfig.name, parsed.name));
      if (clash) throw new ConflictError('PROD_CONFIG_EXISTS', `a prod config named "${parsed.name}" already exists (id ${clash.id})`, { id: clash.id });
      const [row] = await tx.insert(prodConfig).values({ ...toColumns(parsed), name: parsed.name, createdBy: actor.username }).returning();
      await recordAction(tx, { action: 'config_create', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'prod_config', subjectKey: String(row!.id), extra: { row_version: 1, name: parsed.name } });
      return row!;
    }),
  );
}

/** Prod configs are always mutable but owner-only (DOMAIN §2.7); edits are optimistic-concurrency checked. */
export async function editProdConfig(db: Database, actor: Actor, key: string | number, input: unknown): Promise<ProdConfigRow> {
  const parsed = parseInput(editProdConfigInput, input) as WireFields & { row_version: number };
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const row = await getProdConfig(tx, key);
      if (row.createdBy !== actor.username && !isAdmin(actor)) {
        throw new ForbiddenError('NOT_PROD_CONFIG_OWNER', `only ${row.createdBy}, who created prod config "${row.name}", may edit it`, { owner: row.createdBy });
      }
      const columns = toColumns(parsed);
      const [updated] = await tx
        .update(prodConfig)
        .set({ ...columns, updatedAt: new Date(), rowVersion: sql`${prodConfig.rowVersion} + 1` })
        .where(and(eq(prodConfig.id, row.id), eq(prodConfig.rowVersion, parsed.row_version)))
        .returning();
      if (!updated) throw await versionConflict(tx, { entity: 'prod config', subjectType: 'prod_config', subjectKey: String(row.id), expected: parsed.row_version, current: row.rowVersion, updatedAt: row.updatedAt });
      const changed = changedKeys(row as unknown as Record<string, unknown>, columns as Record<string, unknown>);
      await recordAction(tx, { action: 'config_edit', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'prod_config', subjectKey: String(row.id), extra: { row_version: updated.rowVersion, changed } });
      return updated;
    }),
  );
}

export const listProdConfigsInput = z.strictObject({ cursor: z.string().max(500).optional(), limit: limitSchema });

export async function listProdConfigs(db: Executor, input: unknown): Promise<Page<ProdConfigRow>> {
  const parsed = parseInput(listProdConfigsInput, input);
  const conditions: SQL[] = [];
  if (parsed.cursor) conditions.push(gt(prodConfig.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(prodConfig).where(and(...conditions)).orderBy(asc(prodConfig.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
