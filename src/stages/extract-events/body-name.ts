import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Nouns that head the name of an office or a body whose 'for' tells its task ('the Russian Centre for Reconciliation
// of the Opposing Sides', 'the Office for the Coordination of Humanitarian Affairs'). 'council' is left out: 'calls in
// the council for a truce' asks for one.
const BODY_HEADS = new Set(['center', 'centre', 'committee', 'commission', 'office', 'bureau', 'agency', 'directorate', 'department', 'ministry']);
// How far back from the trigger the body's 'for' may stand ('the centre for monitoring and coordinating the cessation of hostilities').
const REACH = 10;

/**
 * True when the trigger is a word of a body's name, after its head and 'for': 'the Russian center for monitoring the
 * cessation of hostilities registered 60 breaches' names an office, and reports neither a truce nor an agreement.
 * A finite verb or punctuation between them ends the name ('the centre for reconciliation said militants attacked').
 */
export function inBodyName(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let i = match.first - 1; i > sentenceStart && i >= match.first - REACH; i--) {
    const t = tokens[i];
    if (t.lower === 'for') return BODY_HEADS.has(tokens[i - 1].lower);
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return false;
  }
  return false;
}
