import { pandaTaskAssociation, prodTask } from '../schema/pcs.ts';
import { addHours, insertBatched, type SeedContext } from './context.ts';
import type { ProdTaskPlan } from './plan-tasks.ts';
import { CSV_MANIFESTS } from './physics-values.ts';

/** Campaign tasks and their PanDA associations (one row per physical attempt, try_number). */
export async function generateProdTasks(ctx: SeedContext, tasks: readonly ProdTaskPlan[]): Promise<void> {
  const rng = ctx.rng.fork('prod-tasks');
  const rows = tasks.map((t) => {
    const recorded = t.pandaTasks.filter((p) => p.associated);
    const latest = recorded[recorded.length - 1];
    const d = t.dataset;
    const outputs = latest && t.status === 'completed' ? [{
      did: `group.EIC:${latest.taskName}.b1`, stage: 'reco', version: d.detectorVersion, filters: ['*.edm4eic.root'],
      rses: [{ rse: latest.destinationSe, complete: true }], complete: true, checked_at: addHours(ctx.anchor, -rng.float(4, 30)).toISOString(),
    }] : [];
    const updated = latest ? latest.start : t.createdAt;
    return {
      name: t.name, composedName: d.composed, status: t.status, datasetId: d.id, prodConfigId: t.prodConfig.id, campaignId: d.campaign.id,
      requestId: t.request?.id ?? null, requestor: t.request?.requestor ?? '', priority: t.request?.priority ?? 2,
      preTdrUse: rng.chance(0.3), earlyScienceUse: rng.chance(0.3), otherUse: false, newRequest: false,
      csvFile: t.status === 'past_output' ? CSV_MANIFESTS[d.id % CSV_MANIFESTS.length]! : '',
      overrides: { ...(outputs.length > 0 ? { outputs } : {}), corun_page_group_ids: [] },
      pandaCommand: latest ? `prun --exec './run.sh' --outDS ${latest.taskName} --site ${latest.queue.queue} --nJobs ${latest.nFiles}` : '',
      pandaTaskId: t.status === 'submitted' || t.status === 'completed' || t.status === 'failed' ? latest?.jediTaskId ?? null : null,
      description: d.physics.spec?.description ?? '',
      intakeKey: t.status === 'past_output' ? `past:${d.composed}` : null,
      createdBy: t.status === 'past_output' ? 'csv_import' : 'carol', createdAt: t.createdAt, updatedAt: updated,
    };
  });
  for (let i = 0; i < rows.length; i += ctx.params.insertBatch) {
    const inserted = await ctx.db.insert(prodTask).values(rows.slice(i, i + ctx.params.insertBatch)).returning({ id: prodTask.id });
    inserted.forEach((r, j) => { tasks[i + j]!.id = r.id; });
  }
  const associations = tasks.flatMap((t) => t.pandaTasks.filter((p) => p.associated).map((p) => ({
    prodTaskId: t.id, tryNumber: p.tryNumber, jediTaskId: p.jediTaskId, taskName: p.taskName, outDs: p.taskName, logDs: `${p.taskName}.log`,
    site: p.queue.queue, statusSnapshot: p.status, associationSource: rng.chance(0.9) ? 'pcs_submit_request' : 'association_sweep',
    matchReason: 'exact task-name match', metadata: { executed: `docker://eicweb/jug_xl:${t.dataset.detectorVersion}-stable`, corun_page_group_ids: [] },
    createdAt: p.creation, updatedAt: p.end ?? addHours(ctx.anchor, -0.5),
  })));
  await insertBatched(ctx.db, pandaTaskAssociation, associations, ctx.params.insertBatch);
}
