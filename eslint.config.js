import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

// Dependency direction of DESIGN.md §2: a folder may import only the folders listed for it.
const layers = {
  store: [],
  mcp: ['store'],
  harness: ['mcp', 'store'],
  bot: ['harness', 'store'],
  agents: ['store'],
  web: ['store', 'mcp', 'harness'],
  evals: ['store', 'mcp', 'harness', 'bot', 'agents', 'web'],
  // The command line is the composition root: it wires every process, the eval runner and benchmarks.
  cli: ['store', 'mcp', 'harness', 'bot', 'agents', 'web', 'evals'],
  test: ['store', 'mcp', 'harness', 'bot', 'agents', 'web', 'cli', 'evals'],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'scratch/', 'store/migrations/', 'coverage/', 'evals/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Only config modules read the environment (DESIGN §10).
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read the environment only in config modules (cli/config, mcp/mcp-config.ts, test/support)' }],
    },
  },
  {
    files: ['cli/config/**', 'mcp/mcp-config.ts', 'test/**', 'evals/**', 'scratch/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': Object.keys(layers).map((type) => ({ type, pattern: `${type}/**`, partialMatch: false })),
      'boundaries/include': Object.keys(layers).map((type) => `${type}/**/*.ts`),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(layers).map(([type, allowed]) => ({
              from: { element: { type } },
              allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
            })),
            // External packages are governed by package.json, not by this rule.
            { allow: { to: { module: { origin: 'external' } } } },
            { allow: { to: { module: { origin: 'core' } } } },
          ],
        },
      ],
    },
  },
);
