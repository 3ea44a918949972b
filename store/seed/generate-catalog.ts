import { pandaTask, rucioDataset, rucioRule } from '../schema/catalog.ts';
import { openCopySink } from './bulk-load.ts';
import { insertBatched, type SeedContext } from './context.ts';
import { FILE_COLUMNS, JOB_COLUMNS, PROD_USER, REPLICA_COLUMNS, jobRow, outputDatasetName, replicaStateFor, serialNumber } from './job-rows.ts';
import { countersOf, planJobs, type TaskCounters } from './plan-jobs.ts';
import type { PandaTaskPlan } from './plan-tasks.ts';
import { FIRST_PANDA_ID } from './assign-ids.ts';
import { Rng, hashString } from './random.ts';
import { generateEvgenRucio } from './generate-evgen-rucio.ts';

export interface CatalogResult { counters: Map<number, TaskCounters>; jobCount: number; lastPandaId: number }

interface DatasetStats { scope: string; name: string; plan: PandaTaskPlan; length: number; available: number; copying: number; unavailable: number; bytes: number; events: number; first: number; last: number; log: boolean }

/** Keeps the per-task job budget (≤ 1000 jobs) by shrinking the input count and replanning. */
function fitJobBudget(ctx: SeedContext, plan: PandaTaskPlan): TaskCounters {
  for (;;) {
    const counters = countersOf(plan, planJobs(plan, ctx.seed, ctx.anchor.getTime()));
    const exempt = plan.roles.has('alarm') && ctx.scale === 'large';
    if (counters.jobCount <= 1000 || exempt) return counters;
    plan.nFiles = Math.max(5, Math.floor((plan.nFiles * 1000) / counters.jobCount) - 5);
  }
}

export async function generateCatalog(ctx: SeedContext, plans: readonly PandaTaskPlan[]): Promise<CatalogResult> {
  const anchorMs = ctx.anchor.getTime();
  const counters = new Map<number, TaskCounters>();
  const firstPandaId = new Map<number, number>();
  let nextPandaId = FIRST_PANDA_ID;
  for (const p of plans) {
    const c = fitJobBudget(ctx, p);
    counters.set(p.jediTaskId, c);
    firstPandaId.set(p.jediTaskId, nextPandaId);
    nextPandaId += c.jobCount + (p.jediTaskId % 7);
  }
  const totalJobs = [...counters.values()].reduce((s, c) => s + c.jobCount, 0);
  ctx.progress(`catalog: ${plans.length} PanDA tasks, ${totalJobs} jobs planned`, 0.3);

  await insertBatched(ctx.db, pandaTask, plans.map((p) => {
    const c = counters.get(p.jediTaskId)!;
    const terminal = p.end !== null;
    const end = terminal ? new Date(Math.max(c.lastEnd ?? p.end!.getTime(), p.start.getTime())) : null;
    const top = p.status === 'failed' || p.status === 'broken' || p.status === 'exhausted';
    return {
      jediTaskId: p.jediTaskId, taskName: p.taskName, status: p.status, username: PROD_USER, workingGroup: 'EIC',
      processingType: 'epicproduction', prodSourceLabel: 'test', reqId: p.prodTask.request?.id ?? null, campaign: p.prodTask.dataset.campaign.name,
      site: p.queue.queue, coreCount: 1, ramCount: 2000, walltime: 7200, taskPriority: 900,
      creationDate: p.creation, modificationTime: new Date(Math.max(c.lastModification, end?.getTime() ?? 0, p.start.getTime())),
      startTime: new Date(c.firstStart ?? p.start.getTime()), endTime: end,
      errorDialog: top ? `${c.nFinalFailed} of ${c.nFilesTotal} inputs failed after all attempts` : '',
      attemptNr: 1, nFilesTotal: c.nFilesTotal, nFilesFinished: c.nFilesFinished, nFilesFailed: c.nFilesFailed, nFinalFailed: c.nFinalFailed,
      nEventsTotal: c.nEventsTotal, nEventsProcessed: c.nEventsProcessed,
    };
  }), ctx.params.insertBatch);

  const jobs = await openCopySink(ctx.store, 'panda_job', JOB_COLUMNS);
  const files = await openCopySink(ctx.store, 'rucio_file', FILE_COLUMNS);
  const replicas = await openCopySink(ctx.store, 'rucio_replica', REPLICA_COLUMNS);
  const stats = new Map<string, DatasetStats>();
  const stuckTask = plans.find((p) => p.roles.has('asgc'));
  const statFor = (name: string, plan: PandaTaskPlan, log: boolean, at: number): DatasetStats => {
    let s = stats.get(name);
    if (!s) {
      s = { scope: 'group.EIC', name, plan, length: 0, available: 0, copying: 0, unavailable: 0, bytes: 0, events: 0, first: at, last: at, log };
      stats.set(name, s);
    }
    return s;
  };
  let done = 0;
  for (const p of plans) {
    const rng = new Rng((ctx.seed ^ hashString(`rows:${p.jediTaskId}`)) >>> 0);
    const attempts = planJobs(p, ctx.seed, anchorMs);
    let pandaId = firstPandaId.get(p.jediTaskId)!;
    const lfnBase = p.prodTask.dataset.composed.replace(/^group\.EIC\./, '');
    for (const a of attempts) {
      await jobs.write(jobRow(p, a, pandaId, rng));
      if (a.end !== null && (a.status === 'finished' || a.status === 'failed')) {
        const sn = serialNumber(a.fileIndex);
        if (a.status === 'finished') {
          const name = `${lfnBase}.${pandaId}.${sn}.edm4eic.root`;
          const ds = statFor(outputDatasetName(p, a.fileIndex), p, false, a.end);
          const bytes = rng.int(300_000_000, 2_400_000_000);
          const state = replicaStateFor(p, a.end, anchorMs, rng, p === stuckTask);
          await files.write(['group.EIC', name, 'group.EIC', ds.name, bytes, rng.hex(8), p.eventsPerJob, pandaId, new Date(a.end)]);
          await replicas.write(['group.EIC', name, p.destinationSe, state, new Date(a.end)]);
          addToStats(ds, bytes, p.eventsPerJob, state, a.end);
        }
        const logName = `${lfnBase}.${pandaId}.log.${sn}.log.tgz`;
        const logDs = statFor(`${p.taskName}.log`, p, true, a.end);
        const logBytes = rng.int(1_000_000, 25_000_000);
        await files.write(['group.EIC', logName, 'group.EIC', logDs.name, logBytes, rng.hex(8), 0, pandaId, new Date(a.end)]);
        await replicas.write(['group.EIC', logName, 'EIC-XRD-LOG', 'AVAILABLE', new Date(a.end)]);
        addToStats(logDs, logBytes, 0, 'AVAILABLE', a.end);
      }
      pandaId++;
    }
    done++;
    if (done % 500 === 0) ctx.progress(`catalog: ${done}/${plans.length} tasks streamed`, 0.3 + (0.45 * done) / plans.length);
  }
  await generateEvgenRucio(ctx, files, replicas);
  await Promise.all([jobs.end(), files.end(), replicas.end()]);
  await insertRucioDatasets(ctx, [...stats.values()], stuckTask);
  return { counters, jobCount: totalJobs, lastPandaId: nextPandaId };
}

