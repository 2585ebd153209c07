import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';

// How far below the protest its demand ranks.
const MARGIN = 0.01;

/**
 * A demand told as the purpose of a protest ('blocked roads … demanding that he be reinstated', 'staged a
 * sit-in to demand reforms', 'to press their demands') is what the protesters want, not a request of its own:
 * the sentence reports the protest (PROTEST, CAMEO 14: 'demonstrate for policy change'). The demand ranks just
 * below the protest, and lends it whom it is addressed to when the protest names nobody.
 * Example: [PROTEST 'blocked roads' 0.47, REQUEST 'demanding' 0.53] → [PROTEST 0.47, REQUEST 0.46].
 */
export function protestDemands(tokens: readonly Token[], events: EventMention[]): void {
  for (const protest of events) {
    if (protest.type !== 'PROTEST' || protest.contentOf !== undefined) continue;
    for (const demand of events) {
      if (demand.type !== 'REQUEST' || demand.contentOf !== undefined || demand.sentence !== protest.sentence) continue;
      if (demand.trigger.start <= protest.trigger.end || !isPurpose(tokens, demand.trigger.start)) continue;
      demand.confidence = Math.round(Math.min(demand.confidence, protest.confidence - MARGIN) * 1000) / 1000;
      demand.rule += ' + protest-demand';
      if (!protest.recipients.length) protest.recipients = demand.recipients.filter((r) => !protest.actors.some((a) => a.evidence.start === r.evidence.start));
    }
  }
}

// 'to demand', 'demanding', 'calling for', 'to press their demands', 'in demand of': the demand is the protest's aim.
function isPurpose(tokens: readonly Token[], start: number): boolean {
  const i = tokens.findIndex((t) => t.start === start);
  if (i < 0) return false;
  if (/ing$/.test(tokens[i].lower)) return true;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = tokens[j].lower;
    if (w === 'to' || w === 'for' || w === 'press' || w === 'pressing') return true;
    if (!/^(DET|PRON|ADJ|ADV|VERB|PART)$/.test(tokens[j].pos)) return false;
  }
  return false;
}
