import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// Core acts told in wire phrasings the trigger lexicon lacked: gunfire aimed at a target, an envoy ordered out,
// fighters 'neutralised', bodies found, people taken away.
const events = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}:${e.triggerText.toLowerCase()}`);

test('"fired small arms at" and "fired at" a target are an attack with firearms', () => {
  assert.ok(events('Each side said the other had fired small arms at its posts overnight.').some((e) => e.startsWith('ASSAULT/firearms:')));
  assert.ok(events('Police fired at the crowd outside the governor\'s office.').some((e) => e.startsWith('ASSAULT/')));
  assert.ok(events('Soldiers fired on a car that failed to stop at the checkpoint.').some((e) => e.startsWith('ASSAULT/')));
  // The weapon fired says the mode: rockets are heavy weapons.
  assert.ok(events('Militants fired rockets at the army base on Monday night.').some((e) => e.startsWith('ASSAULT/heavy-weapons:')));
  // A munition 'fired at' a target is told by the munition's word; what intercepted it decides the class.
  const intercepted = extract('Air defences intercepted enemy missiles over the capital that were fired at military targets in the south.');
  assert.ok(!intercepted.some((e) => e.triggerText.toLowerCase().startsWith('fired')), JSON.stringify(intercepted.map((e) => e.triggerText)));
  assert.ok(events('The patrol was fired at by gunmen near the border.').some((e) => e.startsWith('ASSAULT/')));
  // 'fired at about 6 am' is a time, not a target.
  assert.ok(!events('The army said the rocket was fired at about 6 am and fell in an open field.').some((e) => e.includes(':fired at')));
  // A dismissal is no attack.
  assert.ok(!events('The minister was fired from his post at the ministry on Monday.').some((e) => e.startsWith('ASSAULT/')));
});

test('"came under fire from" a party is an attack', () => {
  assert.ok(events('The patrol came under fire from gunmen near the border crossing on Friday.').some((e) => e.startsWith('ASSAULT/')));
  assert.ok(events('The ministry said its troops had come under heavy fire from rebel positions across the river.').some((e) => e.startsWith('ASSAULT/')));
  // As in a passive, the subject is the target and the party after 'from' fired.
  const [attack] = extract('The northern troops came under fire from the southern militia on Friday.', [['northern troops', 'NORMIL', 'military'], ['southern militia', 'SOUREB', 'rebels']])
    .filter((e) => e.type === 'ASSAULT');
  assert.deepEqual([attack.actors.map((p) => p.actor?.code), attack.recipients.map((p) => p.actor?.code)], [['SOUREB'], ['NORMIL']]);
});

test('ordering an ambassador to leave the country, or declaring a diplomat persona non grata, is an expulsion', () => {
  assert.ok(events('The foreign ministry ordered the French ambassador to leave the country within 48 hours.').some((e) => e.startsWith('SANCTION/expel:')));
  assert.ok(events('The government declared two Dutch diplomats persona non grata on Tuesday.').some((e) => e.startsWith('SANCTION/expel:')));
});

test('fighters "neutralised" by an army are killed', () => {
  assert.ok(events('The army said it had neutralised more than 60 insurgents in the district over the past week.').some((e) => e.startsWith('ASSAULT/')));
  assert.ok(events('Troops neutralized 12 militants in a raid on their hideout.').some((e) => e.startsWith('ASSAULT/')));
  // A device neutralised is a disrupted weapon, not an attack.
  assert.ok(!events('Police neutralised an explosive device near the market.').some((e) => e.startsWith('ASSAULT/')));
});

test('bodies found are a killing told by its aftermath', () => {
  assert.ok(events('The bodies of nine villagers were found near the road on Sunday, police said.').some((e) => e.startsWith('ASSAULT/')));
  assert.ok(events('Residents found the bodies of four men in a ditch outside the town.').some((e) => e.startsWith('ASSAULT/')));
  // Bodies pulled from rubble or taken to a hospital are the toll of an attack told elsewhere.
  assert.ok(!events('Rescuers pulled eight bodies from the rubble.').some((e) => e.startsWith('ASSAULT/')));
  assert.ok(!events('The bodies of the victims were taken to the hospital.').some((e) => e.startsWith('ASSAULT/')));
});

test('passengers or villagers "taken away" or "led away" by armed men are abducted', () => {
  assert.ok(events('Gunmen stopped the bus on the highway and took away 12 passengers, police said.').some((e) => e.startsWith('ASSAULT/abduct:')));
  assert.ok(events('The attackers led away three villagers at gunpoint.').some((e) => e.startsWith('ASSAULT/abduct:')));
});
