import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { harvesterWorkers } from '../../store/services/catalog/panda-activity.ts';
import { countsSchema, resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'harvester-workers',
  title: 'Harvester worker counts',
  description: 'Latest Harvester worker counts by status and site observed within the window (default 1 h).',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    hours: z.number().int().min(1).max(168).default(1).describe('Observation window in hours'),
    site: z.string().optional().describe('Only this site'),
  }),
  output: resultSchema({
    nworkers_total: z.number().describe('Workers in the latest observations'),
    by_status: countsSchema.describe('Workers by status'),
    by_site: countsSchema.describe('Workers by site'),
    observed_at: z.string().nullable().describe('Newest observation time'),
  }),
  async run(context, args) {
    const workers = await harvesterWorkers(context.store.db, { from: hoursBefore(context.now(), args.hours), site: args.site });
    return { headline: `${workers.nworkers_total} harvester workers`, path: args.site ? `/sites/${args.site}` : '/sites', asOf: workers.observed_at, data: workers };
  },
});
