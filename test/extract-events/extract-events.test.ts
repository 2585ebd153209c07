import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';
import { extractEventMentions } from '../../src/stages/extract-events/extract-events.js';
import type { ActorMention, ActorRef, ActorKind } from '../../src/model/actor.js';
import type { TimeMention } from '../../src/model/time-value.js';
import type { Document } from '../../src/model/document.js';

function actor(text: string, name: string, code: string, kind: ActorKind = 'government'): ActorMention {
  return { span: { start: 0, end: 0 }, text, actor: { id: name.toLowerCase(), name, code, kind } as ActorRef, confidence: 1 };
}

// Places hand-built actor mentions on their first (or nth) occurrence in the text.
function at(text: string, mention: ActorMention, nth = 0): ActorMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(mention.text, start + 1);
  assert.ok(start >= 0, `"${mention.text}" is not in the text`);
  return { ...mention, span: { start, end: start + mention.text.length } };
}

function extract(text: string, actors: ActorMention[] = [], times: TimeMention[] = []) {
  const doc: Document = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  const { sentences, tokens } = segmentText(text);
  return extractEventMentions(doc, { sentences, tokens, actors, times, places: [], casualties: [], attributions: [] });
}

test('extractEvents codes a request to stop strikes as REQUEST yield 0256 and records the stop as its content', () => {
  const text = 'Washington has asked for a week to stop the strikes on targets in Syria.';
  const events = extract(text, [at(text, actor('Washington', 'Washington', 'USAGOV'))]);
  const request = events.findIndex((e) => e.type === 'REQUEST');
  assert.ok(request >= 0, 'a REQUEST event');
  assert.equal(events[request].mode, 'yield');
  assert.equal(events[request].cameo, '0256');
  assert.deepEqual(events[request].actors.map((a) => a.actor?.code), ['USAGOV']);
  const stop = events.find((e) => e.type === 'RETREAT');
  assert.equal(stop?.contentOf, request);
  assert.equal(stop?.actors.length, 0, 'Washington asks; it is not the one who stops');
});

test('extractEvents makes the one asked to stop the recipient of the request', () => {
  const text = 'The American side suggested that the Russian air force stopped its operations for a week.';
  const events = extract(text, [at(text, actor('The American side', 'United States', 'USAGOV')), at(text, actor('Russian air force', 'Russian Air Force', 'RUSMIL', 'military'))]);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.equal(request?.mode, 'yield');
  assert.deepEqual(request?.actors.map((a) => a.actor?.code), ['USAGOV']);
  assert.deepEqual(request?.recipients.map((a) => a.actor?.code), ['RUSMIL']);
});

test('extractEvents takes the actor of a passive from "by" and makes the subject the recipient', () => {
  const text = 'Two villages were struck by Russian jets on Sunday.';
  const events = extract(text, [at(text, actor('Russian jets', 'Russian Air Force', 'RUSMIL', 'military'))]);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ASSAULT');
  assert.deepEqual(events[0].actors.map((a) => a.actor?.code), ['RUSMIL']);
});

test('extractEvents codes an air strike as ASSAULT aerial with the ACLED sub-event type', () => {
  const events = extract('Government warplanes carried out air strikes on the market of Saraqeb, killing nine people.');
  const strike = events.find((e) => e.acled === 'Air/drone strike');
  assert.ok(strike, JSON.stringify(events.map((e) => e.rule)));
  assert.equal(strike.type, 'ASSAULT');
  assert.equal(strike.mode, 'aerial');
  assert.equal(strike.cameo, '195');
});

test('extractEvents lets the classifier choose the ACLED type of an open trigger such as "attack"', () => {
  const events = extract('Rebels attacked the army positions with mortars and artillery shells overnight.');
  assert.ok(events.some((e) => e.type === 'ASSAULT' && e.acled === 'Shelling/artillery/missile attack'), JSON.stringify(events.map((e) => [e.rule, e.acled])));
});

test('extractEvents records unnamed attackers as unresolved participants', () => {
  const events = extract('Gunmen opened fire on worshippers outside a church in the north.');
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(attack?.actors.map((a) => [a.text, a.actor?.code]), [['Gunmen', undefined]]);
  assert.deepEqual(attack?.recipients.map((a) => a.actor?.code), ['CVL']);
});

test('extractEvents makes one CONSULT event per date group of a meeting, each with its own clause', () => {
  const text = 'Lavrov and Kerry held talks in Moscow on July 14 and on July 26 on the sidelines of the ASEAN summit.';
  const date = (s: string, iso: string): TimeMention => {
    const start = text.indexOf(s);
    return { span: { start, end: start + s.length }, text: s, type: 'DATE', timex: iso, rule: 'test' };
  };
  const events = extract(text, [at(text, actor('Lavrov', 'Sergei Lavrov', 'RUSGOV', 'person')), at(text, actor('Kerry', 'John Kerry', 'USAGOV', 'person'))],
    [date('July 14', '2016-07-14'), date('July 26', '2016-07-26')]);
  const meetings = events.filter((e) => e.type === 'CONSULT');
  assert.equal(meetings.length, 2);
  assert.ok(text.slice(meetings[0].clause.start, meetings[0].clause.end).includes('July 14'));
  assert.ok(!text.slice(meetings[0].clause.start, meetings[0].clause.end).includes('July 26'));
  assert.ok(text.slice(meetings[1].clause.start, meetings[1].clause.end).includes('July 26'));
  assert.equal(meetings[1].mode, 'third-party');
  assert.equal(meetings[1].cameo, '044');
  const parties = meetings[0].actors.concat(meetings[0].recipients).map((p) => p.actor?.code).sort();
  assert.deepEqual(parties, ['RUSGOV', 'USAGOV']);
});

