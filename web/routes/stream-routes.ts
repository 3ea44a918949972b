import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actionsSince } from '../../store/services/pcs/action-feed.ts';
import { zodApp, type RouteDeps } from './route-support.ts';

const POLL_MS = 1000;
/** Streams are short-lived by design: clients (EventSource) reconnect with Last-Event-ID. */
const MAX_STREAM_MS = 5 * 60_000;

const streamQuery = z.strictObject({
  since: z.coerce.number().int().min(0).optional().describe('replay events with id greater than this'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function registerStreamRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = zodApp(app);
  r.get('/api/v1/actions', { schema: { tags: ['actions'], summary: 'Action-stream rows after `since` (oldest first)', querystring: streamQuery } }, async (req) => {
    const items = await actionsSince(db, req.query.since ?? 0, req.query.limit);
    return { items, next_since: items.at(-1)?.id ?? req.query.since ?? 0 };
  });
  r.get('/api/v1/stream', {
    schema: { tags: ['actions'], summary: 'Server-sent events of the action stream (event = action, id = row id)', querystring: streamQuery, headers: z.object({ 'last-event-id': z.coerce.number().int().min(0).optional() }) },
  }, async (req, reply) => {
    let cursor = req.headers['last-event-id'] ?? req.query.since ?? 0;
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    raw.write(': connected\nretry: 2000\n\n');
    let open = true;
    req.raw.on('close', () => { open = false; });
    const deadline = Date.now() + MAX_STREAM_MS;
    while (open && Date.now() < deadline) {
      try {
        for (const event of await actionsSince(db, cursor, req.query.limit)) {
          raw.write(`id: ${event.id}\nevent: ${event.action}\ndata: ${JSON.stringify(event)}\n\n`);
          cursor = event.id;
        }
      } catch (error) {
        req.log.warn({ err: error }, 'action stream poll failed');
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    raw.end();
  });
}
