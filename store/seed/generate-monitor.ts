import {
  agentHeartbeat, namespace, run, runState, stfFile, systemAgent, systemStateEvent, tfFile, tfSlice, worker, workflowDefinition, workflowExecution,
  workflowMessage,
} from '../schema/monitor.ts';
import { addHours, daysBefore, hoursBefore, insertBatched, type SeedContext } from './context.ts';

export interface MonitorResult { nextRunNumber: number; nextAgentId: number; nextExecutionId: number }

const NAMESPACES = [
  { name: 'prodops', owner: 'epicprod', description: 'Production-ops agent singleton' },
  { name: 'canary', owner: 'epicprod', description: 'Site-canary agent' },
  { name: 'alice-dev', owner: 'alice', description: 'Personal testbed namespace' },
  { name: 'epic-fastmon-dev', owner: 'erin', description: 'Shared fast-monitoring team namespace' },
] as const;

type AgentHealth = 'healthy' | 'stale' | 'exited';
const AGENTS: readonly { type: 'daqsim' | 'data' | 'processing' | 'fastmon' | 'workflow_runner' | 'monitor'; user: string; ns: string; health: AgentHealth }[] = [
  { type: 'daqsim', user: 'alice', ns: 'alice-dev', health: 'healthy' },
  { type: 'data', user: 'alice', ns: 'alice-dev', health: 'healthy' },
  { type: 'processing', user: 'alice', ns: 'alice-dev', health: 'stale' },
  { type: 'fastmon', user: 'erin', ns: 'epic-fastmon-dev', health: 'healthy' },
  { type: 'workflow_runner', user: 'erin', ns: 'epic-fastmon-dev', health: 'healthy' },
  { type: 'data', user: 'erin', ns: 'epic-fastmon-dev', health: 'exited' },
  { type: 'monitor', user: 'dave', ns: 'canary', health: 'stale' },
  { type: 'processing', user: 'bob', ns: 'alice-dev', health: 'exited' },
];

/** Agents (healthy, STALE = old heartbeat but not EXITED, EXITED), runs, STF/TF files, slices, workflows, messages. */
export async function generateMonitor(ctx: SeedContext): Promise<MonitorResult> {
  const rng = ctx.rng.fork('monitor');
  const anchor = ctx.anchor;
  await ctx.db.insert(namespace).values(NAMESPACES.map((n, i) => ({ ...n, metadata: {}, createdAt: daysBefore(anchor, 200 - i * 10) })));

  let agentId = 11;
  const agentRows: (typeof systemAgent.$inferInsert)[] = [];
  const heartbeatAt = (h: AgentHealth) => (h === 'healthy' ? new Date(anchor.getTime() - rng.int(10, 170) * 1000) : h === 'stale' ? hoursBefore(anchor, rng.float(0.2, 3)) : daysBefore(anchor, rng.float(1, 6)));
  const opsBeat = new Date(anchor.getTime() - 45_000);
  agentRows.push({
    instanceName: 'epicprod-ops-agent', agentType: 'PRODOPS', status: 'OK', operationalState: 'READY', lastHeartbeat: opsBeat, agentUrl: '',
    workflowEnabled: false, pid: 41877, hostname: 'epicprod-ops.sdcc.bnl.gov', namespace: 'prodops', metadata: { unit: 'epicprod-ops-agent', queue: '/queue/epicprod.ops', max_workers: 4 },
    createdAt: daysBefore(anchor, 30), updatedAt: opsBeat,
  });
  for (const a of AGENTS) {
    const id = agentId++;
    const hb = heartbeatAt(a.health);
    agentRows.push({
      instanceName: `${a.type}-agent-${a.user}-${id}`, agentType: a.type, status: a.health === 'exited' ? 'EXITED' : a.health === 'stale' ? 'WARNING' : 'OK',
      operationalState: a.health === 'exited' ? 'EXITED' : a.type === 'processing' || a.type === 'fastmon' ? 'PROCESSING' : 'READY',
      lastHeartbeat: hb, agentUrl: '', workflowEnabled: true, pid: rng.int(2000, 60000), hostname: `pandaserver0${rng.int(1, 3)}.sdcc.bnl.gov`, namespace: a.ns,
      metadata: { manager: `agent-manager-${a.user}` }, currentStfCount: a.health === 'healthy' ? rng.int(0, 3) : 0, totalStfProcessed: rng.int(20, 400),
      lastStfProcessed: `swf.100012.${String(rng.int(1, 40)).padStart(6, '0')}.stf`, createdAt: daysBefore(anchor, rng.float(7, 40)), updatedAt: hb,
    });
  }
  const agents = await ctx.db.insert(systemAgent).values(agentRows).returning({ id: systemAgent.id, name: systemAgent.instanceName, hb: systemAgent.lastHeartbeat, status: systemAgent.status, state: systemAgent.operationalState });
  const beats: (typeof agentHeartbeat.$inferInsert)[] = [];
  for (const a of agents) {
    for (let i = 0; i < 20; i++) {
      beats.push({ agentId: a.id, at: new Date(a.hb!.getTime() - i * 30_000), status: a.status === 'EXITED' && i > 0 ? 'OK' : a.status, operationalState: a.state === 'EXITED' && i > 0 ? 'READY' : a.state });
    }
  }
  await insertBatched(ctx.db, agentHeartbeat, beats);
  const runs = await generateRuns(ctx);
  const executions = await generateWorkflows(ctx, runs);
  return { nextRunNumber: runs[runs.length - 1]! + 1, nextAgentId: agentId, nextExecutionId: executions + 1 };
}

