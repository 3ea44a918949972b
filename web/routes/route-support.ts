import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../store/db/database.ts';
import type { Page } from '../../store/services/pagination.ts';
import { toWire } from '../wire.ts';

export interface RouteDeps {
  db: Database;
}


export function zodApp(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export function pageBody<T>(page: Page<T>): { items: unknown; next_cursor: string | null } {
  return { items: toWire(page.items), next_cursor: page.nextCursor };
}

/** Security requirement shown in the OpenAPI document for routes that write. */
export const bearer = [{ bearerAuth: [] }];

export const nameParam = z.strictObject({ name: z.string().min(1).max(300) });
export const idParam = z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) });
