import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agentHealthCounts, listAgents } from '../../../../store/services/monitor/agents.ts';
import { useTestStore } from '../../../support/test-store.ts';

const store = useTestStore({ empty: true });
const now = new Date('2026-11-23T06:00:00Z');

describe('agent health', () => {
  it('is healthy under 3 minutes of silence, stale from 3 minutes, exited when marked', async () => {
    await store().db.execute(sql`insert into swf_system_agent (instance_name, agent_type, status, operational_state, last_heartbeat) values
      ('a-fresh', 'data', 'OK', 'READY', ${new Date(now.getTime() - 179_000).toISOString()}::timestamptz),
      ('a-silent', 'data', 'OK', 'READY', ${new Date(now.getTime() - 181_000).toISOString()}::timestamptz),
      ('a-never', 'data', 'UNKNOWN', 'STARTING', null),
      ('a-exited', 'data', 'EXITED', 'EXITED', ${now.toISOString()}::timestamptz)`);
    const page = await listAgents(store().db, { includeExited: true }, now, { limit: 10 });
    expect(Object.fromEntries(page.items.map((a) => [a.instance_name, a.health]))).toEqual({ 'a-exited': 'exited', 'a-fresh': 'healthy', 'a-never': 'stale', 'a-silent': 'stale' });
    expect(await agentHealthCounts(store().db, {}, now)).toEqual({ healthy: 1, stale: 2, exited: 1 });
    const visible = await listAgents(store().db, {}, now, { limit: 10 });
    expect(visible.items.map((a) => a.instance_name)).not.toContain('a-exited');
  });
});
