import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';
import { extractEventMentions } from '../../src/stages/extract-events/extract-events.js';
import type { Document } from '../../src/model/document.js';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// Acts on the ground whose words the tagger or the lexicon used to miss: each must give an event at its word.
function triggers(text: string): string[] {
  const doc: Document = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  const { sentences, tokens } = segmentText(text);
  return extractEventMentions(doc, { sentences, tokens, actors: [], times: [], places: [], casualties: [], attributions: [] })
    .map((e) => `${text.slice(e.trigger.start, e.trigger.end).toLowerCase()}:${e.type}`);
}

test('extractEvents reads patrolling as a show of force (MOBILIZE); a patrol that is attacked is no event of its own', () => {
  assert.ok(triggers('Armed police patrolled the streets of the capital on Friday.').includes('patrolled:MOBILIZE'));
  assert.ok(triggers('Soldiers were patrolling the border town at night.').includes('patrolling:MOBILIZE'));
  assert.ok(!triggers('Gunmen ambushed an army patrol on the road.').some((t) => t.startsWith('patrol')));
});

test('extractEvents reads forces entering a place as a move onto ground (MOBILIZE); entering a phase, a truce or an office is no event', () => {
  assert.ok(triggers('Government troops entered the village of Kafr Zeita on Sunday.').includes('entered:MOBILIZE'));
  assert.ok(triggers('Rebel fighters are trying to enter the town from the east.').includes('enter:MOBILIZE'));
  assert.ok(!triggers('The truce entered into force at midnight.').some((t) => t.startsWith('enter')));
  assert.ok(!triggers('The conflict has entered its fourth year.').some((t) => t.startsWith('enter')));
  assert.ok(!triggers('She has led the party since she entered office.').some((t) => t.startsWith('enter')));
  assert.ok(!triggers('The talks entered a decisive phase.').some((t) => t.startsWith('enter')));
});

test('extractEvents reads "shot dead" as a shooting even where the tagger calls "shot" a noun', () => {
  // Third sentence: the lead's fallback classifier must not be what finds it.
  const found = triggers('It was late. Nobody spoke. Israeli soldiers shot dead a policeman and a boy in the town and eight people were wounded, according to officials.');
  assert.ok(found.some((t) => t.startsWith('shot') && t.endsWith(':ASSAULT')), JSON.stringify(found));
});

test('extractEvents reads a launched offensive as an attack, whatever tag "offensive" gets', () => {
  const found = triggers('It was late. Nobody spoke. The army launched a new offensive in the northern countryside on Wednesday.');
  assert.ok(found.some((t) => t.endsWith(':ASSAULT')), JSON.stringify(found));
});

test('extractEvents reads troops storming a place as an attack, not a storm of weather', () => {
  assert.ok(triggers('Troops stormed the building at dawn.').includes('stormed:ASSAULT'));
  assert.ok(triggers('A storm hit the coast on Monday.').includes('storm:AID'));
});

test('extractEvents reads "was shot", "shot and killed" and "shot down" as shootings whatever tag "shot" gets', () => {
  for (const sentence of ['A policeman was shot in the market.', 'Gunmen shot and killed two guards.', 'Rebels shot down an army helicopter.']) {
    const found = triggers(`It was late. Nobody spoke. ${sentence}`);
    assert.ok(found.some((t) => t.includes('shot') && t.endsWith(':ASSAULT')), `${sentence} ${JSON.stringify(found)}`);
  }
});

test('extractEvents reads an offensive continued or begun as an attack, whatever tag "offensive" gets', () => {
  const found = triggers('It was late. Nobody spoke. The army continued their large-scale offensive in the north on Tuesday.');
  assert.ok(found.some((t) => t.endsWith(':ASSAULT')), JSON.stringify(found));
});

test('extractEvents reads a convoy as aid only when it carries aid: a supply or army convoy that is attacked is no delivery', () => {
  assert.ok(!triggers('Gunmen ambushed an army supply convoy on the road to the border.').some((t) => t.endsWith(':AID')));
  assert.ok(!triggers('The convoy was hit by a roadside bomb near the town.').some((t) => t.endsWith(':AID')));
  assert.ok(triggers('A UN aid convoy reached the besieged town on Tuesday.').some((t) => t.endsWith(':AID')));
  assert.ok(triggers('A relief convoy entered the district after weeks of talks.').some((t) => t.endsWith(':AID')));
  assert.ok(triggers('A convoy carrying food and medicine crossed into the enclave.').some((t) => t.endsWith(':AID')));
});

