import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { LATEST_SCHEMA_VERSION } from '../../src/store/postgres/migrations/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import { runStoreContract } from './store-contract.js';
import { ALL, META, aleppo, aleppoEvents } from './event-fixtures.js';

/**
 * The store contract against a real PostgreSQL server. Each run creates a randomly named database
 * and drops it afterwards; each store the contract opens gets a schema of its own in it, so runs
 * and tests never see each other's data. The role in the URL needs CREATEDB.
 */
const serverUrl = process.env.SITREP_TEST_PG_URL;
const skip = serverUrl ? false
  : 'SITREP_TEST_PG_URL is not set: run `eval "$(.ci/start-postgres.sh)"` (or point it at a server whose role may CREATE DATABASE) and test again';

describe('PostgreSQL store', { skip }, () => {
  const database = `sitrep_test_${randomBytes(6).toString('hex')}`;
  let admin: pg.Pool;
  let schemas = 0;

  /** The URL of a new, empty schema of the run's database. */
  async function freshSchemaUrl(): Promise<string> {
    const schema = `store_${++schemas}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    return withSearchPath(withDatabase(serverUrl!, database), schema);
  }

  before(async () => {
    const server = new pg.Client({ connectionString: serverUrl });
    await server.connect();
    try {
      await server.query(`CREATE DATABASE ${database}`);
    } finally {
      await server.end();
    }
    admin = new pg.Pool({ connectionString: withDatabase(serverUrl!, database), max: 2 });
  });

  after(async () => {
    await admin?.end();
    const server = new pg.Client({ connectionString: serverUrl });
    await server.connect();
    try {
      // FORCE: a store a failed test left open must not keep the database alive. A role without pg_signal_backend
      // may not end an autovacuum worker that is vacuuming the database (42501): wait for it to finish, then drop.
      for (let attempt = 1; ; attempt++) {
        try {
          await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== '42501' || attempt === 10) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    } finally {
      await server.end();
    }
  });

  runStoreContract('PostgreSQL', async () => openPostgresStore(await freshSchemaUrl()), {
    persistent: async () => {
      const url = await freshSchemaUrl();
      return { open: () => openPostgresStore(url), dispose: async () => {} };
    },
  });

  describe('PostgreSQL specifics', () => {
    test('openStore opens the PostgreSQL store for a postgres:// or postgresql:// URL', async () => {
      const url = await freshSchemaUrl();
      for (const location of [url, url.replace(/^postgres:/, 'postgresql:')]) {
        const store = await openStore(location);
        assert.equal(await store.schemaVersion(), LATEST_SCHEMA_VERSION);
        await store.close();
      }
    });

    test('migration 8 drops the two indexes no query reads, as on SQLite', async () => {
      const url = await freshSchemaUrl();
      const store = await openPostgresStore(url);
      await store.close();
      const schema = `store_${schemas}`;
      const { rows } = await admin.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [schema]);
      const indexes = rows.map((r) => r.indexname);
      assert.ok(!indexes.includes('documents_published'));
      assert.ok(!indexes.includes('event_sources_name'));
      assert.ok(indexes.includes('documents_versions'), 'the reprocess query keeps its index');
    });

    test('two stores putting the same batch at once store each document once', async () => {
      const url = await freshSchemaUrl();
      const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
      try {
        const results = await Promise.all(stores.map((s, i) => s.putMany(i % 2 ? [...ALL].reverse() : ALL)));
        const stored = results.flat().filter((r) => r.stored).length;
        assert.equal(stored, ALL.length);
        assert.deepEqual([(await stores[0].stats()).documents, (await stores[0].stats()).events], [3, 6]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    test('a batch that stores one text twice with two versions ends with the second analysis', async () => {
      const store = await openPostgresStore(await freshSchemaUrl());
      try {
        const newer = { ...META, pipelineVersion: '0.2.0' };
        const results = await store.putMany([
          { doc: aleppo, events: aleppoEvents, meta: META },
          { doc: aleppo, events: aleppoEvents.slice(0, 1), meta: newer },
          { doc: aleppo, events: aleppoEvents.slice(0, 1), meta: newer },
        ]);
        assert.deepEqual(results, [{ stored: true, replaced: false }, { stored: true, replaced: true }, { stored: false, replaced: false }]);
        assert.equal((await store.getDocument(aleppo.id))?.pipelineVersion, '0.2.0');
        assert.equal(await store.countEvents({ documentId: aleppo.id }), 1);
      } finally {
        await store.close();
      }
    });

    test('a database written by newer code is refused, naming both schema versions', async () => {
      const url = await freshSchemaUrl();
      await (await openPostgresStore(url)).close();
      await admin.query(`INSERT INTO store_${schemas}.schema_migrations (version, name) VALUES (99, 'from-the-future')`);
      await assert.rejects(openPostgresStore(url), (err: Error) => {
        assert.match(err.message, /schema version 99/);
        assert.match(err.message, new RegExp(`up to ${LATEST_SCHEMA_VERSION}\\b`));
        assert.match(err.message, /Upgrade sitrep/);
        return true;
      });
    });

    test('a schema holding another program\'s tables is refused, not migrated', async () => {
      const url = await freshSchemaUrl();
      await admin.query(`CREATE TABLE store_${schemas}.customers (id integer)`);
      await assert.rejects(openPostgresStore(url), /not a sitrep one/);
    });

    test('a server that is not there is reported with the URL, its password hidden, and the fix', async () => {
      await assert.rejects(openPostgresStore('postgres://sitrep:secret@127.0.0.1:1/sitrep'), (err: Error) => {
        assert.match(err.message, /Cannot connect to the PostgreSQL database postgres:\/\/sitrep:\*\*\*@127\.0\.0\.1:1\/sitrep/);
        assert.doesNotMatch(err.message, /secret/);
        assert.match(err.message, /Check that the server is running/);
        return true;
      });
    });
  });
});

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}
