import { z } from 'zod';
import { getRucioDataset } from '../../store/services/catalog/rucio.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-rucio-dataset',
  title: 'Get one Rucio dataset',
  description: 'One dataset DID: completeness, replicas by RSE and state (file counts and bytes), and its replication rules. Placement comes from rules, not from the replica list.',
  domain: 'rucio',
  annotations: READ_ONLY,
  input: z.strictObject({ did: z.string().min(3).describe('Dataset DID scope:name, e.g. group.EIC:group.EIC.26.07.0.epic_craterlake.p3001.e1.s1.r1.b1') }),
  output: resultSchema({
    dataset: rowSchema('Dataset fields: length, available_length, completeness, bytes, events, is_open, account, metadata'),
    replicas_by_rse: rowsSchema('Replica counts by rse and state with bytes'),
    rules: rowsSchema('Replication rules: id, rse_expression, copies, state, locks, expires_at'),
  }),
  async run(context, args) {
    const detail = await getRucioDataset(context.store.db, args.did);
    return { headline: `Rucio dataset ${args.did}: ${detail.dataset.available_length}/${detail.dataset.length} files available`, path: `/datasets/${encodeURIComponent(String(detail.dataset.name))}`, data: detail };
  },
});
