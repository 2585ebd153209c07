import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder that holds sitrep's package.json, found upward from this module (src/ under tsx, dist/ when built). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('sitrep cannot find its package.json above ' + fileURLToPath(import.meta.url) + ': reinstall the package.');
    dir = up;
  }
  root = dir;
  return root;
}

/** Absolute path of a file under sitrep's data/ folder, e.g. dataPath('lexicons', 'actors.tsv'). */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}
