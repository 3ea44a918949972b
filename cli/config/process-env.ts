/**
 * The only place the CLI reads the environment: every process entry parses it once through its
 * own zod schema (see the *-config.ts files beside this one).
 */
export function processEnv(): Record<string, string | undefined> {
  return process.env;
}
