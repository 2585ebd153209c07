import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// A body told of reports of an act that says it is checking them investigates (ACCUSE, mode investigate).
const coded = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}:${e.triggerText}`);

test('extractEvents reads "was looking into them" as an investigation', () => {
  assert.ok(coded('The command said it was aware of the reports and was looking into them.').includes('ACCUSE/investigate:looking into'));
});

test('extractEvents reads "was seeking more information" as an investigation', () => {
  assert.ok(coded('The watchdog said it was aware of the reports and was seeking more information.').includes('ACCUSE/investigate:seeking more information'));
});
