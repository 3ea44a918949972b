import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { rowsOf } from '../counters.ts';
import { ForbiddenError, InvalidInputError } from '../errors.ts';

/**
 * Never readable through SQL, whatever the caller: credentials and replay memory, people's
 * conversations (DMs must not surface in channels), and the ops agent's queued work.
 */
export const DENIED_TABLES = [
  'api_token', 'app_user', 'idempotency_key',
  'conversation', 'conversation_turn', 'conversation_tool_call',
  'ops_outbox', 'ops_execution',
] as const;

/** Functions that read files, other databases, settings or tables by string name (bypassing the table check). */
const DENIED_WORDS = ['information_schema', 'query_to_xml', 'table_to_xml', 'cursor_to_xml', 'query_to_json', 'dblink', 'set_config', 'current_setting', 'copy', 'lo_import', 'lo_export'];

export const STATEMENT_TIMEOUT_MS = 3000;

/** Removes comments and string/identifier-quoted text so keyword checks see only the SQL skeleton. */
function strip(text: string): { skeleton: string; quoted: string } {
  let skeleton = '';
  let quoted = '';
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (two === '--') { const end = text.indexOf('\n', i); i = end < 0 ? text.length : end; continue; }
    if (two === '/*') { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 2; skeleton += ' '; continue; }
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === ch && text[j + 1] !== ch)) j += text[j] === ch ? 2 : 1;
      const inner = text.slice(i + 1, j);
      quoted += ` ${inner}`;
      // Quoted identifiers are still identifiers: keep them (unquoted) so table checks see them.
      skeleton += ch === '"' ? ` ${inner} ` : " '' ";
      i = j + 1;
      continue;
    }
    skeleton += ch;
    i += 1;
  }
  return { skeleton, quoted };
}

/** Checks the text; returns the single statement without a trailing semicolon. */
export function checkReadOnlySql(text: string): string {
  const { skeleton, quoted } = strip(text);
  const trimmed = skeleton.trim().replace(/;\s*$/, '');
  if (trimmed.includes(';')) throw new InvalidInputError('MULTIPLE_STATEMENTS', 'send exactly one SELECT statement (no ";" between statements)');
  if (!/^(select|with)\b/i.test(trimmed)) throw new InvalidInputError('NOT_A_SELECT', 'only SELECT (or WITH … SELECT) is allowed; the query runs in a read-only transaction');
  const words = new Set(`${trimmed} ${quoted}`.toLowerCase().match(/[a-z_][a-z0-9_$]*/g) ?? []);
  for (const table of DENIED_TABLES) {
    if (words.has(table)) throw new ForbiddenError('TABLE_NOT_ALLOWED', `table ${table} is not readable; allowed are the public production tables (panda_*, rucio_*, pcs_*, swf_*, ai_*, artifact_*, alarm_*, evidence …)`);
  }
  const denied = [...words].find((w) => w.startsWith('pg_') || DENIED_WORDS.includes(w));
  if (denied) throw new ForbiddenError('SQL_NOT_ALLOWED', `'${denied}' is not allowed: only public production tables can be read`);
  if (/\b(insert|update|delete|merge|create|alter|drop|truncate|grant|revoke|vacuum|call|do|lock)\b/i.test(trimmed)) {
    throw new InvalidInputError('WRITE_NOT_ALLOWED', 'the query contains a write or DDL keyword; only reads are allowed');
  }
  return text.trim().replace(/;\s*$/, '');
}

/**
 * Runs one checked SELECT inside a READ ONLY transaction with a statement timeout and a row
 * cap; works the same on PostgreSQL and PGlite. The transaction is always rolled back.
 */
export async function runReadOnlySql(db: Database, text: string, rowCap: number) {
  const statement = checkReadOnlySql(text);
  const rollback = new Error('read-only rollback');
  let result: { columns: string[]; rows: Record<string, unknown>[]; capped: boolean } | undefined;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set transaction read only`);
      await tx.execute(sql.raw(`set local statement_timeout = ${STATEMENT_TIMEOUT_MS}`));
      const rows = rowsOf<Record<string, unknown>>(await tx.execute(sql.raw(`select * from (${statement}\n) as guarded_query limit ${rowCap + 1}`)));
      result = { columns: rows[0] ? Object.keys(rows[0]) : [], rows: rows.slice(0, rowCap), capped: rows.length > rowCap };
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) {
      const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new InvalidInputError('SQL_ERROR', `the database rejected the query: ${message.split('\n')[0]}`);
    }
  }
  return result!;
}
