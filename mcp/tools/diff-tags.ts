import { z } from 'zod';
import { diffTags } from '../../store/services/pcs-read/tags.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';
import { tagItem } from './list-tags.ts';

export default defineTool({
  name: 'diff-tags',
  title: 'Compare two tags',
  description: 'Parameter-by-parameter difference of two tags of the same type, e.g. what changed between r1 and r2.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ left: z.string().min(2).describe('First tag label'), right: z.string().min(2).describe('Second tag label') }),
  output: resultSchema({
    left: tagItem.describe('First tag'),
    right: tagItem.describe('Second tag'),
    changes: z.array(z.strictObject({
      parameter: z.string().describe('Parameter name'),
      left: z.string().nullable().describe('Value in the first tag (null = absent)'),
      right: z.string().nullable().describe('Value in the second tag (null = absent)'),
    })).describe('Parameters that differ'),
    same: z.number().describe('Parameters with equal values'),
  }),
  async run(context, args) {
    const diff = await diffTags(context.store.db, args.left, args.right);
    return { headline: `${args.left} vs ${args.right}: ${diff.changes.length} differences, ${diff.same} equal`, path: `/tags/${args.left}?compare=${args.right}`, data: diff };
  },
});
