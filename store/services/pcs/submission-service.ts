import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { pandaTaskAssociation, prodTask } from '../../schema/pcs.ts';
import { attemptName, formatLogDid } from '../../names/index.ts';
import { recordAction } from '../action-stream.ts';
import { ConflictError, GateError, InvalidInputError } from '../errors.ts';
import { parseInput, translateConstraintErrors, type Actor } from './service-support.ts';
import { loadTaskContext } from './task-context.ts';
import { evaluateReadiness, type GateFailure } from './task-readiness.ts';
import { getTask, type TaskRow } from './task-service.ts';

export type PandaAttemptRow = typeof pandaTaskAssociation.$inferSelect;

const jediTaskId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const recordSubmissionInput = z.strictObject({
  jedi_task_id: jediTaskId,
  status: z.literal('submitted').default('submitted'),
  panda_task_name: z.string().max(255).optional().describe('must equal the attempt name PCS computes, when given'),
  panda_tasks_id: z.number().int().positive().optional().describe('accepted for compatibility; the association is created here'),
  site: z.string().max(100).default(''),
  residual: z.boolean().default(false),
});

export const rerunEntireTaskInput = z.strictObject({
  jedi_task_id: jediTaskId,
  site: z.string().max(100).default(''),
  comment: z.string().trim().min(1).max(2000),
});

export interface SubmissionResult {
  task: TaskRow;
  attempt: PandaAttemptRow;
  warnings: GateFailure[];
}

async function nextTryNumber(tx: Executor, taskId: number): Promise<number> {
  const [last] = await tx.select({ n: pandaTaskAssociation.tryNumber }).from(pandaTaskAssociation).where(eq(pandaTaskAssociation.prodTaskId, taskId)).orderBy(desc(pandaTaskAssociation.tryNumber)).limit(1);
  return (last?.n ?? 0) + 1;
}

async function insertAttempt(tx: Executor, task: TaskRow, options: { jediTaskId: number; site: string; source: string; residual: boolean }): Promise<PandaAttemptRow> {
  const [taken] = await tx.select({ prodTaskId: pandaTaskAssociation.prodTaskId }).from(pandaTaskAssociation).where(eq(pandaTaskAssociation.jediTaskId, options.jediTaskId)).limit(1);
  if (taken) throw new ConflictError('JEDI_TASK_ALREADY_ASSOCIATED', `JEDI task ${options.jediTaskId} is already associated with campaign task id ${taken.prodTaskId}`, { jedi_task_id: options.jediTaskId });
  const tryNumber = await nextTryNumber(tx, task.id);
  const taskName = attemptName(task.composedName, tryNumber);
  const [attempt] = await tx
    .insert(pandaTaskAssociation)
    .values({ prodTaskId: task.id, tryNumber, jediTaskId: options.jediTaskId, taskName, outDs: taskName, logDs: formatLogDid(taskName), site: options.site, statusSnapshot: 'submitted', associationSource: options.source, metadata: options.residual ? { residual: true } : {} })
    .returning();
  return attempt!;
}

/**
 * What the ops agent calls after PanDA accepted a task: refused unless the task is ready and has
 * no PanDA task yet (commissioning also accepts drafts, with the gate problems as warnings).
 */
export async function recordSubmission(db: Database, actor: Actor, key: string, input: unknown): Promise<SubmissionResult> {
  const parsed = parseInput(recordSubmissionInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const task = await getTask(tx, key);
      if (task.pandaTaskId !== null) {
        throw new GateError('TASK_ALREADY_SUBMITTED', `task ${task.name} already has PanDA task ${task.pandaTaskId}; use rerun-entire-task for a new attempt`, { gate: 'no_panda_task', panda_task_id: task.pandaTaskId });
      }
      let warnings: GateFailure[] = [];
      if (task.status !== 'ready') {
        const report = task.status === 'draft' ? await evaluateReadiness(tx, await loadTaskContext(tx, task)) : null;
        if (!report?.commissioning) {
          throw new GateError('TASK_NOT_READY_FOR_SUBMISSION', `task ${task.name} is ${task.status}; only a ready task can be recorded as submitted`, { gate: 'submission_requires_ready', status: task.status });
        }
        warnings = report.failures;
      }
      const attempt = await insertAttempt(tx, task, { jediTaskId: parsed.jedi_task_id, site: parsed.site, source: 'pcs_submit_request', residual: parsed.residual });
      if (parsed.panda_task_name && parsed.panda_task_name !== attempt.taskName) {
        throw new InvalidInputError('PANDA_TASK_NAME_MISMATCH', `panda_task_name ${parsed.panda_task_name} is not this task's attempt name ${attempt.taskName}`, { expected: attempt.taskName });
      }
      const [updated] = await tx.update(prodTask).set({ status: 'submitted', pandaTaskId: parsed.jedi_task_id, updatedAt: new Date(), rowVersion: task.rowVersion + 1 }).where(eq(prodTask.id, task.id)).returning();
      await recordAction(tx, {
        action: 'task_submit', outcome: warnings.length ? 'warning' : 'ok', sublevel: 'high', instance: 'web', username: actor.username, subjectType: 'task', subjectKey: task.name,
        ...(warnings.length ? { reason: `commissioning: ${warnings.map((w) => w.gate).join(', ')}` } : {}),
        extra: { jedi_task_id: parsed.jedi_task_id, try_number: attempt.tryNumber, panda_task_name: attempt.taskName, residual: parsed.residual, row_version: updated!.rowVersion, changed: ['status', 'panda_task_id'] },
      });
      return { task: updated!, attempt, warnings };
    }),
  );
}

/** "Rerun Entire Task": a deliberate new physical attempt named `<logical>.tryN`, mostly for small test tasks. */
export async function rerunEntireTask(db: Database, actor: Actor, key: string, input: unknown): Promise<SubmissionResult> {
  const parsed = parseInput(rerunEntireTaskInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const task = await getTask(tx, key);
      if (!['submitted', 'failed', 'completed'].includes(task.status) || task.pandaTaskId === null) {
        throw new GateError('TASK_NEVER_SUBMITTED', `task ${task.name} is ${task.status}; a rerun needs an earlier submission (record-submission first)`, { gate: 'rerun_requires_submission', status: task.status });
      }
      const attempt = await insertAttempt(tx, task, { jediTaskId: parsed.jedi_task_id, site: parsed.site, source: 'pcs_rerun_entire_task', residual: false });
      const [updated] = await tx.update(prodTask).set({ status: 'submitted', pandaTaskId: parsed.jedi_task_id, updatedAt: new Date(), rowVersion: task.rowVersion + 1 }).where(eq(prodTask.id, task.id)).returning();
      await recordAction(tx, {
        action: 'task_submit', outcome: 'ok', sublevel: 'high', instance: 'web', username: actor.username, subjectType: 'task', subjectKey: task.name,
        extra: { jedi_task_id: parsed.jedi_task_id, try_number: attempt.tryNumber, panda_task_name: attempt.taskName, rerun: true, comment: parsed.comment, row_version: updated!.rowVersion, changed: ['status', 'panda_task_id'] },
      });
      return { task: updated!, attempt, warnings: [] };
    }),
  );
}

export async function listTaskAttempts(db: Executor, key: string): Promise<PandaAttemptRow[]> {
  const task = await getTask(db, key);
  return db.select().from(pandaTaskAssociation).where(eq(pandaTaskAssociation.prodTaskId, task.id)).orderBy(pandaTaskAssociation.tryNumber);
}
