import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

/** DOMAIN §3.1: no heartbeat for 3+ minutes ⇒ treated as exited; system summaries call < 5 min healthy. */
export const STALE_AFTER_MINUTES = 3;
export const HEALTHY_WITHIN_MINUTES = 5;

/** healthy | stale | exited, computed in SQL so filters and counts agree with the rows. */
export function healthSql(now: Date) {
  return sql`case when a.status = 'EXITED' or a.operational_state = 'EXITED' then 'exited'
    when a.last_heartbeat is null or a.last_heartbeat < ${now.toISOString()}::timestamptz - interval '${sql.raw(String(STALE_AFTER_MINUTES))} minutes' then 'stale'
    else 'healthy' end`;
}

export interface AgentFilter {
  namespace?: string | undefined;
  agentType?: string | undefined;
  status?: string | undefined;
  health?: string | undefined;
  includeExited?: boolean | undefined;
}

function conditions(filter: AgentFilter, now: Date) {
  return [
    eqIf(sql`a.namespace`, filter.namespace),
    eqIf(sql`a.agent_type::text`, filter.agentType),
    eqIf(sql`a.status::text`, filter.status),
    filter.health ? sql`(${healthSql(now)}) = ${filter.health}` : undefined,
    filter.includeExited || filter.health === 'exited' || filter.status === 'EXITED' ? undefined : sql`(${healthSql(now)}) <> 'exited'`,
  ];
}

export async function listAgents(db: Executor, filter: AgentFilter, now: Date, page: { limit: number; cursor?: string | undefined }) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`a.instance_name, a.agent_type, a.status, a.operational_state, ${healthSql(now)} as health, a.last_heartbeat,
      round(extract(epoch from (${now.toISOString()}::timestamptz - a.last_heartbeat)))::int as heartbeat_age_seconds, a.namespace, a.hostname, a.pid,
      a.current_stf_count, a.total_stf_processed`,
    from: sql`swf_system_agent a`,
    where: conditions(filter, now),
    order: [{ expr: sql`a.instance_name`, cast: 'text' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/** Health counts over every agent of the filter scope (exited included, so the summary is complete). */
export async function agentHealthCounts(db: Executor, filter: AgentFilter, now: Date) {
  const where = conditions({ ...filter, includeExited: true, health: undefined }, now).filter((c) => c !== undefined);
  const rows = await queryRows<{ key: string; n: number }>(db, sql`select ${healthSql(now)} as key, count(*)::int as n from swf_system_agent a ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``} group by 1`);
  return countsOf(rows);
}

export async function getAgent(db: Executor, name: string, now: Date) {
  const [agent] = await queryRows<Record<string, unknown>>(db, sql`select a.id, a.instance_name, a.agent_type, a.status, a.operational_state, ${healthSql(now)} as health, a.last_heartbeat,
    a.agent_url, a.workflow_enabled, a.pid, a.hostname, a.namespace, a.metadata, a.current_stf_count, a.total_stf_processed, a.last_stf_processed, a.created_at
    from swf_system_agent a where a.instance_name = ${name}`);
  if (!agent) throw new NotFoundError('agent', name, 'use list-agents (include_exited=true) to find agent instance names');
  const heartbeats = await queryRows<Record<string, unknown>>(db, sql`select at, status, operational_state from swf_agent_heartbeat where agent_id = ${agent.id as number} order by at desc limit 10`);
  const { id: _id, ...rest } = agent;
  return { agent: rest, recent_heartbeats: heartbeats };
}
