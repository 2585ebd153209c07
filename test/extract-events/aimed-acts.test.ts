import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// 'targeted' tells an act of force in the active voice with its object after it; as an adjective, a passive, or
// with an attack noun for subject it names the target of an act told elsewhere, or of none.
const assaults = (text: string) => extract(text).filter((e) => e.type === 'ASSAULT').map((e) => e.triggerText.toLowerCase());

test('extractEvents reads "an army unit targeted a gathering of militants" as an attack', () => {
  assert.deepEqual(assaults('An army unit targeted a gathering of militants near the village on Monday.'), ['targeted']);
});

test('extractEvents reads "continued on Tuesday targeting vehicles of the insurgents" as an attack', () => {
  assert.deepEqual(assaults('The air force continued on Tuesday targeting vehicles of the insurgents.'), ['targeting']);
});

test('extractEvents reads no attack in "the targeted airbase" nor in "areas were targeted"', () => {
  assert.deepEqual(assaults('The targeted airbase had been used by the government for months.'), []);
  assert.deepEqual(assaults('The residents fled after their areas were targeted.'), []);
  assert.deepEqual(assaults('The convoy targeted on Saturday had been delayed for days.'), []);
});

test('extractEvents reads "the blast targeted a bus" as the blast, told once', () => {
  assert.deepEqual(assaults('The blast targeted a bus carrying workers to the factory.'), ['blast']);
});

test('extractEvents reads no attack in "such attacks have targeted commanders"', () => {
  assert.deepEqual(assaults('Such attacks have targeted commanders of the group.'), []);
});

test('extractEvents reads no attack in "has never targeted civilians", "only target fighters" or "accused it of targeting"', () => {
  assert.deepEqual(assaults('The army has never targeted civilians, a spokesman said.'), []);
  assert.deepEqual(assaults('The government says its forces only target fighters.'), []);
  assert.ok(!extract('The ministry accused the militia of targeting the wounded.').some((e) => e.type === 'ASSAULT' && e.triggerText === 'targeting'));
});

test('extractEvents reads "the army continued its operations in the district" as an attack, and continued rescue operations as none', () => {
  assert.deepEqual(assaults('The army continued its operations in the eastern district on Sunday.'), ['continued its operations']);
  assert.deepEqual(assaults('Volunteers continued their rescue operations in the eastern district on Sunday.'), []);
});

test('extractEvents leaves the means of "targeted" open unless the sentence names one ("the air force targeted": aerial)', () => {
  const mode = (text: string) => extract(text).find((e) => e.triggerText === 'targeted')?.mode;
  assert.equal(mode('An army unit targeted a gathering of militants near the village on Monday.'), undefined);
  assert.equal(mode('The air force targeted positions of the militants near the village on Monday.'), 'aerial');
});

test('extractEvents reads "targeted the neighbourhood, killing a woman" as one attack, told by its deaths', () => {
  assert.deepEqual(assaults('Gunmen targeted the neighbourhood on Friday killing a woman and injuring three others.'), ['killing']);
});
