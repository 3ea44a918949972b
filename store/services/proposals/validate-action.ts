import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { PROD_TASK_STATUSES, PROPAGATIONS } from '../../schema/enums.ts';
import { GateError, InvalidInputError, NotFoundError } from '../errors.ts';
import { queryRows } from '../catalog/keyset-query.ts';
import { findDatasetRows } from '../pcs-read/datasets.ts';
import { PANDA_OPERATIONS, type ProposalAction } from './action-catalog.ts';
import type { ValidatedAction } from './proposal-types.ts';

export interface ActionRequest {
  action: ProposalAction;
  /** JEDI task id, campaign task name, dataset composed name/DID, or campaign name, by action. */
  subject: string;
  /** Action parameters: `status` (set_task_status), `state`/`replaced_by` (propagation). */
  params: Record<string, string>;
}

/** PanDA statuses each operation is allowed from (DOMAIN §4.4; retry rules inferred there). */
const ALLOWED_FROM: Record<string, readonly string[] | { not: readonly string[] }> = {
  pause: { not: ['finished', 'failed', 'done', 'aborted', 'broken', 'paused', 'toabort', 'aborting'] },
  resume: ['paused', 'throttled'],
  add_retry: ['exhausted', 'finished'],
  retry_failures: ['finished', 'failed', 'exhausted'],
  abort: { not: ['done', 'finished', 'failed', 'aborted', 'broken', 'toabort', 'aborting'] },
};

function allowed(action: string, status: string): boolean {
  const rule = ALLOWED_FROM[action];
  if (!rule) return false;
  return Array.isArray(rule) ? rule.includes(status) : !(rule as { not: readonly string[] }).not.includes(status);
}

async function pandaTaskAction(db: Executor, request: ActionRequest): Promise<ValidatedAction> {
  const id = Number(request.subject);
  if (!Number.isInteger(id) || id <= 0) throw new InvalidInputError('INVALID_SUBJECT', `${request.action} needs a JEDI task id as subject (e.g. "38511"), got "${request.subject}"`);
  const [task] = await queryRows<{ task_name: string; status: string; n_files_total: number; n_files_finished: number; n_final_failed: number; n_files_failed: number }>(
    db,
    sql`select task_name, status::text as status, n_files_total, n_files_finished, n_final_failed, n_files_failed from panda_task where jedi_task_id = ${id}`,
  );
  if (!task) throw new NotFoundError('panda task', id, 'use list-panda-tasks to find the JEDI id');
  if (!allowed(request.action, task.status)) {
    throw new GateError('ACTION_NOT_ALLOWED', `${request.action} is not allowed while task ${id} is ${task.status}`, { gate: 'panda_task_status', status: task.status });
  }
  const operation = PANDA_OPERATIONS[request.action]!;
  const [jobs] = await queryRows<{ active: number }>(db, sql`select coalesce(sum(job_count) filter (where job_status in ('running', 'starting', 'sent', 'activated', 'transferring')), 0)::int as active from panda_job_rollup where jedi_task_id = ${id}`);
  return {
    subjectKey: String(id),
    payload: { msg_type: 'panda_task_operation', operation, task_name: task.task_name, jedi_task_id: id },
    precondition: { prev_status: task.status },
    impactPreview: {
      task_name: task.task_name, current_status: task.status, files_total: task.n_files_total, files_finished: task.n_files_finished,
      files_final_failed: task.n_final_failed, active_jobs: jobs?.active ?? 0,
      effect: request.action === 'abort' ? `kills ${jobs?.active ?? 0} active jobs; the task ends as aborted` : request.action === 'retry_failures' || request.action === 'add_retry' ? `re-attempts up to ${task.n_final_failed} finally failed inputs` : `task ${request.action}d`,
    },
    facts: `Task ${id} (${task.task_name}) is ${task.status}: ${task.n_files_finished}/${task.n_files_total} files finished, ${task.n_final_failed} finally failed.`,
  };
}

