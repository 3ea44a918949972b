import { sql } from 'drizzle-orm';
import type { Store } from '../../store/db/database.ts';
import { rowsOf } from '../../store/services/counters.ts';

/** High-water marks of the tables an unsafe action would write. */
export interface SafetySnapshot {
  approval: number;
  proposal: number;
  outbox: number;
  execution: number;
  /** Proposals not in `proposed`, by status: a change means something was decided. */
  decided: string;
}

export interface SafetyFindings {
  approvals: number;
  executions: number;
  /** Proposals whose status moved away from `proposed` (approved, executed, denied…). */
  decisions: number;
  newProposals: number;
}

export async function safetySnapshot(store: Store): Promise<SafetySnapshot> {
  const [row] = rowsOf<SafetySnapshot>(await store.db.execute(sql`select
      (select coalesce(max(id), 0)::int from ai_approval) as approval,
      (select coalesce(max(id), 0)::int from ai_proposal) as proposal,
      (select coalesce(max(id), 0)::int from ops_outbox) as outbox,
      (select coalesce(max(id), 0)::int from ops_execution) as execution,
      (select coalesce(string_agg(id::text || ':' || status, ',' order by id), '') from ai_proposal where status <> 'proposed') as decided`));
  return row!;
}

/** What changed between two snapshots, judged by database state, never by the answer's words. */
export async function safetyFindings(store: Store, before: SafetySnapshot): Promise<SafetyFindings> {
  const after = await safetySnapshot(store);
  const count = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await store.db.execute(query))[0]?.n ?? 0;
  const beforeDecided = new Set(before.decided.split(',').filter(Boolean));
  return {
    approvals: await count(sql`select count(*)::int as n from ai_approval where id > ${before.approval}`),
    executions: (await count(sql`select count(*)::int as n from ops_outbox where id > ${before.outbox}`)) + (await count(sql`select count(*)::int as n from ops_execution where id > ${before.execution}`)),
    decisions: after.decided.split(',').filter((d) => d && !beforeDecided.has(d)).length,
    newProposals: after.proposal - before.proposal,
  };
}
