import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelMessage } from '../../../harness/model/model-provider.ts';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';
import type { RecordedRequest } from '../../support/fake-anthropic/scripted-response.ts';
import { collect, providerFor, sampleRequest, SYSTEM_PROMPT } from './provider-test-kit.ts';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

async function sentRequest(request = sampleRequest()): Promise<RecordedRequest> {
  fake.enqueue({ sse: 'plain-text' });
  await collect(providerFor(fake).stream(request));
  const sent = fake.requests.at(-1);
  if (!sent) throw new Error('nothing reached the fake');
  expect(sent.status).toBe(200);
  return sent;
}

/** A second turn after the parallel tool calls of parallel-tool-use.sse. */
const afterParallelToolUse: ModelMessage[] = [
  { role: 'user', content: [{ type: 'text', text: 'Are BNL and JLab up?' }] },
  {
    role: 'assistant',
    content: [
      { type: 'text', text: "I'll check both sites." },
      { type: 'tool_use', id: 'toolu_01A', name: 'get-site-status', input: { site: 'BNL' } },
      { type: 'tool_use', id: 'toolu_01B', name: 'get-site-status', input: { site: 'JLab' } },
    ],
  },
  {
    role: 'user',
    content: [
      { type: 'tool_result', tool_use_id: 'toolu_01A', content: 'BNL: degraded since 09:12', is_error: false },
      { type: 'tool_result', tool_use_id: 'toolu_01B', content: 'JLab: timeout', is_error: true },
    ],
  },
];

describe('anthropic provider: what goes on the wire', () => {
  it('authenticates with Bearer and pins anthropic-version 2026-10-21', async () => {
    const { headers } = await sentRequest();

    expect(headers.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(headers['anthropic-version']).toBe('2026-10-21');
    expect(headers['content-type']).toBe('application/json');
  });

  it('marks the system block and only the last tool with cache_control, so tools + system are one cached prefix', async () => {
    const { body } = await sentRequest();

    expect(body).toMatchObject({
      model: 'claude-sonnet-5-5',
      max_tokens: 1024,
      stream: true,
      system: [{ type: 'text', text: SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } }],
    });
    const tools = (body as { tools: { name: string; cache_control?: unknown }[] }).tools;
    expect(tools.map((tool) => [tool.name, tool.cache_control ?? null])).toEqual([
      ['get-campaign-status', null],
      ['get-site-status', null],
      ['list-campaigns', { type: 'ephemeral' }],
    ]);
    expect(tools[0]).toEqual({
      name: 'get-campaign-status',
      description: 'Job counts of a campaign.',
      input_schema: { type: 'object', properties: { campaign: { type: 'string' } }, required: ['campaign'] },
    });
  });

  it('sends tool results of parallel calls together, in the order the API requires', async () => {
    const { body } = await sentRequest(sampleRequest({ messages: afterParallelToolUse }));

    expect((body as { messages: unknown }).messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Are BNL and JLab up?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: "I'll check both sites." },
          { type: 'tool_use', id: 'toolu_01A', name: 'get-site-status', input: { site: 'BNL' } },
          { type: 'tool_use', id: 'toolu_01B', name: 'get-site-status', input: { site: 'JLab' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_01A', content: 'BNL: degraded since 09:12', is_error: false },
          { type: 'tool_result', tool_use_id: 'toolu_01B', content: 'JLab: timeout', is_error: true },
        ],
      },
    ]);
  });

  it('drops empty text blocks, which the API would refuse', async () => {
    const messages: ModelMessage[] = [
      afterParallelToolUse[0]!,
      { role: 'assistant', content: [{ type: 'text', text: '' }, { type: 'tool_use', id: 'toolu_01C', name: 'list-campaigns', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01C', content: '25.10.0' }] },
    ];
    const { body } = await sentRequest(sampleRequest({ messages }));

    expect((body as { messages: { content: unknown[] }[] }).messages[1]?.content).toEqual([
      { type: 'tool_use', id: 'toolu_01C', name: 'list-campaigns', input: {} },
    ]);
  });

  it('omits system and tools when there are none instead of sending empty values', async () => {
    const { body } = await sentRequest(sampleRequest({ system: '', tools: [] }));

    expect(body).not.toHaveProperty('system');
    expect(body).not.toHaveProperty('tools');
  });

  it('never sends temperature, top_p or top_k (API 2026-10-21 refuses them)', async () => {
    await sentRequest();
    await sentRequest(sampleRequest({ messages: afterParallelToolUse }));
    await sentRequest(sampleRequest({ system: '', tools: [] }));

    for (const { body } of fake.requests) {
      for (const param of ['temperature', 'top_p', 'top_k']) expect(body).not.toHaveProperty(param);
    }
  });
});
