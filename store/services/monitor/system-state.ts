import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { countsOf, queryRows } from '../catalog/keyset-query.ts';
import { HEALTHY_WITHIN_MINUTES, agentHealthCounts } from './agents.ts';

/** One-call testbed + production overview (DOMAIN §6.2 swf_get_system_state). */
export async function systemState(db: Executor, now: Date, username?: string) {
  const iso = now.toISOString();
  const [agents, healthy5, executions, messages, runs, errors, statuses, lastSync, activeAlarms] = await Promise.all([
    agentHealthCounts(db, {}, now),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from swf_system_agent where last_heartbeat >= ${iso}::timestamptz - interval '${sql.raw(String(HEALTHY_WITHIN_MINUTES))} minutes' and status <> 'EXITED'`),
    queryRows<{ key: string; n: number }>(db, sql`select status as key, count(*)::int as n from swf_workflow_execution where start_time >= ${iso}::timestamptz - interval '24 hours'
      ${username ? sql`and executed_by = ${username}` : sql``} group by 1`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from swf_workflow_message where sent_at >= ${iso}::timestamptz - interval '10 minutes'`),
    queryRows<Record<string, unknown>>(db, sql`select r.run_number, s.state, s.substate, s.phase from swf_run r left join swf_run_state s on s.run_number = r.run_number order by r.run_number desc limit 3`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from swf_app_log where levelname in ('ERROR', 'CRITICAL') and timestamp >= ${iso}::timestamptz - interval '1 hour'`),
    queryRows<Record<string, unknown>>(db, sql`select name, category, status, summary, checked_at from swf_system_status where status <> 'ok' order by checked_at desc limit 10`),
    queryRows<{ at: Date | null; outcome: string | null }>(db, sql`select timestamp as at, outcome::text as outcome from swf_app_log where action = 'catalog_sync' order by timestamp desc limit 1`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from alarm_event where clear_time is null`),
  ]);
  return {
    agents: { by_health: agents, heartbeat_within_5_min: healthy5[0]?.n ?? 0 },
    executions_24h: countsOf(executions),
    messages_last_10_min: messages[0]?.n ?? 0,
    recent_runs: runs,
    errors_last_hour: errors[0]?.n ?? 0,
    services_not_ok: statuses,
    last_catalog_sync: lastSync[0] ?? null,
    active_alarms: activeAlarms[0]?.n ?? 0,
  };
}
