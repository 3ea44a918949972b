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
<li>Pages: <a href="/campaigns">Campaigns</a> · <a href="/sites">Site health</a> · <a href="/errors">Errors</a> · <a href="/tasks?status=exhausted,broken,paused">Tasks needing an operator</a> · <a href="/agents">Agents</a> · <a href="/proposals">Proposals</a> · <a href="/alarms">Alarms</a> · <a href="/actions">Action stream</a> · <a href="/reports">Reports</a></li>
<li>REST: <a href="/api/v1/campaigns">campaigns</a> · <a href="/api/v1/tasks">campaign tasks</a> · <a href="/api/v1/datasets">datasets</a> · <a href="/api/v1/actions">actions</a></li>
<li><code>/mcp</code>: the MCP server over streamable HTTP (bearer token from <code>epic-assistant tokens create USER</code>)</li>
<li><a href="/healthz">Health</a> · <a href="/readyz">Readiness</a></li>
</ul>`,
      ),
    ),
  );
}
