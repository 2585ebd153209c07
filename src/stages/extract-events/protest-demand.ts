import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import { firstTokenFrom } from '../token-index.js';

// How far below the protest its demand ranks.
const MARGIN = 0.01;

/**
 * A demand told as the purpose of a protest ('blocked roads … demanding that he be reinstated', 'staged a
 * sit-in to demand reforms', 'rallied … denouncing the cuts') is what the protesters want, not a request of its
 * own: the sentence reports the protest (PROTEST, CAMEO 14: 'demonstrate for policy change'). The demand ranks just
 * below the protest, and lends it whom it is addressed to when the protest names nobody.
 * Example: [PROTEST 'blocked roads' 0.47, REQUEST 'demanding' 0.53] → [PROTEST 0.47, REQUEST 0.46].
 */
export function protestDemands(tokens: readonly Token[], events: EventMention[]): void {
  for (const protest of events) {
    if (protest.type !== 'PROTEST' || protest.contentOf !== undefined) continue;
    for (const demand of events) {
      if (!isDemand(demand) || demand.contentOf !== undefined || demand.sentence !== protest.sentence) continue;
      if (demand.trigger.start <= protest.trigger.end || !isPurpose(tokens, demand.trigger.start)) continue;
      demand.confidence = Math.round(Math.min(demand.confidence, protest.confidence - MARGIN) * 1000) / 1000;
      demand.rule += ' + protest-demand';
      if (!protest.recipients.length) protest.recipients = demand.recipients.filter((r) => !protest.actors.some((a) => a.evidence.start === r.evidence.start));
    }
  }
}

// The people a protest is made of: what they urge or denounce is said by the protest.
const CROWD = /^(the\s+)?(protesters?|protestors?|demonstrators?|marchers?|strikers?|crowds?|rallies|protest organi[sz]ers)$/i;

/**
 * Across a story: what the protesters themselves urge, ask or denounce ('Crowds gathered … The demonstrators
 * urged the army to …') is what they protest for, so it ranks below the story's protest; so does any act their
 * demand asks of others ('to ask officials to condemn them'), which ranks no higher than the asking.
 * Runs once the whole document's mentions are known; `events` are in document order, indexed as `contentOf` is.
 */
export function protestersSpeech(events: EventMention[], tokens: readonly Token[]): void {
  let protest: EventMention | undefined;
  for (const e of events) if (e.type === 'PROTEST' && e.contentOf === undefined && (!protest || e.confidence > protest.confidence)) protest = e;
  if (!protest) return;
  const ceiling = protest.confidence - MARGIN;
  const lowered = new Set<number>();
  events.forEach((e, i) => {
    if (!isDemand(e) || e.contentOf !== undefined) return;
    const theirs = e.rule.includes('protest-demand') || (e.actors.length > 0 && e.actors.every((a) => CROWD.test(a.text.trim())))
      || (isPurpose(tokens, e.trigger.start) && protestWordBefore(tokens, e.trigger.start));
    if (!theirs) return;
    if (e.confidence > ceiling) e.confidence = round(ceiling);
    if (!e.rule.includes('protest-demand')) e.rule += ' + protest-demand';
    lowered.add(i);
  });
  for (const e of events) if (e.contentOf !== undefined && lowered.has(e.contentOf) && e.confidence > ceiling) e.confidence = round(ceiling);
}

// 'planning rallies and walkouts to call on …': the aim of protests the story names, told or planned.
const PROTEST_WORD = /^(protest|rall(y|ies)|march|walkout|demonstrat|sit-in|vigil|strike)/;
const PROTEST_WINDOW = 8;

function protestWordBefore(tokens: readonly Token[], start: number): boolean {
  const i = firstTokenFrom(tokens, start);
  for (let j = i - 1; j >= Math.max(0, i - PROTEST_WINDOW); j--) {
    if (tokens[j].text === '.') return false;
    if (PROTEST_WORD.test(tokens[j].lower)) return true;
  }
  return false;
}

// Requests and denunciations: what a crowd puts on its banners.
function isDemand(e: EventMention): boolean {
  return e.type === 'REQUEST' || (e.type === 'ACCUSE' && e.mode === 'disapprove');
}

const round = (x: number) => Math.round(x * 1000) / 1000;

// 'to demand', 'demanding', 'calling for', 'to press their demands', 'in demand of': the demand is the protest's aim.
function isPurpose(tokens: readonly Token[], start: number): boolean {
  // A binary search: this is asked for every demand of a long article.
  const i = firstTokenFrom(tokens, start);
  if (tokens[i]?.start !== start) return false;
  if (/ing$/.test(tokens[i].lower)) return true;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = tokens[j].lower;
    if (w === 'to' || w === 'for' || w === 'press' || w === 'pressing') return true;
    if (!/^(DET|PRON|ADJ|ADV|VERB|PART)$/.test(tokens[j].pos)) return false;
  }
  return false;
}
