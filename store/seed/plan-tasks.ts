import type { PandaTaskStatus, ProdTaskStatus } from '../schema/enums.ts';
import { ALARM_QUEUE, ATTENTION_QUEUE, QUEUES, type QueueSpec } from './catalog-values.ts';
import { addHours, daysBefore, DAY, minDate, type SeedContext } from './context.ts';
import type { DatasetPlan } from './generate-datasets.ts';
import type { ProdConfigPlan } from './generate-prod-configs.ts';
import type { RequestPlan } from './generate-requests.ts';
import type { Rng } from './random.ts';

export type SpecialRole = 'alarm' | 'block' | 'exhausted' | 'paused' | 'try1' | 'try2' | 'unrecorded' | 'asgc' | 'two_block';

export interface PandaTaskPlan {
  jediTaskId: number;
  prodTask: ProdTaskPlan;
  tryNumber: number;
  taskName: string;
  status: PandaTaskStatus;
  queue: QueueSpec;
  destinationSe: string;
  creation: Date;
  start: Date;
  /** Planned end of a terminal task; running tasks run up to the anchor. */
  end: Date | null;
  nFiles: number;
  finalFailRate: number;
  transientRate: number;
  maxAttempt: number;
  /** Share of inputs already resolved (1 for terminal tasks). */
  progress: number;
  eventsPerJob: number;
  roles: Set<SpecialRole>;
  associated: boolean;
}

export interface ProdTaskPlan {
  id: number;
  name: string;
  dataset: DatasetPlan;
  status: ProdTaskStatus;
  prodConfig: ProdConfigPlan;
  request: RequestPlan | null;
  createdAt: Date;
  pandaTasks: PandaTaskPlan[];
}

const PRODUCTION_QUEUES = QUEUES.filter((q) => q.share > 0);

function pickQueue(rng: Rng, bias: 'normal' | 'bad'): QueueSpec {
  return rng.weighted(PRODUCTION_QUEUES.map((q) => [q, bias === 'bad' ? (q.health === 'alarm' ? 3 : q.health === 'attention' ? 0.5 : 0.1) : q.share] as const));
}

function statusFor(rng: Rng, d: DatasetPlan): ProdTaskStatus {
  const c = d.campaign;
  if (!c.panda && c.lifecycle !== 'future') return 'past_output';
  if (c.lifecycle === 'future') return rng.weighted([['draft', 7], ['ready', 3]]);
  if (c.lifecycle === 'past') return rng.weighted([['completed', 93], ['failed', 4], ['draft', 3]]);
  if (c.lifecycle === 'last') return rng.weighted([['completed', 70], ['submitted', 26], ['failed', 4]]);
  return rng.weighted([['submitted', 45], ['completed', 20], ['ready', 12], ['draft', 15], ['failed', 8]]);
}

function failureRates(rng: Rng, status: PandaTaskStatus, q: QueueSpec): { finalFail: number; transient: number } {
  const transient = q.health === 'alarm' ? 0.25 : q.health === 'attention' ? 0.12 : 0.04;
  if (status === 'done') return { finalFail: 0, transient };
  if (status === 'failed') return { finalFail: rng.float(0.6, 0.9), transient };
  if (status === 'exhausted') return { finalFail: rng.float(0.18, 0.25), transient };
  const band = q.health === 'alarm' ? [0.38, 0.55] : q.health === 'attention' ? [0.15, 0.23] : [0.015, 0.06];
  return { finalFail: rng.float(band[0]!, band[1]!), transient };
}

function filesFor(rng: Rng, mean: number): number {
  const factor = rng.weighted([[0.2, 2], [0.5, 3], [1, 3], [1.7, 2], [2.6, 1]] as const);
  return Math.max(5, Math.min(1000, Math.round(mean * factor * rng.float(0.8, 1.2))));
}

export interface TaskPlanning { prodTasks: ProdTaskPlan[]; pandaTasks: PandaTaskPlan[] }

