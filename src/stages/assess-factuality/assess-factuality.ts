import { defineStage } from '../stage.js';
import { isResponsibilityClaim } from './responsibility-claim.js';
import type { Token, Sentence } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import type { Attribution } from '../../model/source.js';
import type { FactualityJudgement } from '../../model/layers.js';
import type { Factuality } from '../../model/factuality.js';
import { spanContains } from '../../model/span.js';
import { loadModalityCues, type ModalityCue } from '../../lexicons/modality-lexicon.js';
import { firstTokenFrom } from '../token-index.js';
import { deniedLater } from './denied-later.js';
import { denialEnded } from './denial-scope.js';
import { plannedNoun } from './planned-noun.js';

/** How far back from a trigger a modality cue may stand, in tokens of the same clause. */
const WINDOW = 8;
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** Modal cues count only as auxiliaries: 'May' the month and 'will' the noun are not. */
const MODALS = new Set(['will', 'shall', "'ll", 'could', 'might', 'may', 'would']);
const FUTURE = new Set(['will', 'would', 'shall', "'ll"]);
const PROMISE_OR_THREAT = / \+ (?:promise|threat)\b/;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

/**
 * Judges whether each event happened as the text presents it. In order:
 * the content of a request or proposal takes the act's kind (requested, proposed, planned);
 * a negated trigger is denied; a modal or governing verb before the trigger in its clause
 * (will, could, asked … to, plans to, is due to) decides, unless a verb of phase stands between them ('set to
 * conclude the talks': the talks are under way); a later 'but … there had been no attack' denies it; then a nominal event's own noun phrase ('the next round of talks', 'a meeting set for Monday')
 * may put it ahead; then attribution (reported, or denied by a
 * denial cue); otherwise the article asserts it. A definite nominal event inside an attributed
 * clause ("the negotiations" in "According to X, the proposals entered the negotiations") is
 * presupposed, not claimed, and stays asserted.
 */
export function judgeFactuality(mentions: readonly EventMention[], tokens: readonly Token[], sentences: readonly Sentence[], attributions: readonly Attribution[]): FactualityJudgement[] {
  const cues = loadModalityCues();
  return mentions.map((mention, event) => {
    // A claimed attack is judged on its own words: the claim says who did it, not that it was only proposed.
    if (mention.contentOf !== undefined && !isResponsibilityClaim(mentions[mention.contentOf])) {
      const act = mentions[mention.contentOf];
      return { event, factuality: contentFactuality(act, act ? negatedAct(tokens, act) : false), cue: act?.trigger };
    }
    const trigger = tokenAt(tokens, mention.trigger.start);
    if (trigger >= 0) {
      const local = localCue(tokens, trigger, mention, cues);
      if (local) return { event, ...local };
      const ahead = plannedNoun(tokens, trigger);
      if (ahead) return { event, factuality: ahead, cue: mention.trigger };
    }
    if (trigger >= 0 && deniedLater(tokens, trigger, mention.type === 'ASSAULT')) return { event, factuality: 'denied' as Factuality, cue: mention.trigger };
    const covering = attributions.filter((a) => spanContains(a.content, mention.trigger));
    const denial = covering.find((a) => a.denial && !(trigger >= 0 && denialEnded(tokens, tokenAt(tokens, a.cue.start) + 1, trigger)));
    if (denial) return { event, factuality: 'denied' as Factuality, cue: denial.cue };
    const claim = covering[0];
    if (claim && !(claim.chain.length > 0 && presupposed(tokens, trigger) && !headsClaim(tokens, trigger, claim.content.start))) return { event, factuality: 'reported' as Factuality, cue: claim.cue };
    return { event, factuality: 'asserted' as Factuality };
  });
}

/** 'did not deny', 'never denied': a negator just before the act's trigger. */
function negatedAct(tokens: readonly Token[], act: EventMention): boolean {
  const at = tokenAt(tokens, act.trigger.start);
  return at > 0 && tokens.slice(Math.max(0, at - 3), at).some((t) => NEGATORS.has(t.lower));
}

/** Verbs of condemning: what they are about was done ('condemned the attack'). */
export const CONDEMN = /^(?:condemn|denounc|deplor|decr(?:y|ie)|censur)/i;

