/** Keys whose values are free-form JSON documents: their inner keys are data, not field names. */
const OPAQUE_KEYS = new Set(['parameters', 'metadata', 'data', 'overrides', 'extra', 'extraData', 'raw', 'details', 'requestors', 'benchmarks', 'invalidated', 'rucioReplicationRules', 'tags']);

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Service rows are camelCase; the REST API speaks the domain's snake_case field names. */
export function toWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWire);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined) continue;
      out[snake(key)] = OPAQUE_KEYS.has(key) ? inner : toWire(inner);
    }
    return out;
  }
  return value;
}
