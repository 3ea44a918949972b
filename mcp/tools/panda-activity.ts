import { z } from 'zod';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { pandaActivity } from '../../store/services/catalog/panda-activity.ts';
import { windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, resultSchema } from '../shape/envelope.ts';
import { pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'panda-activity',
  title: 'PanDA activity overview',
  description: 'Jobs by status, site and user and tasks by status over a window (default 24 h), from the job rollup. Filter by username or site.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    window_hours: windowHoursInput(24),
    username: z.string().optional().describe('Submitting user'),
    site: z.string().optional().describe('Computing site/queue'),
  }),
  output: resultSchema({
    window_hours: z.number().describe('Window length'),
    jobs_total: z.number().describe('Jobs changed in the window'),
    jobs_by_status: countsSchema.describe('Jobs by status'),
    jobs_by_site: countsSchema.describe('Jobs by site (top 15)'),
    jobs_by_user: countsSchema.describe('Jobs by user (top 15)'),
    tasks_by_status: countsSchema.describe('Tasks changed in the window by status'),
  }),
  async run(context, args) {
    const [activity, asOf] = await Promise.all([
      pandaActivity(context.store.db, { from: hoursBefore(context.now(), args.window_hours), username: args.username, site: args.site }),
      catalogAsOf(context.store.db),
    ]);
    return {
      headline: `${activity.jobs_total} jobs in ${args.window_hours} h`,
      path: pathWithQuery('/activity', { window_hours: args.window_hours, user: args.username, site: args.site }),
      asOf,
      data: { window_hours: args.window_hours, ...activity },
    };
  },
});
