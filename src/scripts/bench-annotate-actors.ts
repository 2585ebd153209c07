/**
 * Measures annotateActors alone: the dictionary's load time, then the per-article cost after load
 * (the best of 30 batches, which is the least disturbed by other processes on a shared machine).
 *
 *   node --import tsx src/scripts/bench-annotate-actors.ts [article.txt] [published]
 */
import { readFileSync } from 'node:fs';
import { segmentText } from '../stages/segment/segment.js';
import { actorDictionary } from '../lexicons/actor-dictionary.js';
import { agentLexicon } from '../lexicons/agent-lexicon.js';
import { annotateActors } from '../stages/annotate-actors/annotate-actors.js';

const file = process.argv[2] ?? '/work/shared/seed/article.txt';
const text = readFileSync(file, 'utf8');
const doc = { id: 'doc_bench', contentHash: 'bench', text, published: process.argv[3] ?? '2016-07-28', language: 'en' };

const t0 = performance.now();
const dict = actorDictionary();
agentLexicon();
const load = performance.now() - t0;

const layers = { ...segmentText(text), places: [] };
for (let i = 0; i < 300; i++) annotateActors.run(doc, layers);
let best = Infinity;
for (let b = 0; b < 30; b++) {
  const s = performance.now();
  for (let i = 0; i < 100; i++) annotateActors.run(doc, layers);
  best = Math.min(best, (performance.now() - s) / 100);
}
const mentions = annotateActors.run(doc, layers).actors.length;
console.log(`load ${load.toFixed(0)} ms (${dict.entries} actors); ${best.toFixed(3)} ms per article of ${text.length} chars `
  + `(${(best * 2500 / text.length).toFixed(3)} ms per 2.5 KB), ${mentions} mentions`);
