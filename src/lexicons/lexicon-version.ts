import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../data-files/data-path.js';

let version: string | undefined;

/**
 * A short hash of every lexicon, model and generated gazetteer file the pipeline loads: stored
 * with each event so that articles analysed with older data can be found and reprocessed.
 * Example: 'a41c09e2'
 */
export function lexiconVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const folder of ['lexicons', 'models', 'generated']) {
    const dir = dataPath(folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      hash.update(`${folder}/${name}\n`);
      // The generated gazetteer is large and built from pinned packages plus the alias lexicon, which is hashed already.
      if (folder !== 'generated') hash.update(readFileSync(join(dir, name)));
    }
  }
  version = hash.digest('hex').slice(0, 8);
  return version;
}
