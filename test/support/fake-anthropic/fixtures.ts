import fs from 'node:fs';
import { z } from 'zod';

/**
 * Recorded Messages API responses under test/fixtures/anthropic: `<name>.sse` streams in the wire
 * format of reference §3, and `errors/<name>.json` error responses (status, headers, JSON body).
 * Every fixture is checked on load, so a hand edit that breaks the contract fails loudly instead
 * of teaching the provider a shape the real API never sends.
 */

const FIXTURE_DIR = new URL('../../fixtures/anthropic/', import.meta.url);

export interface SseEvent {
  name: string;
  /** The exact bytes of the event, including its terminating blank line. */
  raw: string;
}

export interface ErrorFixture {
  status: number;
  headers: Record<string, string>;
  body: { type: 'error'; error: { type: string; message: string }; request_id?: string };
}

const errorFixtureSchema = z.object({
  status: z.number().int().min(400).max(599),
  headers: z.record(z.string(), z.string()),
  body: z.object({
    type: z.literal('error'),
    error: z.object({ type: z.string(), message: z.string() }),
    request_id: z.string().optional(),
  }),
});

export function loadSseFixture(name: string): SseEvent[] {
  const text = fs.readFileSync(new URL(`${name}.sse`, FIXTURE_DIR), 'utf8');
  const events = text
    .split(/\n\n/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => parseEvent(name, chunk));
  checkEventOrder(name, events.map((event) => event.name));
  return events;
}

export function loadErrorFixture(name: string): ErrorFixture {
  const json: unknown = JSON.parse(fs.readFileSync(new URL(`errors/${name}.json`, FIXTURE_DIR), 'utf8'));
  return errorFixtureSchema.parse(json);
}

function parseEvent(fixture: string, chunk: string): SseEvent {
  const lines = chunk.split('\n');
  const [eventLine, dataLine, ...rest] = lines;
  // SDK 1.12 silently drops an event without an `event:` line, so a fixture missing one would
  // test nothing; one `data:` line per event is what the API sends.
  if (!eventLine?.startsWith('event: ') || !dataLine?.startsWith('data: ') || rest.length > 0) {
    throw new Error(`fixture ${fixture}: malformed SSE event:\n${chunk}`);
  }
  const name = eventLine.slice('event: '.length);
  const data: unknown = JSON.parse(dataLine.slice('data: '.length));
  const type = z.object({ type: z.string() }).parse(data).type;
  if (type !== name) throw new Error(`fixture ${fixture}: event ${name} carries data of type ${type}`);
  return { name, raw: `${chunk}\n\n` };
}

/** Reference §3 order: message_start, blocks, message_delta, message_stop; an error may end it early. */
function checkEventOrder(fixture: string, names: string[]): void {
  const meaningful = names.filter((name) => name !== 'ping');
  const fail = (why: string) => {
    throw new Error(`fixture ${fixture}: ${why} (events: ${meaningful.join(', ')})`);
  };
  if (meaningful[0] !== 'message_start') fail('must begin with message_start');
  const last = meaningful.at(-1);
  if (last === 'error') return;
  if (last !== 'message_stop' || meaningful.at(-2) !== 'message_delta') fail('must end with message_delta, message_stop');
  let open = false;
  for (const name of meaningful.slice(1, -2)) {
    if (name === 'content_block_start') {
      if (open) fail('content blocks must not interleave');
      open = true;
    } else if (name === 'content_block_stop') {
      if (!open) fail('content_block_stop without a start');
      open = false;
    } else if (name !== 'content_block_delta' || !open) fail(`unexpected ${name}`);
  }
}
