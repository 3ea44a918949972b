import { z } from 'zod';
import { getProdConfig } from '../../store/services/pcs-read/production.ts';
import { resultSchema, rowSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-prod-config',
  title: 'Get one prod config',
  description: 'One production config with every field (background mixing, copy flags, PanDA and Rucio settings, condor template, replication rules).',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ name: z.string().min(1).describe('Config name') }),
  output: resultSchema({ config: rowSchema('All config fields') }),
  async run(context, args) {
    const config = await getProdConfig(context.store.db, args.name);
    return { headline: `Prod config ${args.name}: site ${config.panda_site || '-'}, RSE ${config.rucio_rse || '-'}`, path: `/prod-configs/${encodeURIComponent(args.name)}`, data: { config } };
  },
});
