import type { Token } from '../../model/token.js';
import type { ActorMention } from '../../model/actor.js';
import { FIGHTING_KINDS } from '../../model/actor.js';
import type { ParticipantWord } from './participant-words.js';
import type { Candidate } from './candidate.js';
import { namesOthers, isSpeaker, inStatementFrame } from './argument-boundaries.js';
import { sortUnlessOrdered } from '../sort-unless-ordered.js';

const MEETING_NOUNS = new Set(['summit', 'conference', 'forum', 'meeting', 'session', 'talks', 'summits']);
// A name glossed in parentheses is the same party: 'Hizbollah (Party of God)'.
const LIST_GLUE = new Set([',', 'and', 'both', '&', '(']);

/**
 * Finds the candidates in tokens [first, last): actor mentions (never outlets) and description words
 * outside them, plus 'them'/'they' as pronouns; joins coordinated ones into lists.
 */
export function findCandidates(tokens: readonly Token[], first: number, last: number, mentions: readonly ActorMention[], words: Map<string, ParticipantWord>): Candidate[] {
  const found: Candidate[] = [];
  const covered = new Set<number>();
  for (const m of mentions) {
    if (m.actor?.kind === 'media') continue;
    let a = first;
    while (a < last && tokens[a].end <= m.span.start) a++;
    let b = a;
    while (b < last && tokens[b].start < m.span.end) b++;
    if (a >= last || b === a) continue;
    // 'the army troops', 'rebel fighters': an unresolved word for members right after an armed party is that party, not a second one.
    if (b < last && FIGHTING_KINDS.has(m.actor?.kind ?? '') && words.has(tokens[b].lower) && !words.get(tokens[b].lower)!.actor) b++;
    for (let i = a; i < b; i++) covered.add(i);
    // 'the ASEAN summit': a name that modifies a meeting word names the meeting, not a party to it.
    if (b < last && MEETING_NOUNS.has(tokens[b].lower)) continue;
    if (namesOthers(tokens, b, last)) continue;
    found.push({ first: a, last: b, participant: { text: m.text, evidence: m.span, actor: m.actor }, list: -1 });
  }
  for (let i = first; i < last; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i];
    const word = words.get(t.lower) ?? (t.pos === 'NOUN' ? words.get(t.lemma) : undefined);
    if (word) found.push({ first: i, last: i + 1, participant: { text: t.text, evidence: { start: t.start, end: t.end }, actor: word.actor }, list: -1 });
    else if (t.lower === 'them') found.push({ first: i, last: i + 1, participant: { text: t.text, evidence: { start: t.start, end: t.end } }, list: -1, pronoun: true });
  }
  for (const c of found) c.speaker = isSpeaker(tokens, c, last) || inStatementFrame(tokens, c, last);
  sortUnlessOrdered(found, (x, y) => x.first - y.first);
  // 'according to Colonel Naw Bu, a spokesman for the KIA': the apposition of a speaker speaks too.
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1];
    if (prev.speaker && !found[i].speaker && found[i].first === prev.last + 1 && tokens[prev.last].text === ',') found[i].speaker = true;
  }
  found.forEach((c, i) => {
    c.list = i;
    const prev = found[i - 1];
    if (!prev || c.pronoun || prev.pronoun) return;
    let glued = prev.last <= c.first || c.first < prev.last;
    for (let t = prev.last; t < c.first; t++) if (!LIST_GLUE.has(tokens[t].lower) && tokens[t].lower !== 'the') glued = false;
    if (glued) c.list = prev.list;
  });
  return found;
}
