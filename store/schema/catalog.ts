import { sql } from 'drizzle-orm';
import {
  bigint, boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, uuid, varchar,
} from 'drizzle-orm/pg-core';
import { ts, updatedAt } from './columns.ts';
import { didType, errorComponent, jobStatus, pandaTaskStatus, queueStatus, replicaState, ruleState } from './enums.ts';

type Json = Record<string, unknown>;

/** PanDA queue (schedconfig). A record whose queue equals its site is site-level. */
export const pandaQueue = pgTable('panda_queue', {
  queueName: varchar('queue_name', { length: 100 }).primaryKey(),
  site: varchar('site', { length: 100 }).notNull(),
  cloud: varchar('cloud', { length: 20 }).notNull().default('US'),
  vo: varchar('vo', { length: 20 }).notNull().default('eic'),
  status: queueStatus('status').notNull().default('online'),
  queueType: varchar('queue_type', { length: 30 }).notNull().default('production'),
  resourceType: varchar('resource_type', { length: 30 }).notNull().default('SCORE'),
  configData: jsonb('config_data').$type<Json>().notNull().default({}),
  metadata: jsonb('metadata').$type<Json>().notNull().default({}),
  updatedAt: updatedAt(),
});

export const pandaTask = pgTable(
  'panda_task',
  {
    jediTaskId: bigint('jedi_task_id', { mode: 'number' }).primaryKey(),
    taskName: varchar('task_name', { length: 300 }).notNull(),
    status: pandaTaskStatus('status').notNull(),
    username: varchar('username', { length: 100 }).notNull(),
    workingGroup: varchar('working_group', { length: 50 }),
    processingType: varchar('processing_type', { length: 50 }).notNull().default('epicproduction'),
    prodSourceLabel: varchar('prod_source_label', { length: 20 }).notNull().default('test'),
    reqId: integer('req_id'),
    campaign: varchar('campaign', { length: 50 }).notNull().default(''),
    site: varchar('site', { length: 100 }).notNull().default(''),
    coreCount: smallint('core_count').notNull().default(1),
    ramCount: integer('ram_count').notNull().default(2000),
    walltime: integer('walltime').notNull().default(7200),
    taskPriority: integer('task_priority').notNull().default(900),
    creationDate: ts('creation_date').notNull(),
    modificationTime: ts('modification_time').notNull(),
    startTime: ts('start_time'),
    endTime: ts('end_time'),
    errorDialog: text('error_dialog').notNull().default(''),
    attemptNr: smallint('attempt_nr').notNull().default(1),
    nFilesTotal: integer('n_files_total').notNull().default(0),
    nFilesFinished: integer('n_files_finished').notNull().default(0),
    nFilesFailed: integer('n_files_failed').notNull().default(0),
    /** Inputs that failed after all retries: the numerator of the final failure rate operators care about. */
    nFinalFailed: integer('n_final_failed').notNull().default(0),
    nEventsTotal: bigint('n_events_total', { mode: 'number' }).notNull().default(0),
    nEventsProcessed: bigint('n_events_processed', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    index('panda_task_name_idx').on(t.taskName),
    index('panda_task_status_idx').on(t.status, t.modificationTime),
    index('panda_task_campaign_idx').on(t.campaign, t.status),
    index('panda_task_modification_idx').on(t.modificationTime),
    check('panda_task_file_counts', sql`${t.nFilesFinished} >= 0 and ${t.nFilesFailed} >= 0 and ${t.nFinalFailed} >= 0 and ${t.nFilesFinished} + ${t.nFinalFailed} <= ${t.nFilesTotal}`),
  ],
);

export const pandaJob = pgTable(
  'panda_job',
  {
    pandaId: bigint('panda_id', { mode: 'number' }).primaryKey(),
    jediTaskId: bigint('jedi_task_id', { mode: 'number' }).notNull().references(() => pandaTask.jediTaskId, { onDelete: 'cascade' }),
    jobName: varchar('job_name', { length: 300 }).notNull(),
    jobStatus: jobStatus('job_status').notNull(),
    prodUsername: varchar('prod_username', { length: 100 }).notNull(),
    workingGroup: varchar('working_group', { length: 50 }),
    transformation: varchar('transformation', { length: 100 }).notNull().default('runGen-00-00-02'),
    computingSite: varchar('computing_site', { length: 100 }).notNull(),
    destinationSe: varchar('destination_se', { length: 100 }).notNull().default(''),
    coreCount: smallint('core_count').notNull().default(1),
    currentPriority: integer('current_priority').notNull().default(900),
    attemptNr: smallint('attempt_nr').notNull().default(1),
    maxAttempt: smallint('max_attempt').notNull().default(3),
    creationTime: ts('creation_time').notNull(),
    modificationTime: ts('modification_time').notNull(),
    startTime: ts('start_time'),
    endTime: ts('end_time'),
    cpuConsumptionTime: integer('cpu_consumption_time').notNull().default(0),
    nEvents: integer('n_events').notNull().default(0),
    harvesterId: varchar('harvester_id', { length: 50 }),
    workerId: bigint('worker_id', { mode: 'number' }),
    /** The component whose error is the job's primary failure; the full set is in the pairs below. */
    errorComponent: errorComponent('error_component'),
    errorCode: integer('error_code'),
    brokerageErrorCode: integer('brokerage_error_code').notNull().default(0),
    brokerageErrorDiag: text('brokerage_error_diag').notNull().default(''),
    ddmErrorCode: integer('ddm_error_code').notNull().default(0),
    ddmErrorDiag: text('ddm_error_diag').notNull().default(''),
    exeErrorCode: integer('exe_error_code').notNull().default(0),
    exeErrorDiag: text('exe_error_diag').notNull().default(''),
    transExitCode: integer('trans_exit_code').notNull().default(0),
    jobdispatcherErrorCode: integer('jobdispatcher_error_code').notNull().default(0),
    jobdispatcherErrorDiag: text('jobdispatcher_error_diag').notNull().default(''),
    pilotErrorCode: integer('pilot_error_code').notNull().default(0),
    pilotErrorDiag: text('pilot_error_diag').notNull().default(''),
    supErrorCode: integer('sup_error_code').notNull().default(0),
    supErrorDiag: text('sup_error_diag').notNull().default(''),
    taskbufferErrorCode: integer('taskbuffer_error_code').notNull().default(0),
    taskbufferErrorDiag: text('taskbuffer_error_diag').notNull().default(''),
  },
  (t) => [
    index('panda_job_task_status_idx').on(t.jediTaskId, t.jobStatus),
    index('panda_job_task_id_idx').on(t.jediTaskId, t.pandaId),
    index('panda_job_modification_idx').on(t.modificationTime),
    // Failures by site over a time window read only failed rows.
    index('panda_job_failed_site_time_idx')
      .on(t.computingSite, t.modificationTime)
      .where(sql`${t.jobStatus} in ('failed', 'cancelled', 'closed', 'broken')`),
    check('panda_job_attempts', sql`${t.attemptNr} >= 1 and ${t.attemptNr} <= ${t.maxAttempt}`),
    check('panda_job_error_pair', sql`(${t.errorComponent} is null) = (${t.errorCode} is null)`),
  ],
);

/**
 * Job counts per task × hour × site × status × primary error. Summaries read this instead of
 * scanning jobs; every writer of job state updates it in the same transaction (see rollup check).
 */
export const jobRollup = pgTable(
  'panda_job_rollup',
  {
    jediTaskId: bigint('jedi_task_id', { mode: 'number' }).notNull().references(() => pandaTask.jediTaskId, { onDelete: 'cascade' }),
    hour: ts('hour').notNull(),
    computingSite: varchar('computing_site', { length: 100 }).notNull(),
    jobStatus: jobStatus('job_status').notNull(),
    /** '' and 0 stand for "no error" so the key stays non-null. */
    errorComponent: varchar('error_component', { length: 20 }).notNull().default(''),
    errorCode: integer('error_code').notNull().default(0),
    jobCount: integer('job_count').notNull(),
  },
  (t) => [
    primaryKey({ name: 'panda_job_rollup_pk', columns: [t.jediTaskId, t.hour, t.computingSite, t.jobStatus, t.errorComponent, t.errorCode] }),
    index('panda_job_rollup_hour_site_idx').on(t.hour, t.computingSite),
    index('panda_job_rollup_site_hour_idx').on(t.computingSite, t.hour),
    // Distinct tasks and top tasks per error signature (the one summary that needs the task
    // dimension) read a few signatures' rows in a window: partial because most rows carry no
    // error, and covering (status, task, count) so the read is index-only.
    index('panda_job_rollup_error_hour_idx')
      .on(t.errorComponent, t.errorCode, t.hour, t.jobStatus, t.jediTaskId, t.jobCount)
      .where(sql`${t.errorCode} <> 0`),
    check('panda_job_rollup_count', sql`${t.jobCount} >= 0`),
  ],
);

/**
 * Job counts per hour × site × user × campaign × status × primary error — the task rollup with
 * the task dimension folded away (user and campaign come from panda_task). About 6–10× smaller, it
 * serves the production-wide, per-site, per-user and per-campaign summaries in milliseconds;
 * `panda_job_rollup` stays for anything keyed by task. Kept current by a statement trigger on
 * panda_job_rollup (migration 0003), so every writer of the task rollup maintains it in the same
 * transaction; `store/seed/rollup.ts` rebuilds and checks both against a raw recount.
 */
export const siteRollup = pgTable(
  'panda_site_rollup',
  {
    hour: ts('hour').notNull(),
    computingSite: varchar('computing_site', { length: 100 }).notNull(),
    username: varchar('username', { length: 100 }).notNull(),
    campaign: varchar('campaign', { length: 50 }).notNull(),
    jobStatus: jobStatus('job_status').notNull(),
    /** '' and 0 stand for "no error", as in panda_job_rollup. */
    errorComponent: varchar('error_component', { length: 20 }).notNull().default(''),
    errorCode: integer('error_code').notNull().default(0),
    jobCount: integer('job_count').notNull(),
    /** Σ job_count × task core_count × task walltime: the allocation estimate resource-usage reports (exact integers in a double). */
    estCoreSeconds: doublePrecision('est_core_seconds').notNull().default(0),
  },
  (t) => [
    // Leads with hour: every summary is a window "hour >= from", optionally narrowed by the other keys.
    primaryKey({ name: 'panda_site_rollup_pk', columns: [t.hour, t.computingSite, t.username, t.campaign, t.jobStatus, t.errorComponent, t.errorCode] }),
    index('panda_site_rollup_site_hour_idx').on(t.computingSite, t.hour),
    index('panda_site_rollup_campaign_hour_idx').on(t.campaign, t.hour),
    check('panda_site_rollup_count', sql`${t.jobCount} >= 0`),
  ],
);

export const errorCode = pgTable(
  'panda_error_code',
  {
    component: errorComponent('component').notNull(),
    code: integer('code').notNull(),
    name: varchar('name', { length: 60 }).notNull(),
    description: text('description').notNull(),
    /** Where failures with this code usually come from (compute, storage, payload …). */
    layer: varchar('layer', { length: 30 }).notNull().default('unknown'),
  },
  (t) => [primaryKey({ name: 'panda_error_code_pk', columns: [t.component, t.code] })],
);

export const rse = pgTable('rucio_rse', {
  name: varchar('name', { length: 100 }).primaryKey(),
  site: varchar('site', { length: 100 }).notNull(),
  rseType: varchar('rse_type', { length: 10 }).notNull().default('DISK'),
  isTape: boolean('is_tape').notNull().default(false),
  isActive: boolean('is_active').notNull().default(true),
  /** XRootD prefix a reader uses to open a file on this RSE. */
  xrootdPrefix: varchar('xrootd_prefix', { length: 300 }).notNull().default(''),
  totalBytes: bigint('total_bytes', { mode: 'number' }).notNull().default(0),
  usedBytes: bigint('used_bytes', { mode: 'number' }).notNull().default(0),
  configData: jsonb('config_data').$type<Json>().notNull().default({}),
});

/** Rucio datasets and containers (file DIDs live in rucio_file). */
export const rucioDataset = pgTable(
  'rucio_dataset',
  {
    scope: varchar('scope', { length: 50 }).notNull(),
    name: varchar('name', { length: 300 }).notNull(),
    didType: didType('did_type').notNull().default('DATASET'),
    isOpen: boolean('is_open').notNull().default(true),
    length: integer('length').notNull().default(0),
    bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
    /** Files with at least one AVAILABLE replica; kept with the file rows so completeness needs no scan. */
    availableLength: integer('available_length').notNull().default(0),
    events: bigint('events', { mode: 'number' }).notNull().default(0),
    account: varchar('account', { length: 50 }).notNull().default('eicprod'),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'rucio_dataset_pk', columns: [t.scope, t.name] }),
    // "Producing" campaigns are found from datasets with recent arrivals (updated_at = newest file).
    index('rucio_dataset_updated_idx').on(t.updatedAt),
    check('rucio_dataset_not_file', sql`${t.didType} <> 'FILE'`),
    check('rucio_dataset_counts', sql`${t.availableLength} between 0 and ${t.length} and ${t.length} <= 100000`),
  ],
);

