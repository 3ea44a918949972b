import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { ToolDefinition } from '../model/model-provider.ts';

/** What the harness keeps of one tool call: the text the model sees and the data grounding checks. */
export interface ToolOutcome {
  name: string;
  arguments: Record<string, unknown>;
  text: string;
  structured: Record<string, unknown> | undefined;
  isError: boolean;
  evidenceId: string | undefined;
  url: string | undefined;
  durationMs: number;
}

/** The harness's only way to reach tools: an MCP client (in-process or remote), never direct imports. */
export interface ToolGateway {
  list(): Promise<ToolDefinition[]>;
  call(name: string, args: Record<string, unknown>, signal?: AbortSignal): Promise<ToolOutcome>;
}

export function mcpToolGateway(client: Client): ToolGateway {
  let cached: ToolDefinition[] | undefined;
  return {
    async list() {
      if (!cached) {
        const { tools } = await client.listTools();
        cached = tools.map((t) => ({ name: t.name, description: t.description ?? '', inputSchema: t.inputSchema as Record<string, unknown> }));
      }
      return cached;
    },
    async call(name, args, signal) {
      const started = performance.now();
      try {
        const result = await client.callTool({ name, arguments: args }, undefined, signal ? { signal } : undefined);
        const content = Array.isArray(result.content) ? result.content : [];
        const text = content
          .map((block) => (typeof block === 'object' && block !== null && 'text' in block && typeof block.text === 'string' ? block.text : ''))
          .join('\n');
        const structured = isRecord(result.structuredContent) ? result.structuredContent : undefined;
        return {
          name,
          arguments: args,
          text,
          structured,
          isError: result.isError === true,
          evidenceId: typeof structured?.evidence_id === 'string' ? structured.evidence_id : undefined,
          url: typeof structured?.url === 'string' ? structured.url : undefined,
          durationMs: performance.now() - started,
        };
      } catch (error) {
        // Protocol errors (unknown tool, invalid params) go back to the model as a tool error it can fix.
        return {
          name,
          arguments: args,
          text: `Tool call failed: ${error instanceof Error ? error.message : String(error)}`,
          structured: undefined,
          isError: true,
          evidenceId: undefined,
          url: undefined,
          durationMs: performance.now() - started,
        };
      }
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
