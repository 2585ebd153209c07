import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const first = (text: string) => {
  const e = extract(text).find((x) => x.type === 'ASSAULT');
  return e && { trigger: e.triggerText, mode: e.mode, acled: e.acled, cameo: e.cameo };
};

test('an act of force done by aircraft is an air strike though no word says so ("bombers … conducted strikes", "jets killed")', () => {
  assert.deepEqual(first('Six heavy bombers flew out of a base in the south on Thursday and conducted strikes near the oil fields.'),
    { trigger: 'strikes', mode: 'aerial', acled: 'Air/drone strike', cameo: '195' });
  assert.deepEqual(first('Military jets believed to be foreign killed at least 60 civilians near the river.'),
    { trigger: 'killed', mode: 'aerial', acled: 'Air/drone strike', cameo: '195' });
});

test('aircraft that only back the doer ("backed by jets") or are its target ("shot down a helicopter") make no air strike', () => {
  assert.notEqual(first('Government forces backed by jets attacked rebel positions near the town.')?.acled, 'Air/drone strike');
  assert.notEqual(first('Rebels shot down a helicopter and killed its crew.')?.acled, 'Air/drone strike');
});

test("a 'suspected bomber' is a man, not an aircraft: only 'Tupolev bombers', 'strategic bombers' fly", () => {
  const bomber = extract('Guards said a second suspected bomber near the building had attacked them before he was caught.').find((e) => e.type === 'ASSAULT');
  assert.notEqual(bomber?.acled, 'Air/drone strike');
});
