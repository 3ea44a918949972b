import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { intakeQuestionnaire, listQuestionnaires, listQuestionnairesInput, questionnaireIntakeInput, redactContact } from '../../store/services/pcs/questionnaire-service.ts';
import { getRequest, intakeRequest, listRequests, listRequestsInput, requestIntakeInput, requestTransitionInput, transitionRequest } from '../../store/services/pcs/request-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, idParam, zodApp, type RouteDeps } from './route-support.ts';

const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().describe('replays with the same body return the original response'),
});

export function registerRequestRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  const questionnaires = ['questionnaires'];
  r.get('/api/v1/questionnaires', { schema: { tags: questionnaires, summary: 'Questionnaire mirror, newest first (contacts redacted for anonymous readers)', querystring: listQuestionnairesInput } }, async (req) => {
    const page = await listQuestionnaires(db, req.query);
    const anonymous = req.principal.via === 'anonymous';
    const items = page.items.map((q) => (anonymous ? { ...q, contact: redactContact(q.contact) } : q));
    return { items: toWire(items), next_cursor: page.nextCursor };
  });
  r.post('/api/v1/questionnaires/intake', { preHandler: requireRole('production-manager'), schema: { tags: questionnaires, summary: 'Mirror one form response (idempotent on submitted_at)', body: questionnaireIntakeInput, security: bearer } }, async (req, reply) => {
    const result = await intakeQuestionnaire(db, actorOf(req), req.body);
    return reply.code(result.outcome === 'created' ? 201 : 200).send({ outcome: result.outcome, questionnaire: toWire(result.questionnaire) });
  });

  const tags = ['requests'];
  r.get('/api/v1/requests', { schema: { tags, summary: 'Production requests', querystring: listRequestsInput } }, async (req) => {
    const page = await listRequests(db, req.query);
    return { items: toWire(page.items), next_cursor: page.nextCursor };
  });
  r.get('/api/v1/requests/:id', { schema: { tags, summary: 'One production request', params: idParam } }, async (req) => toWire(await getRequest(db, req.params.id)));
  r.post('/api/v1/requests', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Submit a production request (Idempotency-Key or intake_key make it idempotent)', headers: idempotencyHeaders, body: requestIntakeInput, security: bearer } }, async (req, reply) => {
    const key = req.headers['idempotency-key'];
    const result = await intakeRequest(db, actorOf(req), req.body, key ? { idempotencyKey: key } : {});
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(result.replayed && !key ? 200 : 201).send(toWire(result.request));
  });
  r.post('/api/v1/requests/:id/transition', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'Triage: new→review→ready|blocked→linked→closed', params: idParam, body: requestTransitionInput, security: bearer } }, async (req) =>
    toWire(await transitionRequest(db, actorOf(req), req.params.id, req.body)));
}
