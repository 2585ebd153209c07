import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

// A count followed by 'displaced' counts people driven from their homes, and 'harm' done to people is an
// injury: neither is a death, even beside a death toll in the same sentence.
const killed = (text: string) => casualtiesOf(text).filter((m) => m.outcome === 'killed').map((m) => brief(m, text).words);

test('countCasualties does not count "more than five million displaced" among the dead of a war', () => {
  assert.deepEqual(killed('Since then tens of thousands of people have been killed and more than five million displaced, the agency said.'), ['tens of thousands']);
  assert.deepEqual(killed('The fighting killed 40 people and left 3,000 displaced.'), ['40']);
});

test('countCasualties still counts displaced people who were killed ("killing seven displaced people")', () => {
  assert.deepEqual(killed('The shell hit a camp, killing seven displaced people.'), ['seven']);
  assert.deepEqual(casualtiesOf('The shell hit a camp, killing seven displaced people.').map((m) => m.category), ['civilian']);
});

test('countCasualties reads "inflicted harm on 150 civilians" as injured, not killed', () => {
  const text = 'The gas attack claimed the lives of some 60 people and inflicted harm on another 150 civilians.';
  assert.deepEqual(killed(text), ['some 60']);
  assert.deepEqual(casualtiesOf(text).filter((m) => m.outcome === 'injured').map((m) => brief(m, text).words), ['150']);
});
