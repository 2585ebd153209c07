import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

test("an active verb with an object takes no agent from a later 'by'", () => {
  const events = extract("The parliament has demanded an immediate admission by Moscow of the killings.", [['parliament', 'POLLEG', 'government'], ['Moscow', 'RUSGOV', 'government']]);
  const demand = events.find((e) => e.type === 'REQUEST');
  assert.deepEqual(demand?.actors.map((a) => a.actor?.code), ['POLLEG'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text)])));
});

test("the subject's own troops are not the recipient of its act", () => {
  const events = extract('Syria has again offered its troops to the new president of Lebanon.', [['Syria', 'SYR', 'state'], ['troops', 'SYRMIL', 'military'], ['president of Lebanon', 'LBNGOV', 'government']]);
  const offer = events.find((e) => e.type === 'AGREE');
  assert.deepEqual(offer?.recipients.map((a) => a.actor?.code), ['LBNGOV'], JSON.stringify(events.map((e) => [e.type, e.recipients.map((a) => a.text)])));
});
