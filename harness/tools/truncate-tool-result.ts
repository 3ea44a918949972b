import { estimateTokens } from '../turn/turn-budget.ts';

/**
 * Keeps a tool result within the model's per-result budget. The cut is explicit and says where the
 * full result lives, so the model narrows or pages instead of ranking from partial data.
 */
export function truncateToolResult(text: string, tokenCap: number, evidenceId: string | undefined): { text: string; truncated: boolean } {
  if (estimateTokens(text) <= tokenCap) return { text, truncated: false };
  const keep = tokenCap * 4;
  const cut = text.lastIndexOf('\n', keep);
  const head = text.slice(0, cut > keep / 2 ? cut : keep);
  const pointer = evidenceId
    ? `full result: evidence ${evidenceId}; call the tool again with a narrower filter, a smaller limit or the cursor to page`
    : 'call the tool again with a narrower filter, a smaller limit or the cursor to page';
  return { text: `${head}\n[truncated: showed ${head.length} of ${text.length} characters — totals and rankings above may be incomplete; ${pointer}]`, truncated: true };
}
