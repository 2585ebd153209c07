import type { Token } from '../../model/token.js';

// 'beat Iraq 2-1 in a friendly', 'the attack scored twice': the words of violence are the words of sport too.
// A set, not an anchored alternation: every token of the sentence is looked up.
const SPORT_WORDS = new Set(['match', 'matches', 'friendly', 'team', 'teams', 'goal', 'goals', 'league', 'cup', 'tournament', 'championship', 'stadium',
  'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'qualifier', 'semi-final', 'final', 'fc', 'olympic', 'olympics', 'medal', 'game',
  'season', 'squad', 'kick-off', 'scored', 'penalty', 'derby', 'fixture', 'draw', 'goalless', 'half-time', 'referee']);

// A score: '2-1' as one token or as '2', '-', '1'. Held here because a regex literal in the loop is a new object per token.
const SCORE = /^\d{1,2}-\d{1,2}$/;
const GOALS = /^\d{1,2}$/;

/** True when two or more words of the sentence are sport's (a team, a goal, a score): its 'attack' and 'beat' are no violence. */
export function isSportSentence(tokens: readonly Token[], sentence: { tokenStart: number; tokenEnd: number }): boolean {
  let cues = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (SPORT_WORDS.has(tokens[i].lower)) cues++;
    // A score starts with a digit: the regexes run only on tokens that do.
    else if (startsWithDigit(tokens[i].text) && (SCORE.test(tokens[i].text) || (GOALS.test(tokens[i].text) && tokens[i + 1]?.text === '-' && GOALS.test(tokens[i + 2]?.text ?? '')))) cues++;
  }
  return cues >= 2;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
