import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

export async function listWorkflowDefinitions(db: Executor, filter: { workflowType?: string | undefined; createdBy?: string | undefined }) {
  return queryRows<Record<string, unknown>>(db, sql`select d.workflow_name, d.version, d.workflow_type, d.created_by, d.created_at, d.parameter_values,
    (select count(*)::int from swf_workflow_execution e where e.workflow_definition_id = d.id) as executions
    from swf_workflow_definition d where true ${filter.workflowType ? sql`and d.workflow_type = ${filter.workflowType}` : sql``}
    ${filter.createdBy ? sql`and d.created_by = ${filter.createdBy}` : sql``} order by d.workflow_name, d.version limit 100`);
}

export interface ExecutionFilter {
  namespace?: string | undefined;
  status?: string | undefined;
  executedBy?: string | undefined;
  workflowName?: string | undefined;
  since?: Date | undefined;
}

function executionConditions(filter: ExecutionFilter) {
  return [
    eqIf(sql`e.namespace`, filter.namespace),
    eqIf(sql`e.status`, filter.status),
    eqIf(sql`e.executed_by`, filter.executedBy),
    eqIf(sql`d.workflow_name`, filter.workflowName),
    filter.since ? sql`e.start_time >= ${filter.since.toISOString()}::timestamptz` : undefined,
  ];
}

export async function listWorkflowExecutions(db: Executor, filter: ExecutionFilter, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`e.execution_id, d.workflow_name, d.version, e.namespace, e.status, e.executed_by, e.start_time, e.end_time, e.run_number`,
    from: sql`swf_workflow_execution e join swf_workflow_definition d on d.id = e.workflow_definition_id`,
    where: executionConditions(filter),
    order: [{ expr: sql`e.start_time`, cast: 'timestamptz' }, { expr: sql`e.execution_id`, cast: 'text' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function executionStatusCounts(db: Executor, filter: ExecutionFilter) {
  const where = executionConditions(filter).filter((c) => c !== undefined);
  return countsOf(await queryRows(db, sql`select e.status as key, count(*)::int as n from swf_workflow_execution e join swf_workflow_definition d on d.id = e.workflow_definition_id
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``} group by 1`));
}

export async function getWorkflowExecution(db: Executor, executionId: string) {
  const [execution] = await queryRows<Record<string, unknown>>(db, sql`select e.execution_id, d.workflow_name, d.version, e.namespace, e.status, e.executed_by, e.start_time, e.end_time,
    e.run_number, e.parameter_values, e.performance_metrics from swf_workflow_execution e join swf_workflow_definition d on d.id = e.workflow_definition_id where e.execution_id = ${executionId}`);
  if (!execution) throw new NotFoundError('workflow execution', executionId, 'use list-workflow-executions to find ids like stf_datataking-alice-0042');
  const [stfStatus, messages, failures] = await Promise.all([
    queryRows<{ key: string; n: number }>(db, sql`select current_status as key, count(*)::int as n from swf_stf_workflow where execution_id = ${executionId} group by 1`),
    queryRows<{ key: string; n: number }>(db, sql`select message_type as key, count(*)::int as n from swf_workflow_message where execution_id = ${executionId} group by 1 order by 2 desc`),
    queryRows<Record<string, unknown>>(db, sql`select filename, current_agent, failed_at, failure_reason from swf_stf_workflow where execution_id = ${executionId} and current_status = 'failed' order by failed_at desc limit 5`),
  ]);
  return { execution, stf_workflows_by_status: countsOf(stfStatus), messages_by_type: countsOf(messages), recent_failures: failures };
}
