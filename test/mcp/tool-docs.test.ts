import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToolDocs, TOOL_DOCS_PATH } from '../../mcp/generate-tool-docs.ts';
import { TOOLS } from '../../mcp/registry.ts';

describe('docs/tools.md', () => {
  it('is up to date with the registry (regenerate: node --import tsx mcp/generate-tool-docs.ts)', () => {
    expect(fs.readFileSync(TOOL_DOCS_PATH, 'utf8')).toBe(renderToolDocs());
  });

  it('documents every tool', () => {
    const docs = renderToolDocs();
    for (const tool of TOOLS) expect(docs).toContain(`### \`${tool.name}\``);
  });
});
