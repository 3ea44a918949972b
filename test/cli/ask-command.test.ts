import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import type { CommandIo } from '../../cli/command.ts';

/** The CLI as a newcomer runs it on the embedded default: PGlite under DATA_DIR, offline model. */
describe('epic-assistant ask', () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR, ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY };
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epic-cli-'));
    delete process.env.DATABASE_URL;
    delete process.env.ANTHROPIC_API_KEY;
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function capture(): CommandIo & { out: (line: string) => void; stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
  }

  it('seeds the demo on first use and answers with the tool trace in --json', async () => {
    const io = capture();
    const code = await main(['ask', '--json', '--user', 'alice', 'Which campaigns are producing?'], io);
    expect(code).toBe(0);
    const result = JSON.parse(io.stdout.join('\n'));
    expect(result).toMatchObject({ status: 'completed', provider: 'offline', model: 'offline-v1' });
    expect(result.tools.map((t: { name: string }) => t.name)).toEqual(['list-campaigns']);
    expect(result.evidence_ids).toHaveLength(1);
    expect(result.evidence_ids[0]).toMatch(/^ev-/);
    expect(result.grounding.ok).toBe(true);
    expect(result.answer).toMatch(/current/);
    expect(typeof result.latency_ms).toBe('number');
    expect(io.stderr.join('\n')).toContain('seeding the demo production');
  }, 120_000);

  it('prints markdown with sources by default', async () => {
    const io = capture();
    expect(await main(['ask', 'Which proposals are pending?'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/Sources: \[list-proposals\]\(http:\/\/127\.0\.0\.1:8080\/evidence\/ev-/);
  }, 60_000);

  it('rejects a missing question and an unknown model with usage, exit code 2', async () => {
    const io = capture();
    expect(await main(['ask'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/give the question/);
    expect(await main(['ask', '--model', 'gpt', 'hi'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--model must be/);
    expect(await main(['ask', '--model', 'anthropic', 'hi'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/ANTHROPIC_API_KEY/);
  }, 60_000);

  it('chat: answers piped questions in one thread, /new starts over, /exit quits', () => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, ['bin/epic-assistant.js', 'chat', '--user', 'alice'], {
      input: 'Which sites are unhealthy this week?\nAre the agents healthy?\n/new\nWhat is the weather?\n/exit\nnever asked\n',
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Site health by final failure fraction');
    expect(run.stdout).toContain('heartbeat health');
    expect(run.stdout).toContain('(new thread)');
    expect(run.stdout).toMatch(/can't answer that offline/);
    expect(run.stdout.match(/Sources: /g)).toHaveLength(2);
    expect(run.stderr).toContain('· site-health');
  }, 90_000);

  it('names a bad environment variable instead of crashing', async () => {
    const io = capture();
    process.env.DATABASE_URL = 'mysql://nope';
    try {
      expect(await main(['ask', 'hi'], io)).toBe(2);
    } finally {
      delete process.env.DATABASE_URL;
    }
    expect(io.stderr.join('\n')).toMatch(/DATABASE_URL: must be a postgres:\/\//);
  });
});
