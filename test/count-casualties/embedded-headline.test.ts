import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

const counted = (text: string) => casualtiesOf(text).map((m) => brief(m, text).words);

// A lead long enough that what follows it is past the page's opening title and dateline.
const LEAD = 'Warplanes struck a crowded vegetable market in the town of Ariha on Monday morning, killing 12 civilians, a local source said. ';

test('countCasualties leaves out the toll of another story\'s headline set inside the page after its lead', () => {
  assert.deepEqual(counted(`${LEAD}Photo Ivan Petrov Syrian Army Kills 40 Terrorists Near Aleppo MOSCOW (News) The strike hit the market at noon.`), ['12']);
  assert.deepEqual(counted(`${LEAD}Related Coverage At Least 10 Civilians Die in Coalition Strikes Near Raqqa - Reports`), ['12']);
});

test('countCasualties keeps the page\'s own title-case headline and a capitalised trigger in prose', () => {
  assert.deepEqual(counted('Syrian Army Kills 40 Terrorists Near Aleppo. The army said it killed 40 terrorists near the city.'), ['40', '40']);
  assert.deepEqual(counted(`${LEAD}The fighters attacked the town of Manbij Killing 80 people in the assault, the group said.`), ['12', '80']);
});

test('countCasualties reads a count\'s noun past a short parenthesis ("30 Islamic State (IS) jihadists")', () => {
  const read = (text: string) => casualtiesOf(text).map((m) => [m.category, m.figure.best]);
  assert.deepEqual(read('At least 30 Islamic State (IS) jihadists were killed in the strikes.'), [['fighters', 30]]);
  assert.deepEqual(read('Clashes killed 12 Free Syrian Army (FSA) fighters.'), [['fighters', 12]]);
  assert.deepEqual(read('The strikes killed 5 (five) civilians.'), [['civilian', 5]]);
  assert.deepEqual(read('The army killed six armed men who tried to cross the border.'), [['fighters', 6]]);
});
