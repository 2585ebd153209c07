import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

test("the deaths an aimed act caused ('targeted a gathering of commanders, killing several') name no means: a clash the classifier guesses gets no mode", () => {
  const [act] = extract('The troops targeted a gathering of militia commanders near the town killing and wounding several of them.').filter((e) => e.type === 'ASSAULT');
  assert.equal(act?.acled, 'Armed clash');
  assert.equal(act?.mode, undefined);
});

test('an aimed act whose means is named keeps it', () => {
  const [act] = extract('Warplanes targeted a gathering of militia commanders near the town killing several of them.').filter((e) => e.type === 'ASSAULT');
  assert.equal(act?.mode, 'aerial');
});
