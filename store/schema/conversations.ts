import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgTable, serial, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, ts, updatedAt } from './columns.ts';
import { turnStatus } from './enums.ts';

type Json = Record<string, unknown>;

/** A thread on some surface (Mattermost thread, web console session, CLI chat). */
export const conversation = pgTable(
  'conversation',
  {
    id: uuid('id').primaryKey(),
    surface: varchar('surface', { length: 20 }).notNull(),
    /** Surface-specific thread key, e.g. `<channel_id>:<root_post_id>`; unique per surface. */
    threadKey: varchar('thread_key', { length: 200 }).notNull(),
    channel: varchar('channel', { length: 100 }).notNull().default(''),
    isDirect: boolean('is_direct').notNull().default(false),
    startedBy: varchar('started_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('conversation_surface_thread_uq').on(t.surface, t.threadKey),
    check('conversation_surface', sql`${t.surface} in ('mattermost', 'web', 'cli', 'api', 'eval')`),
  ],
);

/** One user message and the harness run that answered it: the audit record of an answer. */
export const turn = pgTable(
  'conversation_turn',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id').notNull().references(() => conversation.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    username: varchar('username', { length: 100 }).notNull(),
    userText: text('user_text').notNull(),
    answerText: text('answer_text').notNull().default(''),
    status: turnStatus('status').notNull().default('running'),
    provider: varchar('provider', { length: 30 }).notNull(),
    model: varchar('model', { length: 100 }).notNull(),
    toolRounds: integer('tool_rounds').notNull().default(0),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    cacheReadTokens: integer('cache_read_tokens').notNull().default(0),
    cacheWriteTokens: integer('cache_write_tokens').notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6, mode: 'number' }).notNull().default(0),
    latencyMs: integer('latency_ms'),
    grounding: jsonb('grounding').$type<Json>().notNull().default({}),
    error: text('error').notNull().default(''),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [uniqueIndex('conversation_turn_seq_uq').on(t.conversationId, t.seq)],
);

export const toolCall = pgTable(
  'conversation_tool_call',
  {
    id: serial('id').primaryKey(),
    turnId: uuid('turn_id').notNull().references(() => turn.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    toolName: varchar('tool_name', { length: 100 }).notNull(),
    arguments: jsonb('arguments').$type<Json>().notNull().default({}),
    isError: boolean('is_error').notNull().default(false),
    evidenceId: varchar('evidence_id', { length: 40 }),
    resultChars: integer('result_chars').notNull().default(0),
    durationMs: integer('duration_ms').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('conversation_tool_call_turn_idx').on(t.turnId)],
);

/**
 * A tool result kept so an answer's citation can be opened later at /evidence/:id. The id is
 * derived from tool name, arguments and data version, so the same question over the same data
 * yields the same evidence id.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: varchar('id', { length: 40 }).primaryKey(),
    toolName: varchar('tool_name', { length: 100 }).notNull(),
    arguments: jsonb('arguments').$type<Json>().notNull().default({}),
    result: jsonb('result').$type<Json>().notNull(),
    url: varchar('url', { length: 500 }).notNull().default(''),
    asOf: ts('as_of').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_created_idx').on(t.createdAt)],
);
