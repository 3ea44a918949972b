import { z } from 'zod';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY, type ToolDefinition } from '../shape/tool-definition.ts';

/** Filled by the registry after all tools load (avoids an import cycle registry ↔ this tool). */
export const catalogSource: { tools: ToolDefinition[] } = { tools: [] };

export default defineTool({
  name: 'list-tool-catalog',
  title: 'Tool catalog',
  description: 'Names, domains and one-line purposes of every tool, optionally filtered by domain or a keyword — for clients that load tools lazily.',
  domain: 'system',
  annotations: READ_ONLY,
  input: z.strictObject({
    domain: z.enum(['system', 'panda', 'pcs', 'rucio', 'monitor', 'artifacts', 'alarms', 'proposals', 'expert']).optional().describe('Only this domain'),
    query: z.string().optional().describe('Keyword to match in name or description'),
  }),
  output: resultSchema({
    tools: z.array(z.strictObject({
      name: z.string().describe('Tool name'),
      domain: z.string().describe('Domain'),
      purpose: z.string().describe('First sentence of the description'),
      read_only: z.boolean().describe('readOnlyHint'),
    })).describe('Matching tools'),
  }),
  async run(context, args) {
    const query = args.query?.toLowerCase();
    const tools = catalogSource.tools
      .filter((t) => context.allowProposals || !t.needsProposals)
      .filter((t) => !args.domain || t.domain === args.domain)
      .filter((t) => !query || `${t.name} ${t.description}`.toLowerCase().includes(query))
      .map((t) => ({ name: t.name, domain: t.domain, purpose: t.description.split(/(?<=\.)\s/)[0]!, read_only: t.annotations.readOnlyHint }));
    return { headline: `${tools.length} tools`, path: '/tools', data: { tools } };
  },
});
