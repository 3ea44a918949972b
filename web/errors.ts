import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InvalidNameError } from '../store/names/index.ts';
import { isDomainError, type DomainErrorKind } from '../store/services/errors.ts';
import { pgErrorOf } from '../store/services/pcs/service-support.ts';

export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/**
 * Lifecycle gates answer 409: the request was well formed but conflicts with the current state
 * of the resource (the same status the domain uses for record-submission refusals).
 */
export const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  gate: 409,
  forbidden: 403,
  unauthenticated: 401,
};

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details: Record<string, unknown> = {}): FastifyReply {
  const body: ErrorBody = { error: { code, message, details } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client errors (bad JSON, wrong content type, too large) keep their 4xx status. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_JSON_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        // Unknown fields are reported on the parent object; name the offending key itself.
        const keys = (v.params as { keys?: string[] }).keys;
        return { in: where, path: keys?.length ? [path, keys.join(',')].filter(Boolean).join('.') : path, message: v.message ?? 'invalid', code: v.keyword };
      });
      const first = issues[0];
      const message = first ? `${where}${first.path ? `.${first.path}` : ''}: ${first.message}` : `invalid ${where}`;
      return sendError(reply, 400, 'VALIDATION_FAILED', message, { issues });
    }
    if (isDomainError(error)) return sendError(reply, STATUS_BY_KIND[error.kind], error.code, error.message, error.details);
    if (error instanceof InvalidNameError) return sendError(reply, 400, 'INVALID_NAME', error.message, error.toJSON());
    const pg = pgErrorOf(error);
    if (pg?.code === '23505') return sendError(reply, 409, 'ALREADY_EXISTS', 'a row with the same key already exists', { constraint: pg.constraint });
    if (pg?.code?.startsWith('22') || pg?.code === '23514') return sendError(reply, 400, 'CONSTRAINT_VIOLATED', pg.message ?? 'value rejected by the database', { constraint: pg.constraint });
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = FASTIFY_CODES[error.code] ?? (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'INVALID_JSON' : 'BAD_REQUEST');
      return sendError(reply, status, code, error.message);
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return sendError(reply, 500, 'INTERNAL', `internal error; quote request id ${request.id} when reporting it`, { request_id: request.id });
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'ROUTE_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}; see /api/v1/docs`));
}
