import { z } from 'zod';
import { listProdConfigs } from '../../store/services/pcs-read/production.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const configRow = z.strictObject({
  name: z.string().describe('Config name'),
  description: z.string().describe('Description'),
  panda_site: z.string().describe('PanDA site'),
  panda_queue: z.string().describe('PanDA queue'),
  rucio_rse: z.string().describe('Output RSE'),
  jug_xl_tag: z.string().describe('Software tag'),
  container_image: z.string().describe('Container'),
  bg_mixing: z.boolean().describe('Background mixing on'),
  events_per_task: z.number().describe('Events per task'),
  updated_at: z.string().describe('Last change'),
});

export default defineTool({
  name: 'list-prod-configs',
  title: 'List prod configs',
  description: 'Production configs (site, queue, RSE, software, container) by name. Filter by name_contains.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ name_contains: z.string().optional().describe('Substring of the name') }),
  output: resultSchema({ configs: z.array(configRow).describe('Configs by name (≤ 100)') }),
  async run(context, args) {
    const configs = await listProdConfigs(context.store.db, args.name_contains);
    return { headline: `${configs.length} prod configs`, path: '/prod-configs', data: { configs } };
  },
});
