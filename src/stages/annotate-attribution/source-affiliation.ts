import type { Token, Sentence } from '../../model/token.js';
import type { ActorMention } from '../../model/actor.js';
import type { Attribution, SourceRef } from '../../model/source.js';
import type { AttributionLexicon } from '../../lexicons/attribution-lexicon.js';
import { sentenceAt } from '../token-index.js';

// Bodies whose staff speak without their names: a person or an outlet is no affiliation.
const BODY_KINDS = new Set(['state', 'government', 'military', 'police', 'igo', 'ngo', 'armed-group', 'rebels', 'party']);
// 'officials in the State Department', 'diplomats at the mission', 'sources from the ministry', 'officers of the army'.
const MEMBER_PREPS = new Set(['in', 'at', 'from', 'of', 'within']);
// 'a source familiar with the talks', 'a source close to the rebels': a phrase that says who the source is by
// what it knows or whom it stands near says all the text tells of it.
const SELF_DESCRIBED = new Set(['familiar', 'close', 'with', 'near', 'briefed']);

/**
 * 'Many officials in the State Department doubt the plan. According to the interlocutor of the newspaper, …':
 * an anonymous source whose own words name no body is one of the officials the text has just spoken of, so it
 * takes their body's code, and `affiliation` points at that body's name. The officials' body is the one named
 * with them ('officials in X', 'X officials'), or, when an outlet's report names none ('the newspaper reported
 * that X is growing wary: many officials …'), the first body the report is about. Only the source's own
 * sentence before it and the sentence before are read: further back the text may speak of other people.
 */
export function affiliateSources(text: string, tokens: readonly Token[], sentences: readonly Sentence[], actors: readonly ActorMention[],
  attributions: readonly Attribution[], lexicon: AttributionLexicon): void {
  for (const a of attributions) {
    const source = a.chain[0];
    if (!source || source.kind !== 'anonymous' || source.code || source.affiliation || selfDescribed(text, source)) continue;
    const body = affiliationOf(tokens, sentences, actors, attributions, lexicon, source);
    if (!body?.actor) continue;
    source.code = body.actor.code;
    source.affiliation = body.span;
  }
}

function selfDescribed(text: string, source: SourceRef): boolean {
  return text.slice(source.span.start, source.span.end).toLowerCase().split(/[^a-z]+/).some((w) => SELF_DESCRIBED.has(w));
}

function affiliationOf(tokens: readonly Token[], sentences: readonly Sentence[], actors: readonly ActorMention[],
  attributions: readonly Attribution[], lexicon: AttributionLexicon, source: SourceRef): ActorMention | undefined {
  const s = sentenceAt(sentences, source.span.start);
  const from = sentences[Math.max(0, s - 1)].tokenStart;
  let to = sentences[s].tokenStart;
  while (to < tokens.length && tokens[to].start < source.span.start) to++;
  // Nearest first: the officials closest before the source are the ones it belongs to.
  for (let i = to - 1; i >= from; i--) {
    const kind = lexicon.sourceNouns.get(tokens[i].lower);
    if ((kind !== 'anonymous' && kind !== 'official') || !/s$/.test(tokens[i].lower)) continue;
    // Officials who speak in their own words ('officials in the ministry said …') are sources of their own, not a body
    // the later source joins: a cue of their sentence follows them, and they are not inside what it says.
    const sentence = sentences[sentenceAt(sentences, tokens[i].start)];
    if (attributions.some((x) => x.cue.start >= tokens[i].end && x.cue.end <= sentence.end && !(x.content.start <= tokens[i].start && tokens[i].end <= x.content.end))) continue;
    const body = namedWith(tokens, actors, i) ?? subjectOfReport(actors, attributions, tokens[i].start);
    if (body) return body;
  }
  return undefined;
}

const isBody = (a: ActorMention) => a.actor !== undefined && BODY_KINDS.has(a.actor.kind);

/** 'State Department officials', 'officials in the State Department', 'officials of the army'. */
function namedWith(tokens: readonly Token[], actors: readonly ActorMention[], noun: number): ActorMention | undefined {
  const before = actors.find((a) => isBody(a) && a.span.end <= tokens[noun].start && tokens[noun - 1] !== undefined && a.span.end >= tokens[noun - 1].start);
  if (before) return before;
  if (!MEMBER_PREPS.has(tokens[noun + 1]?.lower ?? '')) return undefined;
  const at = tokens[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
  return actors.find((a) => isBody(a) && tokens[at] !== undefined && a.span.start === tokens[at].start);
}

/** 'The newspaper reported that the ministry is growing wary of the plan: many officials …': the body the report is about. */
function subjectOfReport(actors: readonly ActorMention[], attributions: readonly Attribution[], at: number): ActorMention | undefined {
  const report = attributions.find((x) => x.chain.some((c) => c.kind === 'outlet') && x.content.start <= at && at < x.content.end);
  if (!report) return undefined;
  return actors.find((a) => isBody(a) && a.span.start >= report.content.start && a.span.end <= at);
}
