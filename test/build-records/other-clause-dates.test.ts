import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'other-clause-dates.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords does not date a main clause\'s act by the date of a relative clause about its subject ("…, which imposed sanctions in April, welcomed …")', () => {
  const text = 'The United States, which imposed its own sanctions on the officials in April, welcomed the decision of the bloc.';
  const welcome = records(text, '2023-08-25').find((r) => r.type === 'SUPPORT');
  assert.ok(welcome);
  assert.equal(welcome.time?.start, '2023-08-25', JSON.stringify(welcome.time));
});

test('buildRecords does not carry a relative clause\'s date to the next sentence ("a mission that the council approved in October")', () => {
  const text = 'Gunmen attacked a police station in the capital on Tuesday. The council will ask for a police mission that the Security Council approved in October. The embassy urged its citizens to leave the country.';
  const call = records(text, '2024-04-18').find((r) => r.triggerText === 'urged');
  assert.ok(call);
  assert.equal(call.time?.start, '2024-04-16', JSON.stringify(call.time));
});

test('buildRecords does not carry the start of a state ("have besieged the city since May") to the next sentence\'s act', () => {
  const text = 'Artillery shells hit a market in the city on Tuesday. The state government blamed the militia, which has besieged the city since May. A militia spokesman accused the army of firing on homes.';
  const accusation = records(text, '2024-06-12').find((r) => r.triggerText === 'accused');
  assert.ok(accusation);
  assert.equal(accusation.time?.start, '2024-06-11', JSON.stringify(accusation.time));
});

test('buildRecords does not date an act by a "since" that starts another clause\'s state ("troops, deployed there since 2021, helped retake the town")', () => {
  const text = 'The army said its troops, deployed in the province since 2021, had helped to retake the town.';
  const retake = records(text, '2024-05-20').find((r) => r.triggerText.startsWith('retake'));
  assert.ok(retake, JSON.stringify(records(text, '2024-05-20').map((r) => r.triggerText)));
  assert.notEqual(retake.time?.start, '2021-01-01', JSON.stringify(retake.time));
});

test('buildRecords still dates the act a relative clause tells by its own date ("the militia, which shelled the town on Monday")', () => {
  const text = 'The governor condemned the militia, which shelled the town on Monday.';
  const shelling = records(text, '2024-06-12').find((r) => r.type === 'ASSAULT');
  assert.equal(shelling?.time?.start, '2024-06-10');
});

test('buildRecords dates an act told in what a source said by the date of the telling\'s content, not of the saying ("said on Wednesday that … attacked … on Tuesday")', () => {
  const text = 'Separately, the armed wing said in a statement on Wednesday that its fighters had attacked a military base in the border region on Tuesday, killing ten soldiers.';
  const attack = records(text, '2024-08-09').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.time?.start, '2024-08-06', JSON.stringify(attack?.time));
});

test('buildRecords dates an act by the relative clause that describes it ("the next round of negotiations, which had been due to open on April 2")', () => {
  const text = 'He said the next round of negotiations, which had been due to open in Caracas on April 2, would not take place.';
  const talks = records(text, '2024-03-18').find((r) => r.type === 'CONSULT');
  assert.equal(talks?.time?.start, '2024-04-02', JSON.stringify(talks?.time));
});

test('buildRecords dates the act a "when" clause tells by the date of the "since" before it ("held since December 2015, when soldiers raided …")', () => {
  const text = 'The cleric has been held since December 2015, when soldiers raided the movement\'s headquarters in Zaria.';
  const raid = records(text, '2019-07-30').find((r) => r.triggerText === 'raided');
  assert.equal(raid?.time?.start, '2015-12-01', JSON.stringify(raid?.time));
});

test('buildRecords dates an act told after "said on Thursday it had …" by the content\'s own date ("at the weekend")', () => {
  const text = 'The army said on Thursday it had rescued 17 of the passengers abducted by militants on a highway in the north at the weekend.';
  const abduction = records(text, '2023-02-09').find((r) => r.triggerText === 'abducted');
  assert.equal(abduction?.time?.start, '2023-02-04', JSON.stringify(abduction?.time));
});

test('buildRecords gives an act told in an undated "since" clause no day of the story ("orders since Russia invaded Ukraine")', () => {
  const text = 'The ministers met in Seoul on Thursday. Separately, the agency said on Friday that Poland had signed a contract for more howitzers, its largest order since Russia invaded Ukraine.';
  const invasion = records(text, '2023-10-27').find((r) => r.triggerText === 'invaded');
  assert.ok(!invasion?.time || invasion.time.end! < '2023-10-01', JSON.stringify(invasion?.time));
});

test('buildRecords carries the day of the act a source told, not the day of the telling ("… on Tuesday, killing 20, a committee said on Wednesday")', () => {
  const text = 'Artillery shells hit a crowded market in the city on Tuesday, killing at least 20 people, a local committee said on Wednesday. The state government blamed the militia. A militia spokesman denied that its fighters had shelled the market.';
  const shelling = records(text, '2024-06-12').find((r) => r.triggerText === 'shelled');
  assert.ok(shelling, JSON.stringify(records(text, '2024-06-12').map((r) => r.triggerText)));
  assert.equal(shelling.time?.start, '2024-06-11', JSON.stringify(shelling.time));
});

