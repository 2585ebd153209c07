import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// Acts told in words the trigger lexicon lacked: a fight told by its past verb, a call by telephone,
// disappointment voiced at a party, troops added.
const events = (text: string) => extract(text).map((e) => `${e.type}:${e.triggerText.toLowerCase()}`);

test('extractEvents reads "have fought since Monday" as a clash', () => {
  assert.ok(events('Two rival brigades have fought since Monday in the southern districts, residents said.').some((e) => e.startsWith('ASSAULT:fought')));
});

test('extractEvents reads "spoke by telephone" as a phone call', () => {
  assert.ok(events('The foreign minister spoke by telephone on Monday with his Turkish counterpart.').some((e) => e.startsWith('CONSULT:')));
});

test('extractEvents reads being "deeply disappointed" by a party\'s decision as disapproval', () => {
  assert.ok(events('The mediators said they were deeply disappointed by the rebels\' decision to walk out.').some((e) => e.startsWith('ACCUSE:')));
});

test('extractEvents reads "ordered 300 additional troops to" a province as a mobilisation, not an attack', () => {
  const found = events('The interior minister said he had ordered 300 additional troops to the border province.');
  assert.ok(found.some((e) => e.startsWith('MOBILIZE:')), JSON.stringify(found));
  assert.ok(!found.some((e) => e.startsWith('ASSAULT:')));
});

test('extractEvents reads an act in a dated "after" clause as an act of its own ("fired rockets on Saturday after troops killed a commander on Friday")', () => {
  const text = 'The militia fired rockets at the town on Saturday after soldiers killed one of its commanders during a raid on Friday.';
  const { document } = makeDocument(text, { published: '2022-10-24', language: 'en' }, 'missed-acts.test.ts');
  const found = runPipeline(document).layers.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(found.length, 2, JSON.stringify(found.map((e) => [e.triggerText, e.time?.start])));
  // Without a date of its own the clause tells the same act.
  const one = makeDocument('Five people were killed on Monday when a car bomb exploded near the market.', { published: '2022-10-24', language: 'en' }, 'missed-acts.test.ts');
  assert.equal(runPipeline(one.document).layers.events.filter((e) => e.type === 'ASSAULT').length, 1);
});

test('extractEvents reads "said it would respect the truce" as a promise (AGREE)', () => {
  assert.ok(events('The army command said it would respect the truce with the rebels.').some((e) => e.startsWith('AGREE:')));
});

test('"claimed responsibility for the attack in a statement on Sunday" is the attack already told, not a second one dated by the claim', () => {
  const text = 'A roadside bomb struck an army patrol near the town on Saturday, killing three soldiers. The group claimed responsibility for the attack in a statement on Sunday.';
  const { document } = makeDocument(text, { published: '2021-06-13', language: 'en' }, 'missed-acts.test.ts');
  const attacks = runPipeline(document).layers.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((e) => [e.triggerText, e.time?.start])));
});

const pipelineEvents = (text: string) => {
  const { document } = makeDocument(text, { published: '2021-06-14', language: 'en' }, 'missed-acts.test.ts');
  return runPipeline(document).layers.events;
};

test('"declined to comment on Sunday on the attack" and "an inquiry into the bombing" name the attack already told, not a new one dated by the comment', () => {
  for (const second of ['The defence ministry declined to comment on Sunday on the attack.', 'The governor ordered an inquiry on Sunday into the bombing.']) {
    const text = `A car bomb exploded outside a police station in the river port on Saturday, killing four officers. ${second}`;
    const assaults = pipelineEvents(text).filter((e) => e.type === 'ASSAULT');
    assert.equal(assaults.length, 1, `${second} ${JSON.stringify(assaults.map((e) => e.triggerText))}`);
  }
});

test('extractEvents reads "pounded" positions as shelling, "described the raid as an aggression" as a condemnation and "suspended its memorandum with" a state as a sanction', () => {
  assert.ok(events('Government troops pounded rebel positions east of the town overnight.').some((e) => e.startsWith('ASSAULT:pounded')), JSON.stringify(events('Government troops pounded rebel positions east of the town overnight.')));
  const condemned = events('The foreign ministry described the raid as an act of aggression against a sovereign state.');
  assert.ok(condemned.some((e) => e.startsWith('ACCUSE:')), JSON.stringify(condemned));
  const suspended = events('After the raid Moscow suspended its memorandum on flight safety with Washington.');
  assert.ok(suspended.some((e) => e.startsWith('SANCTION:')), JSON.stringify(suspended));
});

test('extractEvents reads "pounded" (jets, guns or troops hitting a place hard) as an attack, and a pounding heart as none', () => {
  assert.ok(events('Government jets pounded rebel positions east of the city on Sunday.').some((e) => e.startsWith('ASSAULT:pounded')));
  assert.ok(events('Government forces pounded the besieged district on Tuesday.').some((e) => e.startsWith('ASSAULT:pounded')));
  // A heart that pounds is no attack: the verb needs something pounded.
  assert.ok(!events('My heart was pounding as we ran.').some((e) => e.startsWith('ASSAULT')));
});

test('extractEvents reads fighters that "destroyed" tanks or aircraft that flew "sorties" as attacks', () => {
  assert.ok(events('Fighters destroyed two army tanks near the bridge, the commander said.').some((e) => e.startsWith('ASSAULT:destroyed')), 'destroyed tanks');
  assert.ok(events('The air force carried out 40 sorties over the province in the past day.').some((e) => e.startsWith('ASSAULT:sorties')), 'sorties');
});
