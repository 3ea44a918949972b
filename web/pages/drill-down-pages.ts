import type { FastifyInstance } from 'fastify';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Store } from '../../store/db/database.ts';
import { connectInProcess, type InProcessConnection } from '../../mcp/transports/in-process.ts';
import { escapeHtml, page } from './html.ts';
import { DRILL_DOWN_ROUTES, type QueryReader } from './drill-down-routes.ts';

/**
 * Serves every drill-down route by calling its tool through the same in-process MCP server the
 * assistant uses (read-only). HTML by default, the tool's structured result with `?format=json`.
 */
export function registerDrillDownPages(app: FastifyInstance, deps: { store: Store; baseUrl: string }): void {
  let connection: Promise<InProcessConnection> | undefined;
  const client = async () => (await (connection ??= connectInProcess({ store: deps.store, baseUrl: deps.baseUrl, allowProposals: false, principal: 'web' }, 'epic-assistant-web'))).client;
  app.addHook('onClose', async () => {
    if (connection) await (await connection).close();
  });

  for (const route of DRILL_DOWN_ROUTES) {
    app.get<{ Params: Record<string, string>; Querystring: Record<string, string | string[]> }>(route.path, { schema: { hide: true } }, async (request, reply) => {
      const args = route.args(request.params, queryReader(request.query));
      const result = (await (await client()).callTool({ name: route.tool, arguments: args })) as CallToolResult;
      const text = result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
      if (result.isError) {
        const status = /NOT_FOUND|not found|does not exist/i.test(text) ? 404 : 400;
        return reply.code(status).type('text/html; charset=utf-8').send(page(route.title(request.params), `<p>${escapeHtml(text)}</p>`));
      }
      if (request.query.format === 'json') return result.structuredContent ?? {};
      const evidenceId = (result.structuredContent as { evidence_id?: unknown } | undefined)?.evidence_id;
      const links = `<p>${typeof evidenceId === 'string' ? `<a href="/evidence/${escapeHtml(evidenceId)}">evidence ${escapeHtml(evidenceId)}</a> · ` : ''}<a href="?${escapeHtml(new URLSearchParams({ ...flatQuery(request.query), format: 'json' }).toString())}">JSON</a> · tool <code>${escapeHtml(route.tool)}</code></p>`;
      return reply.type('text/html; charset=utf-8').send(page(route.title(request.params), `${links}<pre>${escapeHtml(text)}</pre>`));
    });
  }
}

function flatQuery(query: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
}

function queryReader(query: Record<string, string | string[]>): QueryReader {
  const one = (name: string) => {
    const value = query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    text: (name) => one(name) || undefined,
    int: (name) => {
      const value = one(name);
      if (value === undefined || value === '') return undefined;
      return /^\d+$/.test(value) ? Number(value) : value;
    },
    list: (name) => {
      const value = query[name];
      if (value === undefined || value === '') return undefined;
      return (Array.isArray(value) ? value : value.split(',')).filter(Boolean);
    },
  };
}
