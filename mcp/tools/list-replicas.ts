import { z } from 'zod';
import { REPLICA_STATES } from '../../store/schema/enums.ts';
import { listReplicas } from '../../store/services/catalog/rucio.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const replicaItem = z.strictObject({
  did: z.string().describe('File DID'),
  rse: z.string().describe('RSE holding the replica'),
  state: z.string().describe('AVAILABLE, UNAVAILABLE, COPYING, BEING_DELETED or BAD'),
  created_at: z.string().describe('Created'),
  xrootd_path: z.string().nullable().describe('root:// URL a reader can open'),
});

export default defineTool({
  name: 'list-replicas',
  title: 'List file replicas',
  description: 'Replicas of one file DID, or of every file of a dataset DID, with xrootd paths. Filter by rse and state.',
  domain: 'rucio',
  annotations: READ_ONLY,
  input: z.strictObject({
    did: z.string().min(3).describe('File or dataset DID scope:name'),
    rse: z.string().optional().describe('Only this RSE'),
    state: z.enum(REPLICA_STATES).optional().describe('Only this replica state'),
    ...listInputs(replicaItem, 25),
  }),
  output: listResultSchema(replicaItem, {}),
  async run(context, args) {
    const page = await listReplicas(context.store.db, { did: args.did, rse: args.rse, state: args.state }, args);
    return listBody({ page, args, concise: ['did', 'rse', 'state', 'xrootd_path'], headline: `Replicas of ${args.did}`, path: `/rucio/replicas?did=${encodeURIComponent(args.did)}` });
  },
});
