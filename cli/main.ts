import { ConfigError } from '../store/config/parse-env.ts';
import { isDomainError } from '../store/services/errors.ts';
import type { CommandEntry, CommandIo } from './command.ts';
import { askCommand } from './commands/ask-command.ts';
import { benchCommand } from './commands/bench-command.ts';
import { chatCommand } from './commands/chat-command.ts';
import { evalCommand } from './commands/eval-command.ts';
import { mcpCommand } from './commands/mcp-command.ts';
import { migrateCommand } from './commands/migrate-command.ts';
import { seedCommand } from './commands/seed-command.ts';
import { startCommand } from './commands/start-command.ts';
import { tokensCommand } from './commands/tokens-command.ts';
import { usersCommand } from './commands/users-command.ts';
import { webCommand } from './commands/web-command.ts';
import { UsageError } from './usage-error.ts';

const commands: Record<string, CommandEntry> = {
  start: { run: startCommand, usage: 'start', summary: 'embedded default: migrate, seed the demo on first run, serve web + REST + /mcp' },
  web: { run: webCommand, usage: 'web', summary: 'the web process (REST API, pages, /mcp) against the configured store' },
  migrate: { run: migrateCommand, usage: 'migrate', summary: 'apply database migrations (PostgreSQL via DATABASE_URL, else PGlite under DATA_DIR)' },
  seed: {
    run: seedCommand,
    usage: 'seed [--scale demo|large] [--seed N] [--anchor ISO-TIME] [--reset] [--summary FILE]',
    summary: 'load a deterministic synthetic production (large needs PostgreSQL)',
  },
  ask: { run: askCommand, usage: 'ask "QUESTION" [--json] [--model offline|anthropic] [--user NAME] [--thread KEY]', summary: 'answer one question (with --json: tool trace, evidence ids, tokens, latency)' },
  mcp: { run: mcpCommand, usage: 'mcp', summary: 'MCP server on stdio (read-only unless MCP_ALLOW_PROPOSALS=1)' },
  users: { run: usersCommand, usage: 'users add NAME --role viewer|physicist|production-manager|operator|admin | users list', summary: 'grant a role (stored in the database)' },
  tokens: { run: tokensCommand, usage: 'tokens create USERNAME [--name LABEL] | tokens revoke PREFIX|--id N | tokens list [USERNAME]', summary: 'API tokens for REST and /mcp (hashed; shown once)' },
  eval: {
    run: evalCommand,
    usage: 'eval --set FILE [--model offline|scripted|anthropic] [--selection all|top-k] [--limit N] [--json] | eval --compare A.json B.json',
    summary: 'run an eval set: correctness, routing, fabricated numbers, refusals, unsafe actions, tokens, latency',
  },
  bench: { run: benchCommand, usage: 'bench [NAME] [--json] [--scale X] [--memory]', summary: 'run the benchmarks under evals/perf and rewrite docs/performance.md' },
  chat: { run: chatCommand, usage: 'chat [--model offline|anthropic] [--user NAME]', summary: 'interactive terminal conversation (streaming, thread context, /new)' },
};

export function usageText(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length));
  const lines = Object.values(commands).map((c) => `  epic-assistant ${c.usage.padEnd(width)}  ${c.summary}`);
  return ['usage:', ...lines, '', 'Configuration is read from the environment; see README.md.'].join('\n');
}

const consoleIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one CLI invocation and returns the process exit code; errors become messages, not stack traces. */
export async function main(argv: string[], io: CommandIo = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usageText());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`unknown command '${name}'\n${usageText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`${error.message}\nusage: epic-assistant ${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    if (isDomainError(error)) {
      io.err(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
