import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer, type McpServerDeps } from '../server.ts';

/**
 * Serves MCP on stdin/stdout (`epic-assistant mcp`). stdout belongs to the protocol, so nothing
 * here may print; resolves when the client disconnects.
 */
export async function runStdioServer(deps: McpServerDeps): Promise<void> {
  const server = createMcpServer(deps);
  const transport = new StdioServerTransport();
  // The client going away shows up as stdin ending; the SDK transport only reports explicit closes.
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
