import type http from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadSseFixture } from './fixtures.ts';
import type { ScriptedResponse } from './scripted-response.ts';

type SseScript = Extract<ScriptedResponse, { sse: string }>;

/**
 * Streams a recorded fixture as the API does (reference §3): 200, `text/event-stream`, one write
 * per event so the client sees them arrive separately, then the body ends — no `[DONE]`.
 */
export async function writeSseResponse(res: http.ServerResponse, script: SseScript, requestId: string, onStallClosed: () => void): Promise<void> {
  const events = loadSseFixture(script.sse);
  const limit = script.errorAfterEvents?.count ?? script.stallAfterEvents ?? script.cutAfterEvents ?? events.length;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'request-id': requestId });
  res.flushHeaders();
  // Registered before writing: a client that aborts during the first events must still count.
  if (script.stallAfterEvents !== undefined) res.on('close', onStallClosed);

  for (const event of events.slice(0, limit)) {
    if (res.destroyed) return;
    res.write(event.raw);
    // Yield to the event loop so each event leaves in its own TCP write, like a live stream.
    await nextTurn();
  }

  if (script.errorAfterEvents) {
    const { type, message } = script.errorAfterEvents;
    res.write(`event: error\ndata: ${JSON.stringify({ type: 'error', error: { type, message } })}\n\n`);
  }
  // A stalled body stays open; the client's abort is what ends it.
  if (script.stallAfterEvents === undefined) res.end();
}
