import type { ToolDefinition } from './shape/tool-definition.ts';
import getSystemState from './tools/get-system-state.ts';
import listToolCatalog, { catalogSource } from './tools/list-tool-catalog.ts';
import diagnoseFailedJobs from './tools/diagnose-failed-jobs.ts';
import errorSummary from './tools/error-summary.ts';
import getJob from './tools/get-job.ts';
import getPandaTask from './tools/get-panda-task.ts';
import getQueue from './tools/get-queue.ts';
import harvesterWorkers from './tools/harvester-workers.ts';
import listJobs from './tools/list-jobs.ts';
import listPandaTasks from './tools/list-panda-tasks.ts';
import listQueues from './tools/list-queues.ts';
import pandaActivity from './tools/panda-activity.ts';
import resourceUsage from './tools/resource-usage.ts';
import siteHealth from './tools/site-health.ts';
import campaignStatus from './tools/campaign-status.ts';
import dataProvenance from './tools/data-provenance.ts';
import diffTags from './tools/diff-tags.ts';
import getDataset from './tools/get-dataset.ts';
import getProdConfig from './tools/get-prod-config.ts';
import getProdTask from './tools/get-prod-task.ts';
import getRequest from './tools/get-request.ts';
import getTag from './tools/get-tag.ts';
import listCampaigns from './tools/list-campaigns.ts';
import listDatasets from './tools/list-datasets.ts';
import listProdConfigs from './tools/list-prod-configs.ts';
import listProdTasks from './tools/list-prod-tasks.ts';
import listRequests from './tools/list-requests.ts';
import listTags from './tools/list-tags.ts';
import parseName from './tools/parse-name.ts';
import prodtaskArtifact from './tools/prodtask-artifact.ts';
import searchTags from './tools/search-tags.ts';
import getRucioDataset from './tools/get-rucio-dataset.ts';
import listReplicas from './tools/list-replicas.ts';
import listRses from './tools/list-rses.ts';
import listRucioDatasets from './tools/list-rucio-datasets.ts';
import listRucioFiles from './tools/list-rucio-files.ts';
import listRules from './tools/list-rules.ts';
import getAgent from './tools/get-agent.ts';
import getLogEntry from './tools/get-log-entry.ts';
import getRun from './tools/get-run.ts';
import getWorkflowExecution from './tools/get-workflow-execution.ts';
import listActions from './tools/list-actions.ts';
import listAgents from './tools/list-agents.ts';
import listLogs from './tools/list-logs.ts';
import listMessages from './tools/list-messages.ts';
import listNamespaces from './tools/list-namespaces.ts';
import listRuns from './tools/list-runs.ts';
import listStfFiles from './tools/list-stf-files.ts';
import listTfSlices from './tools/list-tf-slices.ts';
import listWorkflowDefinitions from './tools/list-workflow-definitions.ts';
import listWorkflowExecutions from './tools/list-workflow-executions.ts';
import getArtifact from './tools/get-artifact.ts';
import listReports from './tools/list-reports.ts';
import listAlarms from './tools/list-alarms.ts';
import getProposal from './tools/get-proposal.ts';
import listProposals from './tools/list-proposals.ts';
import proposeAction from './tools/propose-action.ts';
import querySql from './tools/query-sql.ts';

/**
 * Every tool, listed explicitly (no directory scanning): the incumbent's hand-kept list drifted
 * from its code, so this list IS the tool surface; docs/tools.md is generated from it and a test
 * checks that every file in mcp/tools/ is listed here.
 */
export const TOOLS: ToolDefinition[] = [
  // system
  getSystemState, listToolCatalog,
  // panda
  diagnoseFailedJobs, errorSummary, getJob, getPandaTask, getQueue, harvesterWorkers, listJobs, listPandaTasks, listQueues, pandaActivity, resourceUsage, siteHealth,
  // pcs
  campaignStatus, dataProvenance, diffTags, getDataset, getProdConfig, getProdTask, getRequest, getTag, listCampaigns, listDatasets, listProdConfigs, listProdTasks, listRequests, listTags, parseName, prodtaskArtifact, searchTags,
  // rucio
  getRucioDataset, listReplicas, listRses, listRucioDatasets, listRucioFiles, listRules,
  // monitor
  getAgent, getLogEntry, getRun, getWorkflowExecution, listActions, listAgents, listLogs, listMessages, listNamespaces, listRuns, listStfFiles, listTfSlices, listWorkflowDefinitions, listWorkflowExecutions,
  // artifacts
  getArtifact, listReports,
  // alarms
  listAlarms,
  // proposals
  getProposal, listProposals, proposeAction,
  // expert
  querySql,
] as ToolDefinition[];

catalogSource.tools = TOOLS;
