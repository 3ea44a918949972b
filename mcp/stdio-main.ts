import fs from 'node:fs';
import { openStore } from '../store/db/open-store.ts';
import { readMcpConfig } from './mcp-config.ts';
import { runStdioServer } from './transports/stdio.ts';

/**
 * Standalone stdio entry (`node --import tsx mcp/stdio-main.ts`): opens the store from the
 * environment and serves until the client disconnects. Errors go to stderr; stdout is the protocol.
 */
async function main(): Promise<void> {
  const config = readMcpConfig();
  const store = config.pgliteDump
    ? await openStore({ dataDir: 'memory', loadDataDir: new Blob([fs.readFileSync(config.pgliteDump)]) })
    : await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
  const now = config.now;
  try {
    await runStdioServer({ store, baseUrl: config.baseUrl, allowProposals: config.allowProposals, principal: 'stdio', ...(now ? { now: () => now } : {}) });
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`epic-assistant mcp: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
