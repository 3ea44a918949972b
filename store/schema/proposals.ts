import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, real, serial, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt, rowVersion, ts, updatedAt } from './columns.ts';
import { approvalPolicy, decision, executionStatus, proposalExecutor, proposalStatus, riskClass } from './enums.ts';

type Json = Record<string, unknown>;

/** A frozen, executable change suggested by automation or a model, awaiting a human decision. */
export const proposal = pgTable(
  'ai_proposal',
  {
    id: serial('id').primaryKey(),
    /** `cp` for dataset propagation, `ap` otherwise; the ref shown to humans is `<prefix>-<id>`. */
    prefix: varchar('prefix', { length: 4 }).notNull(),
    action: varchar('action', { length: 60 }).notNull(),
    subjectType: varchar('subject_type', { length: 40 }).notNull(),
    subjectKey: varchar('subject_key', { length: 300 }).notNull(),
    counterpartKey: varchar('counterpart_key', { length: 300 }).notNull().default(''),
    payload: jsonb('payload').$type<Json>().notNull(),
    comment: text('comment').notNull(),
    confidence: real('confidence'),
    proposer: varchar('proposer', { length: 100 }).notNull(),
    scanVersion: varchar('scan_version', { length: 50 }).notNull().default(''),
    batchId: varchar('batch_id', { length: 100 }).notNull().default(''),
    executor: proposalExecutor('executor').notNull(),
    precondition: jsonb('precondition').$type<Json>().notNull().default({}),
    /** sha1 of payload + comment: the denial-memory key together with subject_key. */
    inputHash: varchar('input_hash', { length: 40 }).notNull(),
    impactPreview: jsonb('impact_preview').$type<Json>().notNull().default({}),
    riskClass: riskClass('risk_class').notNull(),
    approvalPolicy: approvalPolicy('approval_policy').notNull(),
    status: proposalStatus('status').notNull().default('proposed'),
    quality: varchar('quality', { length: 10 }).notNull().default(''),
    /** Where the proposal came from (conversation, thread) so the outcome can be posted back. */
    origin: jsonb('origin').$type<Json>().notNull().default({}),
    expiresAt: ts('expires_at').notNull(),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    decidedBy: varchar('decided_by', { length: 100 }),
    decidedAt: ts('decided_at'),
    executedLogId: bigint('executed_log_id', { mode: 'number' }),
    undoneBy: varchar('undone_by', { length: 100 }),
    undoneAt: ts('undone_at'),
    undoneLogId: bigint('undone_log_id', { mode: 'number' }),
    outcome: jsonb('outcome').$type<Json>(),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('ai_proposal_subject_idx').on(t.subjectKey, t.inputHash),
    index('ai_proposal_status_idx').on(t.status, t.createdAt),
    // At most one open proposal for the same change: a replayed propose-action returns the existing one.
    uniqueIndex('ai_proposal_open_uq').on(t.subjectKey, t.inputHash).where(sql`${t.status} in ('proposed', 'approved_pending_execution')`),
    check('ai_proposal_prefix', sql`${t.prefix} in ('cp', 'ap')`),
    check('ai_proposal_prefix_matches_action', sql`(${t.action} = 'propagation') = (${t.prefix} = 'cp')`),
    check('ai_proposal_comment', sql`length(trim(${t.comment})) > 0`),
    check('ai_proposal_quality', sql`${t.quality} in ('', 'wrong', 'poor', 'ok', 'good')`),
    check('ai_proposal_decided', sql`${t.status} in ('proposed', 'withdrawn', 'expired', 'stale') or ${t.decidedBy} is not null`),
  ],
);

/** One authenticated human decision. Two-operator policies need two distinct principals. */
export const approval = pgTable(
  'ai_approval',
  {
    id: serial('id').primaryKey(),
    proposalId: integer('proposal_id').notNull().references(() => proposal.id, { onDelete: 'restrict' }),
    decision: decision('decision').notNull(),
    principal: varchar('principal', { length: 100 }).notNull(),
    role: varchar('role', { length: 30 }).notNull(),
    surface: varchar('surface', { length: 20 }).notNull(),
    /** Single-use token of the click (e.g. Mattermost callback nonce): a replayed click changes nothing. */
    nonce: varchar('nonce', { length: 100 }).unique(),
    quality: varchar('quality', { length: 10 }).notNull().default(''),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ai_approval_one_per_principal_uq').on(t.proposalId, t.principal),
    check('ai_approval_surface', sql`${t.surface} in ('mattermost', 'web', 'rest', 'cli')`),
  ],
);

/** Transactional outbox: approved work is written here with the decision and relayed to the broker. */
export const outbox = pgTable(
  'ops_outbox',
  {
    id: serial('id').primaryKey(),
    destination: varchar('destination', { length: 200 }).notNull(),
    messageKey: varchar('message_key', { length: 200 }).notNull().unique(),
    body: jsonb('body').$type<Json>().notNull(),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error').notNull().default(''),
  },
  (t) => [index('ops_outbox_unsent_idx').on(t.createdAt).where(sql`${t.sentAt} is null`)],
);

/** The ops agent's record of each message it executed, keyed by dedup key so redelivery is a no-op. */
export const opsExecution = pgTable(
  'ops_execution',
  {
    id: serial('id').primaryKey(),
    dedupKey: varchar('dedup_key', { length: 200 }).notNull().unique(),
    msgType: varchar('msg_type', { length: 60 }).notNull(),
    proposalId: integer('proposal_id').references(() => proposal.id, { onDelete: 'restrict' }),
    requestedBy: varchar('requested_by', { length: 100 }).notNull(),
    status: executionStatus('status').notNull().default('queued'),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    result: jsonb('result').$type<Json>().notNull().default({}),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('ops_execution_proposal_idx').on(t.proposalId)],
);
