import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, check, doublePrecision, index, integer, jsonb, pgTable, serial, smallint, text, uniqueIndex, uuid, varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, rowVersion, ts, updatedAt } from './columns.ts';
import {
  actionOutcome, agentOperationalState, agentStatus, agentType, fileStatus, sliceStatus, sublevel, systemStatusLevel,
} from './enums.ts';

type Json = Record<string, unknown>;

export const namespace = pgTable('swf_namespace', {
  name: varchar('name', { length: 100 }).primaryKey(),
  owner: varchar('owner', { length: 100 }).notNull(),
  description: text('description').notNull().default(''),
  metadata: jsonb('metadata').$type<Json>().notNull().default({}),
  createdAt: createdAt(),
});

export const systemAgent = pgTable(
  'swf_system_agent',
  {
    id: serial('id').primaryKey(),
    instanceName: varchar('instance_name', { length: 100 }).notNull().unique(),
    agentType: agentType('agent_type').notNull(),
    status: agentStatus('status').notNull().default('UNKNOWN'),
    operationalState: agentOperationalState('operational_state').notNull().default('STARTING'),
    lastHeartbeat: ts('last_heartbeat'),
    agentUrl: varchar('agent_url', { length: 300 }).notNull().default(''),
    workflowEnabled: boolean('workflow_enabled').notNull().default(true),
    pid: integer('pid'),
    hostname: varchar('hostname', { length: 200 }).notNull().default(''),
    namespace: varchar('namespace', { length: 100 }).references(() => namespace.name, { onDelete: 'set null' }),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    currentStfCount: integer('current_stf_count').notNull().default(0),
    totalStfProcessed: integer('total_stf_processed').notNull().default(0),
    lastStfProcessed: varchar('last_stf_processed', { length: 200 }).notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('swf_system_agent_type_idx').on(t.agentType, t.status),
    index('swf_system_agent_heartbeat_idx').on(t.lastHeartbeat),
  ],
);

export const agentHeartbeat = pgTable(
  'swf_agent_heartbeat',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agentId: integer('agent_id').notNull().references(() => systemAgent.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    status: agentStatus('status').notNull(),
    operationalState: agentOperationalState('operational_state').notNull(),
  },
  (t) => [index('swf_agent_heartbeat_agent_at_idx').on(t.agentId, t.at)],
);

export const run = pgTable(
  'swf_run',
  {
    runNumber: integer('run_number').primaryKey(),
    startTime: ts('start_time').notNull(),
    endTime: ts('end_time'),
    runConditions: jsonb('run_conditions').$type<Json>().notNull().default({}),
  },
  (t) => [
    check('swf_run_number_floor', sql`${t.runNumber} >= 100010`),
    check('swf_run_times', sql`${t.endTime} is null or ${t.endTime} >= ${t.startTime}`),
  ],
);

export const runState = pgTable('swf_run_state', {
  runNumber: integer('run_number').primaryKey().references(() => run.runNumber, { onDelete: 'cascade' }),
  phase: varchar('phase', { length: 30 }).notNull(),
  state: varchar('state', { length: 30 }).notNull(),
  substate: varchar('substate', { length: 30 }).notNull(),
  targetWorkerCount: integer('target_worker_count').notNull().default(0),
  activeWorkerCount: integer('active_worker_count').notNull().default(0),
  stfSamplesReceived: integer('stf_samples_received').notNull().default(0),
  slicesCreated: integer('slices_created').notNull().default(0),
  slicesQueued: integer('slices_queued').notNull().default(0),
  slicesProcessing: integer('slices_processing').notNull().default(0),
  slicesCompleted: integer('slices_completed').notNull().default(0),
  slicesFailed: integer('slices_failed').notNull().default(0),
  stateChangedAt: ts('state_changed_at').notNull(),
});

export const systemStateEvent = pgTable(
  'swf_system_state_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    timestamp: ts('timestamp').notNull(),
    runNumber: integer('run_number').references(() => run.runNumber, { onDelete: 'cascade' }),
    eventType: varchar('event_type', { length: 50 }).notNull(),
    state: varchar('state', { length: 30 }).notNull(),
    substate: varchar('substate', { length: 30 }).notNull(),
    eventData: jsonb('event_data').$type<Json>().notNull().default({}),
  },
  (t) => [index('swf_system_state_event_run_idx').on(t.runNumber, t.timestamp)],
);

