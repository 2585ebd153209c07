import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/** A fresh folder under os.tmpdir() for fixtures too big or too binary to commit; removed after the file's tests. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-readers-'));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;