function addToStats(s: DatasetStats, bytes: number, events: number, state: string, at: number): void {
  s.length++;
  s.bytes += bytes;
  s.events += events;
  if (state === 'AVAILABLE') s.available++;
  else if (state === 'COPYING') s.copying++;
  else s.unavailable++;
  s.first = Math.min(s.first, at);
  s.last = Math.max(s.last, at);
}

async function insertRucioDatasets(ctx: SeedContext, stats: DatasetStats[], stuckTask: PandaTaskPlan | undefined): Promise<void> {
  const rng = ctx.rng.fork('rucio-rules');
  await insertBatched(ctx.db, rucioDataset, stats.map((s) => ({
    scope: s.scope, name: s.name, didType: 'DATASET' as const, isOpen: s.plan.end === null, length: s.length, bytes: s.bytes,
    availableLength: s.available, events: s.events, account: 'eicprod',
    metadata: { campaign: s.plan.prodTask.dataset.campaign.name, jedi_task_id: s.plan.jediTaskId, stage: s.log ? 'log' : 'reco', task_name: s.plan.taskName },
    createdAt: new Date(s.first), updatedAt: new Date(s.last),
  })), ctx.params.insertBatch);
  await insertBatched(ctx.db, rucioRule, stats.map((s) => {
    const stuck = !s.log && s.plan === stuckTask && s.unavailable > 0;
    const state = stuck ? 'STUCK' as const : s.copying > 0 ? 'REPLICATING' as const : 'OK' as const;
    return {
      id: rng.uuid(), scope: s.scope, name: s.name, rseExpression: s.log ? 'EIC-XRD-LOG' : s.plan.destinationSe, copies: 1, state,
      account: 'eicprod', locksOk: s.available, locksReplicating: s.copying, locksStuck: s.unavailable, expiresAt: null, createdAt: new Date(s.first),
    };
  }), ctx.params.insertBatch);
}
