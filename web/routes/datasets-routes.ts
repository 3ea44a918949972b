import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addDatasetBlock, createDataset, createDatasetInput, getDataset, listDatasets, listDatasetsInput, setDatasetPropagation, setPropagationInput } from '../../store/services/pcs/dataset-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, pageBody, zodApp, type RouteDeps } from './route-support.ts';

const keyParam = z.strictObject({ key: z.string().min(1).max(300).describe('id, DID or composed name') });

export function registerDatasetRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  const tags = ['datasets'];
  r.get('/api/v1/datasets', { schema: { tags, summary: 'List datasets (block rows)', querystring: listDatasetsInput } }, async (req) => pageBody(await listDatasets(db, req.query)));
  r.get('/api/v1/datasets/:key', { schema: { tags, summary: 'One dataset by id, DID or composed name', params: keyParam } }, async (req) => toWire(await getDataset(db, req.params.key)));
  r.post('/api/v1/datasets', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Create a dataset (composes name and DID, mints the physics config)', body: createDatasetInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await createDataset(db, actorOf(req), req.body))));
  r.post('/api/v1/datasets/:key/blocks', { preHandler: requireRole('physicist'), schema: { tags, summary: 'Add the next Rucio block', params: keyParam, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await addDatasetBlock(db, actorOf(req), req.params.key))));
  r.post('/api/v1/datasets/propagation', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'Set disposition (continue|hold|final) with a comment', body: setPropagationInput, security: bearer } }, async (req) =>
    setDatasetPropagation(db, actorOf(req), req.body));
}
