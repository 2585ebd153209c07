import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// Trigger words used as a manner, a history, a name or a description of people: no act is told by them.
// Each case is paired with one that must still be read as an event.
const events = (text: string) => extract(text).map((e) => `${e.type}:${e.triggerText.toLowerCase()}`);

test('"in cooperation with" or "in coordination with" a party is the manner of another act, not a cooperation told', () => {
  assert.ok(!events('The militia said it had captured the ridge in cooperation with the army on Sunday.').some((e) => e.startsWith('COOPERATE:')));
  assert.ok(!events('Police arrested two suspects in coordination with the border guards.').some((e) => e.startsWith('COOPERATE:')));
  assert.ok(events('The two ministries agreed to cooperate on border security on Sunday.').some((e) => /^(COOPERATE|AGREE):/.test(e)));
});

test('a battle or a war of a past century is history, not an event told', () => {
  assert.ok(!events('The plain was the site of a famous 12th century battle between two kingdoms.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The fortress dates from the 17th-century siege of the port.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('A fierce battle broke out near the fortress on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('"those it had attacked" names people by a past act, not an attack told', () => {
  assert.ok(!events('The commander said the militia had grown weak and that those it had attacked would turn on it.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('The militia attacked a checkpoint outside the town on Friday.').some((e) => e.startsWith('ASSAULT:')));
});

test('"recipients of aid" names a group by what it receives, not aid given', () => {
  assert.ok(!events('The army pushed back a coalition of militias, among them recipients of foreign aid, from the district.').some((e) => e.startsWith('AID:')));
  assert.ok(events('The agency delivered food aid to the besieged district on Monday.').some((e) => e.startsWith('AID:')));
});

test('things "destroyed in the attacks" are the harm of an attack already told, not another event', () => {
  const found = events('The army shelled the rebel depot on Monday. The strikes went on for two hours. Dozens of rockets and two trucks were destroyed in the attacks.');
  assert.ok(!found.some((e) => e.includes(':destroy')), found.join(' '));
  assert.ok(events('Militants destroyed a bridge outside the town on Monday.').some((e) => e.includes(':destroy')));
});

test('a deadline given to a party to act ("gave the militia 48 hours to free the hostages") is an ultimatum, not the act it demands', () => {
  const found = events('The brigade issued a statement on Monday giving the militia 48 hours to free the hostages.');
  assert.ok(found.some((e) => e.startsWith('THREATEN:giving')), found.join(' '));
  assert.ok(events('The army gave the rebels three days to leave the town.').some((e) => e.startsWith('THREATEN:')));
  // A gift of time with no party told to act is no ultimatum.
  assert.ok(!events('The mayor gave a speech on Monday.').some((e) => e.startsWith('THREATEN:')));
});

test('a truce or an agreement in the name of an office ("the centre for monitoring the cessation of hostilities") is no event', () => {
  const found = events('The Russian centre for monitoring and coordinating the cessation of hostilities recorded 40 breaches on Monday.');
  assert.ok(!found.some((e) => /^(RETREAT|AGREE|COOPERATE):/.test(e)), found.join(' '));
  const agreement = events('The Russian Center for coordinating and monitoring the ceasefire agreement said militants shelled the town.');
  assert.ok(!agreement.some((e) => /^(RETREAT|AGREE|COOPERATE):/.test(e)), agreement.join(' '));
  assert.ok(agreement.some((e) => e.startsWith('ASSAULT:')), agreement.join(' '));
  // Told by the body, after its name, the truce is an event.
  assert.ok(events('The Russian centre for reconciliation said the two sides agreed a ceasefire on Monday.').some((e) => /^(RETREAT|AGREE):/.test(e)));
});

test('"marched at least 18 prisoners" leads captives, it is not a protest march', () => {
  assert.ok(!events('In the video the gunmen marched at least 18 prisoners past a row of knives.').some((e) => e.startsWith('PROTEST:')));
  assert.ok(!events('The fighters marched them to the main square.').some((e) => e.startsWith('PROTEST:')));
  assert.ok(events('Thousands of students marched through the capital on Sunday.').some((e) => e.startsWith('PROTEST:')));
  assert.ok(events('Families of the prisoners marched to the parliament on Sunday.').some((e) => e.startsWith('PROTEST:')));
});

test('"warned" that only reports a quoted forecast is no threat; a quoted first-person threat still is', () => {
  assert.ok(!events('"Beating the group on the battlefield is not enough," the top commander of US forces in the region warned earlier this year.').some((e) => e.startsWith('THREATEN:')));
  assert.ok(events('"We will crush the rebels," the general warned on Monday.').some((e) => e.startsWith('THREATEN:')));
  assert.ok(events('The general warned the rebels that the army would storm the town.').some((e) => e.startsWith('THREATEN:')));
});

test('"in the battle against" a group names a campaign as the frame of a statement, not a battle told', () => {
  assert.ok(!events('The border region is important in the battle against the militant group because it borders its territory.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The minister pledged continued support in the fight against terrorism.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Dozens were killed in a battle against the militants near the dam on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a battle "against" a group that someone engaged in is still a battle told', () => {
  assert.ok(events('The militia engaged in tough battle against the militants in the old quarter on Sunday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a relative clause in the past perfect progressive describes a person by a past occupation ("who had been providing aid"), no act told', () => {
  const found = events('The doctor, a former soldier who had been providing medical care and aid to refugees, was killed on Monday.');
  assert.ok(!found.some((e) => e.startsWith('AID:')), found.join(' '));
  assert.ok(found.some((e) => e.startsWith('ASSAULT:')), found.join(' '));
  assert.ok(events('The agency has been providing food aid to the refugees since Monday.').some((e) => e.startsWith('AID:')));
});

test('"those killed in the two attacks" still tells the attacks', () => {
  assert.ok(events('A monitor said those killed in the two attacks included six children.').some((e) => e.startsWith('ASSAULT:')));
});

test('"who has been mediating" is an activity still going on, kept', () => {
  assert.ok(events('The president, who has been mediating between the two neighbours, invited their ministers to talks.').some((e) => e.includes('mediating')));
});
