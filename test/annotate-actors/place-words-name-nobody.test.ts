import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention, placeAt } from './run-actors.js';

// Words that say where, or when, are no parties; pages that lost their apostrophes must not make them names.

test('annotateActors reads a country adjective before a place noun as no party: an eastern Syrian town', () => {
  const actors = actorsIn('An overnight air strike hit an eastern Syrian town near the Iraqi border, killing nine people.');
  assert.equal(mention(actors, 'Syrian'), undefined, JSON.stringify(actors));
  assert.equal(mention(actors, 'Iraqi'), undefined, JSON.stringify(actors));
});

test('annotateActors keeps a country adjective said of a party: jets believed to be Russian', () => {
  const actors = actorsIn('Jets believed to be Russian killed 30 people near the river.');
  assert.ok(mention(actors, 'Russian'), JSON.stringify(actors));
});

test("annotateActors reads a weekday's lost possessive as no name: Mondays airstrikes", () => {
  const actors = actorsIn('The monitor said Mondays airstrikes hit a market. Tuesdays shelling was lighter.');
  assert.ok(!actors.some((m) => /days/.test(m.text)), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads a compass word before "of" as a direction, not a party: West of Tadmur', () => {
  const actors = actorsIn('Troops shelled positions in the Baar region West of Tadmur on Friday.');
  assert.ok(!actors.some((m) => m.text === 'West'), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads a name after "the northwest of" as a place: to the northwest of al-Qaraytain', () => {
  const actors = actorsIn('Army units took control of two farms to the northwest of al-Qaraytain on Sunday.');
  assert.ok(!actors.some((m) => m.text.includes('Qaraytain')), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors finds an agent after a time word: Earlier today army units took control', () => {
  const actors = actorsIn('Earlier today army units took control of the hill.');
  assert.ok(mention(actors, 'army'), JSON.stringify(actors.map((m) => m.text)));
});

test("annotateActors finds an agent after another agent's lost possessive: the armys air force", () => {
  const actors = actorsIn('In the morning the armys air force struck the convoy.');
  assert.ok(mention(actors, 'air force'), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads states joined by "and" after "in both" as places: in both Syria and Iraq', () => {
  const actors = actorsIn('The coalition fighting the jihadists in both Syria and Iraq reported Monday it had carried out ten strikes.');
  assert.ok(!actors.some((m) => m.actor?.code === 'SYR' || m.actor?.code === 'IRQ'), JSON.stringify(actors.map((m) => `${m.text}=${m.actor?.code}`)));
});

test('annotateActors keeps a state joined by "and" that a verb makes the subject of its own clause: in Syria and Russia said', () => {
  const actors = actorsIn('The group is fighting in Syria and Russia said it would send more jets.');
  assert.ok(actors.some((m) => m.actor?.code === 'RUS'), JSON.stringify(actors.map((m) => `${m.text}=${m.actor?.code}`)));
});

test('annotateActors reads a capital after "in downtown" as a place: a rally in downtown Beirut', () => {
  const actors = actorsIn('Some 200 people staged a rally in downtown Beirut on Sunday.');
  assert.ok(!actors.some((m) => m.text === 'Beirut'), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads a name the article places elsewhere ("the town of Kafr Halab") as that place wherever it stands', () => {
  const actors = actorsIn('Jets struck the town of Kafr Halab on Monday. The Kafr Halab strike killed six people, and the strike of Kafr Halab was the second this week.');
  assert.ok(!actors.some((m) => m.text.includes('Kafr Halab')), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads a state after "in" and a compass word as a place: a bomb attack in northwest Syria', () => {
  for (const text of ['A bomb attack in northwest Syria killed three people.', 'Shelling in north-eastern Syria killed two farmers.']) {
    const actors = actorsIn(text);
    assert.ok(!actors.some((m) => m.actor?.code === 'SYR'), `${text} ${JSON.stringify(actors.map((m) => m.text))}`);
  }
});

test('annotateActors reads no party in a former member of a body: a former army officer', () => {
  const actors = actorsIn('Twelve people were killed, including a former army officer, in the shelling of the town.', '2016-07-28');
  assert.ok(!actors.some((m) => m.text === 'army'), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads a name hyphened onto a place as the rest of that place: Tal-al-Hawa after the place Tal', () => {
  const text = 'Army units advanced towards Tal-al-Hawa and took the hill.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Tal', 'SY')]);
  assert.ok(!actors.some((m) => m.text === 'Hawa'), JSON.stringify(actors.map((m) => m.text)));
});
