import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import type { AcledSubtype } from '../../model/event-types.js';
import type { TriggerMatch } from './find-triggers.js';

const STATE_KINDS = new Set(['state', 'government', 'military', 'police']);
const NON_STATE_KINDS = new Set(['armed-group', 'rebels', 'party']);

// Who takes a town decides its ACLED type: the state regains territory, a non-state group overtakes it.
// Unnamed parties speak through their words ('troops', 'militants'); a verb of taking back ('recapture',
// 'liberate') is the state's, as ACLED codes a state's return; the side that loses the town tells the rest.
const STATE_WORDS = /^(army|armies|troops?|soldiers?|military|police|policemen|forces|government|regime|servicemen|units?|battalions?|brigades?)$/i;
const NON_STATE_WORDS = /^(militants?|rebels?|insurgents?|jihadists?|terrorists?|gunmen|fighters|extremists?|separatists?|militias?|militiamen|takfiri|guerrillas?|bandits|mercenaries)$/i;
const TAKE_BACK = /^(re[a-z]+|liberat\w*|win|won|free\w*|drove|drive|push\w*)$/i;

function sideOf(p: EventMention['actors'][number] | undefined): 'state' | 'non-state' | undefined {
  if (!p) return undefined;
  const kind = p.actor?.kind;
  if (kind && STATE_KINDS.has(kind)) return 'state';
  if (kind && NON_STATE_KINDS.has(kind)) return 'non-state';
  const words = p.text.split(/[\s-]+/);
  if (words.some((w) => NON_STATE_WORDS.test(w))) return 'non-state';
  if (words.some((w) => STATE_WORDS.test(w))) return 'state';
  return undefined;
}

/** The ACLED type of a taking of territory, by who took it; undefined when the text does not tell. */
export function territoryClass(actors: EventMention['actors'], recipients: EventMention['recipients'], tokens: readonly Token[], match: TriggerMatch,
  clause: { first: number; last: number }): { label: string; acled: AcledSubtype } | undefined {
  const GOV = { label: 'GOV_REGAINS_TERIT', acled: 'Government regains territory' as AcledSubtype };
  const NON_STATE = { label: 'NON_STATE_ACTOR_OVERTAKES_TER', acled: 'Non-state actor overtakes territory' as AcledSubtype };
  const named = actors[0]?.actor ? sideOf(actors[0]) : undefined;
  if (named) return named === 'state' ? GOV : NON_STATE;
  if (TAKE_BACK.test(tokens[match.first].lower)) return GOV;
  let side: 'state' | 'non-state' | undefined;
  {
    // The subject word nearest before the trigger in its clause ('the army units took control').
    for (let i = match.first - 1; i >= clause.first && !side; i--) {
      if (NON_STATE_WORDS.test(tokens[i].lower)) side = 'non-state';
      else if (STATE_WORDS.test(tokens[i].lower)) side = 'state';
    }
  }
  side ??= sideOf(actors[0]);
  if (side) return side === 'state' ? GOV : NON_STATE;
  const loser = sideOf(recipients[0]);
  if (loser) return loser === 'state' ? NON_STATE : GOV;
  return undefined;
}
