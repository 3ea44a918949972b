import { z } from 'zod';
import { optionalString, parseEnv } from '../../store/config/parse-env.ts';
import { storeConfigSchema, toStoreConfig, type StoreConfig } from '../../store/config/store-config.ts';

const harnessEnvSchema = storeConfigSchema.extend({
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ message: 'must be an absolute URL such as https://api.anthropic.com' }).optional()),
  ANTHROPIC_MODEL: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('claude-sonnet-5-5')),
  /** Hosted models: `top-k` by relevance plus select-tools (default, docs/decisions/0005), or `all` tools on every turn. */
  HARNESS_TOOL_SELECTION: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['all', 'top-k'], { message: "must be 'all' or 'top-k'" }).default('top-k')),
  PUBLIC_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ message: 'must be an absolute http(s) URL' }).optional()),
  PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).default(8080)),
});

export interface HarnessConfig {
  store: StoreConfig;
  anthropic: { apiKey: string; baseUrl: string | undefined; model: string } | undefined;
  toolSelection: 'all' | 'top-k';
  /** Where answer links point: the web process serving /evidence and the drill-down pages. */
  baseUrl: string;
}

export function loadHarnessConfig(env: Record<string, string | undefined>, cwd: string): HarnessConfig {
  const parsed = parseEnv(harnessEnvSchema, env);
  return {
    store: toStoreConfig(parsed, cwd),
    anthropic: parsed.ANTHROPIC_API_KEY ? { apiKey: parsed.ANTHROPIC_API_KEY, baseUrl: parsed.ANTHROPIC_BASE_URL, model: parsed.ANTHROPIC_MODEL } : undefined,
    toolSelection: parsed.HARNESS_TOOL_SELECTION,
    baseUrl: parsed.PUBLIC_BASE_URL ?? `http://127.0.0.1:${parsed.PORT}`,
  };
}
