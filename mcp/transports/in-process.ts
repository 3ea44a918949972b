import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createMcpServer, type McpServerDeps } from '../server.ts';

export interface InProcessConnection {
  client: Client;
  close(): Promise<void>;
}

/**
 * The harness's transport: a linked in-memory pair, so the bot goes through the same MCP
 * protocol (schemas, validation, annotations) as external clients, without sockets.
 */
export async function connectInProcess(deps: McpServerDeps, clientName = 'epic-assistant-harness'): Promise<InProcessConnection> {
  const server = createMcpServer(deps);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: clientName, version: '0.1.0' });
  await server.connect(serverTransport);
  await client.connect(clientTransport);
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}
