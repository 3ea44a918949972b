import { z } from 'zod';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { siteHealth } from '../../store/services/catalog/site-health.ts';
import { windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, resultSchema } from '../shape/envelope.ts';
import { pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const siteRow = z.strictObject({
  site: z.string().describe('Computing site/queue'),
  queue_status: z.string().nullable().describe('online, brokeroff or offline (null when the queue is unknown)'),
  health: z.enum(['ok', 'attention', 'alarm', 'insufficient_data']).describe('Classification on the basis rate against SysConfig thresholds'),
  basis: z.enum(['final', 'all_attempts', 'none']).describe('Which rate classified the site (final unless too few terminal files)'),
  final_failure_rate: z.number().nullable().describe('Final failure fraction of tasks at this site active in the window'),
  all_attempts_failure_rate: z.number().nullable().describe('failed / (failed + finished) jobs in the window, retries included'),
  final_failed_files: z.number().describe('Files failed after all retries'),
  finished_files: z.number().describe('Files finished'),
  failed_jobs: z.number().describe('Faulty jobs in the window'),
  finished_jobs: z.number().describe('Finished jobs in the window'),
  active_jobs: z.number().describe('Jobs running or in transfer in the window'),
});

export default defineTool({
  name: 'site-health',
  title: 'Site health (failure rates)',
  description:
    'Final failure fraction per site over a window, classified ok / attention (≥ 0.10) / alarm (≥ 0.30) with the SysConfig thresholds, worst first; ' +
    'the all-attempts job failure rate is shown beside it. Use for "which sites are failing", then error-summary with site=…',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    window_hours: windowHoursInput(24),
    site: z.string().optional().describe('Only this site'),
    campaign: z.string().optional().describe('Only tasks/jobs of this campaign'),
    min_terminal: z.number().int().min(1).max(10_000).default(5).describe('Terminal files/jobs a site needs before it is classified (default 5)'),
  }),
  output: resultSchema({
    window_hours: z.number().describe('Window length'),
    thresholds: z.strictObject({
      attention: z.number().describe('Rate at or above which a site needs attention'),
      alarm: z.number().describe('Rate at or above which a site is in alarm'),
      min_terminal: z.number().describe('Minimum terminal count for classification'),
    }).describe('Thresholds applied'),
    by_health: countsSchema.describe('Sites per health class'),
    sites: z.array(siteRow).describe('Sites, alarm first, then attention, ok, insufficient data'),
  }),
  async run(context, args) {
    const [health, asOf] = await Promise.all([
      siteHealth(context.store.db, { from: hoursBefore(context.now(), args.window_hours), site: args.site, campaign: args.campaign, minTerminal: args.min_terminal }),
      catalogAsOf(context.store.db),
    ]);
    const flagged = health.sites.filter((s) => s.health === 'alarm' || s.health === 'attention').map((s) => `${s.site}=${s.health}`);
    return {
      headline: `${health.sites.length} sites over ${args.window_hours} h: ${flagged.length ? flagged.join(', ') : 'none flagged'}`,
      path: args.site ? `/sites/${args.site}` : pathWithQuery('/sites', { window_hours: args.window_hours, campaign: args.campaign }),
      asOf,
      data: { window_hours: args.window_hours, ...health },
    };
  },
});