export const rucioFile = pgTable(
  'rucio_file',
  {
    scope: varchar('scope', { length: 50 }).notNull(),
    name: varchar('name', { length: 300 }).notNull(),
    datasetScope: varchar('dataset_scope', { length: 50 }).notNull(),
    datasetName: varchar('dataset_name', { length: 300 }).notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    adler32: varchar('adler32', { length: 8 }).notNull(),
    events: integer('events').notNull().default(0),
    pandaId: bigint('panda_id', { mode: 'number' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'rucio_file_pk', columns: [t.scope, t.name] }),
    /** Also serves a dataset's newest file and its files created since a time, index-only (campaign-status arrivals). */
    index('rucio_file_dataset_idx').on(t.datasetScope, t.datasetName, t.createdAt, t.bytes),
  ],
);

export const rucioReplica = pgTable(
  'rucio_replica',
  {
    scope: varchar('scope', { length: 50 }).notNull(),
    name: varchar('name', { length: 300 }).notNull(),
    rse: varchar('rse', { length: 100 }).notNull().references(() => rse.name, { onDelete: 'restrict' }),
    state: replicaState('state').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'rucio_replica_pk', columns: [t.scope, t.name, t.rse] }),
    index('rucio_replica_rse_idx').on(t.rse, t.state),
  ],
);