function contentFactuality(act: EventMention | undefined, negated = false): Factuality {
  if (!act) return 'proposed';
  if (act.type === 'REQUEST') return /suggest|propos|offer/i.test(act.triggerText) ? 'proposed' : 'requested';
  if (act.type === 'AGREE') return 'planned';
  if (act.type === 'THREATEN') return 'hypothetical';
  // 'Saudi ministry denies coalition jets hit hospital': what a denial is about is denied.
  // ('did not deny that airstrikes had been carried out' concedes them: reported by whoever said so.)
  if (/\bden(?:y|ies|ied|ying|ial)\b/i.test(act.triggerText)) return negated ? 'reported' : 'denied';
  // 'condemned the chemical attack', 'denounced the bombing': one condemns what was done; the condemner tells it happened.
  // 'accused the regime of stepping up its bombing': what an accusation alleges is told as done, on the accuser's word.
  if (act.type === 'ACCUSE') return 'reported';
  return 'proposed';
}

const PLACE_AND_TIME = /^(ADP|DET|PROPN|NOUN|ADJ|NUM)$/;
const PURPOSE_REACH = 12;

/** Where the scan for cues may reach: a few words before the infinitive whose purpose the act after `to` is. */
function purposeOf(tokens: readonly Token[], to: number): number {
  for (let j = to - 1; j >= Math.max(1, to - PURPOSE_REACH) && tokens[j].sentence === tokens[to].sentence; j--) {
    if (tokens[j].pos === 'VERB') return tokens[j - 1].lower === 'to' ? Math.max(0, j - 4) : to;
    if (!PLACE_AND_TIME.test(tokens[j].pos)) return to;
  }
  return to;
}

/** A determiner one or two words back: the word is the head of a noun phrase ('a spring offensive'). */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.pos === 'DET' || tokens[i - 2]?.pos === 'DET';
}

/** The index of the token that starts exactly at an offset, or -1. */
function tokenAt(tokens: readonly Token[], start: number): number {
  const i = firstTokenFrom(tokens, start);
  return tokens[i]?.start === start ? i : -1;
}

// Forms of 'be' that with 'to' and a verb state an arrangement ('is to reopen'); 'been to' is a visit, not a plan.
// 'X is to blame' is an idiom for responsibility, said now.
const BE_TO = new Set(['is', 'are', 'was', 'were']);

/** A negation or modality cue in the trigger's clause, before it (or on it, for negation). */
function localCue(tokens: readonly Token[], trigger: number, mention: EventMention, cues: Map<string, ModalityCue>): { factuality: Factuality; cue: { start: number; end: number } } | undefined {
  const t = tokens[trigger];
  // 'the border is to reopen on August 1', 'the leaders are to meet next week': 'be to' before a verb states an arrangement to come.
  const be = tokens[trigger - 2];
  if (tokens[trigger - 1]?.lower === 'to' && be && BE_TO.has(be.lower) && be.sentence === t.sentence && t.pos === 'VERB' && t.lemma !== 'blame') return { factuality: 'planned', cue: be };
  let floor = Math.max(0, trigger - WINDOW);
  let sawTo = false;
  for (let i = trigger - 1; i >= floor; i--) {
    const k = tokens[i];
    // 'is due to travel to the port of Port Sudan next week to meet': the infinitive the act's 'to' hangs from
    // is governed by the same cue, however long the place and time between them.
    if (i === trigger - 1 && k.lower === 'to') floor = Math.min(floor, purposeOf(tokens, i));
    if (k.start < mention.clause.start || k.sentence !== t.sentence || /^[;:.!?]$/.test(k.text)) break;
    if (i === trigger - 1 && k.lower === 'and' && joinsHigherVerb(tokens, trigger)) break;
    // A negator inside a multi-word trigger ('do not discriminate') is part of what is said, not a denial.
    // A refusal read from its negation ('will not accept' → REJECT) is asserted: the negation is the refusal.
    if (NEGATORS.has(k.lower) && trigger - i <= 3 && k.start < mention.trigger.start && !isRefusal(mention)) return { factuality: 'denied', cue: k };
    if (k.lower === 'to') sawTo = true;
    const cue = cues.get(k.lemma) ?? cues.get(k.lower);
    // The governing act is an event of its own (REQUEST "asked"): it does not change itself.
    if (!cue || k.start === mention.trigger.start) continue;
    // 'set to conclude the talks': the talks are under way; what stands before governs their end.
    // ('would continue to protest' names a coming act, which the cues before it still govern.)
    if (cue.factuality === 'asserted') {
      if (k.pos === 'VERB' && !sawTo) break;
      continue;
    }
    if (cue.needsTo && !sawTo) continue;
    // A word that is neither verb nor noun governs only after 'be' ('is due to travel'); 'rose due to the shelling',
    // 'Due to attacks …' name a cause. ('a spring offensive to retake' is a noun the tagger may call an adjective.)
    if (cue.needsTo && k.pos !== 'VERB' && k.pos !== 'NOUN' && tokens[i - 1]?.lemma !== 'be' && !afterDeterminer(tokens, i)) continue;
    // A noun governs only the act right after its 'to' ('an offensive to retake the city'), not a later verb
    // ('one of the missions to have reopened in the capital, urged its citizens').
    if (cue.needsTo && k.pos === 'NOUN' && !(tokens[i + 1]?.lower === 'to' && trigger === i + 2)) continue;
    if (MODALS.has(k.lower) && k.pos !== 'AUX' && k.pos !== 'VERB') continue;
    // 'would not agree to its presence', 'will not accept orders', 'would only return if': the modal carries the refusal
    // or the condition, which is stated now.
    if (MODALS.has(k.lower) && isRefusal(mention) && (NEGATORS.has(tokens[i + 1]?.lower ?? '') || mention.rule.endsWith(' + conditional demand'))) continue;
    // 'said it would respect the truce' is a promise ('would fight back': a threat): the modal is the act itself.
    if (FUTURE.has(k.lower) && PROMISE_OR_THREAT.test(mention.rule)) continue;
    if (mention.type === 'REQUEST' && cue.factuality === 'requested') continue;
    return { factuality: cue.factuality, cue: k };
  }
  if (t.negated && !isRefusal(mention) && tokens.slice(Math.max(0, trigger - 3), trigger).some((k) => NEGATORS.has(k.lower))) return { factuality: 'denied', cue: t };
  return undefined;
}

