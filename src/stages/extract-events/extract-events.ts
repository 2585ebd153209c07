import { armedEntries } from './armed-entry.js';
import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { Layers } from '../../model/layers.js';
import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import { loadTriggerLexicon } from './trigger-lexicon.js';
import { loadEventClassifier, classifyWords, type LabelScore } from './event-classifier.js';
import { wordsOfTokens, lexiconFeatures } from './sentence-features.js';
import { findTriggers, type TriggerMatch } from './find-triggers.js';
import { loadParticipantWords } from './participant-words.js';
import { findCandidates, type Candidate } from './assign-arguments.js';
import { eventsInSentence } from './events-in-sentence.js';
import { classifierEvent } from './classifier-event.js';
import { protestDeaths, violentDemonstrations } from './protest-outcome.js';
import { protestersSpeech } from './protest-demand.js';
import { chemicalMunitions } from './chemical-munitions.js';
import { weaponToldLater } from './weapon-told-later.js';
import { weaponsTests } from './weapons-test.js';

// Sentences with no trigger word still state an event now and then ('Three children died when the
// device went off'); the classifier codes those, but only in the lead, where the story's event is.
const LEAD_SENTENCES = 2;
const INSIDE = 1;
const HEAD = 2;
const WHOLE = 3;

/**
 * Finds the events each sentence states: triggers from data/lexicons/event-triggers.tsv, the class
 * (ACLED sub-event type or CASE class) from the trigger or, where the trigger leaves it open, from the
 * sentence classifier (data/models/event-classifier.json); actors and recipients from the actors layer
 * or from descriptions ('gunmen'); requested, alleged or agreed events linked to their act by `contentOf`.
 */
export function extractEventMentions(doc: Document, layers: Readonly<Partial<Layers>>): EventMention[] {
  const tokens = layers.tokens ?? [];
  const sentences = layers.sentences ?? [];
  const mentions = layers.actors ?? [];
  const lexicon = loadTriggerLexicon();
  const model = loadEventClassifier();
  const words = loadParticipantWords();
  const inActor = new Uint8Array(tokens.length);
  if (mentions.length) {
    let m = 0;
    const sorted = mentions.filter((a) => a.actor).sort((a, b) => a.span.start - b.span.start);
    for (let i = 0; i < tokens.length; i++) {
      while (m < sorted.length && sorted[m].span.end <= tokens[i].start) m++;
      if (m < sorted.length && sorted[m].span.start < tokens[i].end && tokens[i].start < sorted[m].span.end) {
        // The last word of a longer name may be the act itself ('Russian airstrikes'): marked apart from the rest.
        // A one-word name may be the crowd that protests ('Demonstrators gathered'): marked apart too.
        inActor[i] = tokens[i].end === sorted[m].span.end && sorted[m].span.start < tokens[i].start ? HEAD
          : tokens[i].start === sorted[m].span.start && tokens[i].end === sorted[m].span.end ? WHOLE : INSIDE;
      }
    }
  }
  const sourceSpans = (layers.attributions ?? []).flatMap((a) => a.chain.map((source) => source.span));
  const seenNominal = new Set<string>();
  const events: EventMention[] = [];
  // One function for the document, not one made for each sentence.
  const insideActor = (t: number) => (inActor[t] === INSIDE ? 'inside' as const : inActor[t] === HEAD ? 'head' as const : inActor[t] === WHOLE ? 'whole' as const : undefined);
  sentences.forEach((sentence, index) => {
    let scores: readonly LabelScore[] | undefined;
    const classify = (matches: readonly TriggerMatch[] = []) =>
      (scores ??= classifyWords(wordsOfTokens(tokens, sentence.tokenStart, sentence.tokenEnd), model, lexiconFeatures(matches.map((m) => m.entry))));
    let candidates: Candidate[] | undefined;
    const candidatesOf = () => (candidates ??= findCandidates(tokens, sentence.tokenStart, sentence.tokenEnd, bySentence(mentions, sentence), words));
    const found = eventsInSentence({
      text: doc.text, tokens, sentence, index, candidates: candidatesOf,
      times: bySentence(layers.times ?? [], sentence),
      places: bySentence(layers.places ?? [], sentence),
      lexicon, classify, insideActor, offset: events.length,
      sourceSpans, seenNominal, claims: (layers.attributions ?? []).filter((a) => a.content.start < sentence.end && sentence.start < a.content.end),
    });
    if (!found.length && index < LEAD_SENTENCES) {
      const fallback = classifierEvent(doc.text, tokens, sentence, index, classify(), candidatesOf(), model);
      // A trigger word the rules set aside ('have been blamed for', with nobody blaming) is not taken back by the classifier.
      // Onto the article's list, not into `found`: an empty `found` is eventsInSentence's `[]`, a list of small
      // integers to V8, and an event pushed into it changed its kind and threw this function's compiled code away.
      if (fallback && !setAside(fallback, findTriggers(tokens, sentence.tokenStart, sentence.tokenEnd, lexicon), tokens)) events.push(fallback);
    }
    events.push(...found);
  });
  protestDeaths(events, new Set((layers.casualties ?? []).filter((c) => c.outcome === 'killed').map((c) => c.sentence)));
  violentDemonstrations(events);
  chemicalMunitions(events);
  weaponToldLater(events, tokens, sentences);
  weaponsTests(events, tokens);
  armedEntries(events);
  protestersSpeech(events, tokens);
  return events;
}

function setAside(event: EventMention, matches: readonly TriggerMatch[], tokens: readonly Token[]): boolean {
  return matches.some((m) => tokens[m.first].start <= event.trigger.start && event.trigger.end <= tokens[m.last - 1].end);
}

// The items of a layer inside one sentence; layers are short, so a scan is cheaper than an index.
function bySentence<T extends { span: { start: number; end: number } }>(items: readonly T[], sentence: { start: number; end: number }): T[] {
  const found: T[] = [];
  for (const item of items) if (item.span.start >= sentence.start && item.span.end <= sentence.end) found.push(item);
  return found;
}

/** Stage: event mentions with their type, mode, CAMEO code, ACLED or CASE class, participants and clause. */
export const extractEvents = defineStage({
  name: 'extractEvents',
  needs: ['sentences', 'tokens', 'times', 'places', 'actors', 'attributions', 'casualties'],
  adds: ['eventMentions'],
  run: (doc, layers) => ({ eventMentions: extractEventMentions(doc, layers) }),
});
