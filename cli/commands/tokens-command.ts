import { parseArgs } from 'node:util';
import { createToken, listTokens, revokeToken } from '../../store/services/auth/index.ts';
import { loadStoreOnlyConfig } from '../config/store-only-config.ts';
import { processEnv } from '../config/process-env.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import { UsageError } from '../usage-error.ts';
import type { CommandIo } from '../command.ts';

/**
 * API tokens for the REST API and /mcp. The plaintext is printed once at creation and stored only
 * as a hash, so a lost token is revoked and replaced, never recovered.
 */
export async function tokensCommand(argv: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string' }, id: { type: 'string' } }, strict: true });
  if (sub !== 'create' && sub !== 'revoke' && sub !== 'list') throw new UsageError("expected 'create', 'revoke' or 'list'");
  const store = await openMigratedStore(loadStoreOnlyConfig(processEnv(), process.cwd()));
  try {
    if (sub === 'create') {
      const username = positionals[0];
      if (!username) throw new UsageError('tokens create USERNAME [--name LABEL]');
      const { token, prefix } = await createToken(store.db, { username, name: values.name ?? 'cli' });
      io.err(`token for ${username} (prefix ${prefix}); it is shown only now:`);
      io.out(token);
      return 0;
    }
    if (sub === 'revoke') {
      const prefix = positionals[0];
      if (!prefix && !values.id) throw new UsageError('tokens revoke PREFIX | --id N');
      const id = values.id === undefined ? undefined : Number(values.id);
      if (id !== undefined && !Number.isInteger(id)) throw new UsageError('--id must be an integer');
      const revoked = await revokeToken(store.db, id !== undefined ? { id } : { prefix: prefix! });
      io.out(`revoked token ${revoked.id} (${revoked.prefix})`);
      return 0;
    }
    for (const t of await listTokens(store.db, positionals[0] ? { username: positionals[0] } : {})) {
      io.out(`${String(t.id).padStart(4)}  ${t.prefix}  ${t.username.padEnd(16)} ${t.name.padEnd(16)} ${t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
