import type { EventRecord } from '../../model/event-record.js';
import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { agentLexicon } from '../../lexicons/agent-lexicon.js';

/** At most this many words may stand between the state's name and the act's noun: 'Libya Militia Attacks'. */
const MODIFIER_WORDS = 2;
const WORDS_BETWEEN = /^\s+(?:[A-Za-z'-]+\s+)*$/;
const GERUND = /ing$/;

/**
 * 'Syria fighting kills 132', 'Syria Terrorist Attacks in Aleppo Claim 20': a headline's bare state name set
 * before the act's noun, in the state where the act took place, says where it happened, not who did it.
 * 'Russia air strikes kill 20 in Idlib' keeps Russia: the strikes fell in another state; so does 'Russian drones'
 * (an adjective names whose the means were). Removes such actors; `triggers` are the words of every act told,
 * since a merged record's own trigger may be another report's.
 */
export function withoutCountryOfScene(record: EventRecord, text: string, tokens: readonly Token[], triggers: readonly Span[]): void {
  const sceneCountry = record.place?.place.country;
  if (!sceneCountry || !record.actors.length) return;
  record.actors = record.actors.filter((a) => {
    if (a.actor?.kind !== 'state' || a.actor.country !== sceneCountry || a.inferred) return true;
    const name = tokens.find((t) => t.start === a.evidence.start);
    if (name?.pos !== 'PROPN' || name.end !== a.evidence.end || agentLexicon().adjectives.has(name.lower)) return true;
    return !triggers.some((trigger) => trigger.start > a.evidence.end && modifies(a.evidence, trigger, text, tokens));
  });
}

/** The name stands right before the act's noun ('fighting', 'attacks'), with at most two words between. */
function modifies(name: Span, trigger: Span, text: string, tokens: readonly Token[]): boolean {
  const between = text.slice(name.end, trigger.start);
  if (!WORDS_BETWEEN.test(between) || (between.trim() ? between.trim().split(/\s+/).length : 0) > MODIFIER_WORDS) return false;
  // 'Turkey strikes Kurdish militia' tells the act by a verb, whose subject the state is.
  const head = tokens.find((t) => t.start === trigger.start);
  return head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN' || GERUND.test(head.lower));
}
