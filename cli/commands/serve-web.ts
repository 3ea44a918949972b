import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/db/database.ts';
import { authenticateToken } from '../../store/services/auth/index.ts';
import { buildWebApp } from '../../web/app.ts';
import { mcpRoute } from '../../web/routes/mcp-route.ts';
import type { WebConfig } from '../config/web-config.ts';
import type { CommandIo } from '../command.ts';

/** Starts the web process on an open store and resolves when it is listening. */
export async function serveWeb(store: Store, config: WebConfig, io: CommandIo): Promise<{ app: FastifyInstance; url: string }> {
  const listenUrl = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const baseUrl = config.publicBaseUrl ?? listenUrl;
  const app = await buildWebApp({
    store,
    baseUrl,
    logger: config.logLevel !== 'silent',
    trustedProxy: config.trustedProxy,
    plugins: [
      mcpRoute({
        store,
        baseUrl,
        // External MCP clients are read-only unless the deployment opts in (DESIGN §5).
        allowProposals: config.mcpAllowProposals,
        authenticate: async (token) => {
          const principal = await authenticateToken(store.db, token);
          return principal ? { username: principal.username } : null;
        },
      }),
    ],
  });
  const address = await app.listen({ host: config.host, port: config.port });
  const url = config.publicBaseUrl ?? address;
  io.out(`epic-assistant is up on ${store.location}`);
  io.out(`  web      ${url}/`);
  io.out(`  health   ${url}/healthz`);
  io.out(`  REST API ${url}/api/v1/  (OpenAPI ${url}/api/v1/openapi.json)`);
  io.out(`  MCP      ${url}/mcp  (streamable HTTP, bearer token)`);
  return { app, url };
}

/** Closes the server and store on SIGINT/SIGTERM so PGlite flushes its files. */
export function closeOnSignal(app: FastifyInstance, store: Store): Promise<number> {
  return new Promise((resolve) => {
    const stop = async () => {
      await app.close();
      await store.close();
      resolve(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });
}
