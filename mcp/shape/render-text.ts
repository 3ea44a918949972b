import { ENVELOPE_KEYS } from './envelope.ts';

/**
 * The compact text twin of structuredContent: a headline, scalar facts as `key: value`, small
 * objects inline, arrays of rows one per line. Models read this; it must stay terse.
 */
export function renderText(headline: string, data: Record<string, unknown>): string {
  const lines = [headline];
  for (const [key, value] of Object.entries(data)) {
    if (ENVELOPE_KEYS.includes(key) || value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      lines.push(`${key} (${value.length}):`);
      for (const row of value) lines.push(`- ${inline(row)}`);
    } else {
      lines.push(`${key}: ${inline(value)}`);
    }
  }
  return lines.join('\n');
}

export function appendEnvelope(text: string, envelope: { evidence_id: string; url: string; as_of: string; note?: string }): string {
  const tail = [`evidence: ${envelope.evidence_id} · ${envelope.url} · as of ${envelope.as_of}`];
  if (envelope.note) tail.unshift(`note: ${envelope.note}`);
  return `${text}\n${tail.join('\n')}`;
}

function inline(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${typeof v === 'object' ? `{${inline(v)}}` : String(v)}`)
      .join(' ');
  }
  return String(value);
}
