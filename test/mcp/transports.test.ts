import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Store } from '../../store/db/database.ts';
import { mcpRoute } from '../../web/routes/mcp-route.ts';
import { openTestStore } from '../support/test-store.ts';
import { TEST_ANCHOR } from '../support/test-env.ts';

const TOKEN = 'test-token-123';

describe('streamable HTTP at /mcp', () => {
  let store: Store;
  let app: FastifyInstance;
  let url: URL;
  beforeAll(async () => {
    store = await openTestStore();
    app = Fastify();
    await app.register(mcpRoute({
      store, baseUrl: 'http://web.test', allowProposals: false, now: () => TEST_ANCHOR,
      authenticate: (token) => (token === TOKEN ? { username: 'alice' } : null),
    }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = new URL(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/mcp`);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('serves tools to a client with a bearer token, read-only by default', async () => {
    const client = new Client({ name: 'http-test', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('error-summary');
    expect(names).not.toContain('propose-action');
    const result = await client.callTool({ name: 'list-campaigns', arguments: {} });
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as { url: string }).url).toBe('http://web.test/campaigns');
    await client.close();
  });

  it('answers 401 with a JSON-RPC error without a valid token', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const missing = await fetch(url, { method: 'POST', headers, body });
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: number } }).error.code).toBe(-32001);
    const wrong = await fetch(url, { method: 'POST', headers: { ...headers, authorization: 'Bearer nope' }, body });
    expect(wrong.status).toBe(401);
    const client = new Client({ name: 'no-token', version: '1' });
    await expect(client.connect(new StreamableHTTPClientTransport(url))).rejects.toThrow();
  });
});

describe('stdio', () => {
  it('serves the toolset to a spawned process', async () => {
    const store = await openTestStore();
    const env: Record<string, string> = { ...(process.env as Record<string, string>), MCP_NOW: TEST_ANCHOR.toISOString(), PUBLIC_BASE_URL: 'http://stdio.test' };
    if (store.kind === 'postgres') env.DATABASE_URL = store.location;
    else {
      delete env.DATABASE_URL;
      env.EPIC_PGLITE_DUMP = inject('templatePgliteDump');
    }
    // Exactly what an MCP client (Claude Desktop, Inspector) is configured to run.
    const transport = new StdioClientTransport({ command: process.execPath, args: ['bin/epic-assistant.js', 'mcp'], env, stderr: 'pipe' });
    const client = new Client({ name: 'stdio-test', version: '1' });
    try {
      await client.connect(transport);
      const tools = (await client.listTools()).tools;
      expect(tools.length).toBeGreaterThanOrEqual(50);
      const result = await client.callTool({ name: 'get-system-state', arguments: {} });
      expect(result.isError).toBeFalsy();
      expect((result.structuredContent as { url: string }).url).toBe('http://stdio.test/');
    } finally {
      await client.close();
      await store.close();
    }
  }, 60_000);
});
