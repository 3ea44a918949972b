import type { CopyValue } from './bulk-load.ts';
import { HOUR } from './context.ts';
import type { Attempt } from './plan-jobs.ts';
import type { PandaTaskPlan } from './plan-tasks.ts';
import type { Rng } from './random.ts';

export const JOB_COLUMNS = [
  'panda_id', 'jedi_task_id', 'job_name', 'job_status', 'prod_username', 'working_group', 'transformation', 'computing_site', 'destination_se',
  'core_count', 'current_priority', 'attempt_nr', 'max_attempt', 'creation_time', 'modification_time', 'start_time', 'end_time',
  'cpu_consumption_time', 'n_events', 'harvester_id', 'worker_id', 'error_component', 'error_code',
  'brokerage_error_code', 'brokerage_error_diag', 'ddm_error_code', 'ddm_error_diag', 'exe_error_code', 'exe_error_diag', 'trans_exit_code',
  'jobdispatcher_error_code', 'jobdispatcher_error_diag', 'pilot_error_code', 'pilot_error_diag', 'sup_error_code', 'sup_error_diag',
  'taskbuffer_error_code', 'taskbuffer_error_diag',
] as const;

export const FILE_COLUMNS = ['scope', 'name', 'dataset_scope', 'dataset_name', 'bytes', 'adler32', 'events', 'panda_id', 'created_at'] as const;
export const REPLICA_COLUMNS = ['scope', 'name', 'rse', 'state', 'created_at'] as const;

export const PROD_USER = 'eicprod';

const COMPONENT_SLOTS = ['brokerage', 'ddm', 'exe', 'jobdispatcher', 'pilot', 'sup', 'taskbuffer'] as const;

const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

export function jobRow(plan: PandaTaskPlan, a: Attempt, pandaId: number, rng: Rng): CopyValue[] {
  const sig = a.signature;
  const pairs: CopyValue[] = [];
  for (const slot of COMPONENT_SLOTS) {
    const hit = sig && sig.component === slot;
    pairs.push(hit ? sig.code : 0, hit ? sig.diag : '');
    if (slot === 'exe') pairs.push(sig?.transExitCode ?? 0);
  }
  const wall = a.start !== null && a.end !== null ? (a.end - a.start) / 1000 : 0;
  const harvester = plan.queue.queue === 'BNL_ePIC_GOOGLE' ? 'harvester-gke-01' : plan.queue.site.startsWith('NERSC') ? 'harvester-nersc-01' : 'harvester-bnl-02';
  return [
    pandaId, plan.jediTaskId, `${plan.taskName}.${pandaId}`, a.status, PROD_USER, 'EIC', 'runGen-00-00-02', plan.queue.queue, plan.destinationSe,
    1, 900, a.attemptNr, plan.maxAttempt, date(a.creation), date(a.modification), date(a.start), date(a.end),
    Math.round(wall * 0.92), a.status === 'finished' ? plan.eventsPerJob : 0, a.start === null ? null : harvester,
    a.start === null ? null : 5_000_000 + (pandaId % 900_000) * 3 + rng.int(0, 2),
    sig?.component ?? null, sig?.code ?? null,
    ...pairs,
  ];
}

export function serialNumber(fileIndex: number): string {
  return String(1000 + fileIndex + 1).padStart(6, '0');
}

/** Rucio output dataset of one attempt's file: `.b2` holds the second half of a two-block task. */
export function outputDatasetName(plan: PandaTaskPlan, fileIndex: number): string {
  const block = plan.roles.has('two_block') && fileIndex >= plan.nFiles / 2 ? 2 : 1;
  return `${plan.taskName}.b${block}`;
}

export function replicaStateFor(plan: PandaTaskPlan, createdMs: number, anchorMs: number, rng: Rng, stuck: boolean): 'AVAILABLE' | 'COPYING' | 'UNAVAILABLE' {
  if (stuck && rng.chance(0.3)) return 'UNAVAILABLE';
  if (plan.end === null && anchorMs - createdMs < 2 * HOUR) return 'COPYING';
  return 'AVAILABLE';
}