async function generateRuns(ctx: SeedContext): Promise<number[]> {
  const rng = ctx.rng.fork('runs');
  const numbers = [100010, 100011, 100012, 100013];
  for (const [i, n] of numbers.entries()) {
    const start = daysBefore(ctx.anchor, 6 - i * 1.5);
    const ongoing = i === numbers.length - 1;
    const end = ongoing ? null : addHours(start, 0.5);
    await ctx.db.insert(run).values({ runNumber: n, startTime: start, endTime: end, runConditions: { beam: '10x100', stf_interval: 2.2, config: 'fast_processing_default' } });
    const stfs = i === 1 ? 6 : 3;
    await ctx.db.insert(runState).values({
      runNumber: n, phase: ongoing ? 'running' : 'ended', state: ongoing ? 'run' : 'no_beam', substate: ongoing ? 'physics' : 'not_ready',
      targetWorkerCount: 4, activeWorkerCount: ongoing ? 4 : 0, stfSamplesReceived: stfs, slicesCreated: stfs * 15,
      slicesQueued: ongoing ? 5 : 0, slicesProcessing: ongoing ? 4 : 0, slicesCompleted: stfs * 15 - (ongoing ? 11 : 1), slicesFailed: ongoing ? 2 : 1, stateChangedAt: end ?? addHours(start, 0.1),
    });
    if (i === 1) {
      const seq: [string, string, string][] = [['no_beam', 'not_ready', 'state_change'], ['beam', 'not_ready', 'run_imminent'], ['beam', 'ready', 'state_change'], ['run', 'physics', 'start_run'], ['run', 'standby', 'pause_run'], ['run', 'physics', 'resume_run'], ['beam', 'not_ready', 'end_run'], ['no_beam', 'not_ready', 'state_change']];
      await ctx.db.insert(systemStateEvent).values(seq.map(([state, substate, eventType], k) => ({ timestamp: new Date(start.getTime() + k * 240_000), runNumber: n, eventType, state, substate, eventData: { simulation_tick: k } })));
    }
    for (let s = 1; s <= stfs; s++) {
      const at = new Date(start.getTime() + s * 2200);
      const fileId = rng.uuid();
      const stfName = `swf.${n}.${String(s).padStart(6, '0')}.stf`;
      const done = !ongoing || s < stfs;
      await ctx.db.insert(stfFile).values({ fileId, runNumber: n, machineState: 'physics', stfFilename: stfName, fileSizeBytes: rng.int(900_000_000, 1_100_000_000), checksum: rng.hex(8), status: done ? 'done' : 'processing', daqState: 'run', daqSubstate: 'physics', tfCount: 66, metadata: { events: 45_000 }, createdAt: at });
      const tfId = rng.uuid();
      const tfName = `swf.${n}.${String(s).padStart(6, '0')}_slice_000.tf`;
      await ctx.db.insert(tfFile).values({ tfFileId: tfId, stfFileId: fileId, tfFilename: tfName, fileSizeBytes: rng.int(50_000_000, 80_000_000), checksum: rng.hex(8), status: done ? 'processed' : 'processing', tfCount: 66, tfFirst: 0, tfLast: 65, metadata: {}, createdAt: at });
      await ctx.db.insert(tfSlice).values(Array.from({ length: 15 }, (_, k) => {
        const first = Math.floor((k * 66) / 15);
        const last = Math.floor(((k + 1) * 66) / 15) - 1;
        const status = done ? (rng.chance(0.03) ? 'failed' as const : 'completed' as const) : rng.pick(['queued', 'processing', 'completed'] as const);
        const assigned = status === 'queued' ? null : new Date(at.getTime() + 5000 + k * 1000);
        return {
          tfFileId: tfId, sliceId: k + 1, tfFirst: first, tfLast: last, tfCount: last - first + 1, runNumber: n, status, retries: status === 'failed' ? 3 : 0,
          assignedWorker: assigned ? `worker-${n}-${(k % 4) + 1}` : null, assignedAt: assigned, completedAt: status === 'completed' ? new Date(at.getTime() + 35_000 + k * 1000) : null,
        };
      }));
    }
    await ctx.db.insert(worker).values(Array.from({ length: 4 }, (_, w) => ({
      workerId: `worker-${n}-${w + 1}`, runNumber: n, pandaJob: 2_400_000 + n * 10 + w, location: 'BNL_PanDA_1', currentSliceId: ongoing ? w + 1 : null,
      tfFilename: null, slicesCompleted: rng.int(5, 20), status: ongoing ? 'running' : 'ended', lastHeartbeat: ongoing ? new Date(ctx.anchor.getTime() - 20_000) : end,
      startedAt: addHours(start, -0.05), endedAt: end,
    })));
  }
  return numbers;
}

