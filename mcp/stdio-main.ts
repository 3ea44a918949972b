import fs from 'node:fs';
import type { Store } from '../store/db/database.ts';
import { openStore } from '../store/db/open-store.ts';
import type { McpConfig } from './mcp-config.ts';
import { runStdioServer } from './transports/stdio.ts';

/** Opens the store an MCP stdio server reads: PostgreSQL, PGlite under DATA_DIR, or a PGlite dump (tests). */
export async function openMcpStore(config: McpConfig): Promise<Store> {
  return config.pgliteDump
    ? openStore({ dataDir: 'memory', loadDataDir: new Blob([fs.readFileSync(config.pgliteDump)]) })
    : openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
}

/**
 * Serves MCP on stdio until the client disconnects (`epic-assistant mcp`). stdout is the protocol:
 * nothing else may write there.
 */
export async function serveStdio(config: McpConfig, store: Store): Promise<void> {
  const now = config.now;
  await runStdioServer({ store, baseUrl: config.baseUrl, allowProposals: config.allowProposals, principal: 'stdio', ...(now ? { now: () => now } : {}) });
}
