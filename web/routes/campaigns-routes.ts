import type { FastifyInstance } from 'fastify';
import { campaignProgress, cloneCampaign, cloneCampaignInput, createCampaign, createCampaignInput, getCampaign, listCampaigns, listCampaignsInput, promoteCampaign } from '../../store/services/pcs/campaign-service.ts';
import { actorOf, requireRole } from '../auth.ts';
import { toWire } from '../wire.ts';
import { bearer, nameParam, pageBody, zodApp, type RouteDeps } from './route-support.ts';

export function registerCampaignRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  const tags = ['campaigns'];
  r.get('/api/v1/campaigns', { schema: { tags, summary: 'List campaigns', querystring: listCampaignsInput } }, async (req) => pageBody(await listCampaigns(db, req.query)));
  r.get('/api/v1/campaigns/:name', { schema: { tags, summary: 'One campaign', params: nameParam } }, async (req) => toWire(await getCampaign(db, req.params.name)));
  r.get('/api/v1/campaigns/:name/summary', { schema: { tags, summary: 'Progress summary: datasets by disposition, tasks by status', params: nameParam } }, async (req) => campaignProgress(db, req.params.name));
  r.post('/api/v1/campaigns', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'Create a future campaign', body: createCampaignInput, security: bearer } }, async (req, reply) =>
    reply.code(201).send(toWire(await createCampaign(db, actorOf(req), req.body))));
  r.post('/api/v1/campaigns/:name/clone', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'Create the next campaign from this one, instancing continue datasets', params: nameParam, body: cloneCampaignInput, security: bearer } }, async (req, reply) => {
    const result = await cloneCampaign(db, actorOf(req), req.params.name, req.body);
    return reply.code(201).send({ ...result, campaign: toWire(result.campaign) });
  });
  r.post('/api/v1/campaigns/:name/promote', { preHandler: requireRole('production-manager'), schema: { tags, summary: 'Make a future campaign current (current→last, last→past)', params: nameParam, security: bearer } }, async (req) =>
    promoteCampaign(db, actorOf(req), req.params.name));
}
