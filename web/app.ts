import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '../store/db/database.ts';
import { actorOf, registerAuthentication } from './auth.ts';
import { registerErrorHandling } from './errors.ts';
import { registerOpenApi, renderDocsPage } from './openapi.ts';
import { registerCampaignRoutes } from './routes/campaigns-routes.ts';
import { registerConfigRoutes } from './routes/configs-routes.ts';
import { registerDatasetRoutes } from './routes/datasets-routes.ts';
import { registerNotesRoutes } from './routes/notes-routes.ts';
import { registerRequestRoutes } from './routes/requests-routes.ts';
import { registerStreamRoutes } from './routes/stream-routes.ts';
import { registerTagRoutes } from './routes/tags-routes.ts';
import { registerTaskRoutes } from './routes/tasks-routes.ts';
import { registerDrillDownPages } from './pages/drill-down-pages.ts';
import { registerEvidencePage } from './pages/evidence-page.ts';
import { registerHomePage } from './pages/home-page.ts';

export interface WebDeps {
  store: Store;
  /** Public base URL used in drill-down links (e.g. http://localhost:8080). */
  baseUrl: string;
  logger?: boolean;
  /** Honour `X-Remote-User` (only behind a proxy that sets it and strips client copies). From config, never env here. */
  trustedProxy?: boolean;
  /** Largest accepted request body in bytes (larger → 413). */
  bodyLimit?: number;
  /**
   * Extra plugins registered after authentication (e.g. the `/mcp` route). They see
   * `request.principal`, so the same API tokens authorize them.
   */
  plugins?: FastifyPluginAsync[];
}

/** Builds the web process's fastify app without listening, so tests can `inject` requests. */
export async function buildWebApp(deps: WebDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: deps.bodyLimit ?? 1_048_576 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerAuthentication(app, deps.store.db, { trustedProxy: deps.trustedProxy ?? false });
  await registerOpenApi(app);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.store.exec('select 1');
      return { status: 'ready', store: deps.store.kind };
    } catch (error) {
      return reply.code(503).send({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });

  const routeDeps = { db: deps.store.db };
  app.get('/api/v1/me', { schema: { tags: ['auth'], summary: 'Who the API thinks you are' } }, async (request) => ({ ...actorOf(request), via: request.principal.via }));
  registerTagRoutes(app, routeDeps);
  registerConfigRoutes(app, routeDeps);
  registerDatasetRoutes(app, routeDeps);
  registerCampaignRoutes(app, routeDeps);
  registerRequestRoutes(app, routeDeps);
  registerTaskRoutes(app, routeDeps);
  registerNotesRoutes(app, routeDeps);
  registerStreamRoutes(app, routeDeps);
  registerHomePage(app);
  registerEvidencePage(app, routeDeps);
  registerDrillDownPages(app, { store: deps.store, baseUrl: deps.baseUrl });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/v1/docs', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderDocsPage(app.swagger() as Parameters<typeof renderDocsPage>[0])));

  for (const plugin of deps.plugins ?? []) await app.register(plugin);
  return app;
}
