/*
 * Development entry for the FA-KES evaluation, until the CLI's `sitrep eval fa-kes` calls evaluateFakes:
 *   node --import tsx src/eval/fa-kes/run-fakes.ts ../shared/eval/fa-kes/articles.csv [--from casualties] [--limit N] [--misses N]
 * `--from casualties` reads the casualties layer (and runs the stages only up to countCasualties);
 * the default reads the event records of the full pipeline. Prints the table, then the JSON result.
 */
import { evaluateFakes, formatFakesTable } from './evaluate-fakes.js';
import { stagesUpTo } from '../../stages/registry.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const from = option('--from') === 'casualties' ? 'casualties' : 'events';
const limit = option('--limit');
const misses = Number(option('--misses') ?? 0);
const file = args[0];
if (!file) {
  console.error('Give the FA-KES file: node --import tsx src/eval/fa-kes/run-fakes.ts ../shared/eval/fa-kes/articles.csv');
  process.exit(2);
}
const result = await evaluateFakes(file, {
  figuresFrom: from,
  limit: limit ? Number(limit) : undefined,
  stages: from === 'casualties' ? stagesUpTo('countCasualties') : undefined,
  onProgress: (done, total) => { if (done % 50 === 0 || done === total) process.stderr.write(`\r${done}/${total}`); },
});
process.stderr.write('\n');
console.log(formatFakesTable(result));
for (const miss of result.civilian_misses.slice(0, misses)) console.log(`miss ${miss.id}: label ${miss.label}, sitrep ${miss.sitrep}`);
console.log(JSON.stringify({ ...result, civilian_misses: result.civilian_misses.length }));
