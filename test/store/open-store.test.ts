import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.js';

test('openStore opens SQLite for a path and PostgreSQL for a postgres URL, naming an unreachable server', async () => {
  const store = await openStore(':memory:');
  assert.equal((await store.stats()).documents, 0);
  await store.close();
  await assert.rejects(openStore('postgres://sitrep:secret@127.0.0.1:1/none'), (error: Error) => /Cannot connect to the PostgreSQL database/.test(error.message) && !error.message.includes('secret'));
});
