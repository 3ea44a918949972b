import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addPageVersion, addVersionInput, createPage, createPageInput, listPages, listPagesInput, listPageVersions } from '../../store/services/artifacts/narrative-service.ts';
import { addComment, addCommentInput, editComment, editCommentInput, listComments, listCommentsInput } from '../../store/services/pcs/comment-service.ts';
import { listValidationResults, listValidationInput, recordValidationInput, recordValidationResult } from '../../store/services/pcs/validation-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, idParam, pageBody, zodApp, type RouteDeps } from './route-support.ts';

const slugParam = z.strictObject({ slug: z.string().min(1).max(300) });

/** Validation results, comments and narratives: the human and machine notes attached to PCS objects. */
export function registerNotesRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  r.get('/api/v1/validation-results', { schema: { tags: ['validation'], summary: 'Validation results, newest first', querystring: listValidationInput } }, async (req) => pageBody(await listValidationResults(db, req.query)));
  r.post('/api/v1/validation-results', { preHandler: requireRole('operator'), schema: { tags: ['validation'], summary: 'Append a validation result (mirrored into the dataset)', body: recordValidationInput, security: bearer } }, async (req, reply) => {
    const result = await recordValidationResult(db, actorOf(req), req.body);
    return reply.code(201).send({ result: toWire(result.result), datasets_updated: result.datasetsUpdated });
  });

  const comments = ['comments'];
  r.get('/api/v1/comments', { schema: { tags: comments, summary: 'Comments on a request, task, campaign or dataset', querystring: listCommentsInput } }, async (req) => pageBody(await listComments(db, req.query)));
  r.post('/api/v1/comments', { preHandler: requireRole('physicist'), schema: { tags: comments, summary: 'Add a comment', body: addCommentInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await addComment(db, actorOf(req), req.body))));
  r.patch('/api/v1/comments/:id', { preHandler: requireRole('physicist'), schema: { tags: comments, summary: 'Edit your own human comment (row_version required)', params: idParam, body: editCommentInput, security: bearer } }, async (req) =>
    toWire(await editComment(db, actorOf(req), req.params.id, req.body)));

  const narratives = ['narratives'];
  r.get('/api/v1/narratives', { schema: { tags: narratives, summary: 'Versioned pages', querystring: listPagesInput } }, async (req) => pageBody(await listPages(db, req.query)));
  r.post('/api/v1/narratives', { preHandler: requireRole('physicist'), schema: { tags: narratives, summary: 'Create a page', body: createPageInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await createPage(db, actorOf(req), req.body))));
  r.get('/api/v1/narratives/:slug/versions', { schema: { tags: narratives, summary: 'All versions of a page, newest first', params: slugParam } }, async (req) => {
    const result = await listPageVersions(db, req.params.slug);
    return { page: toWire(result.page), versions: toWire(result.versions) };
  });
  r.post('/api/v1/narratives/:slug/versions', { preHandler: requireRole('physicist'), schema: { tags: narratives, summary: 'Save a new immutable version (complete content)', params: slugParam, body: addVersionInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await addPageVersion(db, actorOf(req), req.params.slug, req.body))));
}