export const rucioRule = pgTable(
  'rucio_rule',
  {
    id: uuid('id').primaryKey(),
    scope: varchar('scope', { length: 50 }).notNull(),
    name: varchar('name', { length: 300 }).notNull(),
    rseExpression: varchar('rse_expression', { length: 200 }).notNull(),
    copies: smallint('copies').notNull().default(1),
    state: ruleState('state').notNull(),
    account: varchar('account', { length: 50 }).notNull(),
    locksOk: integer('locks_ok').notNull().default(0),
    locksReplicating: integer('locks_replicating').notNull().default(0),
    locksStuck: integer('locks_stuck').notNull().default(0),
    expiresAt: ts('expires_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('rucio_rule_did_idx').on(t.scope, t.name),
    check('rucio_rule_copies', sql`${t.copies} >= 1`),
  ],
);

/** Harvester worker counts as a point-in-time view per site. */
export const harvesterWorkers = pgTable(
  'panda_harvester_workers',
  {
    site: varchar('site', { length: 100 }).notNull(),
    status: varchar('status', { length: 30 }).notNull(),
    nWorkers: integer('n_workers').notNull(),
    observedAt: ts('observed_at').notNull(),
    avgWallSeconds: doublePrecision('avg_wall_seconds'),
    detail: text('detail').notNull().default(''),
  },
  (t) => [primaryKey({ name: 'panda_harvester_workers_pk', columns: [t.site, t.status, t.observedAt] })],
);
