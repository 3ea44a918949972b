import { z } from 'zod';
import { booleanFlag, optionalString, parseEnv, portNumber } from '../../store/config/parse-env.ts';
import { storeConfigSchema, toStoreConfig, type StoreConfig } from '../../store/config/store-config.ts';

const webEnvSchema = storeConfigSchema.extend({
  HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('127.0.0.1')),
  PORT: portNumber(8080),
  /** Public URL of the web layer as users reach it (links in answers point here). */
  PUBLIC_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ message: 'must be an absolute http(s) URL' }).optional()),
  /** Honour X-Remote-User only behind a proxy that sets it; never on a directly exposed port. */
  TRUSTED_PROXY: booleanFlag,
  MCP_ALLOW_PROPOSALS: booleanFlag,
  LOG_LEVEL: optionalString,
});

export interface WebConfig {
  store: StoreConfig;
  host: string;
  port: number;
  publicBaseUrl: string | undefined;
  trustedProxy: boolean;
  mcpAllowProposals: boolean;
  logLevel: string;
}

export function loadWebConfig(env: Record<string, string | undefined>, cwd: string): WebConfig {
  const parsed = parseEnv(webEnvSchema, env);
  return {
    store: toStoreConfig(parsed, cwd),
    host: parsed.HOST,
    port: parsed.PORT,
    publicBaseUrl: parsed.PUBLIC_BASE_URL,
    trustedProxy: parsed.TRUSTED_PROXY,
    mcpAllowProposals: parsed.MCP_ALLOW_PROPOSALS,
    logLevel: parsed.LOG_LEVEL ?? 'info',
  };
}
