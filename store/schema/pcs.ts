import { sql } from 'drizzle-orm';
import {
  bigint, boolean, check, date, foreignKey, index, integer, jsonb, numeric, pgTable, serial, smallint, text, unique, uniqueIndex, varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, rowVersion, ts, updatedAt } from './columns.ts';
import {
  campaignLifecycle, commentSubjectType, datasetStage, prodTaskStatus, propagation, questionnaireStatus, requestStatus,
  tagStatus, tagType, validationStatus,
} from './enums.ts';

type Json = Record<string, unknown>;

export const physicsCategory = pgTable(
  'pcs_physics_category',
  {
    digit: smallint('digit').primaryKey(),
    name: varchar('name', { length: 100 }).notNull().unique(),
    description: text('description').notNull().default(''),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('pcs_physics_category_digit_range', sql`${t.digit} between 1 and 9`)],
);

/**
 * All five tag kinds share one table: they have the same lifecycle and fields, and one table lets
 * one service own numbering, locking and diffing. `category_digit` is set exactly for physics tags.
 */
export const tag = pgTable(
  'pcs_tag',
  {
    id: serial('id').primaryKey(),
    tagType: tagType('tag_type').notNull(),
    tagNumber: integer('tag_number').notNull(),
    tagLabel: varchar('tag_label', { length: 10 }).notNull().unique(),
    status: tagStatus('status').notNull().default('draft'),
    description: text('description').notNull().default(''),
    parameters: jsonb('parameters').$type<Record<string, string>>().notNull().default({}),
    categoryDigit: smallint('category_digit').references(() => physicsCategory.digit, { onDelete: 'restrict' }),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lockedAt: ts('locked_at'),
    rowVersion: rowVersion(),
  },
  (t) => [
    uniqueIndex('pcs_tag_type_number_uq').on(t.tagType, t.tagNumber),
    // Composite key target so datasets can require a tag of the right kind (see dataset FKs).
    unique('pcs_tag_id_type_uq').on(t.id, t.tagType),
    check('pcs_tag_number_positive', sql`${t.tagNumber} > 0`),
    check('pcs_tag_label_matches', sql`${t.tagLabel} = ${t.tagType}::text || ${t.tagNumber}::text`),
    check('pcs_tag_category_only_physics', sql`(${t.tagType} = 'p') = (${t.categoryDigit} is not null)`),
    check('pcs_tag_physics_number_in_category', sql`${t.tagType} <> 'p' or ${t.tagNumber} / 1000 = ${t.categoryDigit}`),
    check('pcs_tag_parameters_object', sql`jsonb_typeof(${t.parameters}) = 'object'`),
    check('pcs_tag_locked_at', sql`(${t.status} = 'locked') = (${t.lockedAt} is not null)`),
    index('pcs_tag_type_status_idx').on(t.tagType, t.status),
  ],
);

