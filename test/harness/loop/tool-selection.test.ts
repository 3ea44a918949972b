import { afterEach, describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../../../harness/providers/scripted-provider.ts';
import { mcpToolGateway } from '../../../harness/tools/tool-gateway.ts';
import { createToolSelector, SELECT_TOOLS } from '../../../harness/tools/tool-selection.ts';
import { runTurn } from '../../../harness/turn/run-turn.ts';
import { defaultTurnBudget } from '../../../harness/turn/turn-budget.ts';
import { fixtureToolClient } from './fixture-tool-server.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('tool selection', () => {
  it('top-k offers the relevant tools first plus select-tools', async () => {
    const fixture = await fixtureToolClient();
    cleanup = fixture.close;
    const catalog = await mcpToolGateway(fixture.client).list();
    const offered = createToolSelector(catalog, 'top-k', 1).select('which site has the worst failure fraction?');
    expect(offered.map((t) => t.name)).toEqual(['site-health', SELECT_TOOLS]);
    expect(createToolSelector(catalog, 'all').select('anything').map((t) => t.name).sort()).toEqual(['big-list', 'get-task', 'site-health']);
  });

  it('select-tools loads a tool that was not offered, and the model can then call it', async () => {
    const fixture = await fixtureToolClient();
    cleanup = fixture.close;
    const gateway = mcpToolGateway(fixture.client);
    const catalog = await gateway.list();
    const tools = createToolSelector(catalog, 'top-k', 1).select('site failure fraction');
    const provider = createScriptedProvider([
      { toolCalls: [{ name: SELECT_TOOLS, input: { names: ['get-task', 'no-such-tool'] } }] },
      { toolCalls: [{ name: 'get-task', input: { jedi_task_id: 38511 } }] },
      { text: 'Task 38511 has 5,703 failed jobs.' },
    ]);
    const result = await runTurn({ provider, gateway, tools, catalog, system: 's', history: [], userText: 'q', budget: defaultTurnBudget() });
    expect(provider.requests[1]!.tools.map((t) => t.name)).toContain('get-task');
    expect(provider.requests[0]!.tools.map((t) => t.name)).not.toContain('get-task');
    expect(fixture.calls.map((c) => c.name)).toEqual(['get-task']);
    expect(result.grounding.ok).toBe(true);
  });
});
