import type { RawMessageStreamEvent, StopReason as AnthropicStopReason } from '@anthropic-ai/sdk/resources/messages';
import type { ModelStreamEvent, StopReason, ToolUseBlock } from '../../model/model-provider.ts';
import type { ModelPricing } from './pricing.ts';
import { StreamProtocolError } from './stream-protocol-error.ts';
import { UsageTally } from './usage-tally.ts';

interface PendingToolUse {
  id: string;
  name: string;
  json: string;
}

/**
 * Raw Messages API stream events → our events. Text deltas pass through as they arrive; a tool
 * call is held until its `content_block_stop` because its input JSON comes in fragments and is
 * only parseable whole. Blocks we do not use (thinking, server tools) are skipped.
 */
export async function* toModelStreamEvents(
  events: AsyncIterable<RawMessageStreamEvent>,
  pricing: ModelPricing,
): AsyncGenerator<ModelStreamEvent> {
  const usage = new UsageTally();
  const pendingTools = new Map<number, PendingToolUse>();
  let stopReason: StopReason | undefined;

  for await (const event of events) {
    switch (event.type) {
      case 'message_start':
        usage.start(event.message.usage);
        break;
      case 'content_block_start': {
        const block = event.content_block;
        if (block.type === 'tool_use') pendingTools.set(event.index, { id: block.id, name: block.name, json: '' });
        else if (block.type === 'text' && block.text) yield { type: 'text.delta', text: block.text };
        break;
      }
      case 'content_block_delta': {
        const delta = event.delta;
        if (delta.type === 'text_delta') yield { type: 'text.delta', text: delta.text };
        else if (delta.type === 'input_json_delta') {
          const pending = pendingTools.get(event.index);
          if (!pending) throw new StreamProtocolError(`input_json_delta for block ${event.index}, which is not a tool_use`);
          pending.json += delta.partial_json;
        }
        break;
      }
      case 'content_block_stop': {
        const pending = pendingTools.get(event.index);
        if (pending) {
          pendingTools.delete(event.index);
          yield { type: 'tool_use', block: toToolUseBlock(pending) };
        }
        break;
      }
      case 'message_delta':
        usage.update(event.usage);
        if (event.delta.stop_reason) stopReason = toStopReason(event.delta.stop_reason);
        break;
      case 'message_stop':
        if (!stopReason) throw new StreamProtocolError('message_stop without a stop_reason');
        yield { type: 'message.finished', stopReason, usage: usage.toModelUsage(pricing) };
        return;
    }
  }
  // The SDK ends iteration quietly when the body closes early; without message_stop the answer may
  // be cut anywhere, so it must not be treated as complete.
  throw new StreamProtocolError('stream ended before message_stop');
}

function toToolUseBlock(pending: PendingToolUse): ToolUseBlock {
  // No fragments means the input stays `{}` from content_block_start (reference §3).
  const text = pending.json.trim() === '' ? '{}' : pending.json;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new StreamProtocolError(`tool_use ${pending.id} (${pending.name}) has input that is not JSON: ${text.slice(0, 200)}`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new StreamProtocolError(`tool_use ${pending.id} (${pending.name}) has input that is not a JSON object`);
  }
  // Narrowed to a non-null, non-array object above; TypeScript cannot express that as a Record.
  return { type: 'tool_use', id: pending.id, name: pending.name, input: input as Record<string, unknown> };
}

function toStopReason(reason: AnthropicStopReason): StopReason {
  // Our StopReason has no context-window variant; for the harness it means the same as max_tokens:
  // the answer was cut short by a token limit.
  return reason === 'model_context_window_exceeded' ? 'max_tokens' : reason;
}
