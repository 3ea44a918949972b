import type { FastifyInstance } from 'fastify';
import type { Database } from '../../store/db/database.ts';
import { getEvidence } from '../../store/services/conversations/evidence-service.ts';
import { escapeHtml, page } from './html.ts';

/**
 * `/evidence/:id`: the tool result an answer cited, exactly as the tool returned it, so a reader
 * can check every number. JSON with `Accept: application/json`.
 */
export function registerEvidencePage(app: FastifyInstance, deps: { db: Database }): void {
  app.get<{ Params: { id: string } }>('/evidence/:id', { schema: { hide: true } }, async (request, reply) => {
    const row = await getEvidence(deps.db, request.params.id);
    if ((request.headers.accept ?? '').includes('application/json')) return row;
    const text = typeof row.result.text === 'string' ? row.result.text : '';
    const body = `<dl><dt>Tool</dt><dd><code>${escapeHtml(row.toolName)}</code></dd>
<dt>Arguments</dt><dd><code>${escapeHtml(JSON.stringify(row.arguments))}</code></dd>
<dt>Data as of</dt><dd>${escapeHtml(row.asOf.toISOString())}</dd>
${row.url ? `<dt>Drill-down</dt><dd><a href="${escapeHtml(row.url)}">${escapeHtml(row.url)}</a></dd>` : ''}</dl>
${text ? `<h2>Result</h2><pre>${escapeHtml(text)}</pre>` : ''}
<h2>Structured result</h2><pre>${escapeHtml(JSON.stringify(row.result, null, 2))}</pre>`;
    return reply.type('text/html; charset=utf-8').send(page(`Evidence ${row.id}`, body));
  });
}
