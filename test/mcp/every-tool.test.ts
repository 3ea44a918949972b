import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../mcp/registry.ts';
import { TEXT_CAP_CHARS } from '../../mcp/shape/size-cap.ts';
import { SAMPLE_ARGS } from './support/sample-args.ts';
import { textOf, useMcp } from './support/connect.ts';

const mcp = useMcp();

/** Tools whose sample call may legitimately miss (ids assigned by the database). */
const MAY_MISS = new Set(['get-request', 'get-log-entry', 'get-proposal']);

describe('every registered tool', () => {
  it.each(TOOLS.map((t) => t.name))('%s answers its sample call within the size cap with evidence, url and as_of', async (name) => {
    const args = SAMPLE_ARGS[name];
    expect(args, `add a sample call for ${name}`).toBeDefined();
    const result = await mcp().call(name, args);
    if (result.isError) {
      expect(MAY_MISS.has(name), textOf(result)).toBe(true);
      return;
    }
    const data = result.structuredContent as Record<string, unknown>;
    expect(textOf(result).length).toBeLessThanOrEqual(TEXT_CAP_CHARS + 600);
    expect(data.evidence_id).toMatch(/^ev-[0-9a-f]{24}$/);
    expect(String(data.url)).toMatch(/^http:\/\/assistant\.test\//);
    expect(Number.isNaN(Date.parse(String(data.as_of)))).toBe(false);
  });
});
