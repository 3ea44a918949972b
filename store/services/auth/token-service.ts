import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { apiToken, appUser } from '../../schema/auth.ts';
import type { Role } from '../../schema/enums.ts';
import { recordAction } from '../action-stream.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { Principal } from './roles.ts';
import { getUser } from './user-service.ts';

export const TOKEN_PREFIX = 'epa_';
const PREFIX_LENGTH = 12;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Mints a token for a user; the plaintext is returned once and only its SHA-256 is stored. */
export async function createToken(db: Executor, input: { username: string; name: string }): Promise<{ token: string; prefix: string; id: number }> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new InvalidInputError('INVALID_TOKEN_NAME', 'a token name is 1–100 characters, e.g. "ops-agent" or "laptop"', { field: 'name' });
  const user = await getUser(db, input.username);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, PREFIX_LENGTH);
  const [row] = await db.insert(apiToken).values({ userId: user.id, name, tokenHash: hashToken(token), prefix }).returning({ id: apiToken.id });
  await recordAction(db, { action: 'token_create', outcome: 'ok', sublevel: 'high', instance: 'cli', username: user.username, subjectType: 'user', subjectKey: user.username, extra: { prefix, name } });
  return { token, prefix, id: row!.id };
}

/** Revokes by numeric id or by the displayed prefix; revoking twice is harmless. */
export async function revokeToken(db: Executor, input: { prefix?: string; id?: number }): Promise<{ id: number; prefix: string; revokedAt: Date }> {
  const where = input.id !== undefined ? eq(apiToken.id, input.id) : input.prefix ? eq(apiToken.prefix, input.prefix) : undefined;
  if (!where) throw new InvalidInputError('TOKEN_SELECTOR_REQUIRED', 'give the token id or its prefix (as shown by `tokens list`)');
  const matches = await db.select().from(apiToken).where(where).limit(2);
  if (matches.length > 1) throw new InvalidInputError('AMBIGUOUS_TOKEN_PREFIX', `prefix ${input.prefix} matches several tokens; revoke by id`, { ids: matches.map((m) => m.id) });
  const row = matches[0];
  if (!row) throw new NotFoundError('token', input.id ?? input.prefix ?? '');
  const revokedAt = row.revokedAt ?? new Date();
  if (!row.revokedAt) {
    await db.update(apiToken).set({ revokedAt }).where(eq(apiToken.id, row.id));
    await recordAction(db, { action: 'token_revoke', outcome: 'ok', sublevel: 'high', instance: 'cli', username: 'operator', subjectType: 'token', subjectKey: row.prefix });
  }
  return { id: row.id, prefix: row.prefix, revokedAt };
}

export interface TokenListing {
  id: number;
  username: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function listTokens(db: Executor, options: { username?: string } = {}): Promise<TokenListing[]> {
  return db
    .select({ id: apiToken.id, username: appUser.username, name: apiToken.name, prefix: apiToken.prefix, createdAt: apiToken.createdAt, lastUsedAt: apiToken.lastUsedAt, revokedAt: apiToken.revokedAt })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .where(options.username ? eq(appUser.username, options.username) : undefined)
    .orderBy(asc(apiToken.id));
}

/** Resolves a bearer token to its user; revoked tokens and disabled users authenticate nobody. */
export async function authenticateToken(db: Executor, token: string): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({ id: apiToken.id, lastUsedAt: apiToken.lastUsedAt, username: appUser.username, role: appUser.role })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .where(and(eq(apiToken.tokenHash, hashToken(token)), isNull(apiToken.revokedAt), isNull(appUser.disabledAt)))
    .limit(1);
  if (!row) return null;
  // Touch at most once a minute: a busy agent should not turn every read into a write.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiToken).set({ lastUsedAt: new Date() }).where(eq(apiToken.id, row.id));
  }
  return { username: row.username, role: row.role as Role, via: 'token', tokenId: row.id };
}

/** Trusted-proxy identity: known users get their role; unknown names read as viewers. */
export async function principalForProxyUser(db: Executor, username: string): Promise<Principal | null> {
  const name = username.trim();
  if (!name || name.length > 100) return null;
  const [user] = await db.select().from(appUser).where(eq(appUser.username, name)).limit(1);
  if (user?.disabledAt) return null;
  return { username: name, role: user?.role ?? 'viewer', via: 'proxy' };
}
