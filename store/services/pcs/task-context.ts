import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { sysConfig } from '../../schema/monitor.ts';
import { campaign, dataset, prodConfig, tag } from '../../schema/pcs.ts';
import { effectiveConfig } from './effective-config.ts';
import { asObject, type JsonObject } from './service-support.ts';
import type { TagRow } from './tag-service.ts';
import type { TaskRow } from './task-service.ts';

export interface TaskContext {
  task: TaskRow;
  dataset: typeof dataset.$inferSelect;
  tags: { physics: TagRow; evgen: TagRow; simu: TagRow; reco: TagRow; background: TagRow | null };
  prodConfig: typeof prodConfig.$inferSelect;
  campaignName: string | null;
  effective: JsonObject;
}

/** Everything the readiness gate and the artifact renderers read about one task, loaded in four queries. */
export async function loadTaskContext(db: Executor, task: TaskRow): Promise<TaskContext> {
  const [output] = await db.select().from(dataset).where(eq(dataset.id, task.datasetId));
  const [config] = await db.select().from(prodConfig).where(eq(prodConfig.id, task.prodConfigId));
  if (!output || !config) throw new Error(`task ${task.name} references a missing dataset or prod config`);
  const ids = [output.physicsTagId, output.evgenTagId, output.simuTagId, output.recoTagId, ...(output.backgroundTagId ? [output.backgroundTagId] : [])];
  const tagRows = await db.select().from(tag).where(inArray(tag.id, ids));
  const byId = new Map(tagRows.map((t) => [t.id, t]));
  const need = (id: number): TagRow => {
    const row = byId.get(id);
    if (!row) throw new Error(`dataset ${output.composedName} references missing tag ${id}`);
    return row;
  };
  const [campaignRow] = task.campaignId ? await db.select({ name: campaign.name }).from(campaign).where(eq(campaign.id, task.campaignId)) : [];
  return {
    task,
    dataset: output,
    tags: {
      physics: need(output.physicsTagId), evgen: need(output.evgenTagId), simu: need(output.simuTagId), reco: need(output.recoTagId),
      background: output.backgroundTagId ? need(output.backgroundTagId) : null,
    },
    prodConfig: config,
    campaignName: campaignRow?.name ?? null,
    effective: effectiveConfig(config, asObject(task.overrides)),
  };
}

/** Reads one human knob from SysConfig (DOMAIN §3.8); absent keys take their documented default. */
export async function readSysConfigFlag(db: Executor, key: string, fallback: boolean): Promise<boolean> {
  const [row] = await db.select({ data: sysConfig.configData }).from(sysConfig).where(eq(sysConfig.id, 1));
  const value = row ? asObject(row.data)[key] : undefined;
  return typeof value === 'boolean' ? value : fallback;
}
