import type { z } from 'zod';
import type { Store } from '../../store/db/database.ts';

/** Everything a tool handler may use; transports build it once per server. */
export interface ToolContext {
  store: Store;
  /** Web base URL that drill-down paths are joined to. */
  baseUrl: string;
  /** The clock windows are measured from (tests and evals pin it to the seed anchor). */
  now: () => Date;
  /** Who is calling (token principal, harness user); recorded on proposals. */
  principal: string;
  /** Whether this server exposes propose-action (so catalogs list only what the client can call). */
  allowProposals: boolean;
}

/** MCP's four behaviour hints; every tool must state all of them (a test over tools/list enforces it). */
export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export const READ_ONLY: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

export type ToolDomain = 'system' | 'panda' | 'pcs' | 'rucio' | 'monitor' | 'artifacts' | 'alarms' | 'proposals' | 'expert';

/** What a handler returns before the envelope (evidence id, url, as_of, size cap) is added. */
export interface ToolBody {
  data: Record<string, unknown>;
  /** Relative web path of the page that shows this result, e.g. `/tasks/38511`. */
  path: string;
  /** Freshness of the data read; null means "read live just now". */
  asOf?: Date | null;
  /** One line placed first in the text rendering. */
  headline: string;
  /** For lists: the cursor that resumes right after the item at this index (used when the size cap trims items). */
  cursorAfter?: (index: number) => string;
}

export interface ToolDefinition<Input extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  domain: ToolDomain;
  annotations: ToolAnnotations;
  input: Input;
  output: z.ZodObject;
  /** Only registered when the server allows proposals (propose-action). */
  needsProposals?: boolean;
  run(context: ToolContext, args: z.output<Input>): Promise<ToolBody>;
}

/** Identity helper that keeps the input type flowing into `run`. */
export function defineTool<Input extends z.ZodObject>(definition: ToolDefinition<Input>): ToolDefinition<Input> {
  return definition;
}
