import { segmentText } from '../../src/stages/segment/segment.js';
import { countCasualties } from '../../src/stages/count-casualties/count-casualties.js';
import type { CasualtyMention } from '../../src/model/fatalities.js';
import type { Document } from '../../src/model/document.js';

/** The countCasualties layer of one text, segmented the way the pipeline does. */
export function casualtiesOf(text: string): CasualtyMention[] {
  const doc: Document = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  return countCasualties.run(doc, segmentText(text)).casualties;
}

/** A mention as a short comparable record: outcome, category, low/best/high and the words. */
export function brief(m: CasualtyMention, text: string): { outcome: string; category: string; low: number; best: number; high: number | null; words: string } {
  return { outcome: m.outcome, category: m.category, low: m.figure.low, best: m.figure.best, high: m.figure.high, words: text.slice(m.figure.evidence.start, m.figure.evidence.end) };
}
