import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Store } from '../store/db/database.ts';
import { TOOLS } from './registry.ts';
import { runTool } from './shape/run-tool.ts';
import type { ToolContext, ToolDefinition } from './shape/tool-definition.ts';
import { registerResources } from './resources/register-resources.ts';
import { registerPrompts } from './prompts/register-prompts.ts';

export interface McpServerDeps {
  store: Store;
  /** Web base URL for drill-down links, e.g. http://localhost:8080. */
  baseUrl: string;
  /** Expose propose-action. External clients get read-only tools unless MCP_ALLOW_PROPOSALS is set. */
  allowProposals: boolean;
  /** Clock for time windows; defaults to the wall clock. */
  now?: () => Date;
  /** Caller identity recorded on proposals (token principal, harness user). */
  principal?: string;
}

export const SERVER_NAME = 'epic-assistant';
export const SERVER_VERSION = '0.1.0';

const INSTRUCTIONS = `ePIC production and streaming-testbed tools. Start with get-system-state (testbed) or campaign-status (production).
Failures: error-summary ranks error signatures (multi_site=true ⇒ probably not a site problem); site-health gives final failure rates per site.
Every result has evidence_id (cite it) and url (link it). Lists are paged: pass next_cursor back as cursor; totals in summaries cover the whole query.
Changes are never executed here: propose-action records a proposal an operator approves.`;

/** The tools a server with this configuration exposes (propose-action only when proposals are allowed). */
export function toolsFor(deps: Pick<McpServerDeps, 'allowProposals'>): ToolDefinition[] {
  return TOOLS.filter((tool) => deps.allowProposals || !tool.needsProposals);
}

/** Transport-agnostic server factory: stdio, streamable HTTP and the in-process harness all call this. */
export function createMcpServer(deps: McpServerDeps): McpServer {
  if (!deps.baseUrl) throw new Error('createMcpServer: baseUrl is required (drill-down links are joined to it)');
  const server = new McpServer({ name: SERVER_NAME, version: SERVER_VERSION }, { instructions: INSTRUCTIONS, capabilities: { logging: {} } });
  const context: ToolContext = { store: deps.store, baseUrl: deps.baseUrl, now: deps.now ?? (() => new Date()), principal: deps.principal ?? 'mcp', allowProposals: deps.allowProposals };
  for (const tool of toolsFor(deps)) {
    server.registerTool(
      tool.name,
      { title: tool.title, description: tool.description, inputSchema: tool.input, outputSchema: tool.output, annotations: { title: tool.title, ...tool.annotations } },
      (args: Record<string, unknown>) => runTool(tool, context, args),
    );
  }
  registerResources(server);
  registerPrompts(server);
  return server;
}
