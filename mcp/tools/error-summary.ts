import { z } from 'zod';
import { ERROR_COMPONENTS } from '../../store/schema/enums.ts';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { errorSummary, signatureExamples } from '../../store/services/catalog/error-summary.ts';
import { windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, resultSchema } from '../shape/envelope.ts';
import { pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const signature = z.strictObject({
  error_component: z.string().describe('Component: pilot, sup, exe, ddm, brokerage, jobdispatcher, taskbuffer'),
  error_code: z.number().describe('Error code'),
  error_name: z.string().describe('Standard code name, e.g. STAGEOUTTIMEOUT'),
  layer: z.string().describe('Usual layer: storage, compute, payload, …'),
  count: z.number().describe('Failed jobs with this signature in the window'),
  share: z.number().nullable().describe('Fraction of all failed jobs in scope'),
  task_count: z.number().describe('Distinct tasks affected'),
  site_count: z.number().describe('Distinct sites affected'),
  multi_site: z.boolean().describe('Seen at several sites ⇒ probably not a site problem'),
  users: z.array(z.string()).describe('Users affected (≤ 5)'),
  site_counts: countsSchema.describe('Failed jobs per site'),
  task_counts: countsSchema.describe('Failed jobs per JEDI task (top 5)'),
  examples: z.array(z.strictObject({ panda_id: z.number().describe('Example job'), error_diag: z.string().describe('Its error message') })).describe('Up to 3 example jobs'),
});

export default defineTool({
  name: 'error-summary',
  title: 'Rank PanDA error signatures',
  description:
    'START HERE for "why are jobs failing": ranked error signatures (component+code) over a window with site_counts, task_counts, multi_site ' +
    'and example pandaids, plus the all-attempts and the final failure rate of the same scope (operators act on the final rate). ' +
    'Scope by site, jedi_task_id, campaign, username, error_component. Computed from the job rollup over the full window, never from a truncated list.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    window_hours: windowHoursInput(240),
    site: z.string().optional().describe('Computing site/queue'),
    jedi_task_id: z.number().int().positive().optional().describe('JEDI task id'),
    campaign: z.string().optional().describe('Campaign version, e.g. 26.07.0'),
    username: z.string().optional().describe('Submitting user'),
    error_component: z.enum(ERROR_COMPONENTS).optional().describe('Only this component'),
    limit: z.number().int().min(1).max(30).default(10).describe('Signatures to return (1–30, default 10)'),
    include_examples: z.boolean().default(true).describe('Add up to 3 example jobs per signature'),
  }),
  output: resultSchema({
    window_hours: z.number().describe('Window length'),
    totals: z.strictObject({
      failed_jobs: z.number().describe('Failed/cancelled/closed/broken jobs in scope'),
      finished_jobs: z.number().describe('Finished jobs in scope'),
      distinct_signatures: z.number().describe('Distinct error signatures in scope (all, not only those listed)'),
      all_attempts_failure_rate: z.number().nullable().describe('failed / (failed + finished) jobs, retries included'),
      final_failure_rate: z.number().nullable().describe('n_final_failed / (n_final_failed + n_files_finished) over the tasks in scope'),
    }).describe('Totals over the whole scope'),
    signatures: z.array(signature).describe('Signatures ranked by failed-job count'),
  }),
  async run(context, args) {
    const scope = { from: hoursBefore(context.now(), args.window_hours), site: args.site, jediTaskId: args.jedi_task_id, campaign: args.campaign, username: args.username, errorComponent: args.error_component };
    const [summary, asOf] = await Promise.all([errorSummary(context.store.db, scope, args.limit), catalogAsOf(context.store.db)]);
    const examples = args.include_examples ? await signatureExamples(context.store.db, scope, summary.signatures) : [];
    const signatures = summary.signatures.map((s) => ({
      ...s,
      examples: examples.filter((e) => e.error_component === s.error_component && e.error_code === s.error_code).map((e) => ({ panda_id: e.panda_id, error_diag: e.error_diag })),
    }));
    const top = signatures[0];
    return {
      headline: `${summary.totals.failed_jobs} failed jobs, ${summary.totals.distinct_signatures} signatures in ${args.window_hours} h; final failure rate ${summary.totals.final_failure_rate ?? 'n/a'}` +
        (top ? `; top ${top.error_component}:${top.error_code} ${top.error_name} ×${top.count}${top.multi_site ? ' (multi-site)' : ''}` : ''),
      path: pathWithQuery('/errors', { window_hours: args.window_hours, site: args.site, task: args.jedi_task_id, campaign: args.campaign, user: args.username }),
      asOf,
      data: { window_hours: args.window_hours, totals: summary.totals, signatures },
    };
  },
});
