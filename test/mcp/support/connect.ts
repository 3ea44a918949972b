import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../../store/db/database.ts';
import { connectInProcess, type InProcessConnection } from '../../../mcp/transports/in-process.ts';
import { openTestStore } from '../../support/test-store.ts';
import { FX, loadFixture } from './fixture.ts';

export const BASE_URL = 'http://assistant.test';

export interface McpHarness {
  store: Store;
  client: Client;
  /** Calls a tool and returns the raw result (isError included). */
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** Calls a tool that must succeed and returns its structuredContent. */
  data<T = Record<string, unknown>>(name: string, args?: Record<string, unknown>): Promise<T>;
}

/** A file-scoped store (template clone + fixture) and a real MCP client over the in-memory transport. */
export function useMcp(options: { allowProposals?: boolean } = {}): () => McpHarness {
  let harness: McpHarness | undefined;
  let connection: InProcessConnection | undefined;
  beforeAll(async () => {
    const store = await openTestStore();
    await loadFixture(store);
    connection = await connectInProcess({ store, baseUrl: BASE_URL, allowProposals: options.allowProposals ?? true, now: () => FX.anchor, principal: 'test-harness' });
    const client = connection.client;
    const call = async (name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult;
    harness = {
      store,
      client,
      call,
      data: async <T,>(name: string, args: Record<string, unknown> = {}) => {
        const result = await call(name, args);
        if (result.isError) throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
        return result.structuredContent as T;
      },
    };
  });
  afterAll(async () => {
    await connection?.close();
    await harness?.store.close();
  });
  return () => {
    if (!harness) throw new Error('MCP harness used before beforeAll');
    return harness;
  };
}

export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}
