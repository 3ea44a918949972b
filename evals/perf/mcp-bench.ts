/**
 * MCP toolset benchmark: every tool is called N times in-process through the real MCP client
 * (protocol + validation + shaping + evidence) and N times "direct" (the tool's service calls —
 * its SQL — without protocol, shaping or evidence). Reports p50/p99, the ratio tool p50 / direct
 * p50, and the text size of results. Targets: p99 ≤ 25 ms, ratio ≤ 1.5, median text ≤ 2 KB.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/epic_large npx tsx evals/perf/mcp-bench.ts [iterations]
 *   npx tsx evals/perf/mcp-bench.ts            # in-memory PGlite seeded at demo scale
 */
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Store } from '../../store/db/database.ts';
import { rowsOf } from '../../store/services/counters.ts';
import { openBenchStore } from './bench-store.ts';
import { TOOLS } from '../../mcp/registry.ts';
import { connectInProcess } from '../../mcp/transports/in-process.ts';
import type { ToolContext } from '../../mcp/shape/tool-definition.ts';
import { latencyStats, timeIt } from './latency-stats.ts';

export interface McpBenchOptions {
  databaseUrl?: string;
  iterations?: number;
  onProgress?: (message: string) => void;
}

export interface ToolTiming {
  tool: string;
  p50: number;
  p99: number;
  directP50: number;
  ratio: number;
  textChars: number;
  isError: boolean;
}

async function one<T>(store: Store, query: ReturnType<typeof sql>): Promise<T | undefined> {
  return rowsOf<T>(await store.db.execute(query))[0];
}

/** Realistic arguments drawn from whatever data the store holds (busiest task, a failed job, …). */
async function benchArgs(store: Store): Promise<Record<string, Record<string, unknown>>> {
  const task = await one<{ id: number; campaign: string; site: string }>(store, sql`select jedi_task_id::float8 as id, campaign, site from panda_task order by n_files_total desc limit 1`);
  const job = await one<{ id: number }>(store, sql`select panda_id::float8 as id from panda_job where jedi_task_id = ${task?.id ?? 0} and job_status = 'failed' limit 1`);
  const dataset = await one<{ composed: string; did: string }>(store, sql`select composed_name as composed, did from pcs_dataset where did in (select scope || ':' || name from rucio_dataset) limit 1`);
  const prodTask = await one<{ name: string }>(store, sql`select name from pcs_prod_task order by id limit 1`);
  const tag = await one<{ a: string; b: string }>(store, sql`select min(tag_label) as a, max(tag_label) as b from pcs_tag where tag_type = 'r'`);
  const agent = await one<{ name: string }>(store, sql`select instance_name as name from swf_system_agent limit 1`);
  const run = await one<{ n: number }>(store, sql`select max(run_number) as n from swf_run`);
  const execution = await one<{ id: string }>(store, sql`select execution_id as id from swf_workflow_execution limit 1`);
  const config = await one<{ name: string }>(store, sql`select name from pcs_prod_config limit 1`);
  const request = await one<{ id: number }>(store, sql`select id from pcs_prod_request limit 1`);
  const log = await one<{ id: number }>(store, sql`select max(id)::int as id from swf_app_log`);
  const artifact = await one<{ slug: string }>(store, sql`select slug from artifact_page limit 1`);
  const proposal = await one<{ ref: string }>(store, sql`select prefix || '-' || id as ref from ai_proposal limit 1`);
  const queue = await one<{ name: string }>(store, sql`select queue_name as name from panda_queue limit 1`);
  return {
    'get-system-state': {}, 'list-tool-catalog': { domain: 'panda' },
    'list-panda-tasks': { campaign: task?.campaign }, 'get-panda-task': { jedi_task_id: task?.id }, 'list-jobs': { jedi_task_id: task?.id },
    'get-job': { panda_id: job?.id }, 'diagnose-failed-jobs': { jedi_task_id: task?.id }, 'error-summary': { window_hours: 240 },
    'site-health': { window_hours: 24 }, 'list-queues': {}, 'get-queue': { queue: queue?.name }, 'panda-activity': {}, 'resource-usage': { days: 30 },
    'harvester-workers': { hours: 24 }, 'list-tags': { tag_type: 'p' }, 'get-tag': { tag_label: tag?.a }, 'search-tags': { query: 'DIS' },
    'diff-tags': { left: tag?.a, right: tag?.b }, 'list-datasets': {}, 'get-dataset': { name: dataset?.composed }, 'data-provenance': { did_or_path: dataset?.did },
    'list-prod-configs': {}, 'get-prod-config': { name: config?.name }, 'list-campaigns': {}, 'campaign-status': {}, 'list-requests': {},
    'get-request': { request_id: request?.id }, 'list-prod-tasks': {}, 'get-prod-task': { name: prodTask?.name }, 'prodtask-artifact': { name: prodTask?.name, fmt: 'jedi' },
    'parse-name': { name: dataset?.did }, 'list-rucio-datasets': {}, 'get-rucio-dataset': { did: dataset?.did }, 'list-rucio-files': { did: dataset?.did },
    'list-replicas': { did: dataset?.did }, 'list-rules': {}, 'list-rses': {}, 'list-agents': {}, 'get-agent': { name: agent?.name }, 'list-namespaces': {},
    'list-runs': {}, 'get-run': { run_number: run?.n }, 'list-stf-files': { run_number: run?.n }, 'list-tf-slices': { run_number: run?.n },
    'list-workflow-executions': { window_hours: 24 * 365 }, 'get-workflow-execution': { execution_id: execution?.id }, 'list-workflow-definitions': {},
    'list-messages': { window_hours: 24 }, 'list-actions': {}, 'get-log-entry': { log_id: log?.id }, 'list-logs': {}, 'list-reports': {},
    'get-artifact': { slug: artifact?.slug }, 'list-alarms': { state: 'all' }, 'list-proposals': {}, 'get-proposal': { ref: proposal?.ref ?? 'ap-1' },
    'query-sql': { sql: 'select status, count(*) from panda_task group by 1' },
  };
}

