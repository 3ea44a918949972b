import { z } from 'zod';
import { CAMPAIGN_LIFECYCLES } from '../../store/schema/enums.ts';
import { listCampaigns } from '../../store/services/pcs-read/production.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const campaignRow = z.strictObject({
  name: z.string().describe('Campaign version'),
  lifecycle: z.string().describe('future, current, last, past'),
  start_date: z.string().nullable().describe('Start'),
  end_date: z.string().nullable().describe('End'),
  description: z.string().describe('Description'),
  prod_tasks: z.number().describe('Campaign tasks'),
  datasets: z.number().describe('Datasets'),
});

export default defineTool({
  name: 'list-campaigns',
  title: 'List campaigns',
  description: 'Campaigns newest first with lifecycle and task/dataset counts. For one campaign\'s health use campaign-status.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ lifecycle: z.enum(CAMPAIGN_LIFECYCLES).optional().describe('Only this lifecycle') }),
  output: resultSchema({ campaigns: z.array(campaignRow).describe('Campaigns (≤ 100)') }),
  async run(context, args) {
    const campaigns = await listCampaigns(context.store.db, args.lifecycle);
    const current = campaigns.find((c) => c.lifecycle === 'current');
    return { headline: `${campaigns.length} campaigns${current ? `; current ${current.name}` : ''}`, path: '/campaigns', data: { campaigns } };
  },
});
