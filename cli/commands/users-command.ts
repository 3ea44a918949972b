import { parseArgs } from 'node:util';
import { addUser, listUsers } from '../../store/services/auth/index.ts';
import { ROLES } from '../../store/schema/enums.ts';
import { loadStoreOnlyConfig } from '../config/store-only-config.ts';
import { processEnv } from '../config/process-env.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import { UsageError } from '../usage-error.ts';
import type { CommandIo } from '../command.ts';

/** `users add NAME --role ROLE` grants (or changes) a role from the shell; `users list` shows them. */
export async function usersCommand(argv: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } }, strict: true });
  if (sub !== 'add' && sub !== 'list') throw new UsageError("expected 'add' or 'list'");
  const store = await openMigratedStore(loadStoreOnlyConfig(processEnv(), process.cwd()));
  try {
    if (sub === 'list') {
      for (const user of await listUsers(store.db)) io.out(`${user.username.padEnd(20)} ${user.role}`);
      return 0;
    }
    const username = positionals[0];
    if (!username || !values.role) throw new UsageError(`users add NAME --role ROLE (roles: ${ROLES.join(', ')})`);
    const { user, created } = await addUser(store.db, { username, role: values.role, ...(values.name ? { display_name: values.name } : {}) });
    io.out(`${created ? 'added' : 'updated'} ${user.username} with role ${user.role}`);
    return 0;
  } finally {
    await store.close();
  }
}
