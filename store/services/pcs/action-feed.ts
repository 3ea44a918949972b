import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { appLog } from '../../schema/monitor.ts';

export interface ActionEvent {
  id: number;
  action: string;
  at: string;
  outcome: string | null;
  sublevel: string | null;
  username: string | null;
  subject_type: string | null;
  subject_key: string | null;
  extra: Record<string, unknown>;
}

/** Action-stream rows after `sinceId`, oldest first: what the SSE stream and pollers replay. */
export async function actionsSince(db: Executor, sinceId: number, limit = 100): Promise<ActionEvent[]> {
  const rows = await db
    .select()
    .from(appLog)
    .where(and(eq(appLog.appName, 'epicprod'), isNotNull(appLog.action), gt(appLog.id, sinceId)))
    .orderBy(asc(appLog.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id, action: row.action!, at: row.timestamp.toISOString(), outcome: row.outcome, sublevel: row.sublevel, username: row.username,
    subject_type: row.subjectType, subject_key: row.subjectKey, extra: row.extraData,
  }));
}
