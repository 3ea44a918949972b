import type { MessageDeltaUsage, Usage } from '@anthropic-ai/sdk/resources/messages';
import type { ModelUsage } from '../../model/model-provider.ts';
import { costUsd, type ModelPricing } from './pricing.ts';

/**
 * Token counts of one streamed response. `message_start` carries the initial usage and each
 * `message_delta` carries cumulative totals (not increments): output is overwritten, input and cache
 * counts only when present and non-null — the same rule the SDK's own accumulator follows.
 */
export class UsageTally {
  private input = 0;
  private output = 0;
  private cacheRead = 0;
  private cacheWrite = 0;
  private cacheWrite1h = 0;

  start(usage: Usage): void {
    this.input = usage.input_tokens;
    this.output = usage.output_tokens;
    this.cacheRead = usage.cache_read_input_tokens ?? 0;
    this.cacheWrite = usage.cache_creation_input_tokens ?? 0;
    this.cacheWrite1h = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  }

  // The fields are typed non-optional, but the wire often omits them (reference §3 example sends
  // only output_tokens), hence `!= null` rather than `!== null`.
  update(usage: MessageDeltaUsage): void {
    this.output = usage.output_tokens;
    if (usage.input_tokens != null) this.input = usage.input_tokens;
    if (usage.cache_read_input_tokens != null) this.cacheRead = usage.cache_read_input_tokens;
    if (usage.cache_creation_input_tokens != null) this.cacheWrite = usage.cache_creation_input_tokens;
  }

  toModelUsage(pricing: ModelPricing): ModelUsage {
    // Writes are priced by TTL. We only send 5m breakpoints, so the 1h share is normally 0; the
    // 5m share is derived from the total so a later cumulative total is never double-counted.
    const write1h = Math.min(this.cacheWrite1h, this.cacheWrite);
    return {
      inputTokens: this.input,
      outputTokens: this.output,
      cacheReadTokens: this.cacheRead,
      cacheWriteTokens: this.cacheWrite,
      costUsd: costUsd(pricing, {
        input: this.input,
        output: this.output,
        cacheRead: this.cacheRead,
        cacheWrite5m: this.cacheWrite - write1h,
        cacheWrite1h: write1h,
      }),
    };
  }
}
