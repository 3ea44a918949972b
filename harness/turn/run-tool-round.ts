import type { ToolResultBlock, ToolUseBlock } from '../model/model-provider.ts';
import type { ToolGateway, ToolOutcome } from '../tools/tool-gateway.ts';
import { truncateToolResult } from '../tools/truncate-tool-result.ts';
import type { HarnessEvent } from './harness-events.ts';

/**
 * Runs the tool calls of one model response in parallel (the model asked for them together, so
 * they are independent) and returns the tool_result blocks in the order of the calls.
 */
export async function runToolRound(
  toolUses: ToolUseBlock[],
  gateway: ToolGateway,
  options: { round: number; tokenCap: number; signal: AbortSignal; emit: (event: HarnessEvent) => void; allowedTools: ReadonlySet<string> },
): Promise<{ results: ToolResultBlock[]; outcomes: ToolOutcome[] }> {
  const outcomes = await Promise.all(
    toolUses.map(async (use) => {
      options.emit({ type: 'tool.started', callId: use.id, name: use.name, arguments: use.input, round: options.round });
      const outcome = options.allowedTools.has(use.name)
        ? await gateway.call(use.name, use.input, options.signal)
        : refused(use);
      options.emit({ type: 'tool.finished', callId: use.id, name: use.name, isError: outcome.isError, evidenceId: outcome.evidenceId, durationMs: outcome.durationMs });
      if (use.name === 'propose-action' && !outcome.isError && typeof outcome.structured?.ref === 'string') {
        options.emit({ type: 'proposal.created', ref: outcome.structured.ref, url: outcome.url });
      }
      return outcome;
    }),
  );
  const results = outcomes.map((outcome, index): ToolResultBlock => {
    const { text } = truncateToolResult(outcome.text, options.tokenCap, outcome.evidenceId);
    return { type: 'tool_result', tool_use_id: toolUses[index]!.id, content: text, ...(outcome.isError ? { is_error: true } : {}) };
  });
  return { results, outcomes };
}

/** A tool the model was not offered this turn (e.g. hallucinated name) is refused, not executed. */
function refused(use: ToolUseBlock): ToolOutcome {
  return {
    name: use.name,
    arguments: use.input,
    text: `Unknown or unavailable tool '${use.name}'. Use one of the tools listed in this conversation.`,
    structured: undefined,
    isError: true,
    evidenceId: undefined,
    url: undefined,
    durationMs: 0,
  };
}
