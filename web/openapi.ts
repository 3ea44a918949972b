import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
}

/** Registers the OpenAPI generator; must run before routes are added so it sees them all. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'epic-assistant REST API',
        version: 'v1',
        description:
          'PCS services for ePIC Monte-Carlo production. Reads are open; writes need `Authorization: Bearer epa_…` (or a trusted-proxy login) and a role. ' +
          'Errors are `{error:{code,message,details}}`: 400 invalid input, 401 unauthenticated, 403 role/owner, 404 not found, 409 conflict or lifecycle gate (details.gate names it), 413 body too large.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'API token from `epic-assistant tokens create`' } } },
    },
    transform: jsonSchemaTransform,
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A dependency-free docs page: every route from the OpenAPI document, grouped by tag. */
export function renderDocsPage(document: { paths?: Record<string, Record<string, OpenApiOperation>> }): string {
  const groups = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags?.[0] ?? 'other';
      const lock = operation.security?.length ? ' 🔒' : '';
      const row = `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code>${lock}</td><td>${escapeHtml(operation.summary ?? '')}</td></tr>`;
      groups.set(tag, [...(groups.get(tag) ?? []), row]);
    }
  }
  const sections = [...groups.entries()].map(([tag, rows]) => `<h2>${escapeHtml(tag)}</h2><table>${rows.join('')}</table>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>epic-assistant REST API</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}td{padding:.2rem .6rem;vertical-align:top}code{font-size:.9em}</style></head>
<body><h1>epic-assistant REST API v1</h1><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. 🔒 = needs a bearer token and a role.
Errors: <code>{"error":{"code","message","details"}}</code>; lifecycle gates answer 409 with <code>details.gate</code>.</p>
${sections}</body></html>`;
}