test('extractEvents joins coordinated actors placed after the verb ("both Russia and the coalition")', () => {
  const text = 'Military actions against them continue, both Russia and the coalition forces.';
  const events = extract(text, [at(text, actor('Russia', 'Russia', 'RUS', 'state')), at(text, actor('coalition forces', 'Coalition', 'IGOMIL', 'military'))]);
  const assault = events.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(assault?.actors.map((a) => a.actor?.code), ['RUS', 'IGOMIL']);
});

test('extractEvents never makes an outlet an actor', () => {
  const text = 'Reuters said rebels attacked a checkpoint near Goma.';
  const events = extract(text, [at(text, actor('Reuters', 'Reuters', 'GBRMED', 'media'))]);
  assert.ok(events.length > 0);
  for (const e of events) assert.ok(!e.actors.some((a) => a.actor?.kind === 'media'));
});

test('extractEvents links what an accusation alleges to the accusation instead of asserting it', () => {
  const text = 'The opposition accused the army of attacks on civilians in the town.';
  const events = extract(text);
  const accuse = events.findIndex((e) => e.type === 'ACCUSE');
  assert.ok(accuse >= 0);
  const assault = events.find((e) => e.type === 'ASSAULT');
  assert.equal(assault?.contentOf, accuse);
});

const NEGATIVE_CASES = [
  'The spokeswoman told journalists on Monday that the results would be announced soon.',
  'According to the agency, the article was edited by two staff writers.',
  'It was cold and windy in the capital, a government official told reporters.',
];

test('extractEvents finds no event in sentences that only report speech', () => {
  for (const text of NEGATIVE_CASES) assert.deepEqual(extract(text).map((e) => e.rule), [], text);
});

test('extractEvents gives every event a clause that contains its trigger', () => {
  const text = 'Police arrested dozens of protesters. Later, a roadside bomb killed two soldiers, which angered the villagers.';
  const events = extract(text);
  assert.ok(events.length >= 2);
  for (const e of events) {
    assert.ok(e.clause.start <= e.trigger.start && e.trigger.end <= e.clause.end);
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.triggerText);
  }
});

test('extractEvents never makes the apposition of a speaker the author of an attack ("according to X, a spokesman for Y")', () => {
  const text = 'Fighting broke out on Sunday near the village, according to Colonel Naw Bu, a spokesman for the rebels.';
  const events = extract(text, [at(text, actor('Colonel Naw Bu', 'Naw Bu', 'KIA', 'rebels')), at(text, actor('a spokesman', 'spokesman', 'KIA', 'rebels'))]);
  const assaults = events.filter((e) => e.type === 'ASSAULT');
  assert.ok(assaults.length > 0);
  for (const e of assaults) assert.ok(!e.actors.some((p) => /spokesman|Naw Bu/.test(p.text)), `speaker as actor of "${text.slice(e.trigger.start, e.trigger.end)}"`);
});

test('extractEvents reads a source asking for anonymity as a condition of the quote, not a request', () => {
  for (const text of [
    'A local official, who asked not to be named, said the kidnappers were probably from the militia.',
    'A diplomat who requested anonymity said the talks had stalled.',
    'An officer who declined to be identified said two soldiers were missing.',
  ]) {
    const types = extract(text).map((e) => `${e.type}:${e.triggerText}`);
    assert.ok(!types.some((t) => /^(REQUEST|REJECT)/.test(t)), `${text} → ${JSON.stringify(types)}`);
  }
  // A real request is still one.
  assert.ok(extract('The minister asked the rebels to leave the city.').some((e) => e.type === 'REQUEST'));
});

test('extractEvents reads "kidnapping for ransom is common" as a generic statement, not an event', () => {
  for (const text of ['Kidnapping for ransom is common in central Somalia.', 'Attacks on aid convoys are frequent on that road.', 'Clashes remain rare in the north.']) {
    assert.deepEqual(extract(text).map((e) => e.triggerText), [], text);
  }
  assert.ok(extract('Gunmen kidnapped two aid workers, a common crime in the area.').length > 0);
});

test('extractEvents records no claim where nobody has claimed responsibility', () => {
  for (const text of ['No group has claimed responsibility for the attack.', 'Nobody claimed responsibility for the kidnapping.', 'There was no immediate claim of responsibility.']) {
    assert.ok(!extract(text).some((e) => e.type === 'ACCUSE'), `${text} → ${JSON.stringify(extract(text).map((e) => e.triggerText))}`);
  }
  assert.ok(extract('Al Shabaab claimed responsibility for the attack.').some((e) => e.type === 'ACCUSE'));
});

test('extractEvents does not make the event a request answers ("following an attack") part of what it asks for', () => {
  const text = 'The ministers called for an urgent inquiry following last week\'s bombing of the hospital.';
  const events = extract(text);
  const request = events.findIndex((e) => e.type === 'REQUEST');
  assert.ok(request >= 0);
  const bombing = events.find((e) => e.type === 'ASSAULT');
  assert.ok(bombing);
  assert.equal(bombing.contentOf, undefined);
});
