import { createAnthropicProvider, type AnthropicProviderOptions } from '../../../harness/providers/anthropic/anthropic-provider.ts';
import type { ModelProvider, ModelRequest, ModelStreamEvent } from '../../../harness/model/model-provider.ts';
import type { FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';

/** The real provider (real SDK) pointed at the fake. */
export function providerFor(fake: FakeAnthropic, options: Partial<AnthropicProviderOptions> = {}): ModelProvider {
  return createAnthropicProvider({ apiKey: fake.apiKey, baseUrl: fake.baseUrl, model: 'claude-sonnet-5-5', ...options });
}

export async function collect(stream: AsyncIterable<ModelStreamEvent>): Promise<ModelStreamEvent[]> {
  const events: ModelStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

/** Runs the stream to its end and returns what was emitted before the error, plus the error. */
export async function collectUntilError(stream: AsyncIterable<ModelStreamEvent>): Promise<{ events: ModelStreamEvent[]; error: unknown }> {
  const events: ModelStreamEvent[] = [];
  try {
    for await (const event of stream) events.push(event);
  } catch (error) {
    return { events, error };
  }
  throw new Error(`stream ended without an error after ${events.length} events`);
}

export const SYSTEM_PROMPT = 'You are the ePIC production assistant. Answer from tool results only.';

export function sampleRequest(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user', content: [{ type: 'text', text: 'How is campaign 25.10.0 doing?' }] }],
    tools: [
      {
        name: 'get-campaign-status',
        description: 'Job counts of a campaign.',
        inputSchema: { type: 'object', properties: { campaign: { type: 'string' } }, required: ['campaign'] },
      },
      {
        name: 'get-site-status',
        description: 'Health of a compute site.',
        inputSchema: { type: 'object', properties: { site: { type: 'string' } }, required: ['site'] },
      },
      { name: 'list-campaigns', description: 'All campaigns.', inputSchema: { type: 'object', properties: {} } },
    ],
    maxOutputTokens: 1024,
    ...overrides,
  };
}

export const textOf = (events: ModelStreamEvent[]): string =>
  events.map((event) => (event.type === 'text.delta' ? event.text : '')).join('');
