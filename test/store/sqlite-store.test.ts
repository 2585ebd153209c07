import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runStoreContract } from './store-contract.js';

runStoreContract('SQLite', () => openSqliteStore(':memory:'), {
  persistent: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-store-'));
    return {
      open: () => openSqliteStore(join(dir, 'sitrep.db')),
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  },
});
