import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolContext, ToolDefinition } from './tool-definition.ts';
import { toPlain } from './plain.ts';
import { applySizeCap } from './size-cap.ts';
import { evidenceIdFor, joinUrl, saveEvidence } from './evidence.ts';
import { appendEnvelope } from './render-text.ts';
import { toolErrorResult } from './tool-error.ts';

/** Longest string kept per field: concise answers need less, detailed gets more but stays bounded. */
const MAX_STRING = { concise: 300, detailed: 2000 } as const;

/**
 * The one place results are shaped: plain JSON, size cap, evidence id + stored evidence, url,
 * as_of, text rendering. Tools only return their data.
 */
export async function runTool(tool: ToolDefinition, context: ToolContext, args: Record<string, unknown>): Promise<CallToolResult> {
  let body;
  try {
    body = await tool.run(context, args as never);
  } catch (error) {
    return toolErrorResult(error);
  }
  const format = args.response_format === 'detailed' ? 'detailed' : 'concise';
  const plain = toPlain(body.data, MAX_STRING[format]) as Record<string, unknown>;
  const capped = applySizeCap(body.headline, plain, body.cursorAfter);
  const asOf = body.asOf ?? context.now();
  const evidenceId = evidenceIdFor(tool.name, args, asOf);
  const envelope = {
    evidence_id: evidenceId,
    url: joinUrl(context.baseUrl, body.path),
    as_of: asOf.toISOString(),
    truncated: capped.truncated,
    ...(capped.note ? { note: capped.note } : {}),
  };
  const structured = { ...capped.data, ...envelope };
  await saveEvidence(context.store.db, { id: evidenceId, toolName: tool.name, args, result: structured, url: envelope.url, asOf });
  return { structuredContent: structured, content: [{ type: 'text', text: appendEnvelope(capped.text, envelope) }] };
}
