import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/db/database.ts';

export interface WebDeps {
  store: Store;
  /** Public base URL used in drill-down links (e.g. http://localhost:8080). */
  baseUrl: string;
  logger?: boolean;
}

/** Builds the web process's fastify app without listening, so tests can `inject` requests. */
export async function buildWebApp(deps: WebDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 1_048_576 });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await deps.store.exec('select 1');
      return { status: 'ready', store: deps.store.kind };
    } catch (error) {
      return reply.code(503).send({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });

  return app;
}
