import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../store/services/counters.ts';
import { useMcp } from '../support/connect.ts';

describe('search-tags', () => {
  const mcp = useMcp();

  it('matches every word in any order across label, description and parameter values', async () => {
    const expected = rowsOf<{ tag_label: string }>(
      await mcp().store.db.execute(sql`select tag_label from pcs_tag where tag_type = 'p' and parameters->>'process' = 'DIS_NC'
        and parameters->>'beam_energy_electron' = '18' and parameters->>'beam_energy_hadron' = '275' order by tag_number`),
    ).map((r) => r.tag_label);
    expect(expected.length).toBeGreaterThan(0);
    type Found = { items: { tag_label: string; description: string; parameters: Record<string, string> }[] };
    const fields = ['tag_label', 'description', 'parameters'];
    const forward = await mcp().data<Found>('search-tags', { query: 'DIS NC 18x275', tag_type: 'p', fields });
    const reversed = await mcp().data<Found>('search-tags', { query: '18x275 NC DIS', tag_type: 'p', fields });
    expect(forward.items.map((t) => t.tag_label)).toEqual(expect.arrayContaining(expected));
    expect(reversed.items.map((t) => t.tag_label)).toEqual(forward.items.map((t) => t.tag_label));
    // Nothing else: every hit really is DIS NC at 18x275 (the MCP fixture's tag spells the beam as one parameter).
    for (const tag of forward.items) {
      expect(tag.parameters.process).toBe('DIS_NC');
      expect(`${tag.description} ${JSON.stringify(tag.parameters)}`).toMatch(/18x275|"beam_energy_electron":"18"/);
    }
  });

  it('treats LIKE wildcards in the query as text', async () => {
    const result = await mcp().data<{ items: unknown[] }>('search-tags', { query: '%_%', tag_type: 'p' });
    expect(result.items).toEqual([]);
  });
});
