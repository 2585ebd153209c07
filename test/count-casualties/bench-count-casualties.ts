/*
 * Speed of countCasualties alone, beside segmentation for scale (not run by the test runner):
 *   node --import tsx test/count-casualties/bench-count-casualties.ts ../shared/eval/fa-kes/articles.csv
 * Budget: 0.15 ms for a 2.5 KB article, with segmentation at about 0.9 ms.
 */
import { readFakes } from '../../src/eval/fa-kes/evaluate-fakes.js';
import { segmentText } from '../../src/stages/segment/segment.js';
import { findCasualties } from '../../src/stages/count-casualties/count-casualties.js';

const file = process.argv[2];
if (!file) throw new Error('Give the FA-KES articles.csv: node --import tsx test/count-casualties/bench-count-casualties.ts ../shared/eval/fa-kes/articles.csv');
const texts = readFakes(file).map((a) => a.text);
const chars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
const segmented = texts.map((text) => ({ text, sentences: segmentText(text).sentences }));

function msPerArticle(rounds: number, work: () => void): number {
  work();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) work();
  return (performance.now() - started) / rounds / texts.length;
}

const segment = msPerArticle(3, () => { for (const t of texts) segmentText(t); });
const casualties = msPerArticle(100, () => { for (const s of segmented) findCasualties(s.text, s.sentences); });
const per25 = (ms: number) => (ms * 2500 / chars).toFixed(3);
console.log(`${texts.length} articles, mean ${Math.round(chars)} chars`);
console.log(`segment         ${segment.toFixed(3)} ms/article (${per25(segment)} ms per 2.5 KB)`);
console.log(`countCasualties ${casualties.toFixed(3)} ms/article (${per25(casualties)} ms per 2.5 KB), ${(100 * casualties / segment).toFixed(1)}% of segmentation`);
