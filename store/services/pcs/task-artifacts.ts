import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { pandaTaskAssociation } from '../../schema/pcs.ts';
import { attemptName, logLfnTemplate, outputLfnTemplate } from '../../names/index.ts';
import { InvalidInputError } from '../errors.ts';
import { configData } from './effective-config.ts';
import { asObject, type JsonObject } from './service-support.ts';
import { loadTaskContext, type TaskContext } from './task-context.ts';
import { getTask } from './task-service.ts';

export const ARTIFACT_FORMATS = ['condor', 'panda', 'jedi', 'evgen', 'dump'] as const;
export type ArtifactFormat = (typeof ARTIFACT_FORMATS)[number];

export interface TaskArtifact {
  format: ArtifactFormat;
  contentType: string;
  body: string;
}

/** Where the PanDA server publishes user transformations (taskParamMap.transPath). */
export const PANDA_TRF_BASE = 'https://pandaserver01.sdcc.bnl.gov/trf/user';
const EVGEN_CONTAINER_BASE = '/cvmfs/singularity.opensciencegrid.org/eicweb/eic_xl';

interface ArtifactInputs {
  context: TaskContext;
  data: JsonObject;
  tryNumber: number;
  taskName: string;
  scope: string;
}

const str = (value: unknown, fallback = ''): string => (value === undefined || value === null ? fallback : String(value));
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() && Number.isFinite(Number(value)) ? Number(value) : fallback);
const flag = (value: unknown): string => (value === true ? 'true' : 'false');

/** Payload environment (DOMAIN §6.5); with bg_mixing the k tag's parameters win over the legacy EvGen fields. */
export function payloadEnvironment({ context, tryNumber, taskName }: ArtifactInputs): [string, string][] {
  const { tags, effective, dataset, task } = context;
  const background = effective['bg_mixing'] === true && tags.background ? tags.background.parameters : tags.evgen.parameters;
  return [
    ['EBEAM', str(tags.physics.parameters['beam_energy_electron'])],
    ['PBEAM', str(tags.physics.parameters['beam_energy_hadron'])],
    ['DETECTOR_VERSION', dataset.detectorVersion],
    ['DETECTOR_CONFIG', dataset.detectorConfig],
    ['JUG_XL_TAG', str(effective['jug_xl_tag'])],
    ['COPYRECO', flag(effective['copy_reco'])],
    ['COPYFULL', flag(effective['copy_full'])],
    ['COPYLOG', flag(effective['copy_log'])],
    ['USERUCIO', flag(effective['use_rucio'])],
    ['CSV_FILE', task.csvFile],
    ['TAG_PREFIX', str(background['bg_tag_prefix'])],
    ['BG_FILES', str(background['bg_files'])],
    ['SIGNAL_FREQ', str(background['signal_freq'])],
    ['SIGNAL_STATUS', str(background['signal_status'])],
    ['TRY_NUMBER', String(tryNumber)],
    ['TASK_NAME', taskName],
  ];
}

