import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ARTIFACT_FORMATS, renderTaskArtifact } from '../../store/services/pcs/task-artifacts.ts';
import { listTaskAttempts, recordSubmission, recordSubmissionInput, rerunEntireTask, rerunEntireTaskInput } from '../../store/services/pcs/submission-service.ts';
import { loadTaskContext } from '../../store/services/pcs/task-context.ts';
import { setTaskStatus, setTaskStatusInput } from '../../store/services/pcs/task-lifecycle.ts';
import { evaluateReadiness } from '../../store/services/pcs/task-readiness.ts';
import { getTask, intakeTask, listTasks, listTasksInput, taskIntakeInput } from '../../store/services/pcs/task-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, nameParam, pageBody, zodApp, type RouteDeps } from './route-support.ts';

export function registerTaskRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  const tags = ['tasks'];
  r.get('/api/v1/tasks', { schema: { tags, summary: 'Campaign tasks', querystring: listTasksInput } }, async (req) => pageBody(await listTasks(db, req.query)));
  r.get('/api/v1/tasks/:name', { schema: { tags, summary: 'One task by stored name, composed name or id', params: nameParam } }, async (req) => toWire(await getTask(db, req.params.name)));
  r.get('/api/v1/tasks/:name/attempts', { schema: { tags, summary: 'PanDA attempts (try numbers) of a task', params: nameParam } }, async (req) => ({ items: toWire(await listTaskAttempts(db, req.params.name)) }));
  r.get('/api/v1/tasks/:name/readiness', { schema: { tags, summary: 'Evaluate the draft→ready gate without changing anything', params: nameParam } }, async (req) =>
    evaluateReadiness(db, await loadTaskContext(db, await getTask(db, req.params.name))));
  r.get('/api/v1/tasks/:name/command', {
    schema: { tags, summary: 'Submission artifact regenerated from current PCS state (no writes)', params: nameParam, querystring: z.strictObject({ fmt: z.enum(ARTIFACT_FORMATS), residual: z.enum(['0', '1']).optional().describe('evgen only: residual=1 resubmits the missing tail') }) },
  }, async (req, reply) => {
    const artifact = await renderTaskArtifact(db, req.params.name, req.query.fmt, { residual: req.query.residual === '1' });
    return reply.type(artifact.contentType).send(artifact.body);
  });
  r.post('/api/v1/tasks/intake', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'Create or merge a draft task (idempotent on public-catalog keys)', body: taskIntakeInput, security: bearer } }, async (req, reply) => {
    const result = await intakeTask(db, actorOf(req), req.body);
    return reply.code(result.outcome === 'created' ? 201 : 200).send({ outcome: result.outcome, task: toWire(result.task) });
  });
  r.post('/api/v1/tasks/:name/status', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'draft→ready (readiness gate), ready→draft, submitted→completed|failed', params: nameParam, body: setTaskStatusInput, security: bearer } }, async (req) => {
    const result = await setTaskStatus(db, actorOf(req), req.params.name, req.body);
    return { task: toWire(result.task), warnings: result.warnings };
  });
  r.post('/api/v1/tasks/:name/record-submission', { preHandler: requireRole('operator'), schema: { tags, summary: 'Record that PanDA accepted the task (ready tasks only, once)', params: nameParam, body: recordSubmissionInput, security: bearer } }, async (req, reply) => {
    const result = await recordSubmission(db, actorOf(req), req.params.name, req.body);
    return reply.code(201).send({ task: toWire(result.task), attempt: toWire(result.attempt), warnings: result.warnings });
  });
  r.post('/api/v1/tasks/:name/rerun', { preHandler: requireRole('operator'), schema: { tags, summary: 'Rerun entire task: new attempt <name>.tryN', params: nameParam, body: rerunEntireTaskInput, security: bearer } }, async (req, reply) => {
    const result = await rerunEntireTask(db, actorOf(req), req.params.name, req.body);
    return reply.code(201).send({ task: toWire(result.task), attempt: toWire(result.attempt), warnings: result.warnings });
  });
}
