import type { EventMention } from '../../model/event-mention.js';

const STATE_KINDS = new Set(['state', 'government', 'military', 'police']);
const PROTESTERS = /^(protest|demonstrat|marcher)/i;
const FORCE_MODES = new Set(['firearms', 'beat', 'primitive', undefined]);

/**
 * ACLED types a protest by what met it, and the sentence that tells of a protest tells of that too:
 * killing or shooting by state forces makes 'Excessive force against protesters'; dispersal, tear gas
 * or arrests make 'Protest with intervention'. Both the protest and the act on it get the class.
 */
// What the protesters did, told in the protest's sentence: a clash with the police, a violent protest, things thrown or set on fire.
const RIOT_CUES = /\b(violent (protests?|demonstrations?|rall(y|ies)|marches)|turn(ed|s)?( very)? violent|riot(ed|ing)|pelt(ed|ing)|clash(es|ed|ing)?( (broke out|erupted|flared))? (with|between)\b[^.;]{0,50}\b(protesters|demonstrators|rioters|crowds?)|(protesters|demonstrators|rioters|crowds?)\b[^.;]{0,30}\bclash|(threw|throw(ing|s)?|hurl(ed|ing)?|pelt(ed|ing)?)\b[^.;]{0,25}\b(stones?|rocks|bottles|projectiles|bricks|fences?|firecrackers|fireworks|petrol|molotov)|projectiles were thrown|set ablaze|set (on )?fire|broke into|ransack(ed)?)\b/i;
// What met them that ACLED calls excessive: live fire, killings and injuries, a violent suppression.
const FORCE_CUES = /\b(live (bullets|ammunition|fire|rounds)|excessive force|violently (suppress|dispers|broke|break)\w*|(suppress|crush)(ed|ing)?\b[^.;]{0,30}\b(protests?|demonstrations?|rall(y|ies)|protesters|demonstrators)|open(ed)? fire (on|at)|fired (on|at|into)\b[^.;]{0,20}\b(protesters|demonstrators|crowds?|marchers)|rubber bullets|(protesters|demonstrators|marchers)\b[^.;]{0,25}\b(killed|injured|wounded|died|shot)|(killing|injuring|wounding|shooting)\b[^.;]{0,25}\b(protesters|demonstrators))/i;

// An arrest of those who call or would join a protest ('the leaders who had called the marches', 'activists arrested
// before the demonstrations began') is no intervention in a protest under way: ACLED codes it as an arrest.
const ELSEWHERE = /\b(who|whom|ahead of|anticipation of|before|organi[sz]\w*|planned|plotting|calling for|to stage)\b/i;

function arrestedElsewhere(arrest: EventMention, protests: readonly EventMention[], sentenceText: string, sentenceStart: number): boolean {
  return protests.length > 0 && protests.every((p) => p.trigger.start >= arrest.trigger.end
    && ELSEWHERE.test(sentenceText.slice(arrest.trigger.end - sentenceStart, p.trigger.start - sentenceStart)));
}

/** Classes a sentence's protest and the acts on it by what the sentence tells of them (see classifyProtestOutcome). */
export function classifyProtestSentence(events: EventMention[], sentenceText: string, sentenceStart = 0): void {
  const protests = events.filter((e) => e.contentOf === undefined && (e.type === 'PROTEST' || (e.type === 'COERCE' && (e.mode === 'crowd-control' || e.mode === 'arrest'))
    || (e.type === 'ASSAULT' && e.acled !== 'Excessive force against protesters' && /protest|demonstrat|rioter|crowd|marcher/i.test(sentenceText))));
  if (protests.some((e) => e.type === 'PROTEST' || /protest|demonstrat|rioter|marcher/i.test(sentenceText))) {
    const outcome = RIOT_CUES.test(sentenceText) ? 'Violent demonstration' as const
      : FORCE_CUES.test(sentenceText) ? 'Excessive force against protesters' as const : undefined;
    if (outcome) {
      for (const e of protests) {
        if (e.type === 'ASSAULT' && outcome === 'Excessive force against protesters' && e.mode !== 'firearms' && e.mode !== undefined) continue;
        e.acled = outcome;
        e.otherClass = undefined;
        e.rule += outcome === 'Violent demonstration' ? ' + riot-cue' : ' + force-cue';
      }
      return;
    }
  }
  const told = events.filter((e) => e.type === 'PROTEST' && e.contentOf === undefined);
  const elsewhere = events.filter((e) => e.type === 'COERCE' && e.mode === 'arrest' && arrestedElsewhere(e, told, sentenceText, sentenceStart));
  classifyProtestOutcome(elsewhere.length ? events.filter((e) => !elsewhere.includes(e)) : events);
  for (const e of elsewhere) {
    if (e.acled === 'Arrests') continue;
    e.acled = 'Arrests';
    e.otherClass = undefined;
    e.rule += ' + protest-elsewhere';
  }
  // An arrest with no protest in sight is an arrest ('activists were arrested in the district').
  if (!/protest|demonstrat|rall(y|ies)|march|sit-in|rioter/i.test(sentenceText)) {
    for (const e of events) if (e.type === 'COERCE' && e.mode === 'arrest' && e.acled === 'Protest with intervention') { e.acled = 'Arrests'; e.rule += ' + no-protest'; }
  }
}

