import { z } from 'zod';
import { booleanFlag, optionalString, parseEnv } from '../store/config/parse-env.ts';
import { storeConfigSchema } from '../store/config/store-config.ts';

/**
 * The only place the MCP entry points read the environment (DESIGN §10): the store variables and
 * flags parse exactly as for every other process, and a bad value names the variable (ConfigError).
 */
const envSchema = storeConfigSchema.extend({
  EPIC_PGLITE_DUMP: optionalString.describe('Start an in-memory PGlite from this data-dir dump (tests)'),
  PUBLIC_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ message: 'must be an absolute http(s) URL' }).default('http://127.0.0.1:8080')).describe('Web base URL for drill-down links (as for the web process)'),
  MCP_ALLOW_PROPOSALS: booleanFlag.describe('Expose propose-action to this client'),
  MCP_NOW: z.preprocess((v) => (v === '' ? undefined : v), z.iso.datetime({ offset: true, message: 'must be an ISO date-time' }).optional()).describe('Pin the clock (tests, evals)'),
});

export interface McpConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDump: string | undefined;
  baseUrl: string;
  allowProposals: boolean;
  now: Date | undefined;
}

export function readMcpConfig(env: Record<string, string | undefined> = process.env): McpConfig {
  const e = parseEnv(envSchema, env);
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR ?? './data',
    pgliteDump: e.EPIC_PGLITE_DUMP,
    baseUrl: e.PUBLIC_BASE_URL,
    allowProposals: e.MCP_ALLOW_PROPOSALS,
    now: e.MCP_NOW ? new Date(e.MCP_NOW) : undefined,
  };
}
