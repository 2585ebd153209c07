import type { Token } from '../../model/token.js';
import type { ActorMention } from '../../model/actor.js';
import type { SourceRef, SourceKind } from '../../model/source.js';
import type { AttributionLexicon } from '../../lexicons/attribution-lexicon.js';

const ACTOR_KIND_TO_SOURCE: Record<string, SourceKind> = {
  media: 'outlet', government: 'government', state: 'government', military: 'military', police: 'government',
  person: 'official', ngo: 'monitor', igo: 'organisation', 'armed-group': 'armed-group', rebels: 'armed-group',
  party: 'organisation', civilians: 'witness', business: 'organisation', other: 'unknown',
};

/** What the stage remembers while it reads a document: the outlets and anonymous sources met so far. */
export interface SourceMemory {
  lastOutlet?: SourceRef;
  /** The last person named as a source: a later "he said" / "she told" is that person. */
  lastPerson?: SourceRef;
  /** Anonymous sources by the outlet that relays them: a later "the interlocutor of the newspaper" is the same one. */
  anonymousVia: Map<string, SourceRef>;
}

/**
 * Turns a source phrase into a chain of sources, innermost first:
 * "Kerry" → [Kerry]; "a source familiar with the negotiations" → [that source];
 * "the interlocutor of the newspaper" → [the source met before via that newspaper, the newspaper].
 */
export function describeSource(
  text: string, tokens: readonly Token[], range: [number, number], actors: readonly ActorMention[],
  lexicon: AttributionLexicon, memory: SourceMemory,
): SourceRef[] {
  let [from, to] = range;
  if (to - from === 1 && tokens[from].pos === 'PRON') {
    // "He said": the person named as a source before; "it", "they", "I" name no one sitrep can tell.
    const person = /^(he|she)$/.test(tokens[from].lower) ? memory.lastPerson : undefined;
    return person ? [{ ...person, span: { start: tokens[from].start, end: tokens[from].end } }] : [];
  }
  while (from < to && (tokens[from].pos === 'DET' || tokens[from].pos === 'PUNCT')) from++;
  while (to > from && tokens[to - 1].pos === 'PUNCT') to--;
  if (from >= to) return [];
  // The name keeps its article ('a source familiar with …') but not a quotation mark closing what was said.
  let first = range[0];
  while (first < from && tokens[first].pos === 'PUNCT') first++;
  const span = { start: tokens[first].start, end: tokens[to - 1].end };
  // 'the Britain-based Syrian Observatory': where a source is based describes it, it is not the source.
  const inside = actors.filter((a) => a.span.start >= tokens[from].start && a.span.end <= tokens[to - 1].end && !BASED_IN.test(text.slice(a.span.end, a.span.end + 20)));
  const head = tokens.slice(from, to).find((t) => lexicon.sourceNouns.has(t.lower));
  const outletInside = inside.find((a) => a.actor?.kind === 'media');
  const named = inside.find((a) => a.actor && a.actor.kind !== 'media') ?? inside.find((a) => !a.actor);

  if (head && lexicon.sourceNouns.get(head.lower) !== 'outlet' && !named) {
    // "a source …", "the interlocutor of the newspaper": an unnamed source, relayed by an outlet when one is named or implied.
    const relay = outletInside ? outletRef(outletInside) : /\b(newspaper|paper|agency|channel|publication)\b/i.test(text.slice(span.start, span.end)) ? memory.lastOutlet : undefined;
    const known = relay ? memory.anonymousVia.get(relay.name) : undefined;
    const source: SourceRef = known && /^the\b/i.test(text.slice(span.start, span.end))
      ? { ...known, span }
      : { name: text.slice(span.start, span.end), kind: lexicon.sourceNouns.get(head.lower) ?? 'anonymous', span };
    if (relay && !known) memory.anonymousVia.set(relay.name, source);
    return relay ? [source, relay] : [source];
  }
  if (head && named?.actor && head.start >= named.span.end) {
    // 'Army spokesman Ali Hassan': the person the source noun introduces. 'A coalition military source',
    // 'an NDF official': an unnamed member of the party, named by the whole phrase, coded as the party.
    const person = inside.find((a) => (a.actor?.kind === 'person' || !a.actor) && a.span.start >= head.end);
    if (person) {
      const source: SourceRef = { name: person.actor?.name ?? person.text, kind: 'official', span: person.span, code: person.actor?.code };
      memory.lastPerson = source;
      return [source];
    }
    // 'Police spokesman Jimoh Moshood': a name the actor dictionary does not know, capitalised after the noun.
    const at = tokens.indexOf(head, from);
    const rest = tokens.slice(at + 1, to);
    if (rest.length > 0 && rest.every((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) {
      const nameSpan = { start: rest[0].start, end: rest[rest.length - 1].end };
      const source: SourceRef = { name: text.slice(nameSpan.start, nameSpan.end), kind: 'official', span: nameSpan };
      memory.lastPerson = source;
      return [source];
    }
    return [{ name: text.slice(span.start, span.end), kind: lexicon.sourceNouns.get(head.lower) ?? 'anonymous', span, code: named.actor.code }];
  }
  if (named?.actor) {
    const source: SourceRef = { name: named.actor.name, kind: ACTOR_KIND_TO_SOURCE[named.actor.kind] ?? 'unknown', span: named.span, code: named.actor.code };
    if (named.actor.kind === 'person') memory.lastPerson = source;
    return [source];
  }
  if (outletInside) {
    const ref = outletRef(outletInside);
    memory.lastOutlet = ref;
    return [ref];
  }
  if (head && lexicon.sourceNouns.get(head.lower) === 'outlet' && memory.lastOutlet) return [{ ...memory.lastOutlet, span }];
  // A count or a date ('… killed more than 1,400 people, they say' cut at the wrong place) is nobody.
  if (!tokens.slice(from, to).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return [];
  return [{ name: text.slice(span.start, span.end), kind: named ? 'person' : 'unknown', span }];
}

const BASED_IN = /^-(?:based|headquartered)\b/i;

function outletRef(mention: ActorMention): SourceRef {
  return { name: mention.actor?.name ?? mention.text, kind: 'outlet', span: mention.span, code: mention.actor?.code };
}

/** Remembers the outlets a sentence names, so a later "the newspaper" can be resolved. */
export function rememberOutlets(actors: readonly ActorMention[], start: number, end: number, memory: SourceMemory): void {
  for (const a of actors) if (a.actor?.kind === 'media' && a.span.start >= start && a.span.end <= end) memory.lastOutlet = outletRef(a);
}
