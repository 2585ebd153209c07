import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { Sentence } from '../../model/token.js';
import type { CasualtyMention } from '../../model/fatalities.js';
import { casualtyLexicon } from './casualty-lexicon.js';
import { scanWords } from './scan-words.js';
import { findFigures } from './find-figures.js';
import { linkCasualties } from './link-casualties.js';
import { inEmbeddedHeadline } from './embedded-headline.js';
import { widenedKillingWords } from './widened-words.js';

// Most sentences say nothing about casualties: skip them before reading any number.
const MAY_COUNT = /\b(?:kill|dead|die[sd]?\b|dying|death|toll|li(?:fe|ves)\b|bodies|martyr|slain|massacr|execut(?:ed|es|ing)|behead|murder|assassinat|slaughter|perish|fatalit|wound|injur|hurt|fallen victims|fell victim|neutrali[sz]ed)/gi;

/**
 * Every casualty figure of the text, one mention a figure and category; conflicting figures are all
 * kept (aggregation belongs to buildRecords). Children and women are given beside civilians, never added.
 */
export function findCasualties(text: string, sentences: readonly Sentence[]): CasualtyMention[] {
  const lexicon = casualtyLexicon();
  const mentions: CasualtyMention[] = [];
  // One pass over the whole text finds the sentences worth reading.
  const offsets: number[] = [];
  MAY_COUNT.lastIndex = 0;
  for (let m = MAY_COUNT.exec(text); m; m = MAY_COUNT.exec(text)) offsets.push(m.index);
  let next = 0;
  sentences.forEach((sentence, index) => {
    while (next < offsets.length && offsets[next] < sentence.start) next++;
    if (next >= offsets.length || offsets[next] >= sentence.end) return;
    const words = scanWords(text, sentence.start, sentence.end);
    const figures = findFigures(words, text, lexicon);
    if (figures.length === 0) return;
    for (const m of linkCasualties(words, figures, index, lexicon)) {
      // Another story's headline inside the page ('… Related Syrian Airstrikes Kill Over 100 Fighters …') counts none of this one's dead.
      if (!inEmbeddedHeadline(words, words.findIndex((w) => w.start === m.trigger.start), index)) mentions.push(m);
    }
  });
  const widened = widenedKillingWords(text, sentences, lexicon);
  if (widened.size === 0) return mentions;
  return mentions.filter((m) => !widened.has(text.slice(m.trigger.start, m.trigger.end).toLowerCase()));
}

/** Stage: casualty figures ('at least 16 civilians killed') with their category and trigger. */
export const countCasualties = defineStage({
  name: 'countCasualties',
  needs: ['sentences', 'tokens'],
  adds: ['casualties'],
  run: (doc: Document, layers) => ({ casualties: findCasualties(doc.text, layers.sentences ?? []) }),
});
