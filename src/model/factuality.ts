/**
 * Whether an event happened, as the text presents it.
 * asserted: stated as fact by the article; reported: stated as fact by a named or unnamed source;
 * proposed / requested / planned: someone asked, offered or intends it; denied: someone says it did not happen;
 * hypothetical: conditions, possibilities, questions.
 */
export type Factuality = 'asserted' | 'reported' | 'proposed' | 'requested' | 'planned' | 'denied' | 'hypothetical';

export const FACTUALITIES: readonly Factuality[] = ['asserted', 'reported', 'proposed', 'requested', 'planned', 'denied', 'hypothetical'];
