import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../../../harness/model/model-provider.ts';
import { ModelRequestError } from '../../../harness/providers/anthropic/model-request-error.ts';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';
import { collect, collectUntilError, providerFor, sampleRequest, textOf } from './provider-test-kit.ts';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

/** The requests sent during `run`, to count attempts. */
async function attempts(run: () => Promise<unknown>) {
  const before = fake.requests.length;
  await run();
  return fake.requests.slice(before).map((request) => ({ retryCount: request.retryCount, status: request.status }));
}

describe('anthropic provider: retries (SDK built-in, against the fake)', () => {
  it('retries a 429 once and then streams the answer', async () => {
    fake.enqueue({ error: 'rate-limit-429' }, { sse: 'plain-text' });
    let text = '';
    const sent = await attempts(async () => {
      text = textOf(await collect(providerFor(fake).stream(sampleRequest())));
    });

    expect(sent).toEqual([
      { retryCount: 0, status: 429 },
      { retryCount: 1, status: 200 },
    ]);
    expect(text).toMatch(/^Campaign 25\.10\.0 has/);
  });

  it('throws ModelUnavailableError(529) once 529 overloaded outlasts maxRetries', async () => {
    // Exactly three scripted answers: a fourth attempt would get the fake's unscripted 500 and fail the test.
    fake.enqueue({ error: 'overloaded-529' }, { error: 'overloaded-529' }, { error: 'overloaded-529' });
    let error: unknown;
    const sent = await attempts(async () => {
      ({ error } = await collectUntilError(providerFor(fake, { maxRetries: 2 }).stream(sampleRequest())));
    });

    expect(sent.map((request) => request.retryCount)).toEqual([0, 1, 2]);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error).toMatchObject({ status: 529, message: expect.stringContaining('req_011COverloaded529') });
  });

  it('throws ModelUnavailableError(500) after maxRetries internal errors', async () => {
    fake.enqueue({ error: 'api-error-500' }, { error: 'api-error-500' });
    let error: unknown;
    const sent = await attempts(async () => {
      ({ error } = await collectUntilError(providerFor(fake, { maxRetries: 1 }).stream(sampleRequest())));
    });

    expect(sent).toHaveLength(2);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error).toMatchObject({ status: 500 });
  });

  it('waits as long as retry-after says before retrying', async () => {
    const slowFake = await startFakeAnthropic({ fastRetries: false });
    try {
      slowFake.enqueue({ error: 'rate-limit-429', headers: { 'retry-after': '0.3' } }, { sse: 'plain-text' });
      const started = Date.now();
      await collect(providerFor(slowFake).stream(sampleRequest()));
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(slowFake.requests.map((request) => request.retryCount)).toEqual([0, 1]);
    } finally {
      await slowFake.close();
    }
  });
});

describe('anthropic provider: failures after the 200', () => {
  it('turns a mid-stream overloaded_error into ModelUnavailableError(529), after the text already sent, without retrying', async () => {
    fake.enqueue({ sse: 'mid-stream-overloaded' });
    let outcome: Awaited<ReturnType<typeof collectUntilError>> | undefined;
    const sent = await attempts(async () => {
      outcome = await collectUntilError(providerFor(fake).stream(sampleRequest()));
    });

    expect(sent).toHaveLength(1);
    expect(outcome?.events).toEqual([{ type: 'text.delta', text: 'Campaign 25.10.0 has' }]);
    expect(outcome?.error).toBeInstanceOf(ModelUnavailableError);
    expect(outcome?.error).toMatchObject({ status: 529 });
  });

  it('maps a mid-stream api_error to status 500', async () => {
    fake.enqueue({ sse: 'single-tool-use', errorAfterEvents: { count: 5, type: 'api_error', message: 'Internal server error' } });
    const { events, error } = await collectUntilError(providerFor(fake).stream(sampleRequest()));

    // The tool_use block never completed, so it must not have been emitted.
    expect(events.map((event) => event.type)).toEqual(['text.delta']);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error).toMatchObject({ status: 500 });
  });

  it('treats a body that ends before message_stop as unavailable, not as a finished answer', async () => {
    fake.enqueue({ sse: 'plain-text', cutAfterEvents: 5 });
    const { events, error } = await collectUntilError(providerFor(fake).stream(sampleRequest()));

    expect(events.some((event) => event.type === 'message.finished')).toBe(false);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error).toMatchObject({ status: undefined, message: expect.stringContaining('before message_stop') });
  });
});

describe('anthropic provider: refusals (ModelRequestError, never retried)', () => {
  it('throws ModelRequestError for a 400 without retrying', async () => {
    fake.enqueue({ error: 'invalid-request-400' });
    let error: unknown;
    const sent = await attempts(async () => {
      ({ error } = await collectUntilError(providerFor(fake).stream(sampleRequest())));
    });

    expect(sent).toHaveLength(1);
    expect(error).toBeInstanceOf(ModelRequestError);
    expect(error).not.toBeInstanceOf(ModelUnavailableError);
    expect(error).toMatchObject({ status: 400, errorType: 'invalid_request_error', requestId: 'req_011CInvalidReq400' });
  });

  it('surfaces a conversation the API would refuse (tool_use left unanswered) as ModelRequestError(400)', async () => {
    const messages = [
      ...sampleRequest().messages,
      { role: 'assistant' as const, content: [{ type: 'tool_use' as const, id: 'toolu_01Z', name: 'list-campaigns', input: {} }] },
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'never mind' }] },
    ];
    let error: unknown;
    const sent = await attempts(async () => {
      ({ error } = await collectUntilError(providerFor(fake).stream(sampleRequest({ messages }))));
    });

    expect(sent).toEqual([{ retryCount: 0, status: 400 }]);
    expect(error).toBeInstanceOf(ModelRequestError);
    expect(error).toMatchObject({ status: 400, errorType: 'invalid_request_error', message: expect.stringContaining('toolu_01Z') });
  });

  it('throws ModelRequestError for a recorded 401 without retrying', async () => {
    fake.enqueue({ error: 'authentication-401' });
    let error: unknown;
    const sent = await attempts(async () => {
      ({ error } = await collectUntilError(providerFor(fake).stream(sampleRequest())));
    });

    expect(sent).toHaveLength(1);
    expect(error).toMatchObject({ name: 'ModelRequestError', status: 401, errorType: 'authentication_error' });
  });

  it('throws ModelRequestError(401) when the API key is wrong', async () => {
    const { error } = await collectUntilError(providerFor(fake, { apiKey: 'sk-ant-wrong' }).stream(sampleRequest()));

    expect(error).toBeInstanceOf(ModelRequestError);
    expect(error).toMatchObject({ status: 401, errorType: 'authentication_error' });
  });
});
