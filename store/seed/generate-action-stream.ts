import { appLog } from '../schema/monitor.ts';
import type { ActionOutcome, Sublevel } from '../schema/enums.ts';
import { addHours, daysBefore, DAY, type SeedContext } from './context.ts';
import type { PandaTaskPlan } from './plan-tasks.ts';

export interface StreamRecord {
  at: Date;
  action: string;
  outcome: ActionOutcome;
  sublevel: Sublevel;
  instance: string;
  username: string;
  subjectType?: string;
  subjectKey?: string;
  durationMs?: number;
  message?: string;
  extra?: Record<string, unknown>;
  reason?: string;
  /** Lets later generators find the id of a specific record (e.g. an executed proposal). */
  ref?: string;
}

const SYNC_STEPS: readonly [string, Sublevel, number][] = [
  ['credential_expiry_check', 'normal', 900], ['catalog_import', 'high', 8000], ['past_import', 'high', 4000], ['questionnaire_import', 'normal', 3000],
  ['association_sweep', 'high', 2300], ['rucio_reconcile', 'normal', 36000], ['rucio_arrivals_sweep', 'low', 6000], ['evgen_sweep', 'high', 16000],
  ['dataset_definitions_sweep', 'normal', 1500], ['questionnaire_automatch', 'normal', 2000], ['progress_refresh', 'low', 5000],
];

/** Nightly sync chains (fresh: ≈ 4 h before the anchor; one earlier night raised), submissions, arrivals, operations. */
export function planActionStream(ctx: SeedContext, input: { pandaPlans: PandaTaskPlan[]; producing: string[]; draftTags: string[] }): StreamRecord[] {
  const rng = ctx.rng.fork('action-stream');
  const out: StreamRecord[] = [];
  const errorNight = 5;
  for (let night = 0; night < 14; night++) {
    const start = addHours(daysBefore(ctx.anchor, night), -4.2);
    let t = start.getTime();
    const raised: string[] = [];
    for (const [action, sublevel, ms] of SYNC_STEPS) {
      const failed = night === errorNight && action === 'rucio_reconcile';
      if (failed) raised.push(action);
      const duration = Math.round(ms * rng.float(0.7, 1.4));
      out.push({
        at: new Date(t), action, outcome: failed ? 'error' : 'ok', sublevel, instance: 'catalog-sync', username: 'nightly_cron', durationMs: duration,
        extra: failed ? { step: action } : { step: action, matched: rng.int(0, 40) },
        ...(failed ? { reason: 'Rucio snapshot failed: HTTPSConnectionPool(host=rucio-server.jlab.org): Read timed out (read timeout=30)' } : {}),
      });
      t += duration + 500;
    }
    out.push({
      at: new Date(t), action: 'catalog_sync', outcome: raised.length > 0 ? 'error' : 'ok', sublevel: 'high', instance: 'catalog-sync', username: 'nightly_cron',
      durationMs: t - start.getTime(), message: `catalog_sync: ${SYNC_STEPS.length} steps, ${raised.length} raised`,
      extra: { steps: SYNC_STEPS.map(([a]) => a), raised }, ...(raised.length > 0 ? { reason: `step raised: ${raised.join(', ')}` } : {}),
    });
    for (const campaign of input.producing) {
      out.push({ at: new Date(t + 60_000), action: 'rucio_arrivals', outcome: 'ok', sublevel: 'normal', instance: 'catalog-sync', username: 'nightly_cron', subjectType: 'campaign', subjectKey: campaign, extra: { created: rng.int(40, 900), campaign } });
    }
  }
  const since = ctx.anchor.getTime() - 14 * DAY;
  for (const p of input.pandaPlans) {
    if (p.creation.getTime() < since) continue;
    const unrecorded = p.roles.has('unrecorded');
    out.push({
      at: addHours(p.creation, 0.01), action: 'task_submit', outcome: unrecorded ? 'unrecorded' : 'ok', sublevel: 'high', instance: 'ops-agent', username: 'carol',
      subjectType: 'campaign_task', subjectKey: p.prodTask.dataset.composed, durationMs: rng.int(9000, 40000),
      extra: { jedi_task_id: p.jediTaskId, task_name: p.taskName, site: p.queue.queue },
      ...(unrecorded ? { reason: `PanDA task ${p.jediTaskId} was created but record-submission failed (HTTP 502 from the PCS API); re-record, do not resubmit`, ref: 'unrecorded' } : {}),
    });
  }
  const paused = input.pandaPlans.find((p) => p.roles.has('paused'));
  if (paused) {
    out.push({ at: addHours(ctx.anchor, -9), action: 'panda_task_operation', outcome: 'ok', sublevel: 'high', instance: 'ops-agent', username: 'bob', subjectType: 'panda_task', subjectKey: String(paused.jediTaskId), extra: { operation: 'pause', jedi_task_id: paused.jediTaskId, status: 'verified' } });
  }
  for (const [i, label] of input.draftTags.entries()) {
    out.push({ at: daysBefore(ctx.anchor, 10 - i), action: 'tag_create', outcome: 'ok', sublevel: 'low', instance: 'web', username: 'carol', subjectType: 'tag', subjectKey: label });
  }
  out.push({ at: daysBefore(ctx.anchor, 12.5), action: 'tag_lock', outcome: 'ok', sublevel: 'normal', instance: 'web', username: 'carol', subjectType: 'tag', subjectKey: 'r2' });
  for (let i = 0; i < 6; i++) {
    const at = new Date(ctx.anchor.getTime() - rng.float(0.1, 13) * DAY);
    const timeout = i === 2;
    out.push({
      at, action: 'payload_log_fetch', outcome: timeout ? 'timeout' : 'ok', sublevel: 'normal', instance: 'ops-agent', username: rng.pick(['alice', 'bob', 'mcp']),
      subjectType: 'panda_job', subjectKey: String(130_500 + rng.int(0, 20_000)), durationMs: timeout ? 180_000 : rng.int(4000, 40000),
      ...(timeout ? { reason: 'log replica copy exceeded 180 s' } : {}),
    });
  }
  const fill = ctx.params.actionRecords - out.length;
  for (let i = 0; i < fill; i++) {
    const at = new Date(since + ((i + rng.next()) / Math.max(fill, 1)) * 14 * DAY);
    const action = rng.weighted([['system_status_refresh', 6], ['progress_refresh', 2], ['inventory_sync', 2], ['questionnaire_match', 1], ['task_set_status', 1], ['dataset_create', 1]] as const);
    out.push({ at, action, outcome: 'ok', sublevel: action === 'task_set_status' || action === 'dataset_create' ? 'normal' : 'low', instance: action === 'task_set_status' || action === 'dataset_create' ? 'web' : 'ops-agent', username: action === 'task_set_status' || action === 'dataset_create' ? 'carol' : 'nightly_cron', durationMs: rng.int(50, 3000) });
  }
  return out.filter((r) => r.at.getTime() <= ctx.anchor.getTime());
}

