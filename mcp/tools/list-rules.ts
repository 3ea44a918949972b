import { z } from 'zod';
import { RULE_STATES } from '../../store/schema/enums.ts';
import { listRules, ruleStateCounts } from '../../store/services/catalog/rucio.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const ruleItem = z.strictObject({
  id: z.string().describe('Rule id'),
  did: z.string().describe('DID the rule protects'),
  rse_expression: z.string().describe('Where copies must be'),
  copies: z.number().describe('Copies required'),
  state: z.string().describe('OK, REPLICATING, STUCK or SUSPENDED'),
  account: z.string().describe('Owning account'),
  locks_ok: z.number().describe('Locks satisfied'),
  locks_replicating: z.number().describe('Locks replicating'),
  locks_stuck: z.number().describe('Locks stuck'),
  expires_at: z.string().nullable().describe('Expiry'),
  created_at: z.string().describe('Created'),
});

export default defineTool({
  name: 'list-rules',
  title: 'List Rucio rules',
  description: 'Replication rules, newest first, with lock counts and rule-state totals. Filter by did, state (e.g. STUCK), account, rse_expression.',
  domain: 'rucio',
  annotations: READ_ONLY,
  input: z.strictObject({
    did: z.string().optional().describe('DID scope:name'),
    state: z.enum(RULE_STATES).optional().describe('Rule state'),
    account: z.string().optional().describe('Account'),
    rse_expression: z.string().optional().describe('Substring of the RSE expression'),
    ...listInputs(ruleItem, 20),
  }),
  output: listResultSchema(ruleItem, { by_state: countsSchema.describe('All rules by state') }),
  async run(context, args) {
    const [page, byState] = await Promise.all([
      listRules(context.store.db, { did: args.did, state: args.state, account: args.account, rseExpression: args.rse_expression }, args),
      ruleStateCounts(context.store.db),
    ]);
    return listBody({ page, args, concise: ['id', 'did', 'rse_expression', 'state', 'locks_stuck'], headline: 'Rucio rules', path: pathWithQuery('/rucio/rules', { state: args.state, did: args.did }), summary: { by_state: byState } });
  },
});
