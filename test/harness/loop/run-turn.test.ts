import { afterEach, describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../../../harness/providers/scripted-provider.ts';
import { ModelUnavailableError } from '../../../harness/model/model-provider.ts';
import { mcpToolGateway } from '../../../harness/tools/tool-gateway.ts';
import type { HarnessEvent } from '../../../harness/turn/harness-events.ts';
import { runTurn, type RunTurnInput } from '../../../harness/turn/run-turn.ts';
import { defaultTurnBudget } from '../../../harness/turn/turn-budget.ts';
import { fixtureToolClient } from './fixture-tool-server.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function setup(options: Parameters<typeof fixtureToolClient>[0] = {}) {
  const fixture = await fixtureToolClient(options);
  cleanup = fixture.close;
  const gateway = mcpToolGateway(fixture.client);
  const tools = await gateway.list();
  const events: HarnessEvent[] = [];
  const base = (provider: RunTurnInput['provider'], overrides: Partial<RunTurnInput> = {}): RunTurnInput => ({
    provider,
    gateway,
    tools,
    system: 'You answer ePIC production questions using tools.',
    history: [],
    userText: '[alice in DM] why did task 38511 fail?',
    budget: defaultTurnBudget(),
    onEvent: (e) => events.push(e),
    ...overrides,
  });
  return { fixture, gateway, tools, events, base };
}

