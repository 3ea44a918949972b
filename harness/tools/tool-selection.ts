import MiniSearch from 'minisearch';
import type { ToolDefinition } from '../model/model-provider.ts';

/**
 * Which tools the model sees on a turn. `all` sends every definition (simple, more input tokens);
 * `top-k` sends the K most relevant by BM25 over names and descriptions plus `select-tools`, which
 * loads any other tool by name. The default is decided by the evals (docs/decisions).
 */
export type ToolSelectionMode = 'all' | 'top-k';

export const SELECT_TOOLS = 'select-tools';

export const selectToolsDefinition = (catalog: readonly ToolDefinition[]): ToolDefinition => ({
  name: SELECT_TOOLS,
  description:
    'Load more tools by name when none of the offered ones fits. Available: ' +
    catalog.map((t) => t.name).join(', '),
  inputSchema: {
    type: 'object',
    properties: { names: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 10, description: 'tool names to load' } },
    required: ['names'],
    additionalProperties: false,
  },
});

export interface ToolSelector {
  select(question: string): ToolDefinition[];
}

export function createToolSelector(catalog: readonly ToolDefinition[], mode: ToolSelectionMode, k = 8): ToolSelector {
  if (mode === 'all') return { select: () => [...catalog] };
  const index = new MiniSearch<{ id: string; name: string; description: string }>({
    fields: ['name', 'description'],
    storeFields: ['id'],
    // Tool names are kebab-case: split them so "site health" finds `site-health`.
    tokenize: (text) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean),
    searchOptions: { boost: { name: 2 }, prefix: true, fuzzy: 0.1 },
  });
  index.addAll(catalog.map((t) => ({ id: t.name, name: t.name, description: t.description })));
  const byName = new Map(catalog.map((t) => [t.name, t]));
  return {
    select(question) {
      const hits = index.search(question, { combineWith: 'OR' }).slice(0, k);
      const chosen = hits.map((h) => byName.get(String(h.id))).filter((t): t is ToolDefinition => t !== undefined);
      return [...chosen, selectToolsDefinition(catalog)];
    },
  };
}

/** Resolves a `select-tools` call against the catalog: the tools to add and a result for the model. */
export function resolveSelectTools(input: Record<string, unknown>, catalog: readonly ToolDefinition[]): { added: ToolDefinition[]; text: string; isError: boolean } {
  const names = Array.isArray(input.names) ? input.names.filter((n): n is string => typeof n === 'string') : [];
  const byName = new Map(catalog.map((t) => [t.name, t]));
  const added = names.map((n) => byName.get(n)).filter((t): t is ToolDefinition => t !== undefined);
  const unknown = names.filter((n) => !byName.has(n));
  if (added.length === 0) return { added, isError: true, text: `No such tools: ${unknown.join(', ') || '(none given)'}. Pick names from the list in the select-tools description.` };
  return { added, isError: false, text: `Loaded: ${added.map((t) => t.name).join(', ')}${unknown.length ? `. Unknown: ${unknown.join(', ')}` : ''}.` };
}
