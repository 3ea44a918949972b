import type { FastifyInstance } from 'fastify';
import { page } from './html.ts';

/** `/`: where a newcomer lands after `npm start`: what is served here and how to ask a question. */
export function registerHomePage(app: FastifyInstance): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(
      page(
        'ePIC production assistant',
        `<p>Ask questions about ePIC production in a terminal: <code>npx epic-assistant chat</code> or
<code>npx epic-assistant ask "Which sites are unhealthy this week?"</code>. Answers cite evidence pages under <code>/evidence/</code>.</p>
<ul>
<li><a href="/api/v1/docs">REST API reference</a> (<a href="/api/v1/openapi.json">OpenAPI</a>)</li>
<li><a href="/api/v1/campaigns">Campaigns</a> · <a href="/api/v1/tasks">Campaign tasks</a> · <a href="/api/v1/datasets">Datasets</a> · <a href="/api/v1/actions">Action stream</a></li>
<li><code>/mcp</code>: the MCP server over streamable HTTP (bearer token from <code>epic-assistant tokens create USER</code>)</li>
<li><a href="/healthz">Health</a> · <a href="/readyz">Readiness</a></li>
</ul>`,
      ),
    ),
  );
}
