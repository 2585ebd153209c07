import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

const fates = (text: string) => casualtiesOf(text).map((m) => brief(m, text)).map((f) => [f.outcome, f.best]);

test('countCasualties reads people treated for their wounds or taken to hospital as hurt, not as dead told before them', () => {
  assert.deepEqual(fates('Two shepherds were killed and forty villagers were treated for breathing problems after the attack.'), [['killed', 2], ['injured', 40]]);
  assert.deepEqual(fates('Three people died and eleven others were hospitalised after the blast.'), [['killed', 3], ['injured', 11]]);
});

test('countCasualties gives a count the verb after a part named inside its phrase ("forty villagers including children were treated")', () => {
  assert.deepEqual(fates('Two shepherds were killed and forty villagers including children were treated for burns.'), [['killed', 2], ['injured', 40]]);
  // The part takes the whole's verb too.
  assert.deepEqual(fates('Twenty civilians including three children were killed in the strike.'), [['killed', 20], ['killed', 3]]);
});