function shellQuote(value: string): string {
  return /^[A-Za-z0-9._/:=+@%,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

function envPrefix(inputs: ArtifactInputs): string {
  return payloadEnvironment(inputs).map(([key, value]) => `${key}=${shellQuote(value)}`).join(' ');
}

function jobCounts({ context, data }: ArtifactInputs): { nJobs: number; eventsPerJob: number; eventsPerTask: number; cores: number } {
  const eventsPerTask = num(context.effective['events_per_task'], 0);
  const eventsPerJob = num(data['events_per_job'], 1000);
  const nJobs = num(data['n_jobs'], eventsPerTask > 0 ? Math.ceil(eventsPerTask / eventsPerJob) : 1);
  return { nJobs, eventsPerJob, eventsPerTask, cores: num(data['corecount'], 1) };
}

function renderCondor(inputs: ArtifactInputs): string {
  const template = str(inputs.context.effective['condor_template']) || 'osg_csv';
  const hours = num(inputs.context.effective['target_hours_per_job'], 2);
  return `${envPrefix(inputs)} ./scripts/submit_csv.sh ${shellQuote(template)} ${shellQuote(inputs.context.task.csvFile)} ${hours}\n`;
}

function renderPanda(inputs: ArtifactInputs): string {
  const { context, data, taskName } = inputs;
  const counts = jobCounts(inputs);
  const parts = [
    'prun',
    `--exec ${shellQuote(`${envPrefix(inputs)} ${str(data['exec_command'], './run.sh')}`)}`,
    `--outDS ${taskName}`,
    ...(data['official'] === false ? [] : ['--official']),
    `--containerImage ${shellQuote(str(context.effective['container_image']))}`,
    `--site ${str(context.effective['panda_site'])}`,
    `--workingGroup ${str(context.effective['panda_working_group'], 'EIC')}`,
    `--resourceType ${str(context.effective['panda_resource_type'], 'SCORE')}`,
    `--prodSourceLabel ${str(data['prod_source_label'], 'test')}`,
    `--vo ${str(data['vo'], 'wlcg')}`,
    `--processingType ${str(data['processing_type'], 'epicproduction')}`,
    `--nJobs ${counts.nJobs}`,
    `--nEventsPerJob ${counts.eventsPerJob}`,
    `--nCore ${counts.cores}`,
    ...(data['no_build'] === false ? [] : ['--noBuild']),
    ...(data['skip_scout'] === true ? ['--expertOnly_skipScout'] : []),
    `--outputs ${shellQuote(str(data['outputs'], '*.edm4eic.root'))}`,
  ];
  return `${parts.join(' \\\n  ')}\n`;
}

export function taskParamMap(inputs: ArtifactInputs): JsonObject {
  const { context, data, taskName, scope } = inputs;
  const counts = jobCounts(inputs);
  const workingGroup = str(context.effective['panda_working_group'], 'EIC');
  const image = str(context.effective['container_image']);
  return {
    taskName,
    userName: context.task.createdBy,
    vo: 'eic',
    workingGroup,
    campaign: context.dataset.detectorVersion,
    prodSourceLabel: str(data['prod_source_label'], 'test'),
    taskType: str(data['task_type'], 'production'),
    processingType: str(data['processing_type'], 'epicproduction'),
    taskPriority: num(data['task_priority'], 900),
    transPath: `${PANDA_TRF_BASE}/${str(data['transformation'], 'runGen-00-00-02')}`,
    transUses: '',
    transHome: '',
    architecture: '',
    container_name: image,
    noInput: true,
    nFiles: counts.nJobs,
    nFilesPerJob: num(data['files_per_job'], 1),
    nEventsPerJob: counts.eventsPerJob,
    nEvents: counts.eventsPerTask,
    coreCount: counts.cores,
    ramCount: num(data['ram_count'], 2000),
    ramUnit: 'MBPerCore',
    walltime: Math.round(num(context.effective['target_hours_per_job'], 2) * 3600),
    site: str(context.effective['panda_site']),
    cloud: workingGroup,
    skipScout: data['skip_scout'] === true,
    disableAutoRetry: data['disable_auto_retry'] === true ? 1 : 0,
    useRucio: context.effective['use_rucio'] === true,
    log: { dataset: `${scope}:${taskName}.log`, type: 'template', param_type: 'log', token: 'local', destination: 'local', value: logLfnTemplate(context.dataset.composedName) },
    jobParameters: [
      { type: 'constant', value: `${envPrefix(inputs)} ${str(data['exec_command'], './run.sh')}` },
      { type: 'template', param_type: 'output', dataset: `${scope}:${taskName}`, value: outputLfnTemplate(context.dataset.composedName), offset: num(data['output_offset'], 1000) },
    ],
  };
}

function csvRowsOf(context: TaskContext): JsonObject[] {
  const rows = asObject(context.task.overrides)['csv_rows'] ?? asObject(context.dataset.metadata)['csv_rows'];
  return Array.isArray(rows) ? rows.map(asObject) : [];
}

export function submissionSpec(inputs: ArtifactInputs, residual: boolean): JsonObject {
  const { context, data, taskName } = inputs;
  const csvBase = (context.task.csvFile.split('/').pop() ?? '').replace(/\.csv$/, '');
  const csvRows = csvRowsOf(context);
  const jugXlTag = str(context.effective['jug_xl_tag']);
  return {
    outDS: taskName,
    vo: 'epic',
    userName: context.task.createdBy,
    workingGroup: 'EIC',
    site: str(context.effective['panda_site']) || 'BNL_OSG_PanDA_1',
    prodSourceLabel: str(data['prod_source_label'], 'test'),
    taskType: 'prod',
    processingType: str(data['processing_type'], 'epicproduction'),
    containerImage: str(context.effective['container_image']) || `${EVGEN_CONTAINER_BASE}:${jugXlTag}`,
    nCore: num(data['corecount'], 1),
    memory: num(data['ram_count'], 4096),
    disk: num(data['disk_count'], 4096),
    walltimeHours: num(data['walltime_hours'], 2.0),
    skipScout: true,
    nJobs: csvRows.length,
    nEventsPerJob: 1,
    exec: `python3 evgen_job_dispatcher.py %RNDM=0 ${csvBase}`,
    csvBase,
    csvRows: csvRows.map((row) => ({ file: str(row['file']), ext: str(row['ext']), nevents: num(row['nevents'], 0), ichunk: num(row['ichunk'], 0) })),
    env: Object.fromEntries(payloadEnvironment(inputs)),
    residual,
  };
}

const HIDDEN = new Set(['createdAt', 'updatedAt', 'rowVersion', 'lockedAt', 'id']);
/** The dump is a comparable record: timestamps and surrogate ids are left out so two dumps diff cleanly. */
function plain(row: object): JsonObject {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !HIDDEN.has(key)).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]));
}

