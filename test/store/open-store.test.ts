import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.js';

test('openStore opens SQLite for a path and says PostgreSQL is not built yet for a postgres URL', async () => {
  const store = await openStore(':memory:');
  assert.equal((await store.stats()).documents, 0);
  await store.close();
  await assert.rejects(openStore('postgres://localhost/sitrep'), /PostgreSQL store is not built yet: pass a file path/);
});
