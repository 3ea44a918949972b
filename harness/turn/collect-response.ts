import { emptyUsage, type ModelProvider, type ModelRequest, type ModelUsage, type StopReason, type ToolUseBlock } from '../model/model-provider.ts';
import type { HarnessEvent } from './harness-events.ts';

export interface CollectedResponse {
  text: string;
  toolUses: ToolUseBlock[];
  stopReason: StopReason;
  usage: ModelUsage;
}

/** Drains one streamed model response, forwarding text deltas to the surface as they arrive. */
export async function collectResponse(
  provider: ModelProvider,
  request: ModelRequest,
  emit: (event: HarnessEvent) => void,
): Promise<CollectedResponse> {
  let text = '';
  const toolUses: ToolUseBlock[] = [];
  let stopReason: StopReason = 'end_turn';
  let usage = emptyUsage();
  for await (const event of provider.stream(request)) {
    if (event.type === 'text.delta') {
      text += event.text;
      emit(event);
    } else if (event.type === 'tool_use') {
      toolUses.push(event.block);
    } else {
      stopReason = event.stopReason;
      usage = event.usage;
    }
  }
  return { text, toolUses, stopReason, usage };
}

export function addUsage(a: ModelUsage, b: ModelUsage): ModelUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
    costUsd: a.costUsd + b.costUsd,
  };
}
