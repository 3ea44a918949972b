import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createCategory, createCategoryInput, listCategories, updateCategory, updateCategoryInput } from '../../store/services/pcs/category-service.ts';
import { getPhysicsConfig, listPhysicsConfigs, listPhysicsConfigsInput, setPhysicsConfigRequestors, setRequestorsInput } from '../../store/services/pcs/physics-config-service.ts';
import { createProdConfig, createProdConfigInput, editProdConfig, editProdConfigInput, getProdConfig, listProdConfigs, listProdConfigsInput } from '../../store/services/pcs/prod-config-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, idParam, pageBody, zodApp, type RouteDeps } from './route-support.ts';

export function registerConfigRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  const categories = ['physics categories'];
  r.get('/api/v1/physics-categories', { schema: { tags: categories, summary: 'All physics categories' } }, async () => ({ items: toWire(await listCategories(db)) }));
  r.post('/api/v1/physics-categories', { preHandler: requireRole('production-manager'), schema: { tags: categories, summary: 'Create a category', body: createCategoryInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await createCategory(db, actorOf(req), req.body))));
  r.patch('/api/v1/physics-categories/:digit', { preHandler: requireRole('production-manager'), schema: { tags: categories, summary: 'Rename or describe a category', params: z.strictObject({ digit: z.coerce.number().int().min(1).max(9) }), body: updateCategoryInput, security: bearer } }, async (req) =>
    toWire(await updateCategory(db, actorOf(req), req.params.digit, req.body)));

  const physics = ['physics configs'];
  r.get('/api/v1/physics-configs', { schema: { tags: physics, summary: 'Physics configurations (pc<n>)', querystring: listPhysicsConfigsInput } }, async (req) => pageBody(await listPhysicsConfigs(db, req.query)));
  r.get('/api/v1/physics-configs/:label', { schema: { tags: physics, summary: 'One physics configuration', params: z.strictObject({ label: z.string().max(16) }) } }, async (req) => toWire(await getPhysicsConfig(db, req.params.label)));
  r.post('/api/v1/physics-configs/requestors', { preHandler: requireRole('physicist'), schema: { tags: physics, summary: 'Set requestors of physics configs (comment required)', body: setRequestorsInput, security: bearer } }, async (req) =>
    ({ items: toWire(await setPhysicsConfigRequestors(db, actorOf(req), req.body)) }));

  const prod = ['prod configs'];
  r.get('/api/v1/prod-configs', { schema: { tags: prod, summary: 'Prod configs', querystring: listProdConfigsInput } }, async (req) => pageBody(await listProdConfigs(db, req.query)));
  r.get('/api/v1/prod-configs/:id', { schema: { tags: prod, summary: 'One prod config', params: idParam } }, async (req) => toWire(await getProdConfig(db, req.params.id)));
  r.post('/api/v1/prod-configs', { preHandler: requireRole('physicist'), schema: { tags: prod, summary: 'Create a prod config', body: createProdConfigInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await createProdConfig(db, actorOf(req), req.body))));
  r.patch('/api/v1/prod-configs/:id', { preHandler: requireRole('physicist'), schema: { tags: prod, summary: 'Edit your own prod config (row_version required)', params: idParam, body: editProdConfigInput, security: bearer } }, async (req) =>
    toWire(await editProdConfig(db, actorOf(req), req.params.id, req.body)));
}
