import type { Token, Sentence } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import { requestCoding } from './refine-mode.js';

// Types whose statement carries another event as its content ('asked … to stop the strikes', 'welcomed the talks').
const GOVERNING = new Set(['REQUEST', 'ACCUSE', 'THREATEN', 'AGREE', 'REJECT', 'SUPPORT']);

// Governing acts whose content, when it names no actor of its own, is done by their subject.
const OWN_ACT = new Set(['REJECT', 'AGREE', 'THREATEN']);

// Acts whose content may be a statement that names acts of its own: 'agreed on a statement condemning …'.
const HOLDS_STATEMENT = new Set(['AGREE', 'SUPPORT']);

// How far below its governing act a content event ranks at least ('threatened@0.58 to ban@0.81' → 0.57).
const CONTENT_MARGIN = 0.01;

function wordBefore(tokens: readonly Token[], sentence: Sentence, start: number): string {
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) if (tokens[i].start === start) return tokens[i - 1].lower;
  return '';
}

/** Words that set what a statement answers or follows, not what it asks or alleges: 'called for a response following an attack'. */
const BACKGROUND = new Set(['following', 'after', 'since', 'before', 'despite', 'amid', 'amidst']);
const MODIFIER_POS = /^(DET|ADJ|NUM|PROPN|NOUN|PART)$/;

/** The nominal trigger at `start` stands in a background phrase ('following last week's bombing'), a few modifiers after its preposition. */
function inBackgroundPhrase(tokens: readonly Token[], sentence: Sentence, start: number): boolean {
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && tokens[i].start < start) i++;
  for (let k = i - 1, steps = 0; k >= sentence.tokenStart && steps < 6; k--, steps++) {
    if (BACKGROUND.has(tokens[k].lower)) return true;
    if (!MODIFIER_POS.test(tokens[k].pos) && tokens[k].text !== "'s" && tokens[k].text !== '’s') return false;
  }
  return false;
}

// Verbs of saying that, after 'and', start a second statement by the same speaker; after a comma, their participles
// do ('denied that the town had fallen, saying fighting was continuing').
const SAYING = new Set(['said', 'says', 'added', 'stated', 'told']);
export const SAYING_PARTICIPLES = new Set(['saying', 'adding', 'insisting', 'stating']);

function saysAgainBetween(tokens: readonly Token[], sentence: Sentence, from: number, to: number): boolean {
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd && tokens[i].start < to; i++) {
    if (tokens[i].start < from) continue;
    if (tokens[i - 1].lower === 'and' && SAYING.has(tokens[i].lower)) return true;
    if (tokens[i - 1].text === ',' && SAYING_PARTICIPLES.has(tokens[i].lower)) return true;
  }
  return false;
}

/** What opens a phrase framing the clause after it: 'Under the deal', 'As part of the agreement', 'In line with'. */
const OPENS_PHRASE = /^(?:ADP|SCONJ)$/;

/**
 * The governing noun stands in a prepositional phrase that opens the sentence and a comma closes it before the
 * content ('As part of the agreement, the rebels handed over …'): it frames the clause, it does not govern it.
 */
function frontedFrame(tokens: readonly Token[], sentence: Sentence, gov: EventMention, content: EventMention): boolean {
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && tokens[i].start < gov.trigger.start) i++;
  if (i - sentence.tokenStart > 6 || isVerb(tokens, sentence, gov.trigger.start)) return false;
  if (!OPENS_PHRASE.test(tokens[sentence.tokenStart].pos)) return false;
  for (let k = i; k < sentence.tokenEnd && tokens[k].start < content.trigger.start; k++) if (tokens[k].text === ',') return true;
  return false;
}

/** Finite forms of 'be' and 'have' that open a clause of their own. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** A finite 'be' or 'have' between two spans, with no 'that' to make what follows a complement ('found that he was planning'). */
function finiteBetween(tokens: readonly Token[], sentence: Sentence, from: number, to: number): boolean {
  let finite = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && tokens[i].start < to; i++) {
    if (tokens[i].start < from) continue;
    if (tokens[i].lower === 'that') return false;
    finite ||= FINITE.has(tokens[i].lower);
  }
  return finite;
}

function isVerb(tokens: readonly Token[], sentence: Sentence, start: number): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (tokens[i].start === start) return tokens[i].pos === 'VERB';
  return false;
}

/**
 * A governing act (request, accusation, threat, agreement) takes the events after it in its clause as
 * its content (`contentOf`): they are what was asked, alleged, threatened or agreed, not facts the sentence
 * asserts. A request's mode follows its content ('asked … to stop the strikes' → yield, 0256).
 * `promised` names the acts read as promises or threats after the first pass ('will support a resolution
 * that tightens sanctions'): called again with them, only they take content.
 */
