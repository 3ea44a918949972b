import { pgEnum } from 'drizzle-orm/pg-core';

// Value lists are exported as const arrays so zod schemas and services reuse the exact strings.

export const TAG_TYPES = ['p', 'e', 's', 'r', 'k'] as const;
export type TagType = (typeof TAG_TYPES)[number];
export const tagType = pgEnum('tag_type', TAG_TYPES);

export const TAG_STATUSES = ['draft', 'locked'] as const;
export const tagStatus = pgEnum('tag_status', TAG_STATUSES);

export const CAMPAIGN_LIFECYCLES = ['future', 'current', 'last', 'past'] as const;
export type CampaignLifecycle = (typeof CAMPAIGN_LIFECYCLES)[number];
export const campaignLifecycle = pgEnum('campaign_lifecycle', CAMPAIGN_LIFECYCLES);

export const PROPAGATIONS = ['continue', 'hold', 'final'] as const;
export const propagation = pgEnum('propagation', PROPAGATIONS);

export const DATASET_STAGES = ['evgen', 'simu', 'reco', 'full', 'log'] as const;
export type DatasetStage = (typeof DATASET_STAGES)[number];
export const datasetStage = pgEnum('dataset_stage', DATASET_STAGES);

export const EXPECTED_EVENTS_SOURCES = ['included', 'requested', 'derived', ''] as const;

export const QUESTIONNAIRE_STATUSES = ['active', 'review', 'linked', 'closed'] as const;
export const questionnaireStatus = pgEnum('questionnaire_status', QUESTIONNAIRE_STATUSES);

export const REQUEST_STATUSES = ['new', 'review', 'blocked', 'ready', 'linked', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const requestStatus = pgEnum('request_status', REQUEST_STATUSES);

export const PROD_TASK_STATUSES = ['draft', 'ready', 'submitted', 'completed', 'failed', 'past_output'] as const;
export type ProdTaskStatus = (typeof PROD_TASK_STATUSES)[number];
export const prodTaskStatus = pgEnum('prod_task_status', PROD_TASK_STATUSES);

export const VALIDATION_STATUSES = ['pending', 'running', 'validated', 'failed'] as const;
export const validationStatus = pgEnum('validation_status', VALIDATION_STATUSES);

export const COMMENT_SUBJECT_TYPES = ['request', 'task', 'campaign', 'dataset'] as const;
export const commentSubjectType = pgEnum('comment_subject_type', COMMENT_SUBJECT_TYPES);

// Monitor
export const AGENT_STATUSES = ['UNKNOWN', 'OK', 'WARNING', 'ERROR', 'EXITED'] as const;
export const agentStatus = pgEnum('agent_status', AGENT_STATUSES);
export const AGENT_OPERATIONAL_STATES = ['STARTING', 'READY', 'PROCESSING', 'EXITED'] as const;
export const agentOperationalState = pgEnum('agent_operational_state', AGENT_OPERATIONAL_STATES);
/** The incumbent's enum lacks PRODOPS although the ops agent registers with it; we include it. */
export const AGENT_TYPES = [
  'daqsim', 'data', 'processing', 'fastmon', 'workflow_runner', 'monitor', 'sse_sender', 'sse_receiver', 'test', 'other', 'PRODOPS',
] as const;
export const agentType = pgEnum('agent_type', AGENT_TYPES);
export const FILE_STATUSES = ['registered', 'processing', 'processed', 'failed', 'done'] as const;
export const fileStatus = pgEnum('file_status', FILE_STATUSES);
export const SLICE_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export const sliceStatus = pgEnum('slice_status', SLICE_STATUSES);
export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] as const;
export const ACTION_OUTCOMES = ['ok', 'error', 'timeout', 'skipped', 'unrecorded', 'warning'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];
export const actionOutcome = pgEnum('action_outcome', ACTION_OUTCOMES);
export const SUBLEVELS = ['low', 'normal', 'high'] as const;
export type Sublevel = (typeof SUBLEVELS)[number];
export const sublevel = pgEnum('sublevel', SUBLEVELS);
export const SYSTEM_STATUS_LEVELS = ['ok', 'warning', 'error', 'unknown'] as const;
export const systemStatusLevel = pgEnum('system_status_level', SYSTEM_STATUS_LEVELS);

