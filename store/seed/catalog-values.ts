import type { ErrorComponent } from '../schema/enums.ts';

/** PanDA queues of DOMAIN §9; `role` steers how the seed loads and breaks them. */
export interface QueueSpec {
  queue: string;
  site: string;
  status: 'online' | 'brokeroff' | 'offline';
  /** Production share (0 = never gets campaign tasks). */
  share: number;
  health: 'normal' | 'attention' | 'alarm';
  errorMix: readonly (readonly [string, number])[];
}

const COMMON_ERRORS: readonly (readonly [string, number])[] = [
  ['sigterm', 3], ['maxtime', 2], ['looping', 1], ['oom', 2], ['maxmem', 1], ['xrd_open', 2], ['xrdcp', 1], ['stagein', 1],
  ['service', 1], ['lost_heartbeat', 1], ['exe_fail', 2], ['preempt', 1],
];

export const QUEUES: readonly QueueSpec[] = [
  { queue: 'BNL_PanDA_1', site: 'BNL', status: 'online', share: 3, health: 'normal', errorMix: COMMON_ERRORS },
  { queue: 'BNL_OSG_PanDA_1', site: 'BNL_OSG', status: 'online', share: 2, health: 'normal', errorMix: [...COMMON_ERRORS, ['not_valid_uri', 2]] },
  { queue: 'BNL_EPIC_PROD_1', site: 'BNL', status: 'online', share: 4, health: 'normal', errorMix: COMMON_ERRORS },
  { queue: 'BNL_OSG_EPIC_PROD_1', site: 'BNL_OSG', status: 'online', share: 3, health: 'normal', errorMix: [...COMMON_ERRORS, ['checksum', 6], ['not_valid_uri', 2]] },
  { queue: 'BNL_ePIC_GOOGLE', site: 'BNL_ePIC_GOOGLE', status: 'online', share: 2, health: 'alarm', errorMix: [['backoff', 10], ['node_shutdown', 4], ['checksum', 3], ['sigterm', 1]] },
  { queue: 'UM_GREX_PanDA_1', site: 'UM_GREX', status: 'online', share: 2, health: 'attention', errorMix: [['checksum', 8], ['cannot_auth', 3], ['apptainer', 2], ['preempt', 2], ['xrdcp', 1]] },
  { queue: 'NERSC_Perlmutter_epic', site: 'NERSC', status: 'online', share: 2, health: 'normal', errorMix: [['maxtime', 3], ['preempt', 3], ['apptainer', 1], ['sigterm', 1], ['oom', 1]] },
  { queue: 'NERSC_Perlmutter_epic_test', site: 'NERSC', status: 'brokeroff', share: 0, health: 'normal', errorMix: COMMON_ERRORS },
  { queue: 'NERSC_Perlmutter_epic_gpu_test', site: 'NERSC', status: 'offline', share: 0, health: 'normal', errorMix: COMMON_ERRORS },
  { queue: 'NERSC_Perlmutter_epic_dev', site: 'NERSC', status: 'brokeroff', share: 0, health: 'normal', errorMix: COMMON_ERRORS },
  { queue: 'BNL_PanDA_test', site: 'BNL', status: 'online', share: 0, health: 'normal', errorMix: COMMON_ERRORS },
  { queue: 'BNL_OSG_PanDA_CI', site: 'BNL_OSG', status: 'online', share: 0, health: 'normal', errorMix: COMMON_ERRORS },
];

export const ALARM_QUEUE = 'BNL_ePIC_GOOGLE';
export const ATTENTION_QUEUE = 'UM_GREX_PanDA_1';

/** One failure signature: the primary error pair plus what else the job records. */
export interface ErrorSignature {
  key: string;
  component: ErrorComponent;
  code: number;
  name: string;
  diag: string;
  layer: string;
  description: string;
  transExitCode?: number;
}