const TESTBED_TYPES = ['run_imminent', 'start_run', 'stf_gen', 'stf_ready', 'tf_file_registered', 'pause_run', 'resume_run', 'end_run'] as const;

async function generateWorkflows(ctx: SeedContext, runs: number[]): Promise<number> {
  const rng = ctx.rng.fork('workflows');
  const defs = await ctx.db.insert(workflowDefinition).values([
    { workflowName: 'stf_datataking', version: '1.0', workflowType: 'simulation', definition: '# SimPy data-taking workflow\n', parameterValues: { stf_count: 5, stf_interval: 2.2, duration: 60 }, createdBy: 'alice', createdAt: daysBefore(ctx.anchor, 60) },
    { workflowName: 'stf_processing', version: '1.0', workflowType: 'simulation', definition: '# SimPy processing workflow\n', parameterValues: { stf_count: 5, realtime: true }, createdBy: 'erin', createdAt: daysBefore(ctx.anchor, 55) },
  ]).returning({ id: workflowDefinition.id, name: workflowDefinition.workflowName });
  let counter = 40;
  const messages: (typeof workflowMessage.$inferInsert)[] = [];
  for (const [i, n] of runs.entries()) {
    const def = defs[i % 2]!;
    const user = i % 2 === 0 ? 'alice' : 'erin';
    counter++;
    const executionId = `${def.name}-${user}-${String(counter).padStart(4, '0')}`;
    const start = daysBefore(ctx.anchor, 6 - i * 1.5);
    const ongoing = i === runs.length - 1;
    await ctx.db.insert(workflowExecution).values({
      executionId, workflowDefinitionId: def.id, namespace: user === 'alice' ? 'alice-dev' : 'epic-fastmon-dev', parameterValues: { stf_count: 5 },
      performanceMetrics: ongoing ? {} : { stfs: 5, seconds: 1740 }, status: ongoing ? 'running' : i === 2 ? 'failed' : 'completed', startTime: start,
      endTime: ongoing ? null : addHours(start, 0.5), executedBy: user, runNumber: n,
    });
    TESTBED_TYPES.forEach((type, k) => {
      if (ongoing && (type === 'end_run' || type === 'resume_run' || type === 'pause_run')) return;
      const sent = new Date(start.getTime() + k * 200_000);
      messages.push({
        messageId: rng.uuid(), messageType: type, requestId: null, senderAgent: `daqsim-agent-${user}-11`, senderType: 'daqsim', recipientAgent: '', recipientType: '',
        namespace: user === 'alice' ? 'alice-dev' : 'epic-fastmon-dev', executionId, runNumber: n,
        messageContent: { msg_type: type, execution_id: executionId, run_id: n, state: 'run', substate: 'physics', sequence: k, simulation_tick: k },
        messageMetadata: {}, sentAt: sent, deliveredAt: new Date(sent.getTime() + 40), acknowledgedAt: null, isSuccessful: true, errorMessage: '',
        queueName: '/topic/epictopic', correlationId: null,
      });
    });
  }
  await insertBatched(ctx.db, workflowMessage, messages);
  return counter;
}
