import { z } from 'zod';

/**
 * The only place the MCP entry points read the environment (DESIGN §10). Booleans accept
 * 1/true/yes so shell users need not guess.
 */
const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  DATABASE_URL: z.string().optional().describe('PostgreSQL URL; when absent PGlite is used'),
  DATA_DIR: z.string().default('./data').describe('PGlite data directory'),
  EPIC_PGLITE_DUMP: z.string().optional().describe('Start an in-memory PGlite from this data-dir dump (tests)'),
  PUBLIC_BASE_URL: z.string().url().default('http://127.0.0.1:8080').describe('Web base URL for drill-down links (as for the web process)'),
  MCP_ALLOW_PROPOSALS: flag.describe('Expose propose-action to this client'),
  MCP_NOW: z.string().datetime().optional().describe('Pin the clock (tests, evals)'),
});

export interface McpConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDump: string | undefined;
  baseUrl: string;
  allowProposals: boolean;
  now: Date | undefined;
}

export function readMcpConfig(env: NodeJS.ProcessEnv = process.env): McpConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid MCP configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.DATA_DIR,
    pgliteDump: e.EPIC_PGLITE_DUMP,
    baseUrl: e.PUBLIC_BASE_URL,
    allowProposals: e.MCP_ALLOW_PROPOSALS,
    now: e.MCP_NOW ? new Date(e.MCP_NOW) : undefined,
  };
}