// Catalog (standard PanDA / Rucio semantics)
export const PANDA_TASK_STATUSES = [
  'registered', 'defined', 'assigning', 'ready', 'pending', 'scouting', 'scouted', 'running', 'prepared', 'passed',
  'done', 'finished', 'failed', 'exhausted', 'broken', 'toabort', 'aborting', 'aborted', 'paused', 'throttled',
  'rerefine', 'remaining',
] as const;
export type PandaTaskStatus = (typeof PANDA_TASK_STATUSES)[number];
export const pandaTaskStatus = pgEnum('panda_task_status', PANDA_TASK_STATUSES);
export const JOB_STATUSES = [
  'pending', 'defined', 'assigning', 'assigned', 'waiting', 'activated', 'throttled', 'sent', 'starting', 'running',
  'holding', 'transferring', 'merging', 'finished', 'failed', 'cancelled', 'closed', 'broken',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const jobStatus = pgEnum('job_status', JOB_STATUSES);
/** Statuses that count as faulty in error analysis. */
export const FAULTY_JOB_STATUSES = ['failed', 'cancelled', 'closed', 'broken'] as const satisfies readonly JobStatus[];
export const ERROR_COMPONENTS = ['brokerage', 'ddm', 'exe', 'jobdispatcher', 'pilot', 'sup', 'taskbuffer'] as const;
export type ErrorComponent = (typeof ERROR_COMPONENTS)[number];
export const errorComponent = pgEnum('error_component', ERROR_COMPONENTS);
export const QUEUE_STATUSES = ['online', 'brokeroff', 'offline'] as const;
export const queueStatus = pgEnum('queue_status', QUEUE_STATUSES);
export const DID_TYPES = ['FILE', 'DATASET', 'CONTAINER'] as const;
export const didType = pgEnum('did_type', DID_TYPES);
export const REPLICA_STATES = ['AVAILABLE', 'UNAVAILABLE', 'COPYING', 'BEING_DELETED', 'BAD'] as const;
export const replicaState = pgEnum('replica_state', REPLICA_STATES);
export const RULE_STATES = ['OK', 'REPLICATING', 'STUCK', 'SUSPENDED'] as const;
export const ruleState = pgEnum('rule_state', RULE_STATES);

// Artifacts
export const ARTIFACT_STATUSES = ['draft', 'published', 'superseded', 'archived'] as const;
export const artifactStatus = pgEnum('artifact_status', ARTIFACT_STATUSES);

// Proposals and approvals
export const PROPOSAL_STATUSES = ['proposed', 'approved_pending_execution', 'executed', 'denied', 'withdrawn', 'stale', 'expired', 'failed'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const proposalStatus = pgEnum('proposal_status', PROPOSAL_STATUSES);
export const PROPOSAL_EXECUTORS = ['service', 'agent_message'] as const;
export const proposalExecutor = pgEnum('proposal_executor', PROPOSAL_EXECUTORS);
export const APPROVAL_POLICIES = ['auto', 'one_operator', 'two_operators'] as const;
export const approvalPolicy = pgEnum('approval_policy', APPROVAL_POLICIES);
export const RISK_CLASSES = ['low', 'medium', 'high'] as const;
export const riskClass = pgEnum('risk_class', RISK_CLASSES);
export const DECISIONS = ['approve', 'deny'] as const;
export const decision = pgEnum('decision', DECISIONS);
export const QUALITY_MARKS = ['wrong', 'poor', 'ok', 'good'] as const;
export const EXECUTION_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'timeout', 'skipped', 'unrecorded'] as const;
export const executionStatus = pgEnum('execution_status', EXECUTION_STATUSES);

// Auth
export const ROLES = ['viewer', 'physicist', 'production-manager', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const role = pgEnum('role', ROLES);

// Alarms
export const ALARM_SEVERITIES = ['info', 'warning', 'alarm'] as const;
export const alarmSeverity = pgEnum('alarm_severity', ALARM_SEVERITIES);

// Harness
export const TURN_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'budget_exhausted'] as const;
export const turnStatus = pgEnum('turn_status', TURN_STATUSES);
