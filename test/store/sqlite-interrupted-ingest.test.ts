import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const writer = fileURLToPath(new URL('./ingest-until-killed.ts', import.meta.url));

test('an ingest killed mid-write leaves whole documents with all their events, and the file opens again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-killed-'));
  const path = join(dir, 'sitrep.db');
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Kill it while it is writing, well into the run.
        if (output.includes('stored 40\n')) { child.kill('SIGKILL'); resolve(); }
      });
      child.on('exit', (code) => code !== null && reject(new Error(`the writer exited by itself with code ${code}`)));
    });
    await new Promise((resolve) => child.once('close', resolve));

    const store = await openSqliteStore(path);
    try {
      const { documents, events } = await store.stats();
      assert.ok(documents >= 41, `only ${documents} documents survived`);
      assert.equal(events, documents * 5);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('two processes ingesting into one file at once both store everything', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-two-writers-'));
  const path = join(dir, 'sitrep.db');
  try {
    // The first open creates the schema; racing two first opens is covered by the IMMEDIATE migration.
    await (await openSqliteStore(path)).close();
    const exits = ['north', 'south'].map((salt) => new Promise<number | null>((resolve) => {
      spawn(process.execPath, ['--import', 'tsx', writer, path, '60', salt], { stdio: ['ignore', 'ignore', 'inherit'] })
        .on('exit', (code) => resolve(code));
    }));
    assert.deepEqual(await Promise.all(exits), [0, 0]);
    const store = await openSqliteStore(path);
    try {
      assert.deepEqual(await store.stats().then((s) => [s.documents, s.events]), [120, 600]);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