export function linkContent(tokens: readonly Token[], sentence: Sentence, offset: number, events: EventMention[], promised?: ReadonlySet<EventMention>): void {
  // Governing acts that are themselves another's content and govern what follows them ('agreed on a statement condemning a strike').
  const nested = new Set<EventMention>();
  events.forEach((gov, g) => {
    if (!GOVERNING.has(gov.type) || (gov.contentOf !== undefined && !nested.has(gov)) || (promised && !promised.has(gov))) return;
    for (let c = g + 1; c < events.length; c++) {
      const content = events[c];
      if (content.contentOf !== undefined || content.type === gov.type || content.clause.start > gov.clause.end) continue;
      // 'As part of the agreement, the rebels handed over …', 'Under the deal, …': a fronted phrase that names an
      // agreement frames the main clause, whose acts were done under it, not agreed to be done.
      if (frontedFrame(tokens, sentence, gov, content)) break;
      // 'called for a strong response following an August 21 chemical attack': the attack is what happened before, not what is asked.
      if (inBackgroundPhrase(tokens, sentence, content.trigger.start)) continue;
      // 'denied shelling the town and accused Ukrainian troops of firing': a second act of speech joined by 'and' is the subject's own.
      if (GOVERNING.has(content.type) && wordBefore(tokens, sentence, content.trigger.start) === 'and') break;
      // 'renewed his appeal for arms, and said Kyiv was ready to discuss a truce': a new verb of saying opens a statement of its own.
      if (saysAgainBetween(tokens, sentence, gov.trigger.end, content.trigger.start)) break;
      // 'a lawyer who had received threats for his work has been shot dead': a finite verb after a threat noun is the
      // sentence's own clause, not what was threatened ('threats to shell the town' and 'threats that … would' are).
      if (gov.type === 'THREATEN' && !isVerb(tokens, sentence, gov.trigger.start) && !gov.speechAct && finiteBetween(tokens, sentence, gov.trigger.end, content.trigger.start)) break;
      content.contentOf = offset + g;
      // 'agreed on a statement condemning an air strike': what follows a condemnation (an accusation) is what it
      // condemns, not what the agreement plans; the accusation takes it as its own content.
      // (Under a request or a threat, the condemnation asked for and what it names are left to that act.)
      const hands = content.type === 'ACCUSE' && HOLDS_STATEMENT.has(gov.type) && !promised && c + 1 < events.length;
      if (hands) nested.add(content);
      // What one threatens, promises or refuses to do has not happened: it never outranks the act of threatening
      // ('threatened to ban voting'). What one welcomes is the object of the support the sentence tells ('welcomed
      // the statement as proof of progress in the talks'), and what one demands has not happened yet ('demanded help in
      // regaining control'). An alleged act may have happened, and keeps its own rank.
      // A promise or threat read from 'will' or 'ready to', and a demand read from 'X said Y must', are told by a verb,
      // whatever word their trigger is ('ready to impose martial law').
      const told = promised?.has(gov) || gov.speechAct || isVerb(tokens, sentence, gov.trigger.start);
      const ceiling = gov.type !== 'ACCUSE' && told ? gov.confidence - CONTENT_MARGIN : 1;
      content.confidence = Math.round(Math.min(content.confidence * 0.8, ceiling) * 1000) / 1000;
      // The one asked to act is the one the request is addressed to; content with no actor of its own waits for it.
      const asked = content.actors.filter((a) => !gov.actors.some((b) => b.evidence.start === a.evidence.start));
      // Who denies, agrees to or threatens an act is its author ('denied shelling the town', 'threatened to strike').
      content.actors = asked.length || !OWN_ACT.has(gov.type) ? asked : gov.actors;
      if (gov.type === 'REQUEST' && !gov.recipients.length) gov.recipients = asked;
      // A promise, threat or refusal of an act is addressed to whom that act would reach ('promised to continue aid to Mozambique').
      else if (OWN_ACT.has(gov.type) && !gov.recipients.length) gov.recipients = content.recipients.filter((r) => !gov.actors.some((a) => a.evidence.start === r.evidence.start));
      if (gov.type === 'REQUEST') {
        const coding = requestCoding(content, []);
        if (coding) Object.assign(gov, coding);
      }
      if (hands) break;
    }
    if (gov.type === 'REQUEST' && !gov.mode) {
      const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.lower);
      const coding = requestCoding(undefined, words);
      if (coding) Object.assign(gov, coding);
    }
  });
}
