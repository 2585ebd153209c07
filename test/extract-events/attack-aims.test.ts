import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// The aim of an attack, told by an infinitive after the attack's noun, is not an act of its own.
const events = (text: string) => extract(text).map((e) => `${e.type}:${e.triggerText.toLowerCase()}`);

test('"an offensive to seize the city": the offensive is the event, the seizure it aims at is not', () => {
  const found = events('Rebel groups began a large offensive to seize the provincial capital on Friday.');
  assert.ok(found.some((e) => e.includes('offensive')), found.join(' '));
  assert.ok(!found.some((e) => e.includes('seize')), found.join(' '));
  const control = events('Rebels led by Islamist groups began a large offensive to gain full control of the city of Hama on Thursday.');
  assert.ok(control.some((e) => e.includes('offensive')), control.join(' '));
  assert.ok(!control.some((e) => e.includes('control')), control.join(' '));
  // A seizure told as done stays an event.
  assert.ok(events('Rebel groups seized the provincial capital on Friday.').some((e) => e.includes('seize')));
});

test('the act told of a party outranks the act a relative clause recalls about it ("executed an aid worker kidnapped in the north")', () => {
  const reduced = events('The group said it had executed a foreign aid worker kidnapped in the north last year.');
  assert.ok(reduced.some((e) => e.includes('executed')), reduced.join(' '));
  assert.ok(!reduced.some((e) => e.includes('kidnapped')), reduced.join(' '));
  const relative = events('The group executed an aid worker who was kidnapped in the north last year.');
  assert.ok(relative.some((e) => e.includes('executed')), relative.join(' '));
  // Told in the main clause, the kidnapping is the event.
  assert.ok(events('Gunmen kidnapped an aid worker in the north on Monday.').some((e) => e.includes('kidnapped')));
});

test('a beheading or a decapitation is an execution, and troops that "advanced to within five km" of a town tell an offensive', () => {
  const video = extract('The video showed the beheadings of at least 12 captured soldiers.');
  assert.ok(video.some((e) => e.type === 'ASSAULT' && e.mode === 'targeted'), video.map((e) => e.triggerText).join(' '));
  assert.ok(extract('Militants decapitated two hostages on Monday.').some((e) => e.type === 'ASSAULT' && e.mode === 'targeted'));
  assert.ok(events('Government forces this week advanced to within five km of the town.').some((e) => e.startsWith('ASSAULT:advanced')));
  // An advance in talks or prices is no offensive.
  assert.ok(!events('The talks advanced slowly this week.').some((e) => e.startsWith('ASSAULT:')));
});

test('attacks in the plural counted from a year ("in its strikes in two countries since 2014") are a campaign summed up, not an act', () => {
  assert.ok(!events('The coalition has acknowledged the deaths of 300 civilians in its strikes in the two countries since 2015.').some((e) => e.startsWith('ASSAULT:strikes')));
  assert.ok(events('Air strikes on the town since Monday have killed 12 people.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Coalition strikes hit the town on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('attacks counted from a clause that ends on a year ("its strikes since it entered the war in 2015") are a campaign too', () => {
  assert.ok(!events('Moscow has not acknowledged civilian deaths from its strikes since it entered the war in 2015.').some((e) => e.startsWith('ASSAULT:strikes')));
});
