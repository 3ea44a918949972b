import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnthropicProvider } from '../../../harness/providers/anthropic/anthropic-provider.ts';
import { costUsd, pricingFor } from '../../../harness/providers/anthropic/pricing.ts';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';
import { collect, providerFor, sampleRequest } from './provider-test-kit.ts';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

async function finishedUsage(model: string, fixture: string) {
  fake.enqueue({ sse: fixture });
  const events = await collect(providerFor(fake, { model }).stream(sampleRequest()));
  const finished = events.at(-1);
  if (finished?.type !== 'message.finished') throw new Error('no message.finished');
  return finished.usage;
}

describe('anthropic provider: token and cost accounting', () => {
  it('reports the response usage and its Sonnet 5.5 cost to the exact cent fraction', async () => {
    const usage = await finishedUsage('claude-sonnet-5-5', 'plain-text');
    // plain-text.sse: input 64, 5m cache write 1290, cache read 2048; output 18 (message_delta total).
    // 64×2.00 + 1290×2.50 + 2048×0.20 + 18×10.00 = 3942.6 USD per million tokens.
    expect(usage).toEqual({ inputTokens: 64, outputTokens: 18, cacheReadTokens: 2048, cacheWriteTokens: 1290, costUsd: 0.0039426 });
  });

  it('prices the same response at Haiku 5.5 rates for that model', async () => {
    const usage = await finishedUsage('claude-haiku-5-5', 'plain-text');
    // 64×0.10 + 1290×0.125 + 2048×0.01 + 18×0.50 = 197.13 USD per million tokens.
    expect(usage.costUsd).toBe(0.00019713);
  });

  it('takes output tokens from message_delta (a cumulative total), not message_start', async () => {
    const usage = await finishedUsage('claude-sonnet-5-5', 'parallel-tool-use');
    // message_start says output 2, message_delta 96: the total is 96, not 98.
    expect(usage).toMatchObject({ inputTokens: 1180, outputTokens: 96, cacheReadTokens: 2048, cacheWriteTokens: 0 });
  });

  it('refuses to build a provider for a model without a price', () => {
    expect(() => createAnthropicProvider({ apiKey: 'k', model: 'claude-unknown-9' })).toThrow(/no price for Anthropic model "claude-unknown-9"/);
  });
});

describe('pricing', () => {
  const none = { input: 0, output: 0, cacheRead: 0, cacheWrite5m: 0, cacheWrite1h: 0 };

  it('prices 1h cache writes at the 1h rate and 5m writes at the 5m rate', () => {
    const sonnet = pricingFor('claude-sonnet-5-5');
    expect(costUsd(sonnet, { ...none, cacheWrite5m: 1_000_000 })).toBe(2.5);
    expect(costUsd(sonnet, { ...none, cacheWrite1h: 1_000_000 })).toBe(4);
  });

  it('applies Haiku 5.5 long-prompt rates to every token once the prompt exceeds 100,000 tokens', () => {
    const haiku = pricingFor('claude-haiku-5-5');
    const atLimit = { ...none, input: 60_000, cacheRead: 40_000, output: 1_000 };
    // 60,000×0.10 + 40,000×0.01 + 1,000×0.50 = 6,900 USD per million tokens.
    expect(costUsd(haiku, atLimit)).toBe(0.0069);
    // One token more: 60,001×0.50 + 40,000×0.05 + 1,000×2.50 = 34,500.5.
    expect(costUsd(haiku, { ...atLimit, input: 60_001 })).toBe(0.0345005);
  });
});
