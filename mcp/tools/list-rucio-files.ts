import { z } from 'zod';
import { listRucioFiles } from '../../store/services/catalog/rucio.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const fileItem = z.strictObject({
  did: z.string().describe('File DID scope:name'),
  name: z.string().describe('LFN'),
  bytes: z.number().describe('Size'),
  adler32: z.string().describe('Checksum'),
  events: z.number().describe('Events'),
  panda_id: z.number().nullable().describe('Producing job'),
  created_at: z.string().describe('Registered'),
  replicas: z.string().nullable().describe('RSE=state list'),
});

export default defineTool({
  name: 'list-rucio-files',
  title: 'List files of a Rucio dataset',
  description: 'Files of one dataset DID by name, with size, checksum, producing job and replica states.',
  domain: 'rucio',
  annotations: READ_ONLY,
  input: z.strictObject({ did: z.string().min(3).describe('Dataset DID scope:name'), ...listInputs(fileItem, 25) }),
  output: listResultSchema(fileItem, {}),
  async run(context, args) {
    const page = await listRucioFiles(context.store.db, args.did, args);
    return listBody({ page, args, concise: ['name', 'bytes', 'panda_id', 'replicas'], headline: `Files of ${args.did}`, path: `/rucio/datasets/${encodeURIComponent(args.did)}/files` });
  },
});