test('buildRecords does not date an act told in a relative clause by the main clause\'s date ("the president, who has been mediating, invited them to talks next week")', () => {
  const text = 'Angola\'s president, who has been mediating between the two neighbours, invited their foreign ministers to talks in Luanda next week.';
  const mediation = records(text, '2024-02-09').find((r) => r.triggerText === 'mediating');
  assert.ok(mediation, JSON.stringify(records(text, '2024-02-09').map((r) => r.triggerText)));
  assert.ok(!mediation.time?.start || mediation.time.start <= '2024-02-09', JSON.stringify(mediation.time));
});

test('buildRecords does not date a quoted act by the day it was told to a reporter ("…," a commander told Hawar News on Tuesday)', () => {
  const text = 'AFRIN - The rebel alliance captured three villages west of the town from the militia on Monday, cutting its last supply road, a commander told Hawar News.\n\n"Our forces took control of the villages of Kafr Nabo and Deir Ballut after clashes that lasted all night," rebel commander Ahmad Saleh told Hawar News on Tuesday.';
  const quoted = records(text, '2024-03-06').find((r) => r.triggerText === 'took control');
  assert.ok(quoted);
  assert.equal(quoted.time?.start, '2024-03-04', JSON.stringify(quoted.time));
});

test('buildRecords does not date an act told in the past by a day after publication ("proposed a text that he said would be put to a vote on Friday")', () => {
  const text = 'The envoy of Peru said the draft was unbalanced and proposed a rival text that he said would be put to a vote on Friday.';
  const proposal = records(text, '2024-05-15').find((r) => r.triggerText === 'proposed');
  assert.ok(proposal);
  assert.ok(!proposal.time || proposal.time.start! <= '2024-05-15', JSON.stringify(proposal.time));
});

test('buildRecords does not date a handover by the start of the captivity a reduced relative clause tells ("handed over six men they had held since 2019")', () => {
  const text = 'As part of the deal, the militia handed over six soldiers they had held since 2019, a mediator said.';
  const handover = records(text, '2024-02-07').find((r) => r.triggerText === 'handed over');
  assert.ok(handover, 'no handover');
  assert.notEqual(handover.time?.start, '2019-01-01', JSON.stringify(handover.time));
});

test('buildRecords keeps a "since" date for the fighting that is its subject ("Fighting has raged in the town since Monday")', () => {
  const fighting = records('Fighting has raged in the town of Kidal since Monday, residents said.', '2024-02-07').find((r) => r.type === 'ASSAULT');
  assert.ok(fighting, 'no fighting');
  assert.ok(!fighting.time || fighting.time.start! >= '2024-02-05', JSON.stringify(fighting.time));
});

test('buildRecords carries a day told after "said in a statement to reporters that" to the story\'s next act: the \'that\' opens what was said, not a relative clause', () => {
  const text = 'A police source said in a statement to reporters that the checkpoint was attacked on Wednesday morning by gunmen. The wounded were taken to a hospital in the city. Rebels also shelled a school in the same district, the source said.';
  const shelling = records(text, '2016-06-06').find((r) => r.triggerText === 'shelled');
  assert.equal(shelling?.time?.start, '2016-06-01', JSON.stringify(shelling?.time));
});

test('buildRecords does not date the main verb by a relative clause left open by copy without commas ("fighters who drove the militants from the town last month with the help of US-led strikes had captured …")', () => {
  const text = 'The Kurdish fighters who drove the militants from the town last month with the help of US-led air strikes had captured 40 villages in the offensive, a monitor said.';
  const captured = records(text, '2015-02-25').find((r) => r.triggerText === 'captured');
  assert.equal(captured?.time?.start, '2015-02-25', JSON.stringify(captured?.time));
});

test('buildRecords still dates the act of a relative clause left open by its own date when no main verb follows ("the rebels who seized the airport last month")', () => {
  const text = 'Air strikes hit the rebels who seized the airport last month with the help of foreign fighters.';
  const seized = records(text, '2015-02-25').find((r) => r.triggerText === 'seized');
  assert.equal(seized?.time?.start, '2015-01-01');
});

test('buildRecords does not carry the date of a "since" clause with a verb of its own to the next sentence ("the fiercest since the rebels took over the east in the summer of 2012")', () => {
  const text = 'The assault was the fiercest since the rebels took over the eastern districts in the summer of 2012 the monitor added. Eight civilians were killed in the shelling, the monitor said.';
  const events = records(text, '2015-07-02');
  assert.equal(events.find((r) => r.triggerText === 'killed')?.time?.start, '2015-07-02');
  assert.equal(events.find((r) => r.triggerText === 'took over')?.time?.start, '2012-06-01');
});

test('buildRecords does not carry a date after a verbless "since" to the next sentence ("the worst fighting since the siege of the city last year")', () => {
  const text = 'The region is seeing its worst fighting since the siege of the city last year. Schools and clinics have been hit by shelling, the agencies said, without naming who fired.';
  const shelling = records(text, '2024-10-04').find((r) => r.triggerText === 'shelling');
  assert.ok(shelling, JSON.stringify(records(text, '2024-10-04').map((r) => r.triggerText)));
  assert.notEqual(shelling.time?.start, '2023-01-01', JSON.stringify(shelling.time));
});
