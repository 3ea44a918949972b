import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, serial, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt, rowVersion, ts, updatedAt } from './columns.ts';
import { alarmSeverity } from './enums.ts';

type Json = Record<string, unknown>;

export const alarmDefinition = pgTable(
  'alarm_definition',
  {
    id: serial('id').primaryKey(),
    /** `alarm_<module>`, e.g. `alarm_panda_failure_rate_eic_all`. */
    entryId: varchar('entry_id', { length: 100 }).notNull().unique(),
    module: varchar('module', { length: 60 }).notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    content: text('content').notNull().default(''),
    severity: alarmSeverity('severity').notNull().default('warning'),
    /** Gates notification only: detection always runs. */
    enabled: boolean('enabled').notNull().default(true),
    archived: boolean('archived').notNull().default(false),
    params: jsonb('params').$type<Json>().notNull().default({}),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    renotificationWindowHours: integer('renotification_window_hours').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [check('alarm_definition_entry_id', sql`${t.entryId} like 'alarm\\_%'`)],
);

export const alarmEvent = pgTable(
  'alarm_event',
  {
    id: serial('id').primaryKey(),
    alarmId: integer('alarm_id').notNull().references(() => alarmDefinition.id, { onDelete: 'cascade' }),
    dedupeKey: varchar('dedupe_key', { length: 300 }).notNull(),
    subject: varchar('subject', { length: 300 }).notNull(),
    fireTime: ts('fire_time').notNull(),
    clearTime: ts('clear_time'),
    lastSeen: ts('last_seen').notNull(),
    lastNotified: ts('last_notified'),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    detail: jsonb('detail').$type<Json>().notNull().default({}),
  },
  (t) => [
    // One active event per (alarm, dedupe key): re-detection updates last_seen instead of firing again.
    uniqueIndex('alarm_event_active_uq').on(t.alarmId, t.dedupeKey).where(sql`${t.clearTime} is null`),
    index('alarm_event_fire_idx').on(t.fireTime),
  ],
);

export const alarmEngineRun = pgTable('alarm_engine_run', {
  id: serial('id').primaryKey(),
  startedAt: ts('started_at').notNull(),
  finishedAt: ts('finished_at'),
  alarmsRun: integer('alarms_run').notNull().default(0),
  alarmsSeen: integer('alarms_seen').notNull().default(0),
  notificationsSent: integer('notifications_sent').notNull().default(0),
  errors: integer('errors').notNull().default(0),
  errorDetails: jsonb('error_details').$type<unknown[]>().notNull().default([]),
  perAlarm: jsonb('per_alarm').$type<Json>().notNull().default({}),
});

export const team = pgTable('alarm_team', {
  alias: varchar('alias', { length: 60 }).primaryKey(),
  members: jsonb('members').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
});
