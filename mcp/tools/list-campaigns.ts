import { z } from 'zod';
import { CAMPAIGN_LIFECYCLES } from '../../store/schema/enums.ts';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { readProducingWindowDays } from '../../store/services/catalog/sys-config.ts';
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
  producing: z.boolean().describe('Output arrived within the producing window (SysConfig campaign_producing_window_days, default 3)'),
});

export default defineTool({
  name: 'list-campaigns',
  title: 'List campaigns',
  description: 'Campaigns newest first with lifecycle, task/dataset counts and whether each is producing (Rucio arrivals in the last few days). For one campaign\'s health use campaign-status.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ lifecycle: z.enum(CAMPAIGN_LIFECYCLES).optional().describe('Only this lifecycle') }),
  output: resultSchema({ campaigns: z.array(campaignRow).describe('Campaigns (≤ 100)') }),
  async run(context, args) {
    const windowDays = await readProducingWindowDays(context.store.db);
    const campaigns = await listCampaigns(context.store.db, args.lifecycle, hoursBefore(context.now(), windowDays * 24));
    const current = campaigns.find((c) => c.lifecycle === 'current');
    const producing = campaigns.filter((c) => c.producing === true).map((c) => String(c.name));
    const headline = `${campaigns.length} campaigns${current ? `; current ${current.name}` : ''}; producing (arrivals in ${windowDays} d): ${producing.join(', ') || 'none'}`;
    return { headline, path: '/campaigns', data: { campaigns } };
  },
});