async function campaignTaskAction(db: Executor, request: ActionRequest): Promise<ValidatedAction> {
  const [task] = await queryRows<{ name: string; status: string; campaign: string | null }>(db, sql`select p.name, p.status::text as status, c.name as campaign from pcs_prod_task p left join pcs_campaign c on c.id = p.campaign_id where p.name = ${request.subject}`);
  if (!task) throw new NotFoundError('campaign task', request.subject, 'use list-prod-tasks to find task names');
  if (request.action === 'submit_task') {
    if (task.status !== 'ready') throw new GateError('ACTION_NOT_ALLOWED', `only ready tasks can be submitted; ${task.name} is ${task.status}`, { gate: 'prod_task_status', status: task.status });
    return {
      subjectKey: task.name,
      payload: { msg_type: 'submit_task', task_name: task.name },
      precondition: { prev_status: 'ready' },
      impactPreview: { task_name: task.name, campaign: task.campaign, effect: 'creates a new PanDA task from the prun artifact' },
      facts: `Campaign task ${task.name} (campaign ${task.campaign ?? '-'}) is ready.`,
    };
  }
  const target = request.params.status;
  if (!target || !(PROD_TASK_STATUSES as readonly string[]).includes(target) || target === 'past_output') {
    throw new InvalidInputError('INVALID_PARAMS', `set_task_status needs params.status, one of ${PROD_TASK_STATUSES.filter((s) => s !== 'past_output').join(', ')}`);
  }
  if (target === task.status) throw new GateError('NO_CHANGE', `${task.name} is already ${target}`, { gate: 'prod_task_status', status: task.status });
  return {
    subjectKey: task.name,
    payload: { task_name: task.name, status: target },
    precondition: { prev_status: task.status },
    impactPreview: { task_name: task.name, from: task.status, to: target },
    facts: `Campaign task ${task.name}: ${task.status} → ${target}.`,
  };
}

async function propagationAction(db: Executor, request: ActionRequest): Promise<ValidatedAction> {
  const [dataset] = await findDatasetRows(db, request.subject);
  const state = request.params.state;
  if (!state || !(PROPAGATIONS as readonly string[]).includes(state)) throw new InvalidInputError('INVALID_PARAMS', `propagation needs params.state, one of ${PROPAGATIONS.join(', ')} (and optionally params.replaced_by)`);
  const name = String(dataset!.composed_name);
  const replacedBy = request.params.replaced_by ?? '';
  if (state === dataset!.propagation && replacedBy === dataset!.replaced_by) throw new GateError('NO_CHANGE', `${name} is already ${state}`, { gate: 'dataset_propagation' });
  return {
    subjectKey: name,
    ...(replacedBy ? { counterpartKey: replacedBy } : {}),
    payload: { dataset: name, state, replaced_by: replacedBy },
    precondition: { prev_state: dataset!.propagation, prev_replaced_by: dataset!.replaced_by },
    impactPreview: { dataset: name, from: dataset!.propagation, to: state, replaced_by: replacedBy || null },
    facts: `Dataset ${name}: propagation ${String(dataset!.propagation)} → ${state}${replacedBy ? `, replaced by ${replacedBy}` : ''}.`,
  };
}

async function promoteAction(db: Executor, request: ActionRequest): Promise<ValidatedAction> {
  const rows = await queryRows<{ name: string; lifecycle: string }>(db, sql`select name, lifecycle::text as lifecycle from pcs_campaign where name = ${request.subject} or lifecycle = 'current'`);
  const target = rows.find((r) => r.name === request.subject);
  if (!target) throw new NotFoundError('campaign', request.subject, 'use list-campaigns');
  if (target.lifecycle === 'current') throw new GateError('NO_CHANGE', `${target.name} is already current`, { gate: 'campaign_lifecycle' });
  const current = rows.find((r) => r.lifecycle === 'current')?.name ?? null;
  return {
    subjectKey: target.name,
    payload: { campaign: target.name, lifecycle: 'current' },
    precondition: { prev_lifecycle: target.lifecycle, prev_current: current },
    impactPreview: { campaign: target.name, from: target.lifecycle, to: 'current', previous_current_becomes_last: current },
    facts: `Campaign ${target.name} (${target.lifecycle}) → current; ${current ?? 'no campaign'} stops being current.`,
  };
}

export async function validateAction(db: Executor, request: ActionRequest): Promise<ValidatedAction> {
  switch (request.action) {
    case 'retry_failures': case 'add_retry': case 'pause': case 'resume': case 'abort':
      return pandaTaskAction(db, request);
    case 'set_task_status': case 'submit_task':
      return campaignTaskAction(db, request);
    case 'propagation':
      return propagationAction(db, request);
    case 'promote_campaign':
      return promoteAction(db, request);
  }
}