export function classifyProtestOutcome(events: EventMention[]): void {
  // Violence aimed at protesters is force against them, whoever names the protest.
  for (const e of events) {
    if (e.type === 'ASSAULT' && e.contentOf === undefined && e.recipients.some((r) => PROTESTERS.test(r.text))) {
      e.acled = 'Excessive force against protesters';
      e.otherClass = undefined;
      e.rule += ' + against-protesters';
    }
  }
  const protests = events.filter((e) => e.type === 'PROTEST' && e.mode !== 'riot' && e.contentOf === undefined);
  if (!protests.length) return;
  // Protesters who throw stones or burn make a violent demonstration, whatever the police did.
  if (events.some((e) => e.type === 'PROTEST' && e.mode === 'riot' && e.contentOf === undefined)) {
    for (const e of protests) {
      e.acled = 'Violent demonstration';
      e.otherClass = undefined;
      e.rule += ' + riot';
    }
    return;
  }
  const force = events.find((e) => e.type === 'ASSAULT' && e.contentOf === undefined && FORCE_MODES.has(e.mode)
    && (e.actors.length === 0 || e.actors.some((a) => a.actor && STATE_KINDS.has(a.actor.kind))));
  const intervention = events.find((e) => e.type === 'COERCE' && (e.mode === 'crowd-control' || e.mode === 'arrest'));
  const outcome = force ? 'Excessive force against protesters' as const : intervention ? 'Protest with intervention' as const : undefined;
  if (!outcome) return;
  for (const e of [...protests, force ?? intervention!]) {
    e.acled = outcome;
    e.otherClass = undefined;
    e.rule += ' + protest-outcome';
  }
}

/**
 * Deaths told in the protest's sentence or the next ('Police fired on the march. Three people died.')
 * are force against the protesters too; the casualties layer says where deaths are told.
 */
export function protestDeaths(events: EventMention[], deathSentences: ReadonlySet<number>): void {
  for (const e of events) {
    if (e.type !== 'PROTEST' || e.mode === 'riot' || e.contentOf !== undefined || e.acled === 'Excessive force against protesters') continue;
    if (!deathSentences.has(e.sentence) && !deathSentences.has(e.sentence + 1)) continue;
    e.acled = 'Excessive force against protesters';
    e.otherClass = undefined;
    e.rule += ' + protest-deaths';
  }
}

// How many sentences apart a riot and the protest it belongs to are told ('… rallies across the country. … Clashes erupted
// between police and protesters').
const RIOT_REACH = 2;
const PROTEST_CLASSES = new Set(['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']);

/**
 * ACLED codes a demonstration by what the demonstrators did: once the story tells that they clashed, threw stones or
 * rioted, the protest it tells of a sentence or two away, and what the police did to it, are that violent demonstration.
 * Example: ['staged rallies' Peaceful protest (sentence 0), 'clashes erupted between police and protesters' (sentence 2)]
 * → both 'Violent demonstration'.
 */
export function violentDemonstrations(events: EventMention[]): void {
  // Only a riot the text tells: the classifier's guess for one sentence ('… when the protesters were getting closer')
  // is no word of violence to recode the story's other protests by.
  const riots = events.filter((e) => e.acled === 'Violent demonstration' && e.contentOf === undefined && !e.rule.endsWith('classifier:VIOL_DEMONSTR'));
  if (!riots.length) return;
  for (const e of events) {
    if (e.contentOf !== undefined || !e.acled || !PROTEST_CLASSES.has(e.acled)) continue;
    if (!riots.some((r) => Math.abs(r.sentence - e.sentence) <= RIOT_REACH)) continue;
    e.acled = 'Violent demonstration';
    e.rule += ' + riot-nearby';
  }
}