describe('runTurn', () => {
  it('calls tools, feeds results back and answers with grounded numbers', async () => {
    const { base, events, fixture } = await setup();
    const provider = createScriptedProvider([
      { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }] },
      { text: 'Task 38511 is exhausted: 5,703 failed jobs, all at BNL_ePIC_GOOGLE.' },
    ]);
    const result = await runTurn(base(provider));
    expect(result.status).toBe('completed');
    expect(result.toolRounds).toBe(1);
    expect(result.grounding.ok).toBe(true);
    expect(result.answer).toBe('Task 38511 is exhausted: 5,703 failed jobs, all at BNL_ePIC_GOOGLE.');
    expect(fixture.calls.map((c) => c.name)).toEqual(['get-task']);
    // The second model call saw the tool result right after its tool_use, as the API requires.
    const second = provider.requests[1]!;
    const last = second.messages[second.messages.length - 1]!;
    expect(last.role).toBe('user');
    expect(last.content[0]).toMatchObject({ type: 'tool_result', content: expect.stringContaining('5,703 failed jobs') });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['tool.started', 'tool.finished', 'text.delta', 'turn.finished']));
    expect(events.find((e) => e.type === 'tool.finished')).toMatchObject({ evidenceId: 'ev-task-38511' });
  });

  it('runs the tool calls of one response in parallel', async () => {
    const { base, fixture } = await setup({ slowMs: 150 });
    const provider = createScriptedProvider([
      { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 1 } }, { name: 'get-task', input: { jedi_task_id: 2 } }, { name: 'get-task', input: { jedi_task_id: 3 } }] },
      { text: 'done' },
    ]);
    const result = await runTurn(base(provider));
    expect(result.toolOutcomes).toHaveLength(3);
    // All three started before the first one finished: the calls overlapped.
    const starts = fixture.calls.map((c) => c.at);
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(150);
    const results = provider.requests[1]!.messages.at(-1)!.content;
    expect(results.map((b) => (b.type === 'tool_result' ? b.tool_use_id : ''))).toEqual(['toolu_1_0', 'toolu_1_1', 'toolu_1_2']);
  });

  it('stops calling tools when the round budget is spent and still gives a final answer', async () => {
    const { base, fixture } = await setup();
    const provider = createScriptedProvider([
      (request) => (request.tools.length > 0 ? { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }] } : { text: 'Budget reached: task 38511 is exhausted.' }),
    ]);
    const result = await runTurn(base(provider, { budget: { ...defaultTurnBudget(), maxToolRounds: 2 } }));
    expect(result.status).toBe('budget_exhausted');
    expect(result.toolRounds).toBe(2);
    expect(fixture.calls).toHaveLength(2);
    expect(result.answer).toContain('exhausted');
    expect(provider.requests.at(-1)!.tools).toEqual([]);
  });

  it('ends the turn on wall time with a graceful answer', async () => {
    const { base } = await setup();
    const provider = createScriptedProvider([{ text: 'too late', delayMs: 2_000 }]);
    const result = await runTurn(base(provider, { budget: { ...defaultTurnBudget(), wallTimeMs: 100 } }));
    expect(result.status).toBe('budget_exhausted');
    expect(result.answer).toMatch(/ran out of time/);
  });

  it('can be cancelled by the caller', async () => {
    const { base } = await setup();
    const controller = new AbortController();
    const provider = createScriptedProvider([{ text: 'never', delayMs: 2_000 }]);
    setTimeout(() => controller.abort(), 50);
    const result = await runTurn(base(provider, { signal: controller.signal }));
    expect(result.status).toBe('cancelled');
  });

  it('truncates oversized tool results with a pointer to the evidence', async () => {
    const { base } = await setup();
    const provider = createScriptedProvider([{ toolCalls: [{ name: 'big-list', input: {} }] }, { text: 'ok' }]);
    await runTurn(base(provider, { budget: { ...defaultTurnBudget(), toolResultTokenCap: 200 } }));
    const block = provider.requests[1]!.messages.at(-1)!.content[0]!;
    expect(block.type).toBe('tool_result');
    const content = block.type === 'tool_result' ? block.content : '';
    expect(content.length).toBeLessThan(1_000);
    expect(content).toMatch(/\[truncated: .*evidence ev-big/);
  });

  it('regenerates an answer with an invented number, then flags what is still unsupported', async () => {
    const { base } = await setup();
    const provider = createScriptedProvider([
      { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }] },
      { text: 'Task 38511 has 6,120 failed jobs.' },
      { text: 'Task 38511 has 6,120 failed jobs (checked).' },
    ]);
    const result = await runTurn(base(provider));
    expect(result.regenerated).toBe(true);
    expect(provider.requests[2]!.messages.at(-1)!.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('6,120') });
    expect(result.grounding.ok).toBe(false);
    expect(result.grounding.unsupportedNumbers).toEqual(['6,120']);
    expect(result.answer).toContain('⚠ Not found in this answer\'s tool results: 6,120');
  });

  it('accepts a regenerated answer that fixes the number', async () => {
    const { base } = await setup();
    const provider = createScriptedProvider([
      { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }] },
      { text: 'About 6,000 jobs failed.' },
      { text: '5,703 jobs failed in task 38511.' },
    ]);
    const result = await runTurn(base(provider));
    expect(result.regenerated).toBe(true);
    expect(result.grounding.ok).toBe(true);
    expect(result.answer).toBe('5,703 jobs failed in task 38511.');
  });

  it('treats instructions inside tool results as data: a hallucinated approval tool is refused', async () => {
    const { base, fixture } = await setup({ injection: true });
    const provider = createScriptedProvider([
      { toolCalls: [{ name: 'site-health', input: {} }] },
      { toolCalls: [{ name: 'approve-proposal', input: { ref: 'cp-1' } }] },
      { text: 'BNL_ePIC_GOOGLE has a final failure fraction of 0.412.' },
    ]);
    const result = await runTurn(base(provider));
    const refused = result.toolOutcomes.find((o) => o.name === 'approve-proposal');
    expect(refused?.isError).toBe(true);
    expect(fixture.calls.map((c) => c.name)).toEqual(['site-health']);
    expect(result.answer).not.toMatch(/approved/i);
  });

  it('falls back to another provider when the model service is unavailable', async () => {
    const { base } = await setup();
    const failing = createScriptedProvider([{ error: new ModelUnavailableError('overloaded', 529) }]);
    const fallback = createScriptedProvider([{ toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }] }, { text: 'Task 38511: 5,703 failed jobs.' }], 'offline-v1');
    const result = await runTurn(base(failing, { fallbackProvider: fallback }));
    expect(result.model).toBe('offline-v1');
    expect(result.grounding.ok).toBe(true);
  });
});
