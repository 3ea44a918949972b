import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { ROLES } from '../../schema/enums.ts';
import { appUser } from '../../schema/auth.ts';
import { recordAction } from '../action-stream.ts';
import { NotFoundError } from '../errors.ts';
import { parseInput } from '../pcs/service-support.ts';

export type UserRow = typeof appUser.$inferSelect;

export const addUserInput = z.strictObject({
  username: z.string().trim().regex(/^[A-Za-z0-9._@-]{1,100}$/, 'letters, digits, . _ @ -'),
  role: z.enum(ROLES),
  display_name: z.string().max(200).optional(),
});

/** Adds a user or changes an existing user's role (idempotent, so an operator can re-run the CLI). */
export async function addUser(db: Executor, input: { username: string; role: string; display_name?: string }): Promise<{ user: UserRow; created: boolean }> {
  const parsed = parseInput(addUserInput, input);
  const [existing] = await db.select().from(appUser).where(eq(appUser.username, parsed.username)).limit(1);
  const [user] = existing
    ? await db.update(appUser).set({ role: parsed.role, disabledAt: null, ...(parsed.display_name !== undefined ? { displayName: parsed.display_name } : {}) }).where(eq(appUser.id, existing.id)).returning()
    : await db.insert(appUser).values({ username: parsed.username, role: parsed.role, displayName: parsed.display_name ?? '' }).returning();
  await recordAction(db, { action: existing ? 'user_role_set' : 'user_add', outcome: 'ok', sublevel: 'high', instance: 'cli', username: 'operator', subjectType: 'user', subjectKey: parsed.username, extra: { role: parsed.role } });
  return { user: user!, created: !existing };
}

export async function getUser(db: Executor, username: string): Promise<UserRow> {
  const [user] = await db.select().from(appUser).where(eq(appUser.username, username)).limit(1);
  if (!user) throw new NotFoundError('user', username, 'add it with `epic-assistant users add NAME --role ROLE`');
  return user;
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.select().from(appUser).orderBy(asc(appUser.username));
}
