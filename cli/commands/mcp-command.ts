import path from 'node:path';
import { readMcpConfig } from '../../mcp/mcp-config.ts';
import { migrateStore } from '../../store/db/migrate.ts';
import { openMcpStore, serveStdio } from '../../mcp/stdio-main.ts';
import { processEnv } from '../config/process-env.ts';
import { ensureDemoData } from '../ensure-demo-data.ts';
import type { CommandIo } from '../command.ts';

/**
 * `epic-assistant mcp`: the MCP server on stdio for Claude Code, Claude Desktop or MCP Inspector.
 * Read-only unless MCP_ALLOW_PROPOSALS is set. Progress goes to stderr: stdout is the protocol.
 */
export async function mcpCommand(_args: string[], io: CommandIo): Promise<number> {
  const config = readMcpConfig(processEnv());
  const store = await openMcpStore({ ...config, dataDir: path.resolve(process.cwd(), config.dataDir) });
  try {
    if (!config.pgliteDump) {
      await migrateStore(store);
      await ensureDemoData(store, { out: io.err, err: io.err });
    }
    await serveStdio(config, store);
    return 0;
  } finally {
    await store.close();
  }
}
