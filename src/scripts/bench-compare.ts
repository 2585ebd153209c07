#!/usr/bin/env node
// Two builds side by side: `node dist/scripts/bench-compare.js OTHER_CHECKOUT [--articles N] [--warm N] [--rounds R] [--json]`.
// This machine's speed drifts by a fifth between runs, so one bench run per build cannot tell a 10% gain from noise.
// Each round times this checkout's build and the other one's (its own dist/, built) in fresh processes, alternately,
// on the same generated articles, with the bench's V8 flags; the medians are compared.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from '../eval/geoparsing/score-geoparsing.js';

/** The flags of `npm run bench` (package.json): one core, garbage collection included, a heap that stays under 500 MB. */
const NODE_FLAGS = ['--single-threaded-gc', '--max-old-space-size=384', '--max-semi-space-size=32'];
const THIS_CHECKOUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Timing { checkout: string; articlesPerCpuSecond: number; events: number }

/** Times one checkout's pipeline in this process: `warm` articles first, then `articles` timed (same seed every time). */
export async function timeCheckout(checkout: string, articles: number, warm: number): Promise<Timing> {
  const bench = await import(pathToFileURL(join(checkout, 'dist', 'scripts', 'bench-pipeline.js')).href);
  bench.timePipeline(bench.corpusBatches(warm, 11, 100));
  const run = bench.timePipeline(bench.corpusBatches(articles, 7, 500));
  return { checkout, articlesPerCpuSecond: run.articlesPerSecond, events: run.events };
}

function timeInChild(checkout: string, articles: number, warm: number): Timing {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...NODE_FLAGS, self, '--one', checkout, String(articles), String(warm)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`timing ${checkout} failed: ${child.stderr.trim().split('\n').pop()}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Timing;
}

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a positive whole number`);
  return value;
}

async function main(args: readonly string[]): Promise<number> {
  if (args[0] === '--one') {
    console.log(JSON.stringify(await timeCheckout(args[1], Number(args[2]), Number(args[3]))));
    return 0;
  }
  const other = args[0];
  if (!other || other === '--help' || other.startsWith('-')) {
    console.log('bench-compare OTHER_CHECKOUT [--articles N] [--warm N] [--rounds R] [--json]\n\nTimes this build and another checkout\'s build (run `npx tsc` there first) alternately, R rounds,\non the same N generated articles, after --warm (200) others: articles per CPU-second, with the bench\'s flags.');
    return other ? 0 : 2;
  }
  const otherCheckout = resolve(other);
  if (!existsSync(join(otherCheckout, 'dist', 'scripts', 'bench-pipeline.js'))) {
    console.error(`bench-compare: ${otherCheckout} has no built dist/scripts/bench-pipeline.js`);
    return 3;
  }
  const articles = option(args, '--articles', 2000);
  const warm = option(args, '--warm', 200);
  const rounds = option(args, '--rounds', 3);
  const timings: Record<'this' | 'other', number[]> = { this: [], other: [] };
  let events: Record<'this' | 'other', number> = { this: 0, other: 0 };
  for (let round = 1; round <= rounds; round++) {
    for (const [key, checkout] of [['other', otherCheckout], ['this', THIS_CHECKOUT]] as const) {
      const t = timeInChild(checkout, articles, warm);
      timings[key].push(Math.round(t.articlesPerCpuSecond));
      events = { ...events, [key]: t.events };
      console.error(`bench-compare: round ${round}/${rounds} ${key} ${Math.round(t.articlesPerCpuSecond)} articles per CPU-second`);
    }
  }
  const result = { articles, rounds, other: otherCheckout, this: THIS_CHECKOUT, other_per_cpu_s: timings.other, this_per_cpu_s: timings.this,
    other_median: median(timings.other), this_median: median(timings.this), other_events: events.other, this_events: events.this };
  if (!args.includes('--json')) {
    console.log(`other (${otherCheckout}): ${timings.other.join(', ')} articles per CPU-second, median ${result.other_median}`);
    console.log(`this  (${THIS_CHECKOUT}): ${timings.this.join(', ')} articles per CPU-second, median ${result.this_median}`);
  }
  console.log(JSON.stringify(result));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: Error) => { console.error(`bench-compare: ${error.message}`); process.exitCode = 1; });
}