export const campaign = pgTable(
  'pcs_campaign',
  {
    id: serial('id').primaryKey(),
    name: varchar('name', { length: 100 }).notNull().unique(),
    lifecycle: campaignLifecycle('lifecycle').notNull().default('future'),
    description: text('description').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    cloneOfId: integer('clone_of_id'),
    data: jsonb('data').$type<Json>().notNull().default({}),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [
    foreignKey({ columns: [t.cloneOfId], foreignColumns: [t.id], name: 'pcs_campaign_clone_of_fk' }).onDelete('set null'),
    // The domain has exactly one current and one last campaign; the database guarantees at most one of each.
    uniqueIndex('pcs_campaign_one_current_uq').on(t.lifecycle).where(sql`${t.lifecycle} = 'current'`),
    uniqueIndex('pcs_campaign_one_last_uq').on(t.lifecycle).where(sql`${t.lifecycle} = 'last'`),
    check('pcs_campaign_name_format', sql`${t.name} ~ '^[0-9]{2}\\.[0-9]{2}(\\.[0-9]+)?$'`),
    check('pcs_campaign_dates', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

export const physicsConfig = pgTable(
  'pcs_physics_config',
  {
    id: serial('id').primaryKey(),
    label: varchar('label', { length: 16 }).notNull().unique(),
    configKey: varchar('config_key', { length: 500 }).notNull().unique(),
    physicsTagId: integer('physics_tag_id').notNull().references(() => tag.id, { onDelete: 'restrict' }),
    backgroundTagId: integer('background_tag_id').references(() => tag.id, { onDelete: 'restrict' }),
    sampleName: varchar('sample_name', { length: 120 }).notNull().default(''),
    evgenDisplay: varchar('evgen_display', { length: 200 }).notNull().default(''),
    requestors: jsonb('requestors').$type<string[]>().notNull().default([]),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('pcs_physics_config_label_format', sql`${t.label} ~ '^pc[1-9][0-9]*$'`)],
);

/** One row per Rucio block: block rows share composed_name, and block 1 always exists. */
export const dataset = pgTable(
  'pcs_dataset',
  {
    id: serial('id').primaryKey(),
    datasetName: varchar('dataset_name', { length: 255 }).notNull(),
    composedName: varchar('composed_name', { length: 255 }).notNull(),
    scope: varchar('scope', { length: 50 }).notNull().default('group.EIC'),
    detectorVersion: varchar('detector_version', { length: 50 }).notNull(),
    detectorConfig: varchar('detector_config', { length: 100 }).notNull(),
    campaignId: integer('campaign_id').references(() => campaign.id, { onDelete: 'restrict' }),
    physicsTagId: integer('physics_tag_id').notNull(),
    physicsTagType: tagType('physics_tag_type').notNull().default('p'),
    evgenTagId: integer('evgen_tag_id').notNull(),
    evgenTagType: tagType('evgen_tag_type').notNull().default('e'),
    simuTagId: integer('simu_tag_id').notNull(),
    simuTagType: tagType('simu_tag_type').notNull().default('s'),
    recoTagId: integer('reco_tag_id').notNull(),
    recoTagType: tagType('reco_tag_type').notNull().default('r'),
    backgroundTagId: integer('background_tag_id'),
    backgroundTagType: tagType('background_tag_type').notNull().default('k'),
    physicsConfigId: integer('physics_config_id').notNull().references(() => physicsConfig.id, { onDelete: 'restrict' }),
    sampleName: varchar('sample_name', { length: 120 }).notNull().default(''),
    stage: datasetStage('stage').notNull().default('reco'),
    propagation: propagation('propagation').notNull().default('continue'),
    replacedBy: varchar('replaced_by', { length: 255 }).notNull().default(''),
    expectedEvents: bigint('expected_events', { mode: 'number' }),
    expectedEventsSource: varchar('expected_events_source', { length: 20 }).notNull().default(''),
    blockNum: integer('block_num').notNull().default(1),
    blocks: integer('blocks').notNull().default(1),
    did: varchar('did', { length: 300 }).notNull().unique(),
    fileCount: integer('file_count').notNull().default(0),
    dataSize: bigint('data_size', { mode: 'number' }).notNull().default(0),
    description: text('description').notNull().default(''),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [
    uniqueIndex('pcs_dataset_name_block_uq').on(t.datasetName, t.blockNum),
    index('pcs_dataset_composed_name_idx').on(t.composedName),
    index('pcs_dataset_campaign_idx').on(t.campaignId),
    index('pcs_dataset_physics_tag_idx').on(t.physicsTagId),
    index('pcs_dataset_physics_config_idx').on(t.physicsConfigId),
    // Each tag reference must point at a tag of the matching kind: composite FK on (id, type), type pinned by a check.
    foreignKey({ columns: [t.physicsTagId, t.physicsTagType], foreignColumns: [tag.id, tag.tagType], name: 'pcs_dataset_physics_tag_fk' }),
    foreignKey({ columns: [t.evgenTagId, t.evgenTagType], foreignColumns: [tag.id, tag.tagType], name: 'pcs_dataset_evgen_tag_fk' }),
    foreignKey({ columns: [t.simuTagId, t.simuTagType], foreignColumns: [tag.id, tag.tagType], name: 'pcs_dataset_simu_tag_fk' }),
    foreignKey({ columns: [t.recoTagId, t.recoTagType], foreignColumns: [tag.id, tag.tagType], name: 'pcs_dataset_reco_tag_fk' }),
    foreignKey({ columns: [t.backgroundTagId, t.backgroundTagType], foreignColumns: [tag.id, tag.tagType], name: 'pcs_dataset_background_tag_fk' }),
    check(
      'pcs_dataset_tag_kinds',
      sql`${t.physicsTagType} = 'p' and ${t.evgenTagType} = 'e' and ${t.simuTagType} = 's' and ${t.recoTagType} = 'r' and ${t.backgroundTagType} = 'k'`,
    ),
    check('pcs_dataset_block_range', sql`${t.blockNum} >= 1 and ${t.blockNum} <= ${t.blocks}`),
    check('pcs_dataset_counts', sql`${t.fileCount} >= 0 and ${t.dataSize} >= 0 and (${t.expectedEvents} is null or ${t.expectedEvents} >= 0)`),
    check('pcs_dataset_expected_source', sql`${t.expectedEventsSource} in ('included', 'requested', 'derived', '')`),
    check('pcs_dataset_version_format', sql`${t.detectorVersion} ~ '^[0-9]{2}\\.[0-9]{2}\\.[0-9]+$'`),
  ],
);

export const prodConfig = pgTable('pcs_prod_config', {
  id: serial('id').primaryKey(),
  name: varchar('name', { length: 200 }).notNull().unique(),
  description: text('description').notNull().default(''),
  bgMixing: boolean('bg_mixing').notNull().default(false),
  bgCrossSection: varchar('bg_cross_section', { length: 100 }).notNull().default(''),
  bgEvtgenFile: varchar('bg_evtgen_file', { length: 300 }).notNull().default(''),
  copyReco: boolean('copy_reco').notNull().default(true),
  copyFull: boolean('copy_full').notNull().default(false),
  copyLog: boolean('copy_log').notNull().default(true),
  useRucio: boolean('use_rucio').notNull().default(true),
  jugXlTag: varchar('jug_xl_tag', { length: 100 }).notNull().default(''),
  containerImage: varchar('container_image', { length: 300 }).notNull().default(''),
  targetHoursPerJob: numeric('target_hours_per_job', { precision: 6, scale: 2, mode: 'number' }).notNull().default(2),
  eventsPerTask: integer('events_per_task').notNull().default(0),
  condorTemplate: text('condor_template').notNull().default(''),
  pandaSite: varchar('panda_site', { length: 100 }).notNull().default(''),
  pandaQueue: varchar('panda_queue', { length: 100 }).notNull().default(''),
  pandaWorkingGroup: varchar('panda_working_group', { length: 50 }).notNull().default('EIC'),
  pandaResourceType: varchar('panda_resource_type', { length: 50 }).notNull().default('SCORE'),
  rucioRse: varchar('rucio_rse', { length: 100 }).notNull().default(''),
  rucioReplicationRules: jsonb('rucio_replication_rules').$type<unknown[]>().notNull().default([]),
  data: jsonb('data').$type<Json>().notNull().default({}),
  createdBy: varchar('created_by', { length: 100 }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  rowVersion: rowVersion(),
});

export const questionnaire = pgTable('pcs_questionnaire', {
  id: serial('id').primaryKey(),
  submittedAt: ts('submitted_at').notNull().unique(),
  description: text('description').notNull().default(''),
  repository: varchar('repository', { length: 300 }).notNull().default(''),
  contact: varchar('contact', { length: 200 }).notNull().default(''),
  nevents: varchar('nevents', { length: 50 }).notNull().default(''),
  benchmark: text('benchmark').notNull().default(''),
  estimate: text('estimate').notNull().default(''),
  status: questionnaireStatus('status').notNull().default('active'),
  sourceUrl: varchar('source_url', { length: 500 }).notNull().default(''),
  sourceRow: integer('source_row'),
  contentHash: varchar('content_hash', { length: 64 }).notNull().default(''),
  data: jsonb('data').$type<Json>().notNull().default({}),
  createdBy: varchar('created_by', { length: 100 }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const prodRequest = pgTable(
  'pcs_prod_request',
  {
    id: serial('id').primaryKey(),
    questionnaireId: integer('questionnaire_id').references(() => questionnaire.id, { onDelete: 'set null' }),
    /** Natural or client-supplied key that makes intake idempotent: a replay returns the original row. */
    intakeKey: varchar('intake_key', { length: 200 }).unique(),
    requestor: varchar('requestor', { length: 100 }).notNull(),
    pwg: varchar('pwg', { length: 50 }).notNull().default(''),
    title: varchar('title', { length: 300 }).notNull().default(''),
    simuPath: varchar('simu_path', { length: 500 }).notNull().default(''),
    genConfig: varchar('gen_config', { length: 300 }).notNull().default(''),
    nevents: bigint('nevents', { mode: 'number' }),
    background: varchar('background', { length: 100 }).notNull().default(''),
    description: text('description').notNull().default(''),
    priority: integer('priority').notNull().default(2),
    preTdrUse: boolean('pre_tdr_use').notNull().default(false),
    earlyScienceUse: boolean('early_science_use').notNull().default(false),
    otherUse: boolean('other_use').notNull().default(false),
    newRequest: boolean('new_request').notNull().default(true),
    status: requestStatus('status').notNull().default('new'),
    sourceUrl: varchar('source_url', { length: 500 }).notNull().default(''),
    sourceRow: integer('source_row'),
    inputStatus: varchar('input_status', { length: 50 }).notNull().default(''),
    rucioSource: varchar('rucio_source', { length: 500 }).notNull().default(''),
    validationStatus: varchar('validation_status', { length: 50 }).notNull().default(''),
    blockedReason: text('blocked_reason').notNull().default(''),
    data: jsonb('data').$type<Json>().notNull().default({}),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('pcs_prod_request_status_idx').on(t.status),
    index('pcs_prod_request_requestor_idx').on(t.requestor),
    check('pcs_prod_request_priority', sql`${t.priority} in (-1, 1, 2, 3)`),
    check('pcs_prod_request_nevents', sql`${t.nevents} is null or ${t.nevents} > 0`),
    check('pcs_prod_request_blocked_reason', sql`${t.status} <> 'blocked' or length(${t.blockedReason}) > 0`),
  ],
);

export const prodTask = pgTable(
  'pcs_prod_task',
  {
    id: serial('id').primaryKey(),
    name: varchar('name', { length: 255 }).notNull().unique(),
    composedName: varchar('composed_name', { length: 255 }).notNull(),
    status: prodTaskStatus('status').notNull().default('draft'),
    datasetId: integer('dataset_id').notNull().references(() => dataset.id, { onDelete: 'restrict' }),
    prodConfigId: integer('prod_config_id').notNull().references(() => prodConfig.id, { onDelete: 'restrict' }),
    campaignId: integer('campaign_id').references(() => campaign.id, { onDelete: 'restrict' }),
    requestId: integer('request_id').references(() => prodRequest.id, { onDelete: 'set null' }),
    requestor: varchar('requestor', { length: 100 }).notNull().default(''),
    priority: integer('priority').notNull().default(2),
    preTdrUse: boolean('pre_tdr_use').notNull().default(false),
    earlyScienceUse: boolean('early_science_use').notNull().default(false),
    otherUse: boolean('other_use').notNull().default(false),
    newRequest: boolean('new_request').notNull().default(false),
    csvFile: varchar('csv_file', { length: 500 }).notNull().default(''),
    overrides: jsonb('overrides').$type<Json>().notNull().default({}),
    condorCommand: text('condor_command').notNull().default(''),
    pandaCommand: text('panda_command').notNull().default(''),
    pandaTaskId: bigint('panda_task_id', { mode: 'number' }),
    condorClusterId: varchar('condor_cluster_id', { length: 50 }).notNull().default(''),
    description: text('description').notNull().default(''),
    intakeKey: varchar('intake_key', { length: 300 }).unique(),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('pcs_prod_task_composed_name_idx').on(t.composedName),
    index('pcs_prod_task_campaign_status_idx').on(t.campaignId, t.status),
    index('pcs_prod_task_request_idx').on(t.requestId),
    index('pcs_prod_task_dataset_idx').on(t.datasetId),
    index('pcs_prod_task_panda_task_idx').on(t.pandaTaskId),
    // A submitted or finished task must point at the PanDA task it ran as.
    check('pcs_prod_task_submitted_has_panda', sql`${t.status} not in ('submitted', 'completed', 'failed') or ${t.pandaTaskId} is not null`),
  ],
);

/** One row per physical PanDA submission attempt of a campaign task. */
export const pandaTaskAssociation = pgTable(
  'pcs_panda_tasks',
  {
    id: serial('id').primaryKey(),
    prodTaskId: integer('prod_task_id').notNull().references(() => prodTask.id, { onDelete: 'cascade' }),
    tryNumber: integer('try_number').notNull(),
    jediTaskId: bigint('jedi_task_id', { mode: 'number' }).unique(),
    taskName: varchar('task_name', { length: 255 }).notNull(),
    outDs: varchar('out_ds', { length: 300 }).notNull().default(''),
    logDs: varchar('log_ds', { length: 300 }).notNull().default(''),
    site: varchar('site', { length: 100 }).notNull().default(''),
    statusSnapshot: varchar('status_snapshot', { length: 30 }).notNull().default(''),
    associationSource: varchar('association_source', { length: 50 }).notNull(),
    matchReason: varchar('match_reason', { length: 200 }).notNull().default(''),
    metadata: jsonb('metadata').$type<Json>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('pcs_panda_tasks_try_uq').on(t.prodTaskId, t.tryNumber),
    index('pcs_panda_tasks_name_idx').on(t.taskName),
    check('pcs_panda_tasks_try_positive', sql`${t.tryNumber} >= 1`),
  ],
);

/** Append-only: the newest row per (sample, revision) is the current validation state. */
export const validationResult = pgTable(
  'pcs_validation_result',
  {
    id: serial('id').primaryKey(),
    sample: varchar('sample', { length: 255 }).notNull(),
    revision: varchar('revision', { length: 50 }).notNull().default(''),
    status: validationStatus('status').notNull(),
    benchmarks: jsonb('benchmarks').$type<unknown[]>().notNull().default([]),
    invalidated: jsonb('invalidated').$type<unknown[]>().notNull().default([]),
    completedAt: ts('completed_at'),
    detailsUrl: varchar('details_url', { length: 500 }).notNull().default(''),
    raw: jsonb('raw').$type<Json>().notNull().default({}),
    receivedFrom: varchar('received_from', { length: 100 }).notNull(),
    receivedAt: ts('received_at').notNull().defaultNow(),
  },
  (t) => [index('pcs_validation_result_sample_idx').on(t.sample, t.revision, t.receivedAt)],
);

export const evgenMark = pgTable(
  'pcs_evgen_mark',
  {
    id: serial('id').primaryKey(),
    path: varchar('path', { length: 500 }).notNull().unique(),
    obsolete: boolean('obsolete').notNull().default(false),
    setBy: varchar('set_by', { length: 100 }).notNull(),
    setAt: ts('set_at').notNull().defaultNow(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [
    check('pcs_evgen_mark_path', sql`${t.path} like '/EVGEN/%'`),
    check('pcs_evgen_mark_comment_when_obsolete', sql`not ${t.obsolete} or length(${t.comment}) > 0`),
  ],
);

/** Human comments and narrative notes on requests, tasks, campaigns and datasets. */
export const comment = pgTable(
  'pcs_comment',
  {
    id: serial('id').primaryKey(),
    subjectType: commentSubjectType('subject_type').notNull(),
    subjectKey: varchar('subject_key', { length: 255 }).notNull(),
    author: varchar('author', { length: 100 }).notNull(),
    body: text('body').notNull(),
    /** LLM-written comments are immutable and carry their model; human ones may be edited. */
    model: varchar('model', { length: 100 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('pcs_comment_subject_idx').on(t.subjectType, t.subjectKey, t.createdAt),
    check('pcs_comment_body_nonempty', sql`length(trim(${t.body})) > 0`),
  ],
);
