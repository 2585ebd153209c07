import type { TextWord } from '../../lexicons/phrase-index.js';
import type { FoundMention } from './found-mention.js';

/** Participles that say who runs a body: 'the Taliban-run Interior Ministry', 'the Houthi-controlled health ministry'. */
// Not 'backed' or 'led': a backer or a leader of a coalition is not the state the body belongs to.
const RUN_BY = new Set(['run', 'controlled']);
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP']);

/**
 * A state body named with no country ('Interior Ministry' → GOV) right after '<party>-run' takes the
 * country of the party that runs it: the Taliban's Interior Ministry is Afghanistan's (AFGGOV).
 * Runs on the mentions sorted by position; changes them in place.
 * Example: [Taliban=AFGREB, Interior Ministry=GOV] in 'the Taliban-run Interior Ministry' → Interior Ministry=AFGGOV
 */
export function giveRunnersCountry(found: FoundMention[], words: readonly TextWord[]): void {
  // Named again later with the same words ('The Interior Ministry spokesman said'), it is the same body.
  const given = new Map<string, NonNullable<FoundMention['actor']>>();
  const key = (m: FoundMention) => words.slice(m.start, m.end).map((w) => w.key).join(' ');
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    const code = m.actor?.code;
    if (!code || !STATE_SECTORS.has(code)) continue;
    const again = given.get(key(m));
    if (again) {
      m.actor = again;
      continue;
    }
    if (m.start < 2) continue;
    const participle = words[m.start - 1];
    const party = found[i - 1];
    if (!RUN_BY.has(participle.key) || party.end !== m.start - 1 || words[party.end - 1].end + 1 !== participle.start) continue;
    const country = party.actor?.code.slice(0, 3);
    if (!country || !party.actor!.country || party.actor!.code.length < 3) continue;
    m.actor = { ...m.actor!, id: `${country}${code}`.toLowerCase(), code: country + code, country: party.actor!.country };
    given.set(key(m), m.actor);
  }
}