export const ERROR_SIGNATURES: readonly ErrorSignature[] = [
  { key: 'stagein', component: 'pilot', code: 1099, name: 'STAGEINFAILED', diag: 'Failed to stage-in file: root://dtn-eic.jlab.org//volatile/eic/EPIC/EVGEN input not found', layer: 'storage', description: 'Failed to stage in an input file' },
  { key: 'not_valid_uri', component: 'pilot', code: 1137, name: 'STAGEOUTFAILED', diag: 'Failed to stage-out file: s3://eic-prod/output is not a valid URI (expected https)', layer: 'software', description: 'Stage-out failed' },
  { key: 'checksum', component: 'pilot', code: 1137, name: 'STAGEOUTFAILED', diag: 'Could not get the checksum of the output file', layer: 'storage', description: 'Stage-out failed' },
  { key: 'cannot_auth', component: 'pilot', code: 1152, name: 'STAGEOUTTIMEOUT', diag: 'Stage-out timed out: CannotAuthenticate (Rucio client pointed at the wrong server)', layer: 'data_management', description: 'Stage-out timed out' },
  { key: 'looping', component: 'pilot', code: 1150, name: 'LOOPINGJOB', diag: 'Looping job killed by pilot: no output written for 7200 s', layer: 'payload', description: 'Payload stopped writing output' },
  { key: 'sigterm', component: 'pilot', code: 1201, name: 'SIGTERM', diag: 'Job killed by signal: SIGTERM', layer: 'compute', description: 'Killed by SIGTERM' },
  { key: 'node_shutdown', component: 'pilot', code: 1200, name: 'KILLSIGNAL', diag: 'Job killed due to imminent node shutdown', layer: 'compute', description: 'Killed by signal' },
  { key: 'oom', component: 'pilot', code: 1212, name: 'PAYLOADOUTOFMEMORY', diag: 'Payload ran out of memory', layer: 'payload', description: 'Payload out of memory' },
  { key: 'maxmem', component: 'pilot', code: 1235, name: 'PAYLOADEXCEEDMAXMEM', diag: 'Payload exceeded maximum allowed memory (2000 MB/core)', layer: 'payload', description: 'Payload exceeded max memory' },
  { key: 'maxtime', component: 'pilot', code: 1213, name: 'REACHEDMAXTIME', diag: 'Reached batch system time limit', layer: 'compute', description: 'Batch time limit reached' },
  { key: 'apptainer', component: 'pilot', code: 1305, name: 'PAYLOADEXECUTIONFAILURE', diag: 'unable to guess what apptainer container to use', layer: 'software', description: 'Payload execution failure' },
  { key: 'service', component: 'pilot', code: 1324, name: 'SERVICENOTAVAILABLE', diag: 'Remote service not available: Rucio server returned 503', layer: 'network', description: 'Remote service down' },
  { key: 'xrd_open', component: 'pilot', code: 1361, name: 'REMOTEFILECOULDNOTBEOPENED', diag: 'Remote file could not be opened: [ERROR] Server responded with an error: [3010] Unable to open file', layer: 'storage', description: 'XRootD open failed' },
  { key: 'xrdcp', component: 'pilot', code: 1362, name: 'XRDCPERROR', diag: 'xrdcp failed: [ERROR] Operation expired', layer: 'network', description: 'XRootD copy error' },
  { key: 'preempt', component: 'pilot', code: 1379, name: 'PREEMPTION', diag: 'Job was preempted', layer: 'compute', description: 'Job pre-empted' },
  { key: 'backoff', component: 'sup', code: 9000, name: 'BACKOFFLIMITEXCEEDED', diag: 'BackoffLimitExceeded: retry limit reached', layer: 'compute', description: 'Kubernetes job exceeded its backoff limit' },
  { key: 'lost_heartbeat', component: 'jobdispatcher', code: 100, name: 'LOSTHEARTBEAT', diag: 'lost heartbeat', layer: 'compute', description: 'Pilot heartbeat lost' },
  { key: 'exe_fail', component: 'exe', code: 65, name: 'PAYLOADFAILED', diag: 'Non-zero return code from eicrecon (65)', layer: 'payload', description: 'Payload returned non-zero', transExitCode: 65 },
  { key: 'rse_checksum', component: 'ddm', code: 200, name: 'RSECHECKSUMUNAVAILABLE', diag: 'RSEChecksumUnavailable: HTTP 500 (RSE checksum unavailable: Timer expired) at ASGC-XRD', layer: 'storage', description: 'Remote checksum unavailable at the destination RSE' },
  { key: 'operator_kill', component: 'taskbuffer', code: 100, name: 'KILLEDBYUSER', diag: 'kill by bob', layer: 'operator', description: 'Killed by a user or operator' },
  { key: 'closed', component: 'taskbuffer', code: 102, name: 'TASKENDED', diag: 'closed by JEDI: task ended before the job ran', layer: 'operator', description: 'Terminated by the system' },
];

export const SIGNATURE_BY_KEY = new Map(ERROR_SIGNATURES.map((s) => [s.key, s]));

export const RSES = [
  { name: 'BNL-XRD', site: 'BNL', xrootd: 'root://dcgftp.usatlas.bnl.gov:1094//pnfs/usatlas.bnl.gov/eic', total: 2_000_000_000_000_000 },
  { name: 'EIC-XRD', site: 'JLAB', xrootd: 'root://dtn-eic.jlab.org:1094//volatile/eic/EPIC', total: 1_500_000_000_000_000 },
  { name: 'EIC-XRD-LOG', site: 'JLAB', xrootd: 'root://dtn-eic.jlab.org:1094//volatile/eic/EPIC/LOG', total: 100_000_000_000_000 },
  { name: 'ASGC-XRD', site: 'ASGC', xrootd: 'root://eos.grid.sinica.edu.tw:1094//eos/eic', total: 500_000_000_000_000 },
  { name: 'JLAB-XRD', site: 'JLAB', xrootd: 'root://dtn-eic.jlab.org:1094//work/eic2/EPIC', total: 800_000_000_000_000 },
] as const;
