/** Fixed inputs of the shared test template: every test file sees the same seeded production. */
export const TEST_SEED = 1;
export const TEST_ANCHOR = new Date('2026-11-23T06:00:00Z');

/** Set in CI (and optionally locally): tests then run on real PostgreSQL instead of PGlite. */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && url.length > 0 ? url : undefined;
}
