import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// A toll counted over months or years ('killed in the first three months of the year', 'so far this year') sums
// many incidents: it is no event of the article's day, and it belongs to none of the day's attacks.
const records = (text: string, published = '2024-04-26') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'period-tolls.test.ts');
  return runPipeline(document).layers.events;
};
const killed = (r: { fatalities?: Record<string, { low: number }[] | undefined> }) => Object.values(r.fatalities ?? {}).flatMap((l) => (l ?? []).map((f) => f.low));

test('a toll "in the first three months of the year" is no attack of its own and no toll of the day\'s attack', () => {
  const text = 'Gunmen killed 14 people in a village north of the capital on Wednesday, police said. '
    + 'The U.N. said last week that more than 2,300 people had been killed in gang violence in the country in the first three months of the year.';
  const attacks = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((r) => [r.triggerText, killed(r)])));
  assert.ok(!killed(attacks[0]).includes(2300), JSON.stringify(attacks[0].fatalities));
});

test('a toll "so far this year" or "since January" is no event; a toll of the day with a past perfect is', () => {
  assert.equal(records('More than 600 civilians have been killed in the province so far this year, the agency said.').filter((r) => r.type === 'ASSAULT').length, 0);
  assert.equal(records('At least 90 soldiers have been killed in the region since January, officials said.').filter((r) => r.type === 'ASSAULT').length, 0);
  assert.equal(records('Police said five people had been killed in the attack on the market on Tuesday.').filter((r) => r.type === 'ASSAULT').length, 1);
});

test('"the deadliest attack since January" compares the day\'s toll; it stays the attack\'s', () => {
  const [attack] = records('A car bomb killed 12 people at a market on Monday, the deadliest attack in the city since January.').filter((r) => r.type === 'ASSAULT');
  assert.ok(killed(attack).includes(12), JSON.stringify(attack.fatalities));
});

test('a toll counted since a truce collapsed sums the weeks of fighting since: it is no toll of the day\'s strike', () => {
  const text = 'Rescuers said 11 people were killed in air strikes on the town on Friday. '
    + 'More than 400 civilians have been killed in the province since a ceasefire brokered by both powers collapsed in March, the monitor said.';
  const attacks = records(text).filter((r) => r.type === 'ASSAULT');
  assert.ok(attacks.every((r) => !killed(r).includes(400)), JSON.stringify(attacks.map((r) => [r.triggerText, killed(r)])));
  const b = 'Shelling killed seven people in the town on Sunday. Some 250 people have died there since the collapse of the truce last month.';
  assert.ok(records(b).every((r) => !killed(r).includes(250)), JSON.stringify(records(b).map((r) => [r.triggerText, killed(r)])));
});

test('a toll counted across a country, nationwide or throughout a province sums many incidents: no event of its own, no toll of the day\'s attack', () => {
  const text = 'Troops fired on marchers in the town of Kuwo on Friday, killing six people, a rights group said. '
    + 'The group said 52 people were killed across the country on Friday.';
  const all = records(text, '2024-03-09');
  assert.ok(all.every((r) => !killed(r).includes(52)), JSON.stringify(all.map((r) => [r.triggerText, killed(r)])));
  assert.equal(all.filter((r) => r.type === 'ASSAULT').length, 1, JSON.stringify(all.map((r) => r.triggerText)));
  const b = records('Police said 19 people died nationwide in the violence on Sunday.', '2024-03-11');
  assert.ok(b.every((r) => !killed(r).includes(19)), JSON.stringify(b.map((r) => [r.triggerText, killed(r)])));
});

test('a toll counted since a day or since the start of a month sums the days since: it is no toll of one strike', () => {
  const text = 'Jets struck a bakery in the town of Orsa on Tuesday, killing nine people. '
    + 'The monitor said 64 people had been killed in the region since Saturday in a wave of raids.';
  const all = records(text, '2024-03-13');
  assert.ok(all.every((r) => !killed(r).includes(64)), JSON.stringify(all.map((r) => [r.triggerText, killed(r)])));
  const b = records('The monitor said at least 120 civilians had been killed by shelling in the province since the start of May.', '2024-05-20');
  assert.ok(b.every((r) => !killed(r).includes(120)), JSON.stringify(b.map((r) => [r.triggerText, killed(r)])));
});

test('a toll counted since a campaign began ("since they began in September") or over "this year alone" is no toll of the day\'s attack', () => {
  const lead = 'Warplanes struck a market in the town of Ariha on Monday, killing 12 civilians, the monitor said. ';
  for (const tally of ['The monitor says Russian strikes have killed more than 3,000 civilians since they began in September 2015.',
    'This year alone, 2,000 civilians have been killed in the province.',
    'Coalition raids have killed 800 civilians since the air campaign started.',
    'The raids have killed 200 civilians since the offensive was launched.']) {
    const attacks = records(lead + tally).filter((r) => r.type === 'ASSAULT');
    assert.deepEqual(attacks.map(killed).filter((k) => k.length), [[12]], tally);
  }
});
