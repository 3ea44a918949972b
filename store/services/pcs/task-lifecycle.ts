import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { type ProdTaskStatus } from '../../schema/enums.ts';
import { prodTask } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { GateError } from '../errors.ts';
import { versionConflict } from './optimistic-concurrency.ts';
import { parseInput, rowVersionField, type Actor } from './service-support.ts';
import { loadTaskContext } from './task-context.ts';
import { evaluateReadiness, type GateFailure } from './task-readiness.ts';
import { getTask, type TaskRow } from './task-service.ts';

/**
 * Status moves a caller may request directly. `submitted` is deliberately absent: only
 * record-submission writes it, together with the PanDA association.
 */
export const TASK_TRANSITIONS: Record<ProdTaskStatus, readonly ProdTaskStatus[]> = {
  draft: ['ready'],
  ready: ['draft'],
  submitted: ['completed', 'failed'],
  completed: [],
  failed: [],
  past_output: [],
};

export const setTaskStatusInput = z.strictObject({
  to: z.enum(['draft', 'ready', 'completed', 'failed']),
  comment: z.string().max(2000).optional(),
  row_version: rowVersionField.optional(),
});

export interface TaskStatusResult {
  task: TaskRow;
  warnings: GateFailure[];
}

/** Turns the first failing readiness gate into the error (code and details name it); the rest ride along. */
export function readinessError(taskName: string, failures: GateFailure[]): GateError {
  const first = failures[0]!;
  return new GateError(`TASK_GATE_${first.gate.toUpperCase()}`, `task ${taskName} is not ready: ${failures.map((f) => f.message).join('; ')}`, {
    gate: first.gate, failures,
  });
}

export async function setTaskStatus(db: Database, actor: Actor, key: string, input: unknown): Promise<TaskStatusResult> {
  const parsed = parseInput(setTaskStatusInput, input);
  return db.transaction(async (tx) => {
    const task = await getTask(tx, key);
    const allowed = TASK_TRANSITIONS[task.status];
    if (!allowed.includes(parsed.to)) {
      throw new GateError('TASK_TRANSITION_NOT_ALLOWED', `task ${task.name} cannot go from ${task.status} to ${parsed.to}; allowed: ${allowed.join(', ') || 'none (terminal)'}. Submission is recorded via record-submission.`, {
        gate: 'task_transition', from: task.status, to: parsed.to, allowed,
      });
    }
    let warnings: GateFailure[] = [];
    if (parsed.to === 'ready') {
      const report = await evaluateReadiness(tx, await loadTaskContext(tx, task));
      if (report.failures.length && !report.commissioning) throw readinessError(task.name, report.failures);
      warnings = report.failures;
    }
    const where = parsed.row_version !== undefined ? and(eq(prodTask.id, task.id), eq(prodTask.rowVersion, parsed.row_version)) : eq(prodTask.id, task.id);
    const [updated] = await tx.update(prodTask).set({ status: parsed.to, updatedAt: new Date(), rowVersion: sql`${prodTask.rowVersion} + 1` }).where(where).returning();
    if (!updated) throw await versionConflict(tx, { entity: 'task', subjectType: 'task', subjectKey: task.name, expected: parsed.row_version!, current: task.rowVersion, updatedAt: task.updatedAt });
    await recordAction(tx, {
      action: 'task_set_status', outcome: warnings.length ? 'warning' : 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'task', subjectKey: task.name,
      ...(warnings.length ? { reason: `commissioning: ${warnings.map((w) => w.gate).join(', ')}` } : {}),
      extra: { from: task.status, to: parsed.to, row_version: updated.rowVersion, changed: ['status'], ...(parsed.comment ? { comment: parsed.comment } : {}) },
    });
    return { task: updated, warnings };
  });
}
