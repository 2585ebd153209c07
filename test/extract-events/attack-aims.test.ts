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
