import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createMcpServer, type McpServerDeps } from '../../mcp/server.ts';

/** Who a bearer token belongs to; recorded on proposals made through this connection. */
export interface McpPrincipal {
  username: string;
}

export interface McpRouteDeps extends Omit<McpServerDeps, 'principal'> {
  /** Verifies a bearer token (e.g. against api_token hashes); null means reject. */
  authenticate(token: string): Promise<McpPrincipal | null> | McpPrincipal | null;
}

function jsonRpcError(reply: FastifyReply, status: number, code: number, message: string) {
  return reply.code(status).send({ jsonrpc: '2.0', error: { code, message }, id: null });
}

/**
 * Streamable HTTP at /mcp in stateless mode: each POST gets a fresh server + transport, so any
 * web replica can answer any request and nothing leaks between callers. Bearer token required.
 */
export function mcpRoute(deps: McpRouteDeps): FastifyPluginAsync {
  return async (app) => {
    app.post('/mcp', async (request: FastifyRequest, reply: FastifyReply) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const principal = match ? await deps.authenticate(match[1]!) : null;
      if (!principal) {
        reply.header('www-authenticate', 'Bearer realm="epic-assistant-mcp"');
        return jsonRpcError(reply, 401, -32001, 'Unauthorized: send Authorization: Bearer <api token>');
      }
      const server = createMcpServer({ ...deps, principal: principal.username });
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      reply.hijack();
      reply.raw.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    });
    // Stateless: no server-initiated stream and no session to delete.
    const notAllowed = async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header('allow', 'POST');
      return jsonRpcError(reply, 405, -32000, 'Method not allowed: this MCP endpoint is stateless, use POST');
    };
    app.get('/mcp', notAllowed);
    app.delete('/mcp', notAllowed);
  };
}
