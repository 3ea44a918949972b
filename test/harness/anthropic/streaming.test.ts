import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';
import { collect, providerFor, sampleRequest, textOf } from './provider-test-kit.ts';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

describe('anthropic provider: streaming', () => {
  it('yields text deltas in arrival order, then message.finished with the stop reason', async () => {
    fake.enqueue({ sse: 'plain-text' });
    const events = await collect(providerFor(fake).stream(sampleRequest()));

    expect(events.map((event) => event.type)).toEqual(['text.delta', 'text.delta', 'text.delta', 'text.delta', 'message.finished']);
    expect(textOf(events)).toBe('Campaign 25.10.0 has 1,204 running jobs and 37 failed in the last hour; the failures are all at BNL.');
    expect(events.at(-1)).toMatchObject({ type: 'message.finished', stopReason: 'end_turn' });
  });

  it('assembles a tool_use block from input_json_delta fragments and emits it after the text', async () => {
    fake.enqueue({ sse: 'single-tool-use' });
    const events = await collect(providerFor(fake).stream(sampleRequest()));

    expect(events).toEqual([
      { type: 'text.delta', text: "I'll look up the campaign's job counts." },
      {
        type: 'tool_use',
        block: { type: 'tool_use', id: 'toolu_01Kx3VbQ7nPz2mY8wT5sL4rD', name: 'get-campaign-status', input: { campaign: '25.10.0', window: '1h' } },
      },
      expect.objectContaining({ type: 'message.finished', stopReason: 'tool_use' }),
    ]);
  });

  it('emits every tool_use block of a parallel tool-use turn, in block order', async () => {
    fake.enqueue({ sse: 'parallel-tool-use' });
    const events = await collect(providerFor(fake).stream(sampleRequest()));

    const toolUses = events.flatMap((event) => (event.type === 'tool_use' ? [event.block] : []));
    expect(toolUses).toEqual([
      { type: 'tool_use', id: 'toolu_01A7fGhJ2kL9mN4pQ6rS8tUv', name: 'get-site-status', input: { site: 'BNL' } },
      { type: 'tool_use', id: 'toolu_01B3wXyZ5aB7cD9eF2gH4iJk', name: 'get-site-status', input: { site: 'JLab' } },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'message.finished', stopReason: 'tool_use' });
  });

  it('parses tool input split mid-key, mid-number and around escaped quotes', async () => {
    fake.enqueue({ sse: 'split-tool-input' });
    const events = await collect(providerFor(fake).stream(sampleRequest()));

    expect(events[0]).toEqual({
      type: 'tool_use',
      block: {
        type: 'tool_use',
        id: 'toolu_01Qm4NcR7tW2yE5uI8oP3aSd',
        name: 'search-datasets',
        input: {
          query: 'DIS e+p 18×275 GeV "minQ2=10"',
          filters: { campaigns: ['25.09.1', '25.10.0'], status: null },
          limit: 20,
          fields: ['name', 'events'],
        },
      },
    });
  });

  it('gives a tool call with no input fragments the empty input {}', async () => {
    fake.enqueue({ sse: 'tool-use-no-input' });
    const events = await collect(providerFor(fake).stream(sampleRequest()));

    expect(events[0]).toEqual({ type: 'tool_use', block: { type: 'tool_use', id: 'toolu_01Lc7MxN4bV2cX9zA6sD3fGh', name: 'list-campaigns', input: {} } });
  });

  it('sends one streaming request per call, with no retries on success', async () => {
    const before = fake.requests.length;
    fake.enqueue({ sse: 'plain-text' });
    await collect(providerFor(fake).stream(sampleRequest()));

    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/v1/messages', retryCount: 0, status: 200 });
  });
});
