import type { JobStatus } from '../schema/enums.ts';
import { SIGNATURE_BY_KEY, type ErrorSignature } from './catalog-values.ts';
import { HOUR } from './context.ts';
import type { PandaTaskPlan } from './plan-tasks.ts';
import { hashString, Rng } from './random.ts';

/** One PanDA job: one attempt at one input file. */
export interface Attempt {
  fileIndex: number;
  attemptNr: number;
  status: JobStatus;
  signature: ErrorSignature | null;
  creation: number;
  start: number | null;
  end: number | null;
  modification: number;
}

export interface TaskCounters {
  nFilesTotal: number;
  nFilesFinished: number;
  nFilesFailed: number;
  nFinalFailed: number;
  nEventsTotal: number;
  nEventsProcessed: number;
  jobCount: number;
  firstStart: number | null;
  lastModification: number;
  lastEnd: number | null;
}

const IN_FLIGHT: readonly (readonly [JobStatus, number])[] = [
  ['running', 45], ['activated', 25], ['starting', 5], ['assigned', 5], ['defined', 4], ['transferring', 8], ['holding', 8],
];

function signatureFor(rng: Rng, plan: PandaTaskPlan): ErrorSignature {
  if (plan.roles.has('asgc') && rng.chance(0.7)) return SIGNATURE_BY_KEY.get('rse_checksum')!;
  return SIGNATURE_BY_KEY.get(rng.weighted(plan.queue.errorMix))!;
}

/**
 * Deterministic per task (own stream keyed by seed and JEDI id), so the loader can plan a task twice:
 * once for its counters (the task row goes in before its jobs) and once to stream the job rows.
 */
export function planJobs(plan: PandaTaskPlan, seed: number, anchorMs: number): Attempt[] {
  const rng = new Rng((seed ^ hashString(`jobs:${plan.jediTaskId}`)) >>> 0);
  const out: Attempt[] = [];
  const running = plan.end === null;
  const limit = running ? anchorMs - 0.2 * HOUR : plan.end!.getTime();
  const start = plan.start.getTime();
  const span = Math.max(limit - start, HOUR);
  const files = plan.nFiles;
  const scouts = plan.status === 'broken' ? Math.min(5, files) : 0;
  const resolved = plan.status === 'broken' ? scouts : Math.round(files * plan.progress);
  const finalFailed = new Set(rng.shuffle([...Array(resolved).keys()]).slice(0, Math.round(resolved * plan.finalFailRate)));
  for (let i = 0; i < files; i++) {
    if (i < resolved) {
      const u = (i + rng.next()) / Math.max(resolved, 1);
      let t = start + span * (running ? Math.sqrt(u) : u) * 0.9;
      const statuses: JobStatus[] = [];
      if (plan.status === 'broken' || finalFailed.has(i)) for (let a = 0; a < plan.maxAttempt; a++) statuses.push('failed');
      else if (plan.status === 'finished' && rng.chance(0.01)) statuses.push('closed');
      else {
        const fails = rng.chance(plan.transientRate) ? Math.min(plan.maxAttempt - 1, rng.chance(0.3) ? 2 : 1) : 0;
        for (let a = 0; a < fails; a++) statuses.push('failed');
        statuses.push('finished');
      }
      const chain: Attempt[] = [];
      for (const [a, status] of statuses.entries()) {
        const begin = t + rng.float(0.03, 0.6) * HOUR;
        const finish = begin + (status === 'finished' ? rng.float(0.8, 2.2) : status === 'closed' ? 0 : rng.float(0.05, 2.5)) * HOUR;
        chain.push({
          fileIndex: i, attemptNr: a + 1, status, signature: status === 'finished' ? null : status === 'closed' ? SIGNATURE_BY_KEY.get('closed')! : signatureFor(rng, plan),
          creation: t, start: status === 'closed' ? null : begin, end: finish, modification: finish,
        });
        t = finish + rng.float(0.05, 0.5) * HOUR;
      }
      const overflow = (chain[chain.length - 1]!.end ?? 0) - limit;
      if (overflow > 0) for (const c of chain) shift(c, -overflow - rng.float(0, 0.5) * HOUR);
      out.push(...chain);
    } else if (running) {
      let attemptNr = 1;
      if (rng.chance(0.15)) {
        const fEnd = anchorMs - rng.float(0.5, 20) * HOUR;
        const fStart = fEnd - rng.float(0.1, 2) * HOUR;
        out.push({ fileIndex: i, attemptNr: 1, status: 'failed', signature: signatureFor(rng, plan), creation: fStart - 0.3 * HOUR, start: fStart, end: fEnd, modification: fEnd });
        attemptNr = 2;
      }
      if (plan.status === 'paused') {
        if (rng.chance(0.3)) {
          const at = anchorMs - rng.float(2, 10) * HOUR;
          out.push({ fileIndex: i, attemptNr, status: 'cancelled', signature: SIGNATURE_BY_KEY.get('operator_kill')!, creation: at - HOUR, start: at - 0.8 * HOUR, end: at, modification: at });
        }
        continue;
      }
      const status = rng.weighted(IN_FLIGHT);
      const started = status !== 'activated' && status !== 'assigned' && status !== 'defined';
      const begin = anchorMs - rng.float(0.05, 3) * HOUR;
      const creation = started ? begin - rng.float(0.1, 0.5) * HOUR : anchorMs - rng.float(0.2, 6) * HOUR;
      out.push({
        fileIndex: i, attemptNr, status, signature: null, creation, start: started ? begin : null, end: null,
        modification: started ? Math.min(anchorMs - 60_000, begin + rng.float(0, 1) * HOUR) : creation + rng.float(0, 0.1) * HOUR,
      });
    }
  }
  out.sort((a, b) => a.creation - b.creation || a.fileIndex - b.fileIndex || a.attemptNr - b.attemptNr);
  return out;
}

function shift(a: Attempt, delta: number): void {
  a.creation += delta;
  if (a.start !== null) a.start += delta;
  if (a.end !== null) a.end += delta;
  a.modification += delta;
}

export function countersOf(plan: PandaTaskPlan, attempts: readonly Attempt[]): TaskCounters {
  const last = new Map<number, Attempt>();
  let firstStart: number | null = null;
  let lastModification = plan.creation.getTime();
  let lastEnd: number | null = null;
  for (const a of attempts) {
    const prev = last.get(a.fileIndex);
    if (!prev || a.attemptNr > prev.attemptNr) last.set(a.fileIndex, a);
    if (a.start !== null && (firstStart === null || a.start < firstStart)) firstStart = a.start;
    if (a.modification > lastModification) lastModification = a.modification;
    if (a.end !== null && (lastEnd === null || a.end > lastEnd)) lastEnd = a.end;
  }
  let finished = 0;
  let failed = 0;
  let finalFailed = 0;
  for (const a of last.values()) {
    if (a.status === 'finished') finished++;
    if (a.status === 'failed' || a.status === 'closed' || a.status === 'cancelled') failed++;
    if (a.status === 'failed' && a.attemptNr === plan.maxAttempt) finalFailed++;
  }
  return {
    nFilesTotal: plan.nFiles, nFilesFinished: finished, nFilesFailed: failed, nFinalFailed: finalFailed,
    nEventsTotal: plan.nFiles * plan.eventsPerJob, nEventsProcessed: finished * plan.eventsPerJob,
    jobCount: attempts.length, firstStart, lastModification, lastEnd,
  };
}
