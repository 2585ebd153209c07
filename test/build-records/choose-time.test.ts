import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2019-03-10') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'choose-time.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords carries the day of the sentence before, not a month it names for an older event ("on Friday … a raid last month")', () => {
  const text = 'The army shelled the border town on Friday in reply to a rebel raid last month. After meeting Qatari envoys the governor said the market would be rebuilt.';
  const meeting = records(text).find((r) => r.type === 'CONSULT');
  assert.ok(meeting);
  assert.equal(meeting.time?.start, '2019-03-08');
  assert.equal(meeting.time?.end, '2019-03-08');
});

test('buildRecords dates and places an event told in a "since" clause by that clause\'s own words, not the main clause\'s', () => {
  const text = 'The two envoys held talks in Geneva on Tuesday, their first meeting since clashes erupted around the town of Hodeidah in June.';
  const clashes = records(text, '2018-09-12').find((r) => r.type === 'ASSAULT');
  assert.ok(clashes);
  assert.equal(clashes.time?.start, '2018-06-01');
  assert.equal(clashes.time?.end, '2018-06-30');
  assert.equal(clashes.place?.text, 'Hodeidah');
  const talks = records(text, '2018-09-12').find((r) => r.type === 'CONSULT');
  assert.equal(talks?.time?.start, '2018-09-11');
  assert.equal(talks?.place?.text, 'Geneva');
});

test('buildRecords reads a date inside "following a May 3 bombing" as the bombing\'s, not the call\'s or the next sentence\'s', () => {
  const text = 'The foreign ministers met in Cairo on Sunday. They called for a strong response following a May 3 bombing in the north. Kerry said Egypt supported the plan.';
  const events = records(text, '2019-05-12');
  assert.equal(events.find((r) => r.type === 'ASSAULT')?.time?.start, '2019-05-03');
  assert.equal(events.find((r) => r.type === 'REQUEST')?.time?.start, '2019-05-12');
  assert.equal(events.find((r) => r.type === 'SUPPORT')?.time?.start, '2019-05-12');
});

test('buildRecords still carries the date of "a May 3 bombing" to the attack told again in the next sentence', () => {
  const text = 'The foreign ministers met in Cairo on Sunday. They called for a strong response following a May 3 bombing in the north. Washington says rebels were behind the attack, in which 12 people died.';
  const attacks = records(text, '2019-05-12').filter((r) => r.type === 'ASSAULT');
  assert.ok(attacks.length > 0);
  for (const attack of attacks) assert.equal(attack.time?.start, '2019-05-03', attack.triggerText);
});

test('buildRecords does not date a call by the vote it comes ahead of ("urged calm ahead of Tuesday\'s vote")', () => {
  const call = records('The ministers met in Cairo on Sunday. They urged calm ahead of Tuesday’s vote in the north.', '2019-05-12').find((r) => r.type === 'REQUEST');
  assert.ok(call);
  assert.equal(call.time?.start, '2019-05-12');
});

test('buildRecords dates a lead\'s event by its own day, not by the dateline\'s date that opens the sentence', () => {
  const strike = records('KYIV, Oct 10 (Reuters) - Drones struck a power plant in the south overnight into Wednesday, officials said.', '2024-10-10').find((r) => r.type === 'ASSAULT');
  assert.equal(strike?.time?.start, '2024-10-09');
  const bomb = records('BOGOTA, Oct 8 - A bomb exploded outside a police station in the south late on Monday, police said.', '2024-10-08').find((r) => r.type === 'ASSAULT');
  assert.equal(bomb?.time?.start, '2024-10-07');
});

test('buildRecords still gives a lead\'s undated event the day of the report, with the dateline\'s date as its evidence', () => {
  const text = 'BOGOTA, Oct 8 - A bomb exploded outside a police station in the south, police said.';
  const bomb = records(text, '2024-10-08').find((r) => r.type === 'ASSAULT');
  assert.equal(bomb?.time?.start, '2024-10-08');
  assert.equal(text.slice(bomb!.time!.evidence!.start, bomb!.time!.evidence!.end), 'Oct 8');
});

test('buildRecords dates an act "a day after" which another act is dated one day before it, not on the other act\'s day', () => {
  const events = records('The government on Friday closed the border crossing, a day after a car bomb attack on an army post killed four soldiers.', '2021-04-10');
  const attack = events.find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.time?.start, '2021-04-08');
  assert.equal(attack?.time?.end, '2021-04-08');
});

