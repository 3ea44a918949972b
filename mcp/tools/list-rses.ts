import { z } from 'zod';
import { listRses } from '../../store/services/catalog/rucio.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const rseRow = z.strictObject({
  name: z.string().describe('RSE name, e.g. EIC-XRD'),
  site: z.string().describe('Site'),
  rse_type: z.string().describe('DISK or TAPE'),
  is_tape: z.boolean().describe('Tape endpoint'),
  is_active: z.boolean().describe('Accepting transfers'),
  xrootd_prefix: z.string().describe('root:// prefix readers use'),
  total_bytes: z.number().describe('Capacity'),
  used_bytes: z.number().describe('Used'),
  used_fraction: z.number().nullable().describe('used / total'),
});

export default defineTool({
  name: 'list-rses',
  title: 'List Rucio storage elements',
  description: 'All RSEs with type, activity, xrootd prefix and usage.',
  domain: 'rucio',
  annotations: READ_ONLY,
  input: z.strictObject({}),
  output: resultSchema({ rses: z.array(rseRow).describe('RSEs by name') }),
  async run(context) {
    const rses = await listRses(context.store.db);
    return { headline: `${rses.length} RSEs`, path: '/rucio/rses', data: { rses } };
  },
});
