import { createAssistant } from '../../harness/assistant.ts';
import type { ModelProvider } from '../../harness/model/model-provider.ts';
import { createOfflineProvider } from '../../harness/providers/offline/offline-provider.ts';
import { createScriptedProvider } from '../../harness/providers/scripted-provider.ts';
import { mcpToolGateway, type ToolGateway } from '../../harness/tools/tool-gateway.ts';
import { runTurn } from '../../harness/turn/run-turn.ts';
import { defaultTurnBudget } from '../../harness/turn/turn-budget.ts';
import { connectInProcess } from '../../mcp/transports/in-process.ts';
import type { Store } from '../../store/db/database.ts';
import { readSeedSummary } from '../../store/db/reset-store.ts';
import type { SeedSummary } from '../../store/seed/index.ts';
import { latencyStats, type LatencyStats } from './latency-stats.ts';
import { openBenchStore } from './bench-store.ts';

export interface HarnessBenchResult {
  /** Turn wall time minus time inside the model and inside tool calls (scripted model, real MCP tools). */
  overheadPerTurnMs: LatencyStats;
  /** The same, through assistant.ask (adds thread state and audit writes in the store). */
  askOverheadMs: LatencyStats;
  /** Offline model, question to answer, real tools on the seeded store. */
  offlineAnswerMs: LatencyStats;
  questions: number;
}

/** Wraps a provider so the time spent inside it is accumulated. */
function timedProvider(inner: ModelProvider, clock: { ms: number }): ModelProvider {
  return {
    name: inner.name,
    model: inner.model,
    async *stream(request) {
      let started = performance.now();
      for await (const event of inner.stream(request)) {
        clock.ms += performance.now() - started;
        yield event;
        started = performance.now();
      }
      clock.ms += performance.now() - started;
    },
  };
}

/** Accumulates the wall time during which at least one tool call is running (parallel calls overlap). */
function timedGateway(inner: ToolGateway, clock: { ms: number }): ToolGateway {
  let active = 0;
  let since = 0;
  return {
    list: () => inner.list(),
    async call(name, args, signal) {
      if (active === 0) since = performance.now();
      active += 1;
      try {
        return await inner.call(name, args, signal);
      } finally {
        active -= 1;
        if (active === 0) clock.ms += performance.now() - since;
      }
    },
  };
}

function questionsFrom(truth: SeedSummary): string[] {
  return [
    `Why did task ${truth.taskWithMostFailedJobs.jediTaskId} fail?`,
    `What is the status of task ${truth.try2Task.jediTaskId}?`,
    `How is ${truth.sites.alarm.site} doing this week?`,
    'Which sites are unhealthy this week?',
    'What are the top errors this week?',
    'Which tasks are stuck or exhausted?',
    'What is the status of the current campaign?',
    'Which campaigns are producing?',
    `Where is ${truth.twoBlockDataset.dids[0]} stored?`,
    `Where are the EVGEN input files for ${truth.twoBlockDataset.composedName}?`,
    'Which datasets exist for DIS NC 18x275?',
    'Are the agents healthy?',
    'Did the nightly sync run?',
    'Which proposals are pending?',
    'Are there active alarms?',
    'Show the latest testbed runs',
  ];
}

export async function run(options: { store: Store; iterations?: number }): Promise<HarnessBenchResult> {
  const { store } = options;
  const iterations = options.iterations ?? 100;
  const truth = (await readSeedSummary(store)) as unknown as SeedSummary;
  const anchor = new Date(truth.anchor);
  const connection = await connectInProcess({ store, baseUrl: 'http://localhost:8080', allowProposals: false, now: () => anchor });
  try {
    const gateway = mcpToolGateway(connection.client);
    const tools = await gateway.list();
    const taskId = truth.taskWithMostFailedJobs.jediTaskId;
    const script = () =>
      createScriptedProvider([
        { toolCalls: [{ name: 'get-panda-task', input: { jedi_task_id: taskId } }, { name: 'site-health', input: { window_hours: 168 } }] },
        { text: `Task ${taskId} is the one with the most failed jobs.` },
      ]);

    const overhead: number[] = [];
    for (let i = 0; i < iterations + 5; i += 1) {
      const model = { ms: 0 };
      const tool = { ms: 0 };
      const started = performance.now();
      await runTurn({ provider: timedProvider(script(), model), gateway: timedGateway(gateway, tool), tools, system: 's', history: [], userText: `why did task ${taskId} fail?`, budget: defaultTurnBudget() });
      if (i >= 5) overhead.push(performance.now() - started - model.ms - tool.ms);
    }

    const askOverhead: number[] = [];
    for (let i = 0; i < Math.min(iterations, 50) + 3; i += 1) {
      const model = { ms: 0 };
      const tool = { ms: 0 };
      const assistant = createAssistant({ store, gateway: timedGateway(gateway, tool), provider: timedProvider(script(), model), selection: 'all', budget: defaultTurnBudget(), baseUrl: 'http://localhost:8080', now: () => anchor });
      const started = performance.now();
      await assistant.ask({ thread: { surface: 'eval', threadKey: `bench-ask-${i}`, startedBy: 'bench' }, username: 'bench', text: `why did task ${taskId} fail?` });
      if (i >= 3) askOverhead.push(performance.now() - started - model.ms - tool.ms);
    }

    const offline = createAssistant({ store, gateway, provider: createOfflineProvider({ baseUrl: 'http://localhost:8080' }), selection: 'all', budget: defaultTurnBudget(), baseUrl: 'http://localhost:8080', now: () => anchor });
    const questions = questionsFrom(truth);
    const offlineTimes: number[] = [];
    const rounds = Math.max(2, Math.round(iterations / 20));
    for (let round = 0; round < rounds + 1; round += 1) {
      for (const [index, question] of questions.entries()) {
        const started = performance.now();
        await offline.ask({ thread: { surface: 'eval', threadKey: `bench-offline-${round}-${index}`, startedBy: 'bench' }, username: 'bench', text: question });
        if (round > 0) offlineTimes.push(performance.now() - started);
      }
    }
    return { overheadPerTurnMs: latencyStats(overhead), askOverheadMs: latencyStats(askOverhead), offlineAnswerMs: latencyStats(offlineTimes), questions: questions.length };
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const store = await openBenchStore(process.env.DATABASE_URL);
  try {
    console.log(JSON.stringify(await run({ store, iterations: Number(process.argv[2] ?? 100) }), null, 2));
  } finally {
    await store.close();
  }
}
