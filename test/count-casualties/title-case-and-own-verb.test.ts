import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

function figures(text: string) {
  return casualtiesOf(text).map((m) => brief(m, text));
}

test('countCasualties reads a person noun before another capitalised noun in a title-case headline as an adjective, not the count\'s noun', () => {
  assert.deepEqual(figures('Two Terrorist Bombings in Hama Kill 12.'),
    [{ outcome: 'killed', category: 'unspecified', low: 12, best: 12, high: 12, words: '12' }]);
  assert.deepEqual(figures('Four Militant Rocket Attacks on Aleppo Leave 9 Dead.').map((f) => f.best), [9]);
  // The noun still ends the phrase before a trigger or a verb written in title case.
  assert.deepEqual(figures('Three Soldiers Killed in Ambush Near Palmyra.').map((f) => [f.category, f.best]), [['fighters', 3]]);
  assert.deepEqual(figures('Army Kills 21 Terrorist, Arrested 7 in Rural Homs.').map((f) => [f.category, f.best]), [['fighters', 21]]);
});

test('countCasualties counts troopers as fighters', () => {
  assert.deepEqual(figures('Six Turkish Troopers Killed in Roadside Blast.').map((f) => [f.category, f.best]), [['fighters', 6]]);
});

test('countCasualties does not give a count the trigger of an earlier clause when the count has a verb of its own ("and nine others suffered burns")', () => {
  assert.deepEqual(figures('Four people died and nine others suffered burns after the blast.').map((f) => f.best), [4]);
  assert.deepEqual(figures('Two children died and six others needed treatment for smoke inhalation.').map((f) => [f.category, f.best]), [['children', 2]]);
  // A count whose own verb is a trigger keeps it.
  assert.deepEqual(figures('Four people died and nine others were wounded.').map((f) => [f.outcome, f.best]), [['killed', 4], ['injured', 9]]);
  // A part named after the toll still shares its trigger.
  assert.deepEqual(figures('The strike killed 12 people, including five children.').map((f) => [f.category, f.best]), [['unspecified', 12], ['children', 5]]);
});

test('countCasualties reads "the number of people killed … has risen to N" as a toll, like "the death toll rose to N"', () => {
  assert.deepEqual(figures('The number of people killed in the bombing of the market has risen to 31, officials said.').map((f) => [f.outcome, f.best]), [['killed', 31]]);
  assert.deepEqual(figures('The number of villagers wounded in the raid rose to 17 on Monday.').map((f) => [f.outcome, f.best]), [['injured', 17]]);
  // The number of something else is no toll: 'the number of checkpoints … rose to 12'.
  assert.deepEqual(figures('The number of checkpoints on the road where two soldiers were killed last week rose to 12.').map((f) => [f.category, f.best]), [['fighters', 2]]);
});

test('countCasualties counts people named by a word the lexicon lacks when their verb follows ("Fifteen Assyrians were killed")', () => {
  assert.deepEqual(figures('Fifteen Assyrians were killed in the raid.').map((f) => [f.category, f.best]), [['unspecified', 15]]);
  assert.deepEqual(figures('Eight Yazidis were shot dead at the checkpoint.').map((f) => f.best), [8]);
  // Things, written in lower case after the name, are no people; nor is a title-case headline's 'Were'.
  assert.deepEqual(figures('Two Russian jets were shot down over the border.'), []);
  assert.deepEqual(figures('Two Scud Missiles Were Fired at Homs, Killing 4.').map((f) => f.best), [4]);
});

test('countCasualties gives a title-case headline count the trigger right after it, not one past a capitalised vague word ("20 Dead Dozens Wounded")', () => {
  assert.deepEqual(figures('20 Dead Dozens Wounded in Car Bomb Blast in Homs.').map((f) => [f.outcome, f.best]), [['killed', 20], ['injured', 12]]);
  assert.deepEqual(figures('Seven Killed Many Injured as Shells Hit School in Aleppo.').map((f) => [f.outcome, f.best]), [['killed', 7], ['injured', 10]]);
});

test('countCasualties reads "2 Killed 10 Injured": the second count has its own verb, so the first keeps the one after it', () => {
  assert.deepEqual(figures('2 Killed 10 Injured in Shelling of a Residential District.').map((f) => [f.outcome, f.best]), [['killed', 2], ['injured', 10]]);
  assert.deepEqual(figures('One killed four injured as a shell hits a school.').map((f) => [f.outcome, f.best]), [['killed', 1], ['injured', 4]]);
  // A verb whose own count ends the phrase is that count's: "killed 30 people injured 90".
  assert.deepEqual(figures('The blast killed 30 people injured 90.').map((f) => [f.outcome, f.best]), [['killed', 30], ['injured', 90]]);
});