export function planTasks(ctx: SeedContext, datasets: readonly DatasetPlan[], configs: readonly ProdConfigPlan[], requests: readonly RequestPlan[]): TaskPlanning {
  const rng = ctx.rng.fork('tasks');
  const requestByDataset = new Map(requests.filter((r) => r.status === 'linked').map((r) => [r.anchorDataset, r]));
  const fallbackConfig = configs.find((c) => c.name.startsWith('Placeholder'))!;
  const prodTasks: ProdTaskPlan[] = [];
  const pandaTasks: PandaTaskPlan[] = [];
  for (const d of datasets) {
    const status = d.blocks > 1 ? 'completed' : statusFor(rng, d);
    const cfg = configs.find((c) => c.campaign === d.campaign.name) ?? (d.physics.parameters.process === 'DVCS' ? configs.find((c) => c.name.startsWith('DVCS'))! : fallbackConfig);
    const request = requestByDataset.get(d) ?? null;
    const prod: ProdTaskPlan = {
      id: 0, name: status === 'past_output' ? `past.${d.composed}` : d.composed, dataset: d, status, prodConfig: cfg, request,
      createdAt: addHours(d.createdAt, rng.float(2, 48)), pandaTasks: [],
    };
    prodTasks.push(prod);
    if (status === 'submitted' || status === 'completed' || status === 'failed') {
      const pandaStatus: PandaTaskStatus = status === 'submitted' ? 'running'
        : status === 'completed' ? rng.weighted([['done', 65], ['finished', 35]]) : rng.weighted([['failed', 7], ['broken', 3]]);
      const p = planPanda(ctx, rng, prod, pandaStatus, 1);
      if (d.blocks > 1) {
        p.status = 'done'; p.finalFailRate = 0; p.roles.add('two_block'); p.nFiles = Math.max(p.nFiles, Math.round(ctx.params.meanFilesPerTask * 1.5));
      }
      prod.pandaTasks.push(p);
      pandaTasks.push(p);
    }
  }
  assignSpecials(ctx, rng, prodTasks, pandaTasks);
  return { prodTasks, pandaTasks };
}

function planPanda(ctx: SeedContext, rng: Rng, prod: ProdTaskPlan, status: PandaTaskStatus, tryNumber: number): PandaTaskPlan {
  const c = prod.dataset.campaign;
  const terminal = status !== 'running';
  const bad = status === 'failed' || status === 'broken';
  let queue = pickQueue(rng, bad ? 'bad' : 'normal');
  if (!bad && status === 'done' && queue.health !== 'normal' && rng.chance(0.85)) status = 'finished';
  const latestCreation = daysBefore(ctx.anchor, c.lifecycle === 'current' ? 3.3 : 4.5).getTime();
  const windowDays = c.lifecycle === 'current' || c.lifecycle === 'last' ? 30 : 24;
  let creationMs = Math.min(c.start.getTime() + rng.float(0.5, windowDays) * DAY, latestCreation - rng.float(0, 2) * DAY);
  if (status === 'running' && c.lifecycle === 'last') creationMs = daysBefore(ctx.anchor, rng.float(5, 18)).getTime();
  const creation = new Date(creationMs);
  const start = addHours(creation, rng.float(0.3, 3));
  // A failed task elsewhere than the alarm site stays small, so it cannot move a healthy site's final rate.
  const small = status === 'broken' || (status === 'failed' && queue.health !== 'alarm');
  const nFiles = small ? rng.int(8, 25) : filesFor(rng, ctx.params.meanFilesPerTask);
  const end = terminal ? minDate(addHours(start, rng.float(20, 24 * 6) * Math.sqrt(nFiles / ctx.params.meanFilesPerTask)), daysBefore(ctx.anchor, 3.6)) : null;
  const rates = failureRates(rng, status, queue);
  if (status === 'broken') queue = pickQueue(rng, 'bad');
  const taskName = tryNumber > 1 ? `${prod.dataset.composed}.try${tryNumber}` : prod.dataset.composed;
  return {
    jediTaskId: 0, prodTask: prod, tryNumber, taskName, status, queue,
    destinationSe: rng.weighted([['EIC-XRD', 70], ['BNL-XRD', 30]]),
    creation, start, end: end && end.getTime() < start.getTime() ? addHours(start, 6) : end,
    nFiles, finalFailRate: rates.finalFail, transientRate: rates.transient, maxAttempt: status === 'broken' ? 1 : 3,
    progress: terminal ? 1 : rng.float(0.35, 0.9), eventsPerJob: rng.pick([1000, 2000, 5000]), roles: new Set(), associated: true,
  };
}

