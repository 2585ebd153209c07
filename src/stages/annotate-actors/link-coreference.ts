import type { TextWord } from '../../lexicons/phrase-index.js';
import type { FoundMention } from './found-mention.js';

// 'the group' points back to the one armed group named before it; 'the newspaper' to the one outlet.
const KIND_HEADS: Record<string, string[]> = {
  group: ['armed-group', 'rebels'], organisation: ['armed-group', 'igo', 'ngo'], organization: ['armed-group', 'igo', 'ngo'],
  movement: ['armed-group', 'rebels', 'party'], militia: ['armed-group', 'rebels'], newspaper: ['media'], agency: ['media', 'igo'],
};
// Office and body nouns that 'the …' reuses from a fuller earlier mention.
const HEADS = new Set(['secretary', 'minister', 'ministry', 'president', 'envoy', 'spokesman', 'spokeswoman', 'department', 'premier', 'chancellor', 'ambassador', 'coalition', 'observatory', 'kremlin', ...Object.keys(KIND_HEADS)]);

function lastName(m: FoundMention, words: readonly TextWord[]): string {
  return words[m.end - 1].key;
}

/**
 * Links later short mentions to the first full one (`corefOf`): the same dictionary actor again
 * ('Kerry' after 'John Kerry'), a surname alone after an unknown full name, and 'the Secretary',
 * 'the ministry', 'the group' when exactly one earlier actor fits. Returns the new 'the …' mentions.
 */
export function linkCoreference(found: FoundMention[], words: readonly TextWord[], covered: Uint8Array): FoundMention[] {
  found.sort((a, b) => a.start - b.start);
  const firstById = new Map<string, FoundMention>();
  for (const m of found) {
    const id = m.actor?.id;
    if (id && m.source === 'named') {
      const first = firstById.get(id);
      if (first) m.corefOf = first;
      else firstById.set(id, m);
    } else if (!m.actor && m.source === 'unknown' && m.end - m.start === 1) {
      const full = found.find((o) => o.start < m.start && o.end - o.start > 1 && o.source === 'unknown' && lastName(o, words) === words[m.start].key);
      if (full) m.corefOf = full;
    }
  }
  const added: FoundMention[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (covered[i] || words[i - 1].key !== 'the' || !HEADS.has(w.key)) continue;
    const next = words[i + 1];
    // 'the ministry building'; 'the newspaper the New York Times' names its referent itself.
    // 'the president of Armenia' names its own referent too.
    const named = (at: number) => found.some((m) => m.start === at);
    if (next && next.sentence === w.sentence && (/^(NOUN|PROPN)$/.test(next.pos) || next.key === 'of' || named(i + 1) || (next.key === 'the' && named(i + 2)))) continue;
    const earlier = found.filter((m) => m.end <= i && m.actor && !m.corefOf);
    const kinds = KIND_HEADS[w.key];
    const fits = earlier.filter((m) => (kinds ? kinds.includes(m.actor!.kind) : m.head === w.key || words.slice(m.start, m.end).some((x) => x.key === w.key)));
    const ids = new Set(fits.map((m) => m.actor!.id));
    if (ids.size !== 1) continue;
    const target = fits[0];
    added.push({ start: i - 1, end: i + 1, actor: target.actor, confidence: 0.6, source: 'coref', head: w.key, corefOf: target });
  }
  return added;
}