export const stfFile = pgTable(
  'swf_stf_file',
  {
    fileId: uuid('file_id').primaryKey(),
    runNumber: integer('run_number').notNull().references(() => run.runNumber, { onDelete: 'cascade' }),
    machineState: varchar('machine_state', { length: 20 }).notNull().default('physics'),
    stfFilename: varchar('stf_filename', { length: 255 }).notNull().unique(),
    fileSizeBytes: bigint('file_size_bytes', { mode: 'number' }).notNull().default(0),
    checksum: varchar('checksum', { length: 64 }).notNull().default(''),
    status: fileStatus('status').notNull().default('registered'),
    daqState: varchar('daq_state', { length: 30 }).notNull().default(''),
    daqSubstate: varchar('daq_substate', { length: 30 }).notNull().default(''),
    workflowId: uuid('workflow_id'),
    tfCount: integer('tf_count').notNull().default(0),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('swf_stf_file_run_idx').on(t.runNumber, t.status)],
);

export const tfFile = pgTable(
  'swf_tf_file',
  {
    tfFileId: uuid('tf_file_id').primaryKey(),
    stfFileId: uuid('stf_file_id').notNull().references(() => stfFile.fileId, { onDelete: 'cascade' }),
    tfFilename: varchar('tf_filename', { length: 255 }).notNull().unique(),
    fileSizeBytes: bigint('file_size_bytes', { mode: 'number' }).notNull().default(0),
    checksum: varchar('checksum', { length: 64 }).notNull().default(''),
    status: fileStatus('status').notNull().default('registered'),
    tfCount: integer('tf_count').notNull().default(0),
    tfFirst: integer('tf_first').notNull().default(0),
    tfLast: integer('tf_last').notNull().default(0),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('swf_tf_file_stf_idx').on(t.stfFileId)],
);

export const tfSlice = pgTable(
  'swf_tf_slice',
  {
    id: serial('id').primaryKey(),
    tfFileId: uuid('tf_file_id').notNull().references(() => tfFile.tfFileId, { onDelete: 'cascade' }),
    sliceId: smallint('slice_id').notNull(),
    tfFirst: integer('tf_first').notNull(),
    tfLast: integer('tf_last').notNull(),
    tfCount: integer('tf_count').notNull(),
    runNumber: integer('run_number').notNull(),
    status: sliceStatus('status').notNull().default('queued'),
    retries: smallint('retries').notNull().default(0),
    assignedWorker: varchar('assigned_worker', { length: 100 }),
    assignedAt: ts('assigned_at'),
    completedAt: ts('completed_at'),
  },
  (t) => [
    uniqueIndex('swf_tf_slice_file_slice_uq').on(t.tfFileId, t.sliceId),
    index('swf_tf_slice_run_status_idx').on(t.runNumber, t.status),
    check('swf_tf_slice_id_range', sql`${t.sliceId} between 1 and 15`),
    check('swf_tf_slice_tf_range', sql`${t.tfLast} >= ${t.tfFirst} and ${t.tfCount} = ${t.tfLast} - ${t.tfFirst} + 1`),
    check('swf_tf_slice_retries', sql`${t.retries} between 0 and 5`),
  ],
);

export const worker = pgTable(
  'swf_worker',
  {
    workerId: varchar('worker_id', { length: 100 }).primaryKey(),
    runNumber: integer('run_number').references(() => run.runNumber, { onDelete: 'cascade' }),
    pandaJob: bigint('panda_job', { mode: 'number' }),
    location: varchar('location', { length: 100 }).notNull().default(''),
    currentSliceId: integer('current_slice_id'),
    tfFilename: varchar('tf_filename', { length: 255 }),
    slicesCompleted: integer('slices_completed').notNull().default(0),
    status: varchar('status', { length: 30 }).notNull().default('running'),
    lastHeartbeat: ts('last_heartbeat'),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at'),
  },
  (t) => [index('swf_worker_run_idx').on(t.runNumber)],
);

