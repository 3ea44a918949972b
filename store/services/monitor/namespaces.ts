import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { queryRows } from '../catalog/keyset-query.ts';

/** Namespaces with activity counts in the window (agents, executions, messages). */
export async function listNamespaces(db: Executor, from: Date) {
  return queryRows<Record<string, unknown>>(db, sql`select n.name, n.owner, n.description,
    (select count(*)::int from swf_system_agent a where a.namespace = n.name and a.status <> 'EXITED') as agents,
    (select count(*)::int from swf_workflow_execution e where e.namespace = n.name and e.start_time >= ${from.toISOString()}::timestamptz) as executions,
    (select count(*)::int from swf_workflow_message m where m.namespace = n.name and m.sent_at >= ${from.toISOString()}::timestamptz) as messages
    from swf_namespace n order by n.name limit 100`);
}
