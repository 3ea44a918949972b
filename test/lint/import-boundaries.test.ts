import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The dependency direction of DESIGN.md §2 is enforced by lint; these probes prove the rule bites. */
describe('import boundaries', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
  }

  it('forbids store from importing a layer above it', async () => {
    const errors = await boundaryErrors('store/probe.ts', "import { main } from '../cli/main.ts';\nexport const probe = main;\n");
    expect(errors.join('\n')).toMatch(/"store" to elements of type "cli"/);
  });

  it('forbids mcp from importing web', async () => {
    const errors = await boundaryErrors('mcp/probe.ts', "import { buildWebApp } from '../web/app.ts';\nexport const probe = buildWebApp;\n");
    expect(errors.join('\n')).toMatch(/"mcp" to elements of type "web"/);
  });

  it('allows web to import store', async () => {
    const errors = await boundaryErrors('web/probe.ts', "import { openStore } from '../store/db/open-store.ts';\nexport const probe = openStore;\n");
    expect(errors).toEqual([]);
  });
});
