import { z } from 'zod';

/** Raised once at start-up when an environment variable is missing or malformed. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment against a process's config schema. Every problem names the variable,
 * so a misconfigured deployment fails fast with a message an operator can act on.
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const given = issue.path.length > 0 ? env[String(issue.path[0])] : undefined;
    return given === undefined ? `${variable}: ${issue.message}` : `${variable}: ${issue.message} (got ${JSON.stringify(given)})`;
  });
  throw new ConfigError(problems);
}

/** Empty strings in the environment mean "unset": `FOO= cmd` should not count as a value. */
export const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const postgresUrl = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
);

export const portNumber = (fallback: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? fallback : v), z.coerce.number().int().min(0).max(65535));

export const booleanFlag = z.preprocess((v) => {
  if (v === undefined || v === '') return false;
  if (typeof v === 'string' && ['1', 'true', 'yes', 'on'].includes(v.toLowerCase())) return true;
  if (typeof v === 'string' && ['0', 'false', 'no', 'off'].includes(v.toLowerCase())) return false;
  return v;
}, z.boolean({ message: 'must be one of 1/0, true/false, yes/no, on/off' }));
