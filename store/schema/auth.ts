import { index, integer, jsonb, pgTable, serial, varchar } from 'drizzle-orm/pg-core';
import { createdAt, ts } from './columns.ts';
import { role } from './enums.ts';

export const appUser = pgTable('app_user', {
  id: serial('id').primaryKey(),
  username: varchar('username', { length: 100 }).notNull().unique(),
  displayName: varchar('display_name', { length: 200 }).notNull().default(''),
  role: role('role').notNull().default('viewer'),
  /** Identity on chat surfaces, e.g. { mattermost: '<user id>' }: approvals bind to it. */
  externalIds: jsonb('external_ids').$type<Record<string, string>>().notNull().default({}),
  createdAt: createdAt(),
  disabledAt: ts('disabled_at'),
});

/** API tokens are stored only as a SHA-256 hash; the plaintext is shown once at creation. */
export const apiToken = pgTable(
  'api_token',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    /** First characters of the token, so an operator can tell tokens apart without the secret. */
    prefix: varchar('prefix', { length: 16 }).notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('api_token_user_idx').on(t.userId)],
);

/** Replay memory for write requests carrying an Idempotency-Key. */
export const idempotencyKey = pgTable('idempotency_key', {
  key: varchar('key', { length: 200 }).primaryKey(),
  scope: varchar('scope', { length: 100 }).notNull(),
  requestHash: varchar('request_hash', { length: 64 }).notNull(),
  statusCode: integer('status_code').notNull(),
  response: jsonb('response').notNull(),
  createdAt: createdAt(),
});