test('buildRecords dates an act "two days before" which another act is dated two days after it', () => {
  const events = records('The minister toured the frontline town on Friday, two days before rebels shelled its market.', '2021-04-12');
  const shelling = events.find((r) => r.type === 'ASSAULT');
  assert.equal(shelling?.time?.start, '2021-04-11');
});

test('buildRecords keeps the date an act "a day after" which another is dated gives it in its own words', () => {
  const events = records('The government on Friday closed the border crossing, a day after a car bomb attack on Tuesday killed four soldiers.', '2021-04-10');
  assert.equal(events.find((r) => r.type === 'ASSAULT')?.time?.start, '2021-04-06');
});

test('buildRecords dates an attack told as "last weekend" in the lead on the day a later paragraph gives it ("on Sunday morning")', () => {
  const text = 'Militants kill soldiers in convoy ambush\n\nBAMAKO, May 13 - Militants ambushed an army convoy in the Mopti region last weekend, the group said.\n\n'
    + 'The army said on Monday that the convoy came under fire on Sunday morning. Eleven soldiers were killed, the army said.';
  const ambush = records(text, '2022-05-13').find((r) => r.type === 'ASSAULT' && r.fatalities);
  assert.equal(ambush?.time?.start, '2022-05-08');
  assert.equal(ambush?.time?.end, '2022-05-08');
});

test('buildRecords dates and places a participle after the source\'s words with the claim before it ("…, police said, killing two")', () => {
  const text = 'A device went off outside a checkpoint in the town of Tal Afar late on Sunday, police said, killing three soldiers.';
  const attack = records(text, '2021-05-12').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.time?.start, '2021-05-09');
  assert.equal(attack?.place?.text, 'Tal Afar');
});

test('buildRecords does not carry a year that names an older event ("the 2006 war") to the next sentence\'s act', () => {
  const text = 'The minister said his government was ready for talks on the accord that ended the 2006 war. But a militia official rejected any negotiation over the border.';
  const rejection = records(text, '2024-01-18').find((r) => r.type === 'REJECT');
  assert.ok(rejection);
  assert.notEqual(rejection.time?.start, '2006-01-01');
});

test('buildRecords does not give an act of a later sentence a date still to come ("talks next week")', () => {
  const text = 'The president invited both foreign ministers to talks in Luanda next week. The rebels have since seized large parts of the province.';
  const seizure = records(text, '2024-02-09').find((r) => r.type !== 'CONSULT');
  assert.ok(seizure);
  assert.ok(!seizure.time?.start || seizure.time.start <= '2024-02-09', JSON.stringify(seizure.time));
});

test('buildRecords dates an act told by its hour alone ("in the early afternoon", "after 11 p.m.") on the day the story already gave, not the day of publication', () => {
  const text = 'Air strikes on two villages killed six civilians on Tuesday, rescuers said. Witnesses said warplanes struck a farm near the village in the early afternoon.';
  const strikes = records(text, '2021-11-17').filter((r) => r.type === 'ASSAULT');
  assert.ok(strikes.length);
  for (const s of strikes) assert.equal(s.time?.start, '2021-11-16', JSON.stringify(s.time));
  const night = records('Gunmen attacked a police post late on Monday. The assault began shortly after 11 p.m. with grenades and gunfire.', '2023-08-16')
    .filter((r) => r.type === 'ASSAULT');
  assert.ok(night.length);
  for (const s of night) assert.equal(s.time?.start, '2023-08-14', JSON.stringify(s.time));
});

test('buildRecords carries to the next sentence the day an hour belongs to, not the publication day it was read on', () => {
  const text = 'Air strikes on two villages killed six civilians on Tuesday, rescuers said. Witnesses said warplanes struck a farm near the village in the early afternoon. A separate strike hit the outskirts of a nearby town.';
  const strikes = records(text, '2021-11-17').filter((r) => r.type === 'ASSAULT');
  assert.ok(strikes.length);
  for (const s of strikes) assert.equal(s.time?.start, '2021-11-16', JSON.stringify(s.time));
});

test("buildRecords dates an act a speaker goes on to tell ('denied on Monday that … and said troops were fighting …') by the day the speaker spoke, not the publication day", () => {
  const rs = records('The ministry denied on Monday that the air force was bombing farms near the river and said troops were fighting smugglers there.', '2019-05-08');
  const fighting = rs.find((r) => r.triggerText === 'fighting');
  assert.equal(fighting?.time?.start, '2019-05-06', JSON.stringify(rs.map((r) => [r.triggerText, r.time?.start])));
  assert.equal(fighting?.time?.end, '2019-05-06');
});

