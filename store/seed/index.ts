import { sql } from 'drizzle-orm';
import { rowsOf, setCounter } from '../services/counters.ts';
import { persistentState } from '../schema/monitor.ts';
import { assignJediIds } from './assign-ids.ts';
import { createContext, daysBefore, type SeedContext } from './context.ts';
import { generateCampaigns } from './generate-campaigns.ts';
import { generateCatalog } from './generate-catalog.ts';
import { generateCatalogReference } from './generate-catalog-reference.ts';
import { generateDatasets } from './generate-datasets.ts';
import { generateProdConfigs } from './generate-prod-configs.ts';
import { generateProdTasks } from './generate-prod-tasks.ts';
import { generateRequests } from './generate-requests.ts';
import { generateTags } from './generate-tags.ts';
import { generateOperations } from './generate-operations.ts';
import { planTasks } from './plan-tasks.ts';
import { rebuildJobRollup } from './rollup.ts';
import { computeSeedSummary, type SeedSummary } from './summary.ts';
import type { SeedOptions } from './types.ts';

export type { SeedOptions, SeedScale } from './types.ts';
export type { SeedSummary } from './summary.ts';
export { rebuildJobRollup, rebuildSiteRollup, diffJobRollup, verifyRollups } from './rollup.ts';

/**
 * Fills an empty, migrated store with a deterministic, realistic production history laid out
 * before `anchor`. Same seed + anchor ⇒ identical rows; the returned summary is read back from the DB.
 */
export async function seedDatabase(store: SeedContext['store'], options: SeedOptions): Promise<SeedSummary> {
  if (options.scale === 'large' && store.kind !== 'postgres') {
    throw new Error('the large seed scale needs PostgreSQL: set DATABASE_URL to a postgres:// URL (PGlite is too slow for ~2M jobs)');
  }
  const ctx = createContext(store, options);
  ctx.progress('seed: PCS tags and campaigns', 0);
  const campaigns = await generateCampaigns(ctx);
  const tags = await generateTags(ctx, daysBefore(new Date(Date.UTC(2026, 1, 1)), 20));
  const configs = await generateProdConfigs(ctx, campaigns);
  ctx.progress('seed: datasets and requests', 0.05);
  const { reco } = await generateDatasets(ctx, tags, campaigns);
  const requests = await generateRequests(ctx, reco);
  const planning = planTasks(ctx, reco, configs, requests);
  const pandaPlans = assignJediIds(ctx.rng.fork('jedi-ids'), planning.pandaTasks);
  await generateProdTasks(ctx, planning.prodTasks);
  ctx.progress('seed: PanDA and Rucio catalog', 0.15);
  await generateCatalogReference(ctx);
  const catalog = await generateCatalog(ctx, pandaPlans);
  ctx.progress('seed: job rollup', 0.8);
  await rebuildJobRollup(ctx.db);
  await ctx.db.execute(sql`
    update pcs_dataset d set file_count = r.length, data_size = r.bytes
    from rucio_dataset r where r.scope = 'group.EIC' and d.did = 'group.EIC:' || r.name`);
  ctx.progress('seed: monitor, action stream, proposals, reports', 0.85);
  await generateOperations(ctx, { campaigns, planning, pandaPlans, reco });

  await setCounter(ctx.db, 'pcs_next_physics_suffix', tags.nextPhysicsSuffix);
  await setCounter(ctx.db, 'pcs_next_evgen', tags.counts.e + 1);
  await setCounter(ctx.db, 'pcs_next_simu', tags.counts.s + 1);
  await setCounter(ctx.db, 'pcs_next_reco', tags.counts.r + 1);
  await setCounter(ctx.db, 'pcs_next_background', tags.counts.k + 1);
  await setPhysicsConfigCounter(ctx);
  await ctx.db.insert(persistentState).values({ key: 'seed_last_panda_id', value: catalog.lastPandaId, updatedAt: ctx.anchor });
  if (store.kind === 'postgres') await store.exec('analyze');
  ctx.progress('seed: summary', 0.97);
  const summary = await computeSeedSummary(ctx.db, { seed: options.seed, scale: options.scale, anchor: ctx.anchor });
  await ctx.db.insert(persistentState).values({ key: 'seed_summary', value: summary, updatedAt: ctx.anchor });
  // Counter helpers stamp now(); the seed must be reproducible, so every state row carries the anchor.
  await ctx.db.execute(sql`update swf_persistent_state set updated_at = ${ctx.anchor.toISOString()}::timestamptz`);
  ctx.progress('seed: done', 1);
  return summary;
}

async function setPhysicsConfigCounter(ctx: SeedContext): Promise<void> {
  const result = await ctx.db.execute(sql`select coalesce(max(substring(label from 3)::int), 0) + 1 as next from pcs_physics_config`);
  const rows = rowsOf<{ next: number | string }>(result);
  await setCounter(ctx.db, 'pcs_next_physics_config', Number(rows[0]?.next ?? 1));
}
