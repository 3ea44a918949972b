import { appLog } from '../schema/monitor.ts';
import type { ActionOutcome, Sublevel } from '../schema/enums.ts';
import type { Executor } from '../db/database.ts';

/** Instances that write action-stream records (DOMAIN §3.7), plus our own surfaces. */
export type ActionInstance = 'web' | 'ops-agent' | 'mcp' | 'catalog-sync' | 'submit' | 'report' | 'bot' | 'scheduler' | 'cli';

export interface ActionRecord {
  action: string;
  outcome: ActionOutcome;
  sublevel: Sublevel;
  instance: ActionInstance;
  username: string;
  subjectType?: string;
  subjectKey?: string;
  /** Required when outcome is not ok (≤ 300 characters). */
  reason?: string;
  durationMs?: number;
  message?: string;
  extra?: Record<string, unknown>;
  at?: Date;
}

/** Appends one action-stream record (app_name `epicprod`) and returns its id. */
export async function recordAction(db: Executor, record: ActionRecord): Promise<number> {
  if (record.outcome !== 'ok' && !record.reason) {
    throw new Error(`action ${record.action} with outcome ${record.outcome} needs a reason`);
  }
  const levelname = record.outcome === 'ok' || record.outcome === 'skipped' ? 'INFO' : record.outcome === 'warning' ? 'WARNING' : 'ERROR';
  const [row] = await db
    .insert(appLog)
    .values({
      appName: 'epicprod',
      instanceName: record.instance,
      timestamp: record.at ?? new Date(),
      level: levelname === 'INFO' ? 20 : levelname === 'WARNING' ? 30 : 40,
      levelname,
      message: record.message ?? `${record.action} ${record.subjectKey ?? ''}`.trim(),
      action: record.action,
      outcome: record.outcome,
      sublevel: record.sublevel,
      subjectType: record.subjectType ?? null,
      subjectKey: record.subjectKey ?? null,
      username: record.username,
      durationMs: record.durationMs ?? null,
      extraData: { ...record.extra, ...(record.reason ? { reason: record.reason.slice(0, 300) } : {}) },
    })
    .returning({ id: appLog.id });
  if (!row) throw new Error('action insert returned no row');
  return row.id;
}
