import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';

/**
 * The fake must refuse what the real API refuses, or provider tests could pass against a server
 * more lenient than production. Raw fetch is used where the SDK's types would stop us from
 * sending the invalid body in the first place.
 */

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

const validBody = {
  model: 'claude-sonnet-5-5',
  max_tokens: 256,
  stream: true,
  messages: [{ role: 'user', content: 'How is campaign 25.10.0 doing?' }],
};

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${fake.baseUrl}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${fake.apiKey}`, 'anthropic-version': '2026-10-21', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as { error: { type: string; message: string } } };
}

const toolTurn = (toolUseIds: string[]) => ({
  role: 'assistant',
  content: toolUseIds.map((id) => ({ type: 'tool_use', id, name: 'get-site-status', input: { site: 'BNL' } })),
});
const result = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: 'ok' });

describe('fake Anthropic API: refuses what the API refuses', () => {
  it.each([
    ['temperature', { ...validBody, temperature: 1 }, /temperature/],
    ['top_p', { ...validBody, top_p: 0.9 }, /top_p/],
    ['top_k', { ...validBody, top_k: 40 }, /top_k/],
    ['missing max_tokens', { ...validBody, max_tokens: undefined }, /^max_tokens: Field required$/],
    ['missing model', { ...validBody, model: undefined }, /^model: Field required$/],
    ['empty text block', { ...validBody, messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] }, /non-empty/],
    [
      'text before the tool_result',
      { ...validBody, messages: [validBody.messages[0], toolTurn(['toolu_1']), { role: 'user', content: [{ type: 'text', text: 'here' }, result('toolu_1')] }] },
      /tool_use.* ids were found without .*tool_result/,
    ],
    [
      'a missing tool_result of a parallel pair',
      { ...validBody, messages: [validBody.messages[0], toolTurn(['toolu_1', 'toolu_2']), { role: 'user', content: [result('toolu_1')] }] },
      /without .*tool_result.* blocks immediately after: toolu_2/,
    ],
    [
      'a tool_result for an unknown tool_use id',
      { ...validBody, messages: [validBody.messages[0], toolTurn(['toolu_1']), { role: 'user', content: [result('toolu_1'), result('toolu_9')] }] },
      /unexpected .*tool_use_id.* toolu_9/,
    ],
    [
      'five cache breakpoints',
      { ...validBody, system: [1, 2, 3, 4, 5].map((n) => ({ type: 'text', text: `part ${n}`, cache_control: { type: 'ephemeral' } })) },
      /maximum of 4 blocks with cache_control/,
    ],
  ])('400 invalid_request_error for %s', async (_case, body, message) => {
    const response = await post(body);

    expect(response.status).toBe(400);
    expect(response.json().error.type).toBe('invalid_request_error');
    expect(response.json().error.message).toMatch(message);
  });

  it('accepts x-api-key as well as Bearer, and answers 401 to a missing or wrong key', async () => {
    fake.enqueue({ sse: 'plain-text' });
    expect((await post(validBody, { authorization: '', 'x-api-key': fake.apiKey })).status).toBe(200);
    expect((await post(validBody, { authorization: '' })).status).toBe(401);
    expect((await post(validBody, { authorization: 'Bearer sk-ant-wrong' })).json().error.type).toBe('authentication_error');
  });

  it('answers 400 to another anthropic-version', async () => {
    const response = await post(validBody, { 'anthropic-version': '2023-06-01' });

    expect(response.status).toBe(400);
    expect(response.json().error.message).toMatch(/anthropic-version/);
  });

  it('does not spend a scripted response on a refused request', async () => {
    fake.enqueue({ sse: 'plain-text' });
    await post({ ...validBody, temperature: 0 });

    const response = await post(validBody);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.text).toMatch(/^event: message_start\ndata: /);
  });

  it('sends recorded error fixtures with their headers and the fast-retry hint only on retried statuses', async () => {
    fake.enqueue({ error: 'rate-limit-429' }, { error: 'invalid-request-400' });
    const limited = await post(validBody);
    const refused = await post(validBody);

    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('retry-after-ms')).toBe('1');
    expect(limited.headers.get('request-id')).toBe('req_011CRateLimit429');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('retry-after-ms')).toBeNull();
  });
});

describe('fake Anthropic API: fixtures are consumable by the SDK’s own stream accumulator', () => {
  it.each([
    ['plain-text', 'end_turn', ['text']],
    ['single-tool-use', 'tool_use', ['text', 'tool_use']],
    ['parallel-tool-use', 'tool_use', ['text', 'tool_use', 'tool_use']],
    ['split-tool-input', 'tool_use', ['tool_use']],
    ['tool-use-no-input', 'tool_use', ['tool_use']],
  ])('%s → finalMessage() with stop_reason %s', async (fixture, stopReason, blockTypes) => {
    fake.enqueue({ sse: fixture });
    const client = new Anthropic({ apiKey: fake.apiKey, baseURL: fake.baseUrl, maxRetries: 0 });
    const message = await client.messages
      .stream({ model: 'claude-sonnet-5-5', max_tokens: 256, messages: [{ role: 'user', content: 'status?' }] })
      .finalMessage();

    expect(message.stop_reason).toBe(stopReason);
    expect(message.content.map((block) => block.type)).toEqual(blockTypes);
    expect(fake.requests.at(-1)?.headers['x-stainless-helper-method']).toBe('stream');
  });
});
