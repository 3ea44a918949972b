import type { ToolDefinition, ToolResultBlock, ToolUseBlock } from '../model/model-provider.ts';
import { resolveSelectTools, SELECT_TOOLS } from '../tools/tool-selection.ts';
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
  options: {
    round: number;
    tokenCap: number;
    signal: AbortSignal;
    emit: (event: HarnessEvent) => void;
    allowedTools: ReadonlySet<string>;
    /** The full catalog `select-tools` may load from; absent when every tool is already offered. */
    catalog?: readonly ToolDefinition[];
  },
): Promise<{ results: ToolResultBlock[]; outcomes: RoundOutcome[]; loaded: ToolDefinition[] }> {
  const loaded: ToolDefinition[] = [];
  const outcomes = await Promise.all(
    toolUses.map(async (use) => {
      options.emit({ type: 'tool.started', callId: use.id, name: use.name, arguments: use.input, round: options.round });
      let outcome: ToolOutcome;
      if (use.name === SELECT_TOOLS && options.catalog) {
        const selection = resolveSelectTools(use.input, options.catalog);
        loaded.push(...selection.added);
        outcome = { ...refused(use), text: selection.text, isError: selection.isError };
      } else {
        outcome = options.allowedTools.has(use.name) ? await gateway.call(use.name, use.input, options.signal) : refused(use);
      }
      options.emit({ type: 'tool.finished', callId: use.id, name: use.name, isError: outcome.isError, evidenceId: outcome.evidenceId, durationMs: outcome.durationMs });
      if (use.name === 'propose-action' && !outcome.isError && typeof outcome.structured?.ref === 'string') {
        options.emit({ type: 'proposal.created', ref: outcome.structured.ref, url: outcome.url });
      }
      return { ...outcome, round: options.round };
    }),
  );
  const results = outcomes.map((outcome, index): ToolResultBlock => {
    const { text } = truncateToolResult(outcome.text, options.tokenCap, outcome.evidenceId);
    return { type: 'tool_result', tool_use_id: toolUses[index]!.id, content: text, ...(outcome.isError ? { is_error: true } : {}) };
  });
  return { results, outcomes, loaded };
}

export type RoundOutcome = ToolOutcome & { round: number };

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