export const workflowDefinition = pgTable(
  'swf_workflow_definition',
  {
    id: serial('id').primaryKey(),
    workflowName: varchar('workflow_name', { length: 100 }).notNull(),
    version: varchar('version', { length: 20 }).notNull(),
    workflowType: varchar('workflow_type', { length: 50 }).notNull(),
    definition: text('definition').notNull().default(''),
    parameterValues: jsonb('parameter_values').$type<Json>().notNull().default({}),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('swf_workflow_definition_name_version_uq').on(t.workflowName, t.version)],
);

export const workflowExecution = pgTable(
  'swf_workflow_execution',
  {
    executionId: varchar('execution_id', { length: 150 }).primaryKey(),
    workflowDefinitionId: integer('workflow_definition_id').notNull().references(() => workflowDefinition.id, { onDelete: 'restrict' }),
    namespace: varchar('namespace', { length: 100 }).references(() => namespace.name, { onDelete: 'set null' }),
    parameterValues: jsonb('parameter_values').$type<Json>().notNull().default({}),
    performanceMetrics: jsonb('performance_metrics').$type<Json>().notNull().default({}),
    status: varchar('status', { length: 30 }).notNull().default('pending'),
    startTime: ts('start_time').notNull(),
    endTime: ts('end_time'),
    executedBy: varchar('executed_by', { length: 100 }).notNull(),
    runNumber: integer('run_number'),
  },
  (t) => [index('swf_workflow_execution_status_idx').on(t.status, t.startTime), index('swf_workflow_execution_ns_idx').on(t.namespace)],
);

export const stfWorkflow = pgTable(
  'swf_stf_workflow',
  {
    workflowId: uuid('workflow_id').primaryKey(),
    filename: varchar('filename', { length: 255 }).notNull().unique(),
    namespace: varchar('namespace', { length: 100 }),
    executionId: varchar('execution_id', { length: 150 }).references(() => workflowExecution.executionId, { onDelete: 'cascade' }),
    runNumber: integer('run_number'),
    daqState: varchar('daq_state', { length: 30 }).notNull().default(''),
    daqSubstate: varchar('daq_substate', { length: 30 }).notNull().default(''),
    generatedTime: ts('generated_time').notNull(),
    stfStartTime: ts('stf_start_time'),
    stfEndTime: ts('stf_end_time'),
    currentStatus: varchar('current_status', { length: 40 }).notNull().default('generated'),
    currentAgent: varchar('current_agent', { length: 100 }).notNull().default(''),
    completedAt: ts('completed_at'),
    failedAt: ts('failed_at'),
    failureReason: text('failure_reason').notNull().default(''),
    stfMetadata: jsonb('stf_metadata').$type<Json>().notNull().default({}),
  },
  (t) => [index('swf_stf_workflow_exec_idx').on(t.executionId)],
);

export const agentWorkflowStage = pgTable(
  'swf_agent_workflow_stage',
  {
    stageId: bigserial('stage_id', { mode: 'number' }).primaryKey(),
    workflowId: uuid('workflow_id').notNull().references(() => stfWorkflow.workflowId, { onDelete: 'cascade' }),
    agentName: varchar('agent_name', { length: 100 }).notNull(),
    agentType: varchar('agent_type', { length: 30 }).notNull(),
    status: varchar('status', { length: 30 }).notNull(),
    receivedAt: ts('received_at'),
    startedAt: ts('started_at'),
    completedAt: ts('completed_at'),
    failedAt: ts('failed_at'),
    processingTimeSeconds: doublePrecision('processing_time_seconds'),
    failureReason: text('failure_reason').notNull().default(''),
    inputMessage: jsonb('input_message').$type<Json>(),
    outputMessage: jsonb('output_message').$type<Json>(),
    stageMetadata: jsonb('stage_metadata').$type<Json>().notNull().default({}),
  },
  (t) => [index('swf_agent_workflow_stage_wf_idx').on(t.workflowId)],
);