function dump({ context }: ArtifactInputs): JsonObject {
  const { tags } = context;
  return {
    task: plain(context.task),
    dataset: plain(context.dataset),
    tags: { physics: plain(tags.physics), evgen: plain(tags.evgen), simu: plain(tags.simu), reco: plain(tags.reco), ...(tags.background ? { background: plain(tags.background) } : {}) },
    prod_config: plain(context.prodConfig),
    effective_config: context.effective,
  };
}

async function artifactInputs(db: Executor, taskKey: string): Promise<ArtifactInputs> {
  const task = await getTask(db, taskKey);
  const context = await loadTaskContext(db, task);
  const [latest] = await db.select({ tryNumber: pandaTaskAssociation.tryNumber }).from(pandaTaskAssociation).where(eq(pandaTaskAssociation.prodTaskId, task.id)).orderBy(desc(pandaTaskAssociation.tryNumber)).limit(1);
  const tryNumber = latest?.tryNumber ?? 1;
  return { context, data: configData(context.effective), tryNumber, taskName: attemptName(task.composedName, tryNumber), scope: context.dataset.scope };
}

/** Regenerated from current PCS state on every call; never writes (DOMAIN §6.5). */
export async function renderTaskArtifact(db: Executor, taskKey: string, format: string, options: { residual?: boolean } = {}): Promise<TaskArtifact> {
  if (!(ARTIFACT_FORMATS as readonly string[]).includes(format)) {
    throw new InvalidInputError('UNKNOWN_ARTIFACT_FORMAT', `fmt must be one of ${ARTIFACT_FORMATS.join(', ')}`, { allowed: ARTIFACT_FORMATS });
  }
  const inputs = await artifactInputs(db, taskKey);
  const json = (value: unknown): TaskArtifact => ({ format: format as ArtifactFormat, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(value, null, 2)}\n` });
  switch (format as ArtifactFormat) {
    case 'condor': return { format: 'condor', contentType: 'text/plain; charset=utf-8', body: renderCondor(inputs) };
    case 'panda': return { format: 'panda', contentType: 'text/plain; charset=utf-8', body: renderPanda(inputs) };
    case 'jedi': return json(taskParamMap(inputs));
    case 'evgen': return json(submissionSpec(inputs, options.residual ?? false));
    case 'dump': return json(dump(inputs));
  }
}
