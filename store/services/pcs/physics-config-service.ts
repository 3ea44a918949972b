import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { physicsConfig } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { allocateCounter } from '../counters.ts';
import { NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { asObject, parseInput, type Actor } from './service-support.ts';
import type { TagRow } from './tag-service.ts';

export type PhysicsConfigRow = typeof physicsConfig.$inferSelect;

/**
 * The canonical key deliberately uses the EvGen *semantic* identity (generator, version,
 * radiative) rather than the e label, so two e tags describing the same generator setup share a PC.
 */
export function physicsConfigKey(physics: TagRow, evgen: TagRow, background: TagRow | null, sampleName: string): string {
  const p = evgen.parameters;
  return [physics.tagLabel, p['generator'] ?? '', p['generator_version'] ?? '', p['radiative'] ?? '', background?.tagLabel ?? '', sampleName].join('|');
}

/** Finds or mints (`pc<n>`) the physics config for a dataset being saved; only datasets create PCs. */
export async function ensurePhysicsConfig(
  tx: Executor, actor: Actor, tags: { physics: TagRow; evgen: TagRow; background: TagRow | null }, sampleName: string,
): Promise<PhysicsConfigRow> {
  const configKey = physicsConfigKey(tags.physics, tags.evgen, tags.background, sampleName);
  const [existing] = await tx.select().from(physicsConfig).where(eq(physicsConfig.configKey, configKey)).limit(1);
  if (existing) return existing;
  let label = '';
  for (let attempt = 0; attempt < 100 && !label; attempt++) {
    const candidate = `pc${await allocateCounter(tx, 'pcs_next_physics_config')}`;
    const [taken] = await tx.select({ id: physicsConfig.id }).from(physicsConfig).where(eq(physicsConfig.label, candidate)).limit(1);
    if (!taken) label = candidate;
  }
  const evgenDisplay = `${tags.evgen.parameters['generator'] ?? ''} ${tags.evgen.parameters['generator_version'] ?? ''}`.trim();
  const [row] = await tx
    .insert(physicsConfig)
    .values({ label, configKey, physicsTagId: tags.physics.id, backgroundTagId: tags.background?.id ?? null, sampleName, evgenDisplay, createdBy: actor.username })
    .returning();
  await recordAction(tx, { action: 'config_create', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'physics_config', subjectKey: label, extra: { config_key: configKey } });
  return row!;
}

export const listPhysicsConfigsInput = z.strictObject({ cursor: z.string().max(500).optional(), limit: limitSchema });

export async function listPhysicsConfigs(db: Executor, input: unknown): Promise<Page<PhysicsConfigRow>> {
  const parsed = parseInput(listPhysicsConfigsInput, input);
  const conditions: SQL[] = [];
  if (parsed.cursor) conditions.push(gt(physicsConfig.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(physicsConfig).where(and(...conditions)).orderBy(asc(physicsConfig.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}

export async function getPhysicsConfig(db: Executor, label: string): Promise<PhysicsConfigRow> {
  const [row] = await db.select().from(physicsConfig).where(eq(physicsConfig.label, label)).limit(1);
  if (!row) throw new NotFoundError('physics config', label);
  return row;
}

export const setRequestorsInput = z.strictObject({
  entries: z.array(z.strictObject({ config: z.string().regex(/^pc[1-9][0-9]*$/), requestors: z.array(z.string().trim().min(1).max(50)).max(20) })).min(1).max(200),
  comment: z.string().trim().min(1, 'a comment is required for requestor changes').max(2000),
});

/** Requestor changes need a comment and append to the PC's metadata history (DOMAIN §2.4). */
export async function setPhysicsConfigRequestors(db: Database, actor: Actor, input: unknown): Promise<PhysicsConfigRow[]> {
  const parsed = parseInput(setRequestorsInput, input);
  return db.transaction(async (tx) => {
    const labels = parsed.entries.map((e) => e.config);
    const rows = await tx.select().from(physicsConfig).where(inArray(physicsConfig.label, labels));
    const byLabel = new Map(rows.map((r) => [r.label, r]));
    const updated: PhysicsConfigRow[] = [];
    for (const entry of parsed.entries) {
      const row = byLabel.get(entry.config);
      if (!row) throw new NotFoundError('physics config', entry.config);
      const metadata = asObject(row.metadata);
      const history = Array.isArray(metadata['requestors_history']) ? metadata['requestors_history'] : [];
      const entryHistory = { previous: row.requestors, requestors: entry.requestors, comment: parsed.comment, changed_by: actor.username, changed_at: new Date().toISOString() };
      const [next] = await tx
        .update(physicsConfig)
        .set({ requestors: entry.requestors, metadata: { ...metadata, requestors_history: [...history, entryHistory] }, updatedAt: new Date() })
        .where(eq(physicsConfig.id, row.id))
        .returning();
      updated.push(next!);
    }
    await recordAction(tx, { action: 'config_edit', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'physics_config', subjectKey: labels.join(','), extra: { comment: parsed.comment, changed: ['requestors'] } });
    return updated;
  });
}
