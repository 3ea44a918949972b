import os from 'node:os';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { buildAssistant, newThreadKey, type ModelChoice } from '../build-assistant.ts';
import { loadHarnessConfig } from '../config/harness-config.ts';
import { processEnv } from '../config/process-env.ts';
import { ensureDemoData } from '../ensure-demo-data.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import { UsageError } from '../usage-error.ts';
import type { CommandIo } from '../command.ts';

const HELP = 'Ask about campaigns, tasks, jobs, sites, datasets, agents or proposals. /new starts a new thread, /exit quits.';

/**
 * An interactive terminal conversation: answers stream as they are written, the thread carries
 * context between questions, `/new` starts over. The first surface a newcomer uses.
 */
export async function chatCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { model: { type: 'string' }, user: { type: 'string' } }, strict: true });
  if (values.model !== undefined && values.model !== 'offline' && values.model !== 'anthropic') throw new UsageError("--model must be 'offline' or 'anthropic'");
  const config = loadHarnessConfig(processEnv(), process.cwd());
  const store = await openMigratedStore(config.store);
  const username = values.user ?? os.userInfo().username;
  await ensureDemoData(store, io);
  const { assistant, provider, close } = await buildAssistant(store, config, values.model as ModelChoice | undefined, username);
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let threadKey = newThreadKey();
  io.out(`epic-assistant chat (${provider.name} model ${provider.model}, store ${store.location})\n${HELP}`);
  const answer = async (text: string) => {
    let streamed = '';
    const result = await assistant.ask({
      thread: { surface: 'cli', threadKey, startedBy: username },
      username,
      text,
      onEvent: (event) => {
        if (event.type === 'text.delta') {
          streamed += event.text;
          process.stdout.write(event.text);
        } else if (event.type === 'tool.started') {
          process.stderr.write(`  · ${event.name}\n`);
        }
      },
    });
    // The harness may revise a streamed draft (grounding check); show the final answer when it differs.
    if (result.answer !== streamed) io.out(`${streamed ? '\n\n(revised)\n' : ''}${result.answer}`);
    if (result.citations.length > 0) io.out(`\nSources: ${result.citations.map((c) => c.url).join('  ')}`);
  };
  try {
    // Async iteration (not question()) so piped input is read line by line, none dropped.
    process.stdout.write('\n> ');
    for await (const raw of terminal) {
      const line = raw.trim();
      if (line === '/exit' || line === '/quit') break;
      if (line === '/new') {
        threadKey = newThreadKey();
        io.out('(new thread)');
      } else if (line === '/help') {
        io.out(HELP);
      } else if (line) {
        await answer(line);
      }
      process.stdout.write('\n> ');
    }
  } finally {
    terminal.close();
    await close();
    await store.close();
  }
  return 0;
}
