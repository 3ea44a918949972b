import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { copyTag, createTag, createTagInput, deleteTag, diffTags, editTag, editTagInput, getTag, listTags, listTagsInput, lockTag, lockTagInput } from '../../store/services/pcs/tag-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, pageBody, zodApp, type RouteDeps } from './route-support.ts';

const labelParam = z.strictObject({ label: z.string().min(1).max(20) });

export function registerTagRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  const tags = ['tags'];
  r.get('/api/v1/tags', { schema: { tags, summary: 'List and search tags (keyset paginated)', querystring: listTagsInput } }, async (req) => pageBody(await listTags(db, req.query)));
  r.get('/api/v1/tags/diff', { schema: { tags, summary: 'Field-by-field differences between two tags', querystring: z.strictObject({ a: z.string().max(20), b: z.string().max(20) }) } }, async (req) => {
    const diff = await diffTags(db, req.query.a, req.query.b);
    return { a: toWire(diff.a), b: toWire(diff.b), differences: diff.differences };
  });
  r.get('/api/v1/tags/:label', { schema: { tags, summary: 'One tag', params: labelParam } }, async (req) => toWire(await getTag(db, req.params.label)));
  r.post('/api/v1/tags', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Create a draft tag (number auto-assigned)', body: createTagInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await createTag(db, actorOf(req), req.body))));
  r.patch('/api/v1/tags/:label', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Edit your own draft (row_version required)', params: labelParam, body: editTagInput, security: bearer } }, async (req) =>
    toWire(await editTag(db, actorOf(req), req.params.label, req.body)));
  r.post('/api/v1/tags/:label/lock', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Lock your own draft (validates required parameters)', params: labelParam, body: lockTagInput.optional(), security: bearer } }, async (req) =>
    toWire(await lockTag(db, actorOf(req), req.params.label, req.body ?? {})));
  r.post('/api/v1/tags/:label/copy', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Copy any tag to a new draft with the next number', params: labelParam, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await copyTag(db, actorOf(req), req.params.label))));
  r.delete('/api/v1/tags/:label', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Delete your own draft', params: labelParam, security: bearer } }, async (req) =>
    deleteTag(db, actorOf(req), req.params.label));
}
