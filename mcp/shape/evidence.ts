import { createHash } from 'node:crypto';
import { evidence } from '../../store/schema/conversations.ts';
import type { Database } from '../../store/db/database.ts';
import { canonicalJson } from './plain.ts';

/** Same tool + same normalized arguments + same data freshness ⇒ same id, so citations are reproducible. */
export function evidenceIdFor(toolName: string, args: Record<string, unknown>, asOf: Date): string {
  const digest = createHash('sha1').update(`${toolName}\n${canonicalJson(args)}\n${asOf.toISOString()}`).digest('hex');
  return `ev-${digest.slice(0, 24)}`;
}

/** Stores the result so the web layer can render /evidence/:id; a repeated call keeps the first copy. */
export async function saveEvidence(
  db: Database,
  record: { id: string; toolName: string; args: Record<string, unknown>; result: Record<string, unknown>; url: string; asOf: Date },
): Promise<void> {
  await db
    .insert(evidence)
    .values({ id: record.id, toolName: record.toolName, arguments: record.args, result: record.result, url: record.url, asOf: record.asOf })
    .onConflictDoNothing({ target: evidence.id });
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