/**
 * The definite event is the subject the claim is about ('told AFP that the bombing … killed 56
 * civilians'): only its own noun phrase stands between the claim's start and the trigger. Such an
 * event is what the source reports, not a presupposition of it.
 */
function headsClaim(tokens: readonly Token[], trigger: number, contentStart: number): boolean {
  for (let i = trigger - 1; i >= 0 && tokens[i].end > contentStart; i--) {
    const k = tokens[i];
    if (k.lower === 'that' && tokens[i + 1] && DEFINITE.has(tokens[i + 1].lower)) return true;
    if (!DEFINITE.has(k.lower) && k.pos !== 'ADJ' && k.pos !== 'NOUN' && k.pos !== 'PROPN' && k.text !== "'s" && k.text !== '’s') return false;
  }
  return true;
}

const PAST_FORM = /(ed|en)$/;
const VERB_REACH = 8;

/**
 * 'said the government would not negotiate with terrorists and asked Rwanda to send troops': a past verb after
 * 'and' cannot share the modal of a bare verb before it ('would negotiate and asked'), so it is joined to a verb
 * higher up and the modal does not govern it. ('would be arrested and charged' shares it.)
 */
function joinsHigherVerb(tokens: readonly Token[], trigger: number): boolean {
  if (tokens[trigger].pos !== 'VERB' || !PAST_FORM.test(tokens[trigger].lower)) return false;
  for (let v = trigger - 2; v >= Math.max(1, trigger - VERB_REACH); v--) {
    if (tokens[v].pos !== 'VERB') continue;
    const bare = !PAST_FORM.test(tokens[v].lower) && !tokens[v].lower.endsWith('ing');
    const modal = tokens[v - 1].lower === 'not' ? tokens[v - 2]?.lower ?? '' : tokens[v - 1].lower;
    return bare && MODALS.has(modal);
  }
  return false;
}

// A conditional demand ('would not return to the table unless …') is stated now, like a refusal: its modal and
// negation are the demand's terms.
function isRefusal(mention: EventMention): boolean {
  return mention.rule.endsWith(' + refusal') || mention.rule.endsWith(' + conditional demand');
}

function presupposed(tokens: readonly Token[], trigger: number): boolean {
  if (trigger < 1) return false;
  const t = tokens[trigger];
  if (t.pos !== 'NOUN') return false;
  for (let i = trigger - 1; i >= Math.max(0, trigger - 5); i--) {
    if (DEFINITE.has(tokens[i].lower) || tokens[i].text.endsWith("'s") || tokens[i].text === "’s") return true;
    if (tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'NOUN' && tokens[i].pos !== 'PROPN') return false;
  }
  return false;
}

/** Stage: the factuality of each event. */
export const assessFactuality = defineStage({
  name: 'assessFactuality',
  needs: ['sentences', 'tokens', 'attributions', 'eventMentions'],
  adds: ['factuality'],
  run: (_doc, layers) => ({ factuality: judgeFactuality(layers.eventMentions!, layers.tokens!, layers.sentences!, layers.attributions!) }),
});
