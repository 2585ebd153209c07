import type { SourceRef } from '../../model/source.js';
import type { GoldSource } from './gold-types.js';
import { normalizeName } from './normalize-name.js';

/**
 * True when sitrep's attribution chain matches the reference (SCHEMA.md, `attribution`):
 * sitrep's sources are matched to the reference sources by name or alias, and both chains are
 * completed with the `via` chain of their outermost source before they are compared. A source's name
 * is the dictionary's ('United States Military') and, given the article's text, also the words the
 * article names it by ('the US military'), since a reference source is named as the article writes it.
 */
export function attributionMatches(system: readonly SourceRef[], reference: readonly string[] | undefined, accepted: readonly string[][] | undefined, sources: readonly GoldSource[], text?: string): boolean {
  const written = (s: SourceRef) => (text !== undefined && s.span.end > s.span.start ? sourceId(text.slice(s.span.start, s.span.end), sources) : undefined);
  const ids = system.map((s) => sourceId(s.name, sources) ?? written(s) ?? `?${normalizeName(s.name)}`);
  const mine = complete(ids, sources);
  return [reference ?? [], ...(accepted ?? [])].some((chain) => sameChain(mine, complete([...chain], sources)));
}

function sameChain(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Appends the `via` chain of the outermost source: ['s2'] → ['s2', 's1'] when s2 is relayed via s1. */
function complete(chain: string[], sources: readonly GoldSource[]): string[] {
  const out = [...chain];
  const seen = new Set(out);
  for (let last = out[out.length - 1]; last !== undefined;) {
    const via = sources.find((s) => s.id === last)?.via;
    if (!via || seen.has(via)) break;
    out.push(via);
    seen.add(via);
    last = via;
  }
  return out;
}

/** The reference source a sitrep source names: same id, name or alias, or one name inside the other. */
export function sourceId(name: string, sources: readonly GoldSource[]): string | undefined {
  const key = normalizeName(name);
  if (!key) return undefined;
  const exact = sources.find((s) => s.id === name || [s.name, ...(s.aliases ?? [])].some((n) => normalizeName(n) === key));
  if (exact) return exact.id;
  const contained = sources.find((s) => [s.name, ...(s.aliases ?? [])].some((n) => {
    const other = normalizeName(n);
    const [short, long] = other.length < key.length ? [other, key] : [key, other];
    return short.length >= 4 && new RegExp(`\\b${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(long);
  }));
  return contained?.id;
}
