import { z } from 'zod';
import { campaignStatus } from '../../store/services/catalog/campaign-status.ts';
import { windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, resultSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'campaign-status',
  title: 'Campaign status rollup',
  description:
    'START HERE for "how is campaign X doing": progress (campaign tasks and PanDA tasks by status, files and events), PanDA health in the window ' +
    '(jobs by status, all-attempts and final failure rate, top errors), Rucio arrivals, dataset disposition mix and the rule-based verdict floor with reasons. ' +
    'Default campaign: the current one.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    campaign: z.string().regex(/^\d{2}\.\d{2}(\.\d+)?$/, 'campaign names look like 26.07.0').optional().describe('Campaign version, e.g. 26.07.0 (default: current)'),
    window_hours: windowHoursInput(24, 24 * 30),
  }),
  output: resultSchema({
    campaign: z.strictObject({
      id: z.number().describe('Campaign id'),
      name: z.string().describe('Campaign version'),
      lifecycle: z.string().describe('future, current, last or past'),
      start_date: z.string().nullable().describe('Start date'),
      end_date: z.string().nullable().describe('End date'),
      description: z.string().describe('Description'),
    }).describe('The campaign'),
    progress: z.strictObject({
      prod_tasks_by_status: countsSchema.describe('Campaign tasks by PCS status'),
      panda_tasks_by_status: countsSchema.describe('PanDA tasks by status'),
      files_total: z.number().describe('Input files over all PanDA tasks'),
      files_finished: z.number().describe('Files finished'),
      files_final_failed: z.number().describe('Files failed after all retries'),
      file_completion: z.number().nullable().describe('files_finished / files_total'),
      events_processed: z.number().describe('Events processed'),
      events_total: z.number().describe('Events requested by the tasks'),
    }).describe('Progress'),
    panda_health: z.strictObject({
      window_hours: z.number().describe('Window'),
      jobs_by_status: countsSchema.describe('Jobs changed in the window by status'),
      all_attempts_failure_rate: z.number().nullable().describe('Job failure rate in the window, retries included'),
      final_failure_rate: z.number().nullable().describe('Final failure rate of the campaign tasks'),
      top_errors: rowsSchema('Top 3 error signatures in the window'),
    }).describe('PanDA health'),
    arrivals: z.strictObject({
      window_files: z.number().describe('Output files registered in Rucio in the window'),
      window_bytes: z.number().describe('Their bytes'),
      last_arrival_at: z.string().nullable().describe('Newest output registration'),
    }).describe('Rucio arrivals'),
    dispositions: countsSchema.describe('Datasets by propagation state (continue/hold/final)'),
    verdict_floor: z.strictObject({
      verdict: z.enum(['ok', 'attention', 'alarm']).describe('Rule-based floor; a model may raise, never lower it'),
      reasons: z.array(z.string()).describe('Rules that raised the floor'),
      producing: z.boolean().describe('Campaign is current or has running tasks'),
      last_catalog_sync: z.string().nullable().describe('Latest catalog_sync record'),
    }).describe('Verdict floor'),
  }),
  async run(context, args) {
    const status = await campaignStatus(context.store.db, { campaign: args.campaign, now: context.now(), windowHours: args.window_hours });
    const { asOf, ...data } = status;
    const p = status.progress;
    return {
      headline: `Campaign ${status.campaign.name} (${status.campaign.lifecycle}): verdict floor ${status.verdict_floor.verdict}; files ${p.files_finished}/${p.files_total}, final failure rate ${status.panda_health.final_failure_rate ?? 'n/a'}`,
      path: `/campaigns/${status.campaign.name}`,
      asOf,
      data,
    };
  },
});
