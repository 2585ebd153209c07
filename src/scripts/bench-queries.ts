import { performance } from 'node:perf_hooks';
import type { EventRecord } from '../model/event-record.js';
import type { EventFilter, Store } from '../store/store.js';

/**
 * How long the queries a user runs take on a filled store, in wall-clock milliseconds: the median
 * of each query, and p50 / p95 / max over every timed run of all of them.
 * Example: { p50: 1.8, p95: 24.1, max: 31.0, runs: 20, queries: { 'latest events': 2.1, 'full text': 9.7, … } }
 */
export interface QueryLatency {
  p50: number;
  p95: number;
  max: number;
  /** Timed runs of each query (after one untimed run). */
  runs: number;
  queries: Record<string, number>;
}

/** One named query against the store. */
interface BenchQuery {
  name: string;
  run(store: Store): Promise<unknown>;
}

/**
 * The queries `sitrep events` and the HTTP API serve most: the latest page, filters on type,
 * country, actor, month and place, full text, a count, one event by id. The values are taken from
 * the stored events themselves (the most recent event with a country, an actor code, a place and a
 * date), so the set fits whatever corpus filled the store.
 */
export function benchQueries(sample: EventRecord): BenchQuery[] {
  const country = sample.place?.place.country;
  const code = sample.actors.find((a) => a.actor?.code)?.actor?.code.slice(0, 3);
  const month = sample.time?.start?.slice(0, 7);
  const place = sample.place?.place.name;
  const events = (filter: EventFilter) => (store: Store) => store.queryEvents({ limit: 100, ...filter });
  return [
    { name: 'latest events', run: events({ order: 'time-desc', limit: 50 }) },
    { name: 'type and country', run: events({ type: sample.type, ...(country ? { country } : {}) }) },
    { name: 'actor code', run: events({ actor: code ? { code, role: 'actor' } : { name: sample.actors[0]?.text ?? sample.triggerText } }) },
    { name: 'month', run: events(month ? { from: month, to: month, order: 'time' } : { order: 'time' }) },
    { name: 'place name', run: events(place ? { place } : {}) },
    { name: 'full text', run: events({ text: place ?? sample.triggerText }) },
    { name: 'count by type', run: (store) => store.countEvents({ type: sample.type }) },
    { name: 'one event', run: (store) => store.getEvent(sample.id) },
  ];
}

/** Runs each query once untimed, then `runs` times timed; returns the figures. */
export async function timeQueries(store: Store, runs = 20): Promise<QueryLatency> {
  const recent = await store.queryEvents({ order: 'time-desc', limit: 500 });
  const sample = recent.find((e) => e.place && e.time && e.actors.some((a) => a.actor?.code)) ?? recent[0];
  if (!sample) throw new Error('The store holds no event to build queries from: store some articles before timing queries.');
  const all: number[] = [];
  const queries: Record<string, number> = {};
  for (const query of benchQueries(sample)) {
    await query.run(store);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await query.run(store);
      times.push(performance.now() - t0);
    }
    queries[query.name] = round(quantile(times, 0.5));
    all.push(...times);
  }
  return { p50: round(quantile(all, 0.5)), p95: round(quantile(all, 0.95)), max: round(Math.max(...all)), runs, queries };
}

/** The q-quantile of the values, nearest rank. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

// Three decimals keep a sub-millisecond lookup visible.
const round = (ms: number): number => Number(ms.toFixed(3));
