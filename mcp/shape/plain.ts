/**
 * Turns driver values into JSON the output schema accepts: Dates → ISO strings, bigints →
 * numbers, numeric strings left alone. Long strings are clipped so one log line cannot blow the cap.
 */
export function toPlain(value: unknown, maxString: number): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return value.length > maxString ? `${value.slice(0, maxString)}…[${value.length - maxString} more chars]` : value;
  if (Array.isArray(value)) return value.map((v) => toPlain(v, maxString));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[k] = toPlain(v, maxString);
    }
    return out;
  }
  return value;
}

/** Key order independent JSON, so equal arguments give equal evidence ids. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
}
