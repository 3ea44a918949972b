import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { getQueue } from '../../store/services/catalog/panda-queues.ts';
import { windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, resultSchema, rowSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-queue',
  title: 'Get one PanDA queue',
  description: 'One queue: schedconfig record (config_data is CRIC-schema JSON) and its jobs by status over the window. For failure rates use site-health with site=….',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({ queue: z.string().min(1).describe('Queue name, e.g. BNL_PanDA_1'), window_hours: windowHoursInput(24) }),
  output: resultSchema({
    queue: rowSchema('Queue fields: site, cloud, vo, status, queue_type, resource_type, config_data, metadata'),
    jobs_by_status: countsSchema.describe('Jobs at this queue changed in the window, by status'),
  }),
  async run(context, args) {
    const detail = await getQueue(context.store.db, args.queue, hoursBefore(context.now(), args.window_hours));
    return { headline: `Queue ${args.queue}: ${detail.queue.status}`, path: `/sites/${args.queue}`, data: detail };
  },
});
