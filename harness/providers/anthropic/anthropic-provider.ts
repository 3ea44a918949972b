import Anthropic from '@anthropic-ai/sdk';
import type { ModelProvider, ModelRequest, ModelStreamEvent } from '../../model/model-provider.ts';
import { pricingFor } from './pricing.ts';
import { toAnthropicRequest } from './to-anthropic-request.ts';
import { toModelError } from './to-model-error.ts';
import { toModelStreamEvents } from './to-model-stream-events.ts';

export interface AnthropicProviderOptions {
  apiKey: string;
  /** API root, e.g. `http://127.0.0.1:PORT` for a fake; the config module passes ANTHROPIC_BASE_URL. */
  baseUrl?: string;
  model: string;
  /** SDK retries on connection errors, 408/409/429/5xx/529, honouring retry-after. SDK default: 2. */
  maxRetries?: number;
  /** Per attempt, in ms. SDK default: 10 minutes. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The `anthropic` model provider: one streamed Messages API call per `stream()`, through the real
 * SDK. Throws ModelUnavailableError when the service cannot answer after the SDK's retries (or
 * fails mid-stream), ModelRequestError when the API refuses the request as sent, and the signal's
 * reason when the caller aborts.
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): ModelProvider {
  // Resolved up front so an unpriced model fails at startup, not after the first paid response.
  const pricing = pricingFor(options.model);
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    maxRetries: options.maxRetries,
    timeout: options.timeoutMs,
    fetch: options.fetch,
  });

  return {
    name: 'anthropic',
    model: options.model,
    async *stream(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
      try {
        // `create({stream: true})` rather than `messages.stream()`: we want the raw events in order
        // and assemble tool input ourselves, so a malformed input fails loudly instead of being
        // partial-parsed into something plausible.
        const events = await client.messages.create(toAnthropicRequest(request, options.model), { signal: request.signal });
        // An abort mid-body ends the SDK's iteration quietly; toModelStreamEvents then reports a
        // stream without message_stop, which toModelError turns back into the caller's abort.
        yield* toModelStreamEvents(events, pricing);
      } catch (error) {
        throw toModelError(error, request.signal);
      }
    },
  };
}