/** Inserts in time order (ids follow time) and returns the ids of referenced records. */
export async function insertActionStream(ctx: SeedContext, records: StreamRecord[]): Promise<Map<string, number>> {
  const sorted = [...records].sort((a, b) => a.at.getTime() - b.at.getTime() || a.action.localeCompare(b.action) || (a.subjectKey ?? '').localeCompare(b.subjectKey ?? ''));
  const refs = new Map<string, number>();
  for (let i = 0; i < sorted.length; i += 500) {
    const slice = sorted.slice(i, i + 500);
    const inserted = await ctx.db.insert(appLog).values(slice.map((r) => {
      const levelname = r.outcome === 'ok' || r.outcome === 'skipped' ? 'INFO' : r.outcome === 'warning' ? 'WARNING' : 'ERROR';
      return {
        appName: 'epicprod', instanceName: r.instance, timestamp: r.at, level: levelname === 'INFO' ? 20 : levelname === 'WARNING' ? 30 : 40, levelname,
        message: r.message ?? `${r.action} ${r.subjectKey ?? ''}`.trim(), module: 'epicprod', funcname: r.action, lineno: 0, process: 41877, thread: 0,
        action: r.action, outcome: r.outcome, sublevel: r.sublevel, subjectType: r.subjectType ?? null, subjectKey: r.subjectKey ?? null,
        username: r.username, durationMs: r.durationMs ?? null,
        extraData: {
          action: r.action, outcome: r.outcome, sublevel: r.sublevel, username: r.username, live_default: r.sublevel === 'high',
          ...(r.subjectType ? { subject_type: r.subjectType, subject_key: r.subjectKey } : {}), ...(r.durationMs !== undefined ? { duration_ms: r.durationMs } : {}),
          ...r.extra, ...(r.reason ? { reason: r.reason.slice(0, 300) } : {}),
        },
      };
    })).returning({ id: appLog.id });
    inserted.forEach((row, j) => {
      const ref = slice[j]!.ref;
      if (ref) refs.set(ref, row.id);
    });
  }
  return refs;
}
