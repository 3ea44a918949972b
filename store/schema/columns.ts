import { integer, timestamp } from 'drizzle-orm/pg-core';

/** Timestamps are always timezone-aware: operators work across BNL, JLab and remote sites. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const createdAt = () => ts('created_at').notNull().defaultNow();
export const updatedAt = () => ts('updated_at').notNull().defaultNow();

/** Optimistic-concurrency counter: writers send the version they read; a mismatch is a 409. */
export const rowVersion = () => integer('row_version').notNull().default(1);
