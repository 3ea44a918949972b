/** The maintenance database on the same server, used to create and drop per-file databases. */
export function adminUrl(url: string): string {
  return databaseUrlFor(url, 'postgres');
}

export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
