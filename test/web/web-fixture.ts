import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../store/schema/enums.ts';
import { addUser, createToken } from '../../store/services/auth/index.ts';
import { buildWebApp, type WebDeps } from '../../web/app.ts';
import { useTestStore } from '../support/test-store.ts';

export const USERS: Record<string, Role> = { vera: 'viewer', alice: 'physicist', bob: 'physicist', carol: 'production-manager', dave: 'operator', root: 'admin' };

export interface WebFixture {
  app: () => FastifyInstance;
  tokens: Record<string, string>;
  /** inject as a named user (token auth) or anonymously (`null`). */
  as: (user: string | null, options: InjectOptions) => Promise<LightMyRequestResponse>;
  store: ReturnType<typeof useTestStore>;
}

/** A real app over a real (per-file) database, with one token per role. */
export function useWebApp(options: { empty?: boolean; deps?: Partial<WebDeps> } = {}): WebFixture {
  const store = useTestStore({ empty: options.empty ?? true });
  const tokens: Record<string, string> = {};
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    for (const [username, role] of Object.entries(USERS)) {
      await addUser(store().db, { username, role });
      tokens[username] = (await createToken(store().db, { username, name: 'test' })).token;
    }
    app = await buildWebApp({ store: store(), baseUrl: 'http://localhost', ...options.deps });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });
  const get = () => {
    if (!app) throw new Error('app not built yet');
    return app;
  };
  return {
    app: get,
    tokens,
    store,
    as: (user, inject) => get().inject({ ...inject, headers: { ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}), ...inject.headers } }),
  };
}
