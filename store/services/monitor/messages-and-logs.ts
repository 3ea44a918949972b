import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { LOG_LEVELS, SUBLEVELS } from '../../schema/enums.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, ilikeIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

export interface MessageFilter {
  namespace?: string | undefined;
  executionId?: string | undefined;
  agent?: string | undefined;
  messageType?: string | undefined;
  since: Date;
}

function messageConditions(filter: MessageFilter) {
  return [
    eqIf(sql`m.namespace`, filter.namespace),
    eqIf(sql`m.execution_id`, filter.executionId),
    filter.agent ? sql`(m.sender_agent = ${filter.agent} or m.recipient_agent = ${filter.agent})` : undefined,
    eqIf(sql`m.message_type`, filter.messageType),
    sql`m.sent_at >= ${filter.since.toISOString()}::timestamptz`,
  ];
}

/** Bus messages with a 200-character payload summary (the full payload is in detailed mode, clipped). */
export async function listMessages(db: Executor, filter: MessageFilter, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`m.message_id::text as message_id, m.message_type, m.sender_agent, m.recipient_agent, m.namespace, m.execution_id, m.run_number, m.sent_at,
      m.is_successful, m.queue_name, left(m.message_content::text, 200) as payload_summary`,
    from: sql`swf_workflow_message m`,
    where: messageConditions(filter),
    order: [{ expr: sql`m.sent_at`, cast: 'timestamptz' }, { expr: sql`m.message_id::text`, cast: 'text' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function messageTypeCounts(db: Executor, filter: MessageFilter) {
  const where = messageConditions(filter).filter((c) => c !== undefined);
  return countsOf(await queryRows(db, sql`select m.message_type as key, count(*)::int as n from swf_workflow_message m where ${sql.join(where, sql` and `)} group by 1 order by 2 desc limit 20`));
}

export interface ActionFilter {
  action?: string | undefined;
  instance?: string | undefined;
  subjectType?: string | undefined;
  subjectKey?: string | undefined;
  username?: string | undefined;
  outcome?: string | undefined;
  minSublevel?: (typeof SUBLEVELS)[number] | undefined;
  since: Date;
}

function actionConditions(filter: ActionFilter) {
  const floor = filter.minSublevel ? SUBLEVELS.slice(SUBLEVELS.indexOf(filter.minSublevel)) : undefined;
  return [
    sql`l.app_name = 'epicprod'`,
    sql`l.action is not null`,
    sql`l.timestamp >= ${filter.since.toISOString()}::timestamptz`,
    eqIf(sql`l.action`, filter.action),
    eqIf(sql`l.instance_name`, filter.instance),
    eqIf(sql`l.subject_type`, filter.subjectType),
    eqIf(sql`l.subject_key`, filter.subjectKey),
    eqIf(sql`l.username`, filter.username),
    eqIf(sql`l.outcome::text`, filter.outcome),
    floor ? sql`l.sublevel::text in (${sql.join(floor.map((s) => sql`${s}`), sql`, `)})` : undefined,
  ];
}

/** The action stream (app_name epicprod rows) newest first. */
export async function listActions(db: Executor, filter: ActionFilter, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`l.id::int as id, l.timestamp, l.action, l.outcome, l.sublevel, l.instance_name, l.subject_type, l.subject_key, l.username, l.duration_ms,
      coalesce(l.extra_data->>'reason', '') as reason, l.message`,
    from: sql`swf_app_log l`,
    where: actionConditions(filter),
    order: [{ expr: sql`l.id`, cast: 'bigint' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/** Counts by action × outcome over the whole filter (the `summarize` view). */
export async function summarizeActions(db: Executor, filter: ActionFilter) {
  const where = actionConditions(filter).filter((c) => c !== undefined);
  const rows = await queryRows<{ action: string; outcome: string; n: number; last_at: Date }>(
    db,
    sql`select l.action, l.outcome::text as outcome, count(*)::int as n, max(l.timestamp) as last_at from swf_app_log l where ${sql.join(where, sql` and `)} group by 1, 2 order by 3 desc limit 50`,
  );
  const byOutcome: Record<string, number> = {};
  for (const row of rows) byOutcome[row.outcome] = (byOutcome[row.outcome] ?? 0) + row.n;
  return { total: rows.reduce((a, r) => a + r.n, 0), by_outcome: byOutcome, by_action: rows };
}

export interface LogFilter {
  appName?: string | undefined;
  instanceName?: string | undefined;
  minLevel?: (typeof LOG_LEVELS)[number] | undefined;
  search?: string | undefined;
  since: Date;
}

export async function listLogs(db: Executor, filter: LogFilter, page: PageArgs) {
  const levels = filter.minLevel ? LOG_LEVELS.slice(LOG_LEVELS.indexOf(filter.minLevel)) : undefined;
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`l.id::int as id, l.timestamp, l.app_name, l.instance_name, l.levelname, l.message, l.module, l.action`,
    from: sql`swf_app_log l`,
    where: [
      sql`l.timestamp >= ${filter.since.toISOString()}::timestamptz`,
      eqIf(sql`l.app_name`, filter.appName),
      eqIf(sql`l.instance_name`, filter.instanceName),
      levels ? sql`l.levelname in (${sql.join(levels.map((s) => sql`${s}`), sql`, `)})` : undefined,
      ilikeIf(sql`l.message`, filter.search),
    ],
    order: [{ expr: sql`l.id`, cast: 'bigint' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function getLogEntry(db: Executor, id: number) {
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select id::int as id, app_name, instance_name, timestamp, level, levelname, message, module, funcname, lineno, process,
    action, outcome, sublevel, subject_type, subject_key, username, duration_ms, extra_data from swf_app_log where id = ${id}`);
  if (!row) throw new NotFoundError('log entry', id, 'use list-logs or list-actions to find log ids');
  return row;
}