test("buildRecords dates an undated act a source told ('denied on Monday that … and said troops were fighting militants who had cut off the water') by the day the source spoke at the latest, not the publication day", () => {
  const rs = records('The ministry denied on Monday that the air force was bombing farms and said troops were fighting militants who had cut off the water supply to the city.', '2019-05-08');
  const cut = rs.find((r) => r.triggerText.startsWith('cut off'));
  assert.ok(cut, JSON.stringify(rs.map((r) => [r.triggerText, r.time?.start])));
  assert.ok(!cut.time || cut.time.end <= '2019-05-06', JSON.stringify(cut.time));
});

test('buildRecords dates a statement told after "ACT on Tuesday, the ministry said Wednesday" by the saying day, the act by its own day', () => {
  const text = 'Border guards shot down a smuggling drone near the crossing on Tuesday, the interior ministry said Wednesday. The ministry warned that any aircraft entering the zone would be destroyed.';
  const events = records(text, '2019-03-14');
  const downing = events.find((r) => r.type === 'ASSAULT');
  assert.equal(downing?.factuality, 'reported');
  assert.equal(downing?.time?.start, '2019-03-12');
  const warning = events.find((r) => r.type === 'THREATEN');
  assert.ok(warning, JSON.stringify(events.map((e) => e.type)));
  assert.equal(warning.time?.start, '2019-03-13');
});

test('buildRecords does not carry a month the story named before "Separately …" into the sentences of the new item', () => {
  const text = 'Rebels began a major offensive on the city on Thursday. The army last month repelled a push by rebels into the Rashidin district. It was the first rebel advance into the district in two years. Separately the sound of fighting could be heard from the Turkish border town of Kilis. The Turkish army stepped up security on its side of the border after days of deploying troops and armour to the area, security sources said.';
  const deployment = records(text, '2015-07-02').find((r) => r.triggerText === 'deploying');
  assert.equal(deployment?.time?.start, '2015-07-02', JSON.stringify(deployment?.time));
});

test('buildRecords dates an act told "in recent days" by the finer day later in its sentence that its toll is told with ("… killing 40 when … at the weekend")', () => {
  const text = 'The regime has stepped up air attacks in the province in recent days, killing at least 40 civilians when its helicopters dropped barrel bombs on the rebel-held town of Anadan at the weekend.';
  const [attacks] = records(text, '2015-07-15');
  assert.deepEqual([attacks?.time?.start, attacks?.time?.end], ['2015-07-11', '2015-07-12']);
});

test('buildRecords does not narrow a stated range by a day inside it ("on July 3-9 … on July 5")', () => {
  const text = 'Air strikes killed 30 people in the province on July 3-9, including a raid on a market in Anadan on July 5.';
  const strikes = records(text, '2015-07-15').find((r) => r.triggerText === 'Air strikes');
  assert.deepEqual([strikes?.time?.start, strikes?.time?.end], ['2015-07-03', '2015-07-09']);
});

test('buildRecords does not narrow a past year by a month a later clause gives another act ("fought a war in 2020 that ended with a truce in November of that year")', () => {
  const text = 'The two countries fought a six-week war over the enclave in 2020 that ended with a truce in November of that year.';
  const war = records(text, '2023-05-14').find((r) => r.triggerText === 'fought');
  assert.equal(war?.time?.start, '2020-01-01');
});

test('buildRecords dates an undated report of air strikes on the day of publication, whatever tag the tagger gives "air" ("Elsewhere air strikes on …")', () => {
  const text = 'Elsewhere air strikes on a besieged town east of the capital killed at least 10 civilians, the monitor said.';
  const strikes = records(text, '2019-03-11').find((r) => r.triggerText === 'air strikes');
  assert.ok(strikes, JSON.stringify(records(text, '2019-03-11').map((r) => r.triggerText)));
  assert.ok(strikes.time, 'no time');
  assert.equal(strikes.time.start, '2019-03-11', JSON.stringify(strikes.time));
});

test('buildRecords does not carry an old month past an undated present-tense sentence ("deployed jets in July 2012. Now there are raids every day. Rebels made fresh advances …")', () => {
  const text = 'The army first deployed its jets in the conflict in July 2012. Now there are raids on the province every day. On another front rebels made fresh advances near the border, seizing three villages.';
  const advance = records(text, '2019-03-11').find((r) => r.triggerText.startsWith('seiz') || r.triggerText.startsWith('advance'));
  assert.ok(advance, JSON.stringify(records(text, '2019-03-11').map((r) => r.triggerText)));
  assert.notEqual(advance.time?.start, '2012-07-01', JSON.stringify(advance.time));
});
