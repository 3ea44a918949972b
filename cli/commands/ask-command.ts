import os from 'node:os';
import { parseArgs } from 'node:util';
import { buildAssistant, newThreadKey, type ModelChoice } from '../build-assistant.ts';
import { loadHarnessConfig } from '../config/harness-config.ts';
import { processEnv } from '../config/process-env.ts';
import { ensureDemoData } from '../ensure-demo-data.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import { UsageError } from '../usage-error.ts';
import type { CommandIo } from '../command.ts';

/** `epic-assistant ask "question"`: one answer on stdout (markdown, or the full trace with --json). */
export async function askCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, model: { type: 'string' }, user: { type: 'string' }, thread: { type: 'string' } },
    strict: true,
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new UsageError('give the question as an argument, e.g. epic-assistant ask "why did task 38511 fail?"');
  if (values.model !== undefined && values.model !== 'offline' && values.model !== 'anthropic') throw new UsageError("--model must be 'offline' or 'anthropic'");
  const config = loadHarnessConfig(processEnv(), process.cwd());
  const store = await openMigratedStore(config.store);
  const username = values.user ?? os.userInfo().username;
  try {
    await ensureDemoData(store, io);
    const { assistant, close } = await buildAssistant(store, config, values.model as ModelChoice | undefined, username);
    try {
      const result = await assistant.ask({ thread: { surface: 'cli', threadKey: values.thread ?? newThreadKey(), startedBy: username }, username, text: question });
      if (values.json) {
        io.out(JSON.stringify({
          answer: result.answer,
          markdown: result.markdown,
          status: result.status,
          provider: result.provider,
          model: result.model,
          tools: result.toolOutcomes.map((o) => ({ round: o.round, name: o.name, arguments: o.arguments, is_error: o.isError, evidence_id: o.evidenceId ?? null, duration_ms: Math.round(o.durationMs) })),
          evidence_ids: result.citations.map((c) => c.evidenceId),
          citations: result.citations,
          grounding: result.grounding,
          tokens: { input: result.usage.inputTokens, output: result.usage.outputTokens, cache_read: result.usage.cacheReadTokens, cache_write: result.usage.cacheWriteTokens },
          cost_usd: result.usage.costUsd,
          latency_ms: Math.round(result.latencyMs),
          turn_id: result.turnId,
          conversation_id: result.conversationId,
        }, null, 2));
      } else {
        io.out(result.markdown);
      }
      return result.status === 'failed' ? 1 : 0;
    } finally {
      await close();
    }
  } finally {
    await store.close();
  }
}
