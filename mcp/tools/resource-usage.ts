import { z } from 'zod';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { resourceUsage } from '../../store/services/catalog/panda-activity.ts';
import { countsSchema, resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'resource-usage',
  title: 'Core-hours by site or user',
  description: 'Estimated core-hours of terminal jobs per day or week, grouped by site or user (walltime-based estimate from the rollup; the basis is stated in the result).',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    days: z.number().int().min(1).max(180).default(7).describe('Look-back in days (default 7; longer windows aggregate more rollup rows)'),
    bucket: z.enum(['day', 'week']).default('day').describe('Time bucket'),
    group_by: z.enum(['site', 'user']).default('site').describe('Group rows by site or user'),
  }),
  output: resultSchema({
    basis: z.string().describe('How core-hours were computed'),
    totals_core_hours: countsSchema.describe('Core-hours per site or user over the whole window'),
    rows: z.array(z.strictObject({
      bucket: z.string().describe('Day or week start (YYYY-MM-DD)'),
      key: z.string().describe('Site or user'),
      job_count: z.number().describe('Terminal jobs'),
      est_core_hours: z.number().describe('Estimated core-hours'),
    })).describe('Per bucket and group, newest first (≤ 200 rows)'),
  }),
  async run(context, args) {
    const [usage, asOf] = await Promise.all([
      resourceUsage(context.store.db, { from: hoursBefore(context.now(), args.days * 24), bucket: args.bucket, groupBy: args.group_by }),
      catalogAsOf(context.store.db),
    ]);
    return { headline: `Core-hours by ${args.group_by} per ${args.bucket}, last ${args.days} days`, path: `/resources?days=${args.days}&by=${args.group_by}`, asOf, data: usage };
  },
});
