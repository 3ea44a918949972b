import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../mcp/registry.ts';
import { connectInProcess } from '../../mcp/transports/in-process.ts';
import { BASE_URL, useMcp } from './support/connect.ts';

const mcp = useMcp();

type JsonSchema = { properties?: Record<string, JsonSchema & { description?: string }>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** Every property at every object level must carry a description (arrays and nullable unions are looked through). */
function undescribed(schema: JsonSchema, path: string): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (!child.description) missing.push(`${path}.${key}`);
    for (const inner of [child, child.items, ...(child.anyOf ?? [])]) if (inner) missing.push(...undescribed(inner, `${path}.${key}`));
  }
  return missing;
}

describe('tools/list contract', () => {
  it('states all four annotations on every tool', async () => {
    const { tools } = await mcp().client.listTools();
    expect(tools.length).toBeGreaterThanOrEqual(50);
    for (const tool of tools) {
      for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) {
        expect(typeof tool.annotations?.[hint], `${tool.name}.${hint}`).toBe('boolean');
      }
    }
  });

  it('describes every input and output field and publishes strict input schemas', async () => {
    const { tools } = await mcp().client.listTools();
    for (const tool of tools) {
      expect(undescribed(tool.inputSchema as JsonSchema, `${tool.name} input`)).toEqual([]);
      expect(undescribed(tool.outputSchema as JsonSchema, `${tool.name} output`)).toEqual([]);
      expect((tool.inputSchema as { additionalProperties?: unknown }).additionalProperties, tool.name).toBe(false);
      expect(tool.description!.length, tool.name).toBeGreaterThan(40);
    }
  });

  it('registers exactly the files in mcp/tools, each named after its tool', () => {
    const files = fs.readdirSync('mcp/tools').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    expect(TOOLS.map((t) => t.name).sort()).toEqual(files);
  });

  it('marks only propose-action as not read-only, and no tool as destructive', () => {
    expect(TOOLS.filter((t) => !t.annotations.readOnlyHint).map((t) => t.name)).toEqual(['propose-action']);
    expect(TOOLS.filter((t) => t.annotations.destructiveHint)).toEqual([]);
  });

  it('hides propose-action from a server without allowProposals', async () => {
    const connection = await connectInProcess({ store: mcp().store, baseUrl: BASE_URL, allowProposals: false });
    try {
      const names = (await connection.client.listTools()).tools.map((t) => t.name);
      expect(names).not.toContain('propose-action');
      expect(names).toContain('list-proposals');
    } finally {
      await connection.close();
    }
  });

  it('serves the reference resources and prompts', async () => {
    const { client } = mcp();
    const grammar = await client.readResource({ uri: 'epic://reference/naming-grammar' });
    expect(JSON.stringify(grammar.contents)).toContain('composed');
    const prompts = (await client.listPrompts()).prompts.map((p) => p.name);
    expect(prompts).toEqual(expect.arrayContaining(['summarize-campaign', 'why-did-task-fail']));
    const prompt = await client.getPrompt({ name: 'why-did-task-fail', arguments: { jedi_task_id: '38511' } });
    expect(JSON.stringify(prompt.messages)).toContain('error-summary');
  });
});
