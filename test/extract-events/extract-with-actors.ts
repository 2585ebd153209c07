import { segmentText } from '../../src/stages/segment/segment.js';
import { extractEventMentions } from '../../src/stages/extract-events/extract-events.js';
import type { ActorMention, ActorKind } from '../../src/model/actor.js';
import type { Document } from '../../src/model/document.js';

/**
 * Runs extractEvents on a sentence with hand-built actor mentions ([words, code, kind]), so the
 * event tests do not depend on the actor dictionary.
 */
export function extract(text: string, actors: Array<[string, string, ActorKind]> = []) {
  const doc: Document = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  const { sentences, tokens } = segmentText(text);
  const mentions: ActorMention[] = actors.map(([words, code, kind]) => {
    const start = text.indexOf(words);
    return { span: { start, end: start + words.length }, text: words, actor: { id: code.toLowerCase(), name: words, code, kind }, confidence: 1 };
  });
  return extractEventMentions(doc, { sentences, tokens, actors: mentions, times: [], places: [], casualties: [], attributions: [] });
}
