import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadErrorFixture } from './fixtures.ts';
import { checkBody, checkHeaders, type ApiRefusal } from './request-checks.ts';
import type { RecordedRequest, ScriptedResponse } from './scripted-response.ts';
import { writeSseResponse } from './write-sse-response.ts';

export interface FakeAnthropicOptions {
  /** The key the fake accepts (as `Authorization: Bearer` or `x-api-key`). */
  apiKey?: string;
  /**
   * Add `retry-after-ms: 1` to every error the SDK retries, so retry tests take milliseconds, not
   * the SDK's 0.5 s+ backoff or a fixture's `retry-after: 1`. The real API does not send this
   * header; turn it off to exercise `retry-after` itself.
   */
  fastRetries?: boolean;
}

export interface FakeAnthropic {
  /** Pass as the SDK's `baseURL`. */
  baseUrl: string;
  apiKey: string;
  /** Every request received, in order, including the ones the fake refused. */
  requests: RecordedRequest[];
  enqueue(...responses: ScriptedResponse[]): void;
  /** Resolves once a stalled stream (`stallAfterEvents`) has been closed by its client. */
  stalledStreamClosed(): Promise<void>;
  close(): Promise<void>;
}

// Statuses the SDK retries (reference §5); only these get the fast-retry header.
const isRetriedStatus = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

/**
 * A local stand-in for `POST /v1/messages` of the Anthropic Messages API (API version
 * 2026-10-21), to run the real SDK against. Requests are checked as the API checks them (auth,
 * version, body schema, sampling params, tool_result order, cache breakpoints) and refused with
 * the API's error shape before any scripted response is used; valid requests get the next
 * scripted response: a recorded SSE stream or a recorded error.
 */
export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const apiKey = options.apiKey ?? 'sk-ant-test-key';
  const fastRetries = options.fastRetries ?? true;
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  let stallClosed = deferred();
  let requestCounter = 0;

  const server = http.createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const requestId = `req_fake_${String(++requestCounter).padStart(4, '0')}`;
      const recorded = record(req, raw);
      requests.push(recorded);
      const send = (status: number, headers: Record<string, string>, body: unknown) => {
        recorded.status = status;
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
        res.end(JSON.stringify(body));
      };
      const refuse = (refusal: ApiRefusal, headers: Record<string, string> = {}) =>
        send(refusal.status, withFastRetry(refusal.status, headers), errorBody(refusal, requestId));

      if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/messages') {
        return refuse({ status: 404, type: 'not_found_error', message: `${req.method} ${req.url} not found` });
      }
      const headerRefusal = checkHeaders(req.headers, apiKey);
      if (headerRefusal) return refuse(headerRefusal);
      const checked = checkBody(raw);
      if ('refusal' in checked) return refuse(checked.refusal);

      const next = queue.shift();
      // Fake-side misuse is a 500 the SDK must not retry, so the test fails at the first call.
      const misuse = (message: string) => refuse({ status: 500, type: 'api_error', message: `fake-anthropic: ${message}` }, { 'x-should-retry': 'false' });
      if (!next) return misuse('no scripted response left for this request');
      if ('error' in next) {
        const fixture = loadErrorFixture(next.error);
        recorded.status = fixture.status;
        res.writeHead(fixture.status, withFastRetry(fixture.status, applyOverrides(fixture.headers, next.headers)));
        return res.end(JSON.stringify(fixture.body));
      }
      if (checked.body.stream !== true) return misuse('SSE scripted but the request did not set stream: true');
      recorded.status = 200;
      await writeSseResponse(res, next, requestId, () => {
        stallClosed.resolve();
        stallClosed = deferred();
      });
    })().catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });

  function withFastRetry(status: number, headers: Record<string, string>): Record<string, string> {
    if (!fastRetries || !isRetriedStatus(status) || 'retry-after-ms' in headers) return headers;
    return { ...headers, 'retry-after-ms': '1' };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // listen() on a TCP port always yields AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    enqueue: (...responses) => void queue.push(...responses),
    stalledStreamClosed: () => stallClosed.promise,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

// Promise.withResolvers is Node 22+; the project targets Node 20.
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

function errorBody(refusal: ApiRefusal, requestId: string) {
  return { type: 'error', error: { type: refusal.type, message: refusal.message }, request_id: requestId };
}

function applyOverrides(headers: Record<string, string>, overrides: Record<string, string | null> = {}): Record<string, string> {
  const result = { ...headers };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) delete result[name];
    else result[name] = value;
  }
  return result;
}

function record(req: http.IncomingMessage, raw: string): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = String(value);
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // keep the raw text: the request is refused and the test can still see what was sent
  }
  const retryCount = headers['x-stainless-retry-count'];
  return { method: req.method ?? '', path: req.url ?? '', headers, body, retryCount: retryCount === undefined ? undefined : Number(retryCount), status: 0 };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
