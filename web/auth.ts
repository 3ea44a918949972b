import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../store/db/database.ts';
import type { Role } from '../store/schema/enums.ts';
import { ANONYMOUS, authenticateToken, hasRole, principalForProxyUser, type Principal } from '../store/services/auth/index.ts';
import { DomainError, ForbiddenError } from '../store/services/errors.ts';
import type { Actor } from '../store/services/pcs/service-support.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

export interface AuthOptions {
  /** Honour X-Remote-User only behind a proxy that strips it from client requests. */
  trustedProxy: boolean;
}

class UnauthenticatedError extends DomainError {
  constructor(code: string, message: string) {
    super('unauthenticated', code, message);
  }
}

/**
 * Resolves every request's principal once (REST, pages and the /mcp plugin all read
 * `request.principal`). A bad token is an error rather than a silent downgrade to anonymous,
 * so a misconfigured agent learns about it on its first call.
 */
export function registerAuthentication(app: FastifyInstance, db: Database, options: AuthOptions): void {
  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', async (request) => {
    request.principal = ANONYMOUS;
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new UnauthenticatedError('INVALID_AUTHORIZATION', 'use "Authorization: Bearer epa_…" with an API token');
      const principal = await authenticateToken(db, match[1]!);
      if (!principal) throw new UnauthenticatedError('INVALID_TOKEN', 'the API token is unknown or revoked; ask an operator for a new one (`epic-assistant tokens create`)');
      request.principal = principal;
      return;
    }
    const remoteUser = request.headers['x-remote-user'];
    if (options.trustedProxy && typeof remoteUser === 'string' && remoteUser) {
      request.principal = (await principalForProxyUser(db, remoteUser)) ?? ANONYMOUS;
    }
  });
}

/** preHandler factory: writes need an authenticated principal holding at least `role`. */
export function requireRole(role: Role) {
  return async (request: FastifyRequest): Promise<void> => {
    const principal = request.principal;
    if (principal.via === 'anonymous') {
      throw new UnauthenticatedError('AUTHENTICATION_REQUIRED', 'this write needs an API token (Authorization: Bearer …) or a trusted-proxy login');
    }
    if (!hasRole(principal.role, role)) {
      throw new ForbiddenError('ROLE_REQUIRED', `${principal.username} has role ${principal.role}; this action needs ${role} or above`, { required: role, actual: principal.role });
    }
  };
}

export function actorOf(request: FastifyRequest): Actor {
  return { username: request.principal.username, role: request.principal.role };
}
