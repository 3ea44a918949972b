import { z } from 'zod';

/** Fields every tool result carries, whatever the tool. */
export const envelopeShape = {
  evidence_id: z.string().describe('Stable id of this result; cite it, and open /evidence/<id> on the web to see it'),
  url: z.string().describe('Web page that shows this result (drill-down)'),
  as_of: z.string().describe('ISO time the data is current as of (latest catalog sync or newest row read)'),
  truncated: z.boolean().describe('True when the size cap removed items or text; see note for how to narrow'),
  note: z.string().optional().describe('How to narrow or continue when the result was cut, or other caveats'),
};

export const ENVELOPE_KEYS = Object.keys(envelopeShape);

/** A strict output object: the tool's own fields plus the envelope. */
export function resultSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ ...shape, ...envelopeShape });
}

/** Output of a list tool: optional aggregate summary, the page of items (fields may be selected), and the cursor. */
export function listResultSchema<Item extends z.ZodObject, Extra extends z.ZodRawShape>(item: Item, extra: Extra) {
  return resultSchema({
    ...extra,
    items: z.array(item.partial().strict()).describe('This page of rows, newest or most relevant first'),
    next_cursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null when this is the last page'),
  });
}

export const countsSchema = z.record(z.string(), z.number()).describe('Counts keyed by value');

/** A database row passed through as-is (detail views); its columns are documented in the tool description. */
export function rowSchema(description: string) {
  return z.record(z.string(), z.unknown()).describe(description);
}

export function rowsSchema(description: string) {
  return z.array(z.record(z.string(), z.unknown())).describe(description);
}
