import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { evidence } from '../../schema/conversations.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';

/** One stored tool result, as cited by an answer (`/evidence/:id`). */
export async function getEvidence(db: Executor, id: string) {
  if (!/^ev-[0-9a-f]{6,40}$/.test(id)) throw new InvalidInputError('INVALID_EVIDENCE_ID', `'${id}' is not an evidence id; they look like ev-3f2a…`, { id });
  const [row] = await db.select().from(evidence).where(eq(evidence.id, id));
  if (!row) throw new NotFoundError('evidence', id, 'evidence is stored when a tool answers; ask the question again to get a fresh link');
  return row;
}
