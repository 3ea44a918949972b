import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../harness/assistant.ts';
import { createScriptedProvider } from '../../../harness/providers/scripted-provider.ts';
import { mcpToolGateway } from '../../../harness/tools/tool-gateway.ts';
import { defaultTurnBudget } from '../../../harness/turn/turn-budget.ts';
import { getTurn } from '../../../store/services/conversations/conversation-service.ts';
import { useTestStore } from '../../support/test-store.ts';
import { fixtureToolClient } from './fixture-tool-server.ts';

describe('assistant: conversation state in the store', () => {
  const store = useTestStore({ empty: true });
  let fixture: Awaited<ReturnType<typeof fixtureToolClient>>;
  beforeAll(async () => {
    fixture = await fixtureToolClient();
  });
  afterAll(async () => fixture.close());

  it('records each turn with its tool calls and tokens, and carries the thread into the next turn', async () => {
    const provider = createScriptedProvider([
      { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }], usage: { inputTokens: 1200, outputTokens: 30, costUsd: 0.004 } },
      { text: 'Task 38511 is exhausted with 5,703 failed jobs.', usage: { inputTokens: 1500, outputTokens: 40, costUsd: 0.005 } },
      { text: 'They failed at BNL_ePIC_GOOGLE.' },
    ]);
    const assistant = createAssistant({ store: store(), gateway: mcpToolGateway(fixture.client), provider, selection: 'all', budget: defaultTurnBudget(), baseUrl: 'http://localhost:8080', now: () => new Date('2026-11-23T06:00:00Z') });
    const thread = { surface: 'cli' as const, threadKey: 'terminal-1', startedBy: 'alice', channel: 'dispatcher' };

    const first = await assistant.ask({ thread, username: 'alice', text: 'why did task 38511 fail?' });
    expect(first.citations).toEqual([{ evidenceId: 'ev-task-38511', tool: 'get-task', url: 'http://localhost:8080/evidence/ev-task-38511' }]);
    expect(first.markdown).toContain('Sources: [get-task](http://localhost:8080/evidence/ev-task-38511)');
    expect(provider.requests[0]!.messages[0]!.content[0]).toMatchObject({ type: 'text', text: '[alice in #dispatcher · 2026-11-23T06:00Z] why did task 38511 fail?' });

    const stored = await getTurn(store().db, first.turnId);
    expect(stored).toMatchObject({ seq: 1, status: 'completed', inputTokens: 2700, outputTokens: 70, toolRounds: 1, answerText: 'Task 38511 is exhausted with 5,703 failed jobs.' });
    expect(stored?.costUsd).toBeCloseTo(0.009, 6);
    expect(stored?.toolCalls).toMatchObject([{ toolName: 'get-task', round: 1, evidenceId: 'ev-task-38511', isError: false }]);

    const second = await assistant.ask({ thread, username: 'alice', text: 'where?' });
    expect(second.conversationId).toBe(first.conversationId);
    const history = provider.requests[2]!.messages;
    expect(history.slice(0, 2).map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(history[1]!.content[0]).toMatchObject({ text: 'Task 38511 is exhausted with 5,703 failed jobs.' });
    expect((await getTurn(store().db, second.turnId))?.seq).toBe(2);
  });

  it('records a failed turn when the provider throws', async () => {
    const provider = createScriptedProvider([{ error: new Error('boom') }]);
    const assistant = createAssistant({ store: store(), gateway: mcpToolGateway(fixture.client), provider, selection: 'all', budget: defaultTurnBudget(), baseUrl: 'http://x' });
    await expect(assistant.ask({ thread: { surface: 'cli', threadKey: 'terminal-2', startedBy: 'bob' }, username: 'bob', text: 'hi' })).rejects.toThrow('boom');
  });
});
