import type { Token, Sentence } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import type { CompiledClassifier, LabelScore } from './event-classifier.js';
import { stem } from './sentence-features.js';
import { assignArguments, type Candidate } from './assign-arguments.js';
import { caseLabel } from './case-labels.js';
import { clauseTokens, tokenSpan } from './find-clause.js';

// Below this probability the classifier's guess is not worth an event.
const MIN_P = 0.55;
// Statements are events only through the words that make them political acts (condemn, demand …), which the lexicon holds.
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ']);
const NEEDS_TRIGGER = new Set(['OTHER', 'DIPLO']);

/**
 * An event for a sentence no trigger word covers, coded from the classifier's label; its trigger is
 * the word that weighs most for that label, so the record still points at its evidence.
 * Example: 'Three children died when the device went off' → REM_EXPLOS, trigger 'device'.
 */
export function classifierEvent(text: string, tokens: readonly Token[], sentence: Sentence, index: number, scores: readonly LabelScore[],
  candidates: readonly Candidate[], model: CompiledClassifier): EventMention | undefined {
  const best = scores[0];
  if (!best || best.p < MIN_P || NEEDS_TRIGGER.has(best.label)) return undefined;
  const coding = caseLabel(best.label);
  if (!coding) return undefined;
  const labelIndex = model.labels.indexOf(best.label);
  let at = -1;
  let weight = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // Only a content word can say what happened; 'and' may weigh for a label but is no trigger.
    if (!CONTENT_POS.has(tokens[i].pos)) continue;
    const row = model.rows.get(stem(tokens[i].lower));
    const w = row ? row.weights[row.labels.indexOf(labelIndex)] ?? 0 : 0;
    if (w > weight) { weight = w; at = i; }
  }
  if (at < 0) return undefined;
  const clause = clauseTokens(tokens, sentence, at);
  const { actors, recipients } = assignArguments({ tokens, candidates, first: at, last: at + 1, clauseFirst: clause.first, clauseLast: clause.last, type: coding.type });
  return {
    trigger: { start: tokens[at].start, end: tokens[at].end },
    triggerText: text.slice(tokens[at].start, tokens[at].end),
    sentence: index, type: coding.type, mode: coding.mode, cameo: coding.cameo,
    acled: coding.acled, otherClass: coding.acled ? undefined : coding.otherClass,
    actors, recipients, clause: tokenSpan(tokens, clause.first, clause.last),
    // The fields of buildEvent's mentions, in its order (undefined where absent): one shape for every mention.
    speechAct: undefined,
    otherTriggers: undefined,
    rule: `classifier:${best.label}`,
    confidence: Math.round(0.5 * best.p * 1000) / 1000,
    contentOf: undefined,
    sceneRecipients: undefined,
  };
}