export const workflowMessage = pgTable(
  'swf_workflow_message',
  {
    messageId: uuid('message_id').primaryKey(),
    messageType: varchar('message_type', { length: 50 }).notNull(),
    requestId: varchar('request_id', { length: 100 }),
    senderAgent: varchar('sender_agent', { length: 100 }).notNull().default(''),
    senderType: varchar('sender_type', { length: 30 }).notNull().default(''),
    recipientAgent: varchar('recipient_agent', { length: 100 }).notNull().default(''),
    recipientType: varchar('recipient_type', { length: 30 }).notNull().default(''),
    namespace: varchar('namespace', { length: 100 }),
    executionId: varchar('execution_id', { length: 150 }),
    runNumber: integer('run_number'),
    messageContent: jsonb('message_content').$type<Json>().notNull().default({}),
    messageMetadata: jsonb('message_metadata').$type<Json>().notNull().default({}),
    sentAt: ts('sent_at').notNull(),
    deliveredAt: ts('delivered_at'),
    acknowledgedAt: ts('acknowledged_at'),
    isSuccessful: boolean('is_successful'),
    errorMessage: text('error_message').notNull().default(''),
    queueName: varchar('queue_name', { length: 200 }).notNull().default(''),
    correlationId: varchar('correlation_id', { length: 100 }),
  },
  (t) => [
    index('swf_workflow_message_sent_idx').on(t.sentAt),
    index('swf_workflow_message_type_idx').on(t.messageType, t.sentAt),
    index('swf_workflow_message_exec_idx').on(t.executionId),
  ],
);

/**
 * Application log and action stream in one table, as in the incumbent: action-stream rows have
 * app_name 'epicprod'. The action fields are columns (not only JSON) so the stream can be filtered by index.
 */
export const appLog = pgTable(
  'swf_app_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    appName: varchar('app_name', { length: 50 }).notNull(),
    instanceName: varchar('instance_name', { length: 100 }).notNull(),
    timestamp: ts('timestamp').notNull().defaultNow(),
    level: smallint('level').notNull(),
    levelname: varchar('levelname', { length: 10 }).notNull(),
    message: text('message').notNull(),
    module: varchar('module', { length: 100 }).notNull().default(''),
    funcname: varchar('funcname', { length: 100 }).notNull().default(''),
    lineno: integer('lineno').notNull().default(0),
    process: integer('process').notNull().default(0),
    thread: bigint('thread', { mode: 'number' }).notNull().default(0),
    action: varchar('action', { length: 60 }),
    outcome: actionOutcome('outcome'),
    sublevel: sublevel('sublevel'),
    subjectType: varchar('subject_type', { length: 40 }),
    subjectKey: varchar('subject_key', { length: 300 }),
    username: varchar('username', { length: 100 }),
    durationMs: integer('duration_ms'),
    extraData: jsonb('extra_data').$type<Json>().notNull().default({}),
  },
  (t) => [
    index('swf_app_log_app_time_idx').on(t.appName, t.timestamp),
    index('swf_app_log_action_time_idx').on(t.action, t.timestamp),
    index('swf_app_log_subject_idx').on(t.subjectKey),
    check('swf_app_log_levelname', sql`${t.levelname} in ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL')`),
    // Action-stream rows always say what happened; a non-ok outcome must say why.
    check('swf_app_log_action_fields', sql`${t.action} is null or (${t.outcome} is not null and ${t.sublevel} is not null)`),
    check('swf_app_log_reason_when_not_ok', sql`${t.outcome} is null or ${t.outcome} = 'ok' or length(coalesce(${t.extraData}->>'reason', '')) > 0`),
  ],
);

/** Single-row knob document edited by humans ("no hidden knobs"). */
export const sysConfig = pgTable(
  'swf_sys_config',
  {
    id: smallint('id').primaryKey().default(1),
    configData: jsonb('config_data').$type<Json>().notNull().default({}),
    updatedBy: varchar('updated_by', { length: 100 }).notNull().default('system'),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [check('swf_sys_config_single_row', sql`${t.id} = 1`)],
);

/** Machine-maintained counters and state, one key per row so counters can be allocated under a row lock. */
export const persistentState = pgTable('swf_persistent_state', {
  key: varchar('key', { length: 100 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

export const systemStatus = pgTable('swf_system_status', {
  name: varchar('name', { length: 100 }).primaryKey(),
  category: varchar('category', { length: 20 }).notNull(),
  status: systemStatusLevel('status').notNull(),
  summary: text('summary').notNull().default(''),
  data: jsonb('data').$type<Json>().notNull().default({}),
  checkedAt: ts('checked_at').notNull(),
});
