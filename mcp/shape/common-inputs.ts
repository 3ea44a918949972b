import { z } from 'zod';

/** Hard ceiling on items per page: with the 8 KB text cap this keeps every result small. */
export const MAX_LIMIT = 100;

export const responseFormat = z
  .enum(['concise', 'detailed'])
  .default('concise')
  .describe('concise (default): key fields only; detailed: every field');

export function limitInput(defaultLimit = 20) {
  return z.number().int().min(1).max(MAX_LIMIT).default(defaultLimit).describe(`Rows per page (1–${MAX_LIMIT}, default ${defaultLimit})`);
}

export const cursorInput = z.string().min(1).optional().describe('Opaque cursor from a previous next_cursor; omit for the first page');

/** Standard list controls; `fields` is an enum of the item's own keys so a wrong name is rejected with the allowed list. */
export function listInputs<Item extends z.ZodObject>(item: Item, defaultLimit = 20) {
  const keys = Object.keys(item.shape) as [string, ...string[]];
  return {
    limit: limitInput(defaultLimit),
    cursor: cursorInput,
    fields: z.array(z.enum(keys)).min(1).optional().describe(`Return only these item fields (overrides response_format). Allowed: ${keys.join(', ')}`),
    response_format: responseFormat,
  };
}

export function windowHoursInput(defaultHours: number, maxHours = 24 * 90) {
  return z.number().int().min(1).max(maxHours).default(defaultHours).describe(`Look-back window in hours ending now (default ${defaultHours}, max ${maxHours})`);
}

/** A window filter that is off unless given (zod applies an inner default even under .optional(), so this has none). */
export function optionalWindowHours(maxHours = 24 * 365) {
  return z.number().int().min(1).max(maxHours).optional().describe(`Only rows from the last this-many hours (default: no time limit; max ${maxHours})`);
}
