import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorClass, causeOfDeath, eventActorClass, governorateLabel, placeMatchesLabel } from '../../src/eval/fa-kes/label-classes.js';

test('placeMatchesLabel compares governorates without case, accents or the Arabic article', () => {
  assert.ok(placeMatchesLabel({ name: 'Al-Hasakah' }, 'hasakeh'));
  assert.ok(placeMatchesLabel({ name: 'Deir ez-Zor' }, 'deir ezzor'));
  assert.ok(placeMatchesLabel({ name: 'Latakia' }, 'lattakia'));
  assert.ok(!placeMatchesLabel({ name: 'Homs' }, 'hama'));
  assert.ok(!placeMatchesLabel(undefined, 'hama'));
});

test('placeMatchesLabel counts a city inside the labelled governorate, and rural Damascus as Damascus', () => {
  assert.ok(placeMatchesLabel({ name: 'Douma', admin1: 'Rif Dimashq' }, 'damascus'));
  assert.ok(placeMatchesLabel({ name: 'Manbij', admin1: 'Aleppo' }, 'aleppo'));
  assert.equal(governorateLabel('Idleb'), 'idlib');
});

test('causeOfDeath maps ACLED sub-event types and modes to the FA-KES causes', () => {
  assert.equal(causeOfDeath({ acled: 'Air/drone strike', triggerText: 'raid' }), 'shelling');
  assert.equal(causeOfDeath({ acled: 'Chemical weapon', triggerText: 'attack' }), 'chemical and toxic gases');
  assert.equal(causeOfDeath({ acled: 'Suicide bomb', triggerText: 'blew himself up' }), 'explosion');
  assert.equal(causeOfDeath({ acled: 'Armed clash', triggerText: 'clashes' }), 'shooting');
  assert.equal(causeOfDeath({ mode: 'execute', triggerText: 'executed' }), 'execution');
  assert.equal(causeOfDeath(undefined), 'unknown');
});

test("causeOfDeath reads sitrep's own mode names for remote violence ('aerial', 'heavy-weapons') when the ACLED type is only 'Attack'", () => {
  assert.equal(causeOfDeath({ acled: 'Attack', mode: 'aerial', triggerText: 'killed' }), 'shelling');
  assert.equal(causeOfDeath({ acled: 'Attack', mode: 'heavy-weapons', triggerText: 'killed' }), 'shelling');
});

test('actorClass maps actor codes and names to the FA-KES actor classes', () => {
  assert.equal(actorClass({ id: 'syrian-army', name: 'Syrian Army', code: 'SYRMIL' }), 'syrian government or russian troops');
  assert.equal(actorClass({ id: 'russian-air-force', name: 'Russian Air Force', code: 'RUSMIL' }), 'syrian government or russian troops');
  assert.equal(actorClass({ id: 'isis', name: 'Islamic State', code: 'IMGMUSISI' }), 'the organization of the islamic state in iraq and the levant - isis');
  assert.equal(actorClass({ id: 'us-led-coalition', name: 'US-led coalition', code: 'USAMIL' }), 'international coalition forces');
  assert.equal(actorClass({ id: 'fsa', name: 'Free Syrian Army', code: 'SYRREB' }), 'armed opposition groups');
  assert.equal(actorClass(undefined), 'unknown');
});

test('eventActorClass takes the first actor of the event that has a class, skipping civilians', () => {
  const participant = (code: string, name: string) => ({ text: name, evidence: { start: 0, end: 1 }, actor: { id: name.toLowerCase(), name, code, kind: 'other' as const } });
  assert.equal(eventActorClass({ actors: [participant('CVL', 'civilians'), participant('SYR', 'Syria')] }), 'syrian government or russian troops');
  assert.equal(eventActorClass({ actors: [participant('NGOHRI', 'Syrian Observatory for Human Rights')] }), 'unknown');
  assert.equal(eventActorClass(undefined), 'unknown');
});