test('extractEvents reads a verb the tagger calls a noun as the verb when a subject stands before it and an object after it ("troops shot him")', () => {
  for (const sentence of ['Security forces shot him during a march on Sunday.', 'Two gunmen shot the judge as he left his office.', 'Border guards shot three smugglers near the river.']) {
    const found = triggers(`It was late. Nobody spoke. ${sentence}`);
    assert.ok(found.includes('shot:ASSAULT'), `${sentence} ${JSON.stringify(found)}`);
  }
  // A noun it stays after a determiner: 'the shot', 'a warning shot'.
  assert.ok(!triggers('It was late. Nobody spoke. The shot the photographer took won a prize.').includes('shot:ASSAULT'));
});

test('buildRecords keeps a shooting whose verb the tagger took for a noun ("one of the guards shot him"): it tells an act, not a kind of event', () => {
  const text = 'However, one of the guards shot him in the back once he turned around.';
  const events = runPipeline(makeDocument(text, { language: 'en' }, 'ground-triggers.test.ts').document).layers.events;
  assert.ok(events.some((e) => e.triggerText === 'shot' && e.type === 'ASSAULT'), JSON.stringify(events.map((e) => e.triggerText)));
});

test('extractEvents reads a shooting or a stabbing named as a noun as an attack ("the shooting occurred near the market")', () => {
  assert.ok(triggers('It was late. Nobody spoke. The shooting occurred around noon near the market.').includes('shooting:ASSAULT'));
  assert.ok(triggers('It was late. Nobody spoke. A stabbing in the old city left one man wounded.').includes('stabbing:ASSAULT'));
});

test('extractEvents reads a verb the tagger took for a noun before a named place or person as the verb ("force patrols Kandahar")', () => {
  assert.ok(triggers('An international force patrols Kandahar as instructors train a new army.').includes('patrols:MOBILIZE'));
  assert.ok(!triggers('The army patrol Monday found nothing.').some((t) => t.startsWith('patrol')));
});

test('extractEvents finds a hyphened trigger the tokenizer keeps as one word ("a counter-offensive", "a counter-attack")', () => {
  assert.ok(triggers('The army launched a counter-offensive in northern Hama on Monday.').includes('counter-offensive:ASSAULT'));
  assert.ok(triggers('Rebels mounted a counter-attack against the villages on Wednesday.').includes('counter-attack:ASSAULT'));
  assert.ok(triggers('Rebels mounted a counterattack against the villages on Wednesday.').includes('counterattack:ASSAULT'));
});

test('extractEvents reads a bare verb the tagger took for a noun after a plural subject and before "in" as the verb ("policemen patrol in rural areas"), not "a police patrol in"', () => {
  assert.ok(triggers('Policemen patrol in rural areas of the province to keep the holiday calm.').includes('patrol:MOBILIZE'));
  assert.ok(!triggers('A police patrol in the area found nothing.').some((t) => t.startsWith('patrol')));
});

test('extractEvents reads "shot" the tagger took for a noun as the verb after a form of "be" ("were shot in the head"), after an apposition to the subject ("Karim, a shopkeeper, shot …") and before a reflexive', () => {
  assert.ok(triggers('It was late. Nobody spoke. Both were shot in the head in the attack.').some((t) => t.endsWith('shot:ASSAULT')));
  assert.ok(triggers('It was late. Nobody spoke. Karim, a local shopkeeper, shot Hassan three times at his home.').includes('shot:ASSAULT'));
  assert.ok(triggers('It was late. Nobody spoke. Cornered by the troops, the commander shot himself.').includes('shot:ASSAULT'));
  // A noun it stays where no verb can stand: 'the shots were heard', 'the best shot of the day'.
  assert.ok(!triggers('It was late. Nobody spoke. The shots were heard across the valley.').some((t) => t.startsWith('shot')));
  assert.ok(!triggers('It was late. Nobody spoke. That was the best shot of the day, the coach said.').some((t) => t.startsWith('shot')));
});
