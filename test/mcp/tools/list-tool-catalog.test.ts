import { describe, expect, it } from 'vitest';
import { connectInProcess } from '../../../mcp/transports/in-process.ts';
import { openTestStore } from '../../support/test-store.ts';

describe('list-tool-catalog', () => {
  it('lists exactly the tools the server exposes: propose-action only when proposals are allowed', async () => {
    const store = await openTestStore();
    try {
      for (const allowProposals of [false, true]) {
        const connection = await connectInProcess({ store, baseUrl: 'http://x', allowProposals });
        const listed = (await connection.client.listTools()).tools.map((t) => t.name).sort();
        const result = await connection.client.callTool({ name: 'list-tool-catalog', arguments: {} });
        const catalog = (result.structuredContent as { tools: { name: string }[] }).tools.map((t) => t.name).sort();
        await connection.close();
        expect(catalog).toEqual(listed);
        expect(catalog.includes('propose-action')).toBe(allowProposals);
      }
    } finally {
      await store.close();
    }
  });
});
