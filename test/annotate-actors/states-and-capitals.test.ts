import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention, placeAt } from './run-actors.js';

test('annotateActors reads a capital that acts as its government', () => {
  const actors = actorsIn('Ankara warned Damascus on Tuesday, and Tehran stayed silent while Moscow objected.');
  assert.equal(mention(actors, 'Ankara')?.actor?.code, 'TURGOV');
  assert.equal(mention(actors, 'Damascus')?.actor?.code, 'SYRGOV');
  assert.equal(mention(actors, 'Tehran')?.actor?.code, 'IRNGOV');
  assert.equal(mention(actors, 'Moscow')?.actor?.code, 'RUSGOV');
});

test('annotateActors leaves a capital after in, to, near or from to the places layer', () => {
  const actors = actorsIn('The envoy flew from Ankara to Moscow, met aides in Tehran and stayed near Damascus.');
  for (const city of ['Ankara', 'Moscow', 'Tehran', 'Damascus']) assert.equal(mention(actors, city), undefined, city);
});

test('annotateActors follows the places layer when it marks a capital as metonymic', () => {
  const text = 'Officials in Washington said the plan was dead.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Washington', 'US', true)]);
  assert.equal(mention(actors, 'Washington')?.actor?.code, 'USAGOV');
});

test('annotateActors codes government buildings as the government that sits in them', () => {
  const actors = actorsIn('The Kremlin rejected the report, the Pentagon declined to comment and the State Department said nothing.');
  assert.equal(mention(actors, 'Kremlin')?.actor?.code, 'RUSGOV');
  assert.equal(mention(actors, 'Pentagon')?.actor?.code, 'USAMIL');
  assert.equal(mention(actors, 'State Department')?.actor?.code, 'USAGOV');
});

test('annotateActors codes a country named as a party as the state', () => {
  const actors = actorsIn('Russia and Turkey signed a memorandum, but Iran refused.');
  assert.equal(mention(actors, 'Russia')?.actor?.code, 'RUS');
  assert.equal(mention(actors, 'Turkey')?.actor?.code, 'TUR');
  assert.equal(mention(actors, 'Iran')?.actor?.kind, 'state');
});

test('annotateActors does not make a state of a country after in', () => {
  const actors = actorsIn('Fighting continued in Syria and in northern Iraq.');
  assert.equal(mention(actors, 'Syria'), undefined);
  assert.equal(mention(actors, 'Iraq'), undefined);
});

test('annotateActors keeps a country after "to" as a party: aid goes to a state, travel goes to a capital', () => {
  const actors = actorsIn('The EU pledged aid to Lebanon, and the minister then flew to Beirut.');
  assert.equal(mention(actors, 'Lebanon')?.actor?.code, 'LBN');
  assert.equal(mention(actors, 'Beirut'), undefined);
});

test('annotateActors reads a capital named after the word "capital" as the place ("in the Belarusian capital Minsk")', () => {
  const actors = actorsIn('The ministers held talks in the Belarusian capital Minsk on Friday.', '2015-02-13');
  assert.ok(!actors.some((a) => a.text === 'Minsk'), JSON.stringify(actors.map((a) => a.text)));
});

test('annotateActors reads a capital before a local noun as the place ("rival Tripoli factions", "Kabul residents", "Damascus airport")', () => {
  for (const [text, name] of [['The envoy called on rival Tripoli factions to halt fighting.', 'Tripoli'], ['Kabul residents said the blast shook the city.', 'Kabul'], ['Rockets hit Damascus airport.', 'Damascus']]) {
    assert.equal(mention(actorsIn(text, '2017-03-14'), name)?.actor, undefined, text);
  }
  assert.equal(mention(actorsIn('The Damascus government rejected the plan.', '2017-03-14'), 'Damascus government')?.actor?.code, 'SYRGOV');
});

test('annotateActors reads a country name or adjective before a place noun as a place ("the Belarusian capital Minsk", "the Syrian border")', () => {
  for (const [text, name] of [['The ministers met in the Belarusian capital Minsk on Friday.', 'Belarusian'], ['Shells fell near the Syrian border.', 'Syrian'], ['Refugees crossed the Turkish frontier.', 'Turkish']]) {
    assert.equal(mention(actorsIn(text, '2015-02-13'), name)?.actor, undefined, text);
  }
  assert.equal(mention(actorsIn('Turkish troops crossed the border.', '2015-02-13'), 'Turkish troops')?.actor?.code, 'TURMIL');
});

test('annotateActors leaves a capital that names where a bombing happened to the places layer ("a Damascus car bomb", "the Kabul suburbs")', () => {
  const actors = actorsIn('A Damascus car bomb killed four people. Shells hit the Kabul suburbs on Monday.');
  assert.equal(mention(actors, 'Damascus'), undefined);
  assert.equal(mention(actors, 'Kabul'), undefined);
});

test('annotateActors knows the PRC as China', () => {
  assert.equal(mention(actorsIn('The PRC on Tuesday demanded an apology.'), 'PRC')?.actor?.code, 'CHN');
});

test('annotateActors reads an ambiguous country name as the country the places stage chose for it (Congo in a story from Goma)', () => {
  const text = "Congo's government accused Rwanda of backing the rebels near Goma.";
  const congo = placeAt(text, 'Congo', 'CD');
  congo.place!.precision = 'country';
  const actors = actorsIn(text, '2024-02-09', [congo, placeAt(text, 'Goma', 'CD')]);
  assert.equal(mention(actors, "Congo's government")?.actor?.code, 'CODGOV');
});

test('annotateActors keeps the country of a people\'s word that the places stage read as a country (Albanians of Kosovo)', () => {
  const text = 'Ethnic Albanians in Kosovo demonstrated in Pristina.';
  const albania = placeAt(text, 'Albanians', 'AL');
  albania.place!.precision = 'country';
  const albanians = mention(actorsIn(text, '2008-02-01', [albania, placeAt(text, 'Pristina', 'XK')]), 'Albanians');
  assert.ok(albanians?.actor);
  assert.notEqual(albanians.actor.country, 'AL');
});

test('annotateActors knows the UAE by its short form, and its ministry as its government', () => {
  const actors = actorsIn('The UAE said the exchange went well. The UAE foreign ministry thanked both sides.');
  assert.equal(mention(actors, 'UAE')?.actor?.code, 'ARE');
  assert.equal(mention(actors, 'UAE foreign ministry')?.actor?.code, 'AREGOV');
});

test("annotateActors reads a country before a noun of fighting with no one author ('Yemen fighting kills 30', 'the Libya clashes') as where it happens, not a party", () => {
  const actors = actorsIn('Yemen fighting kills 30 rebels as the Libya clashes spread. Turkey violence leaves two dead.');
  for (const name of ['Yemen', 'Libya', 'Turkey']) assert.equal(mention(actors, name), undefined, name);
  // An author's own act keeps its author: 'a Russia strike' is Russia's.
  const strike = actorsIn('The Russia strike hit a bakery.');
  assert.equal(mention(strike, 'Russia')?.actor?.code, 'RUS');
});

test("annotateActors reads a country before 'terrorists' or 'militants' ('Iraq militants shell a town') as where they are, not the state", () => {
  const actors = actorsIn('Iraq militants shelled the town as Mali terrorists attacked a convoy.');
  assert.equal(mention(actors, 'Iraq'), undefined);
  assert.equal(mention(actors, 'Mali'), undefined);
});