export async function run(options: McpBenchOptions = {}) {
  const iterations = options.iterations ?? 50;
  options.onProgress?.(options.databaseUrl ? `opening ${options.databaseUrl}` : 'seeding demo data into in-memory PGlite…');
  const store = await openBenchStore(options.databaseUrl);
  const label = options.databaseUrl ? store.location : 'PGlite in memory, demo seed';
  const [anchor] = rowsOf<{ at: Date | null }>(await store.db.execute(sql`select max(modification_time) as at from panda_task`));
  const now = anchor?.at ? new Date(anchor.at) : new Date();
  const connection = await connectInProcess({ store, baseUrl: 'http://bench', allowProposals: false, now: () => now });
  const context: ToolContext = { store, baseUrl: 'http://bench', now: () => now, principal: 'bench', allowProposals: false };
  const argsByTool = await benchArgs(store);
  const timings: ToolTiming[] = [];
  try {
    for (const tool of TOOLS.filter((t) => !t.needsProposals)) {
      const args = argsByTool[tool.name] ?? {};
      const parsed = tool.input.parse(args);
      const first = await connection.client.callTool({ name: tool.name, arguments: args });
      const text = (first.content as { type: string; text?: string }[]).map((c) => c.text ?? '').join('');
      const viaMcp = latencyStats(await timeIt(() => connection.client.callTool({ name: tool.name, arguments: args }), iterations));
      const direct = latencyStats(await timeIt(() => tool.run(context, parsed).catch(() => undefined), iterations));
      timings.push({
        tool: tool.name, p50: viaMcp.p50, p99: viaMcp.p99, directP50: direct.p50,
        ratio: Math.round((viaMcp.p50 / Math.max(direct.p50, 0.001)) * 100) / 100, textChars: text.length, isError: Boolean(first.isError),
      });
      options.onProgress?.(`${tool.name}: p50 ${viaMcp.p50} ms, p99 ${viaMcp.p99} ms, direct ${direct.p50} ms, text ${text.length} chars`);
    }
  } finally {
    await connection.close();
    await store.close();
  }
  const sizes = timings.map((t) => t.textChars).sort((a, b) => a - b);
  return {
    database: label,
    iterations,
    medianTextChars: sizes[Math.floor(sizes.length / 2)] ?? 0,
    overP99Target: timings.filter((t) => t.p99 > 25).map((t) => t.tool),
    overRatioTarget: timings.filter((t) => t.ratio > 1.5).map((t) => t.tool),
    timings,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const iterations = Number(process.argv[2] ?? 50);
  run({ databaseUrl: process.env.DATABASE_URL || undefined, iterations, onProgress: (m) => process.stderr.write(`${m}\n`) })
    .then((report) => {
      process.stdout.write(`${JSON.stringify({ ...report, timings: undefined }, null, 2)}\n`);
      process.stdout.write('tool | p50 ms | p99 ms | direct p50 | ratio | text chars\n');
      for (const t of report.timings) process.stdout.write(`${t.tool} | ${t.p50} | ${t.p99} | ${t.directP50} | ${t.ratio} | ${t.textChars}${t.isError ? ' (isError)' : ''}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