/** The named cases the summary and tests rely on (DOMAIN §9 "one .b2, one .try2, one unrecorded"). */
function assignSpecials(ctx: SeedContext, rng: Rng, prodTasks: ProdTaskPlan[], pandaTasks: PandaTaskPlan[]): void {
  const queue = (name: string) => QUEUES.find((q) => q.queue === name)!;
  const currentRunning = pandaTasks.filter((p) => p.prodTask.dataset.campaign.lifecycle === 'current' && p.status === 'running');
  if (currentRunning.length < 8) throw new Error('seed plan has too few running tasks in the current campaign');
  const block = currentRunning.slice(0, 5);
  block.forEach((p, i) => {
    p.roles.add('block');
    p.creation = daysBefore(ctx.anchor, 3 - i * 0.15);
    p.start = addHours(p.creation, 0.5);
    p.progress = rng.float(0.5, 0.8);
  });
  const alarm = block[3]!;
  alarm.roles.add('alarm');
  alarm.queue = queue(ALARM_QUEUE);
  alarm.nFiles = ctx.params.alarmTaskFiles;
  alarm.finalFailRate = 0.5;
  alarm.transientRate = 0.3;
  alarm.maxAttempt = ctx.scale === 'large' ? 5 : 3;
  alarm.progress = 0.85;

  const exhausted = currentRunning[5]!;
  exhausted.roles.add('exhausted');
  exhausted.status = 'exhausted';
  exhausted.queue = queue(ATTENTION_QUEUE);
  exhausted.finalFailRate = 0.2;
  exhausted.progress = 1;
  exhausted.end = daysBefore(ctx.anchor, 0.8);
  const paused = currentRunning[6]!;
  paused.roles.add('paused');
  paused.status = 'paused';
  paused.queue = queue('BNL_EPIC_PROD_1');

  const asgc = pandaTasks.filter((p) => p.status === 'finished' && p.queue.health === 'normal' && !p.roles.size).slice(0, ctx.scale === 'large' ? 6 : 2);
  for (const p of asgc) {
    p.roles.add('asgc');
    p.destinationSe = 'ASGC-XRD';
    p.queue = queue('BNL_PanDA_1');
  }

  const try2 = pandaTasks.find((p) => p.prodTask.dataset.campaign.lifecycle === 'last' && p.status === 'done' && !p.roles.size)!;
  const first = { ...try2, roles: new Set<SpecialRole>(['try1']), status: 'broken' as const, maxAttempt: 1, nFiles: 12, end: addHours(try2.start, 5), progress: 1 };
  try2.roles.add('try2');
  try2.tryNumber = 2;
  try2.taskName = `${try2.prodTask.dataset.composed}.try2`;
  try2.creation = addHours(first.creation, 30);
  try2.start = addHours(try2.creation, 1);
  try2.end = try2.end && try2.end.getTime() > try2.start.getTime() ? try2.end : addHours(try2.start, 40);
  try2.prodTask.pandaTasks.unshift(first);
  pandaTasks.push(first);

  const readyCurrent = prodTasks.find((t) => t.dataset.campaign.lifecycle === 'current' && t.status === 'ready')
    ?? prodTasks.find((t) => t.dataset.campaign.lifecycle === 'current' && t.status === 'draft')!;
  readyCurrent.status = 'ready';
  const unrecorded = planPanda(ctx, rng, readyCurrent, 'running', 1);
  unrecorded.roles.add('unrecorded');
  unrecorded.associated = false;
  unrecorded.creation = daysBefore(ctx.anchor, 0.21);
  unrecorded.start = addHours(unrecorded.creation, 0.4);
  unrecorded.progress = 0.1;
  unrecorded.nFiles = Math.min(unrecorded.nFiles, 60);
  readyCurrent.pandaTasks.push(unrecorded);
  pandaTasks.push(unrecorded);
}
