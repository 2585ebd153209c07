import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const show = (events: ReturnType<typeof extract>) => JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));

test("a party whose partners, allies or neighbours are named is not itself the party ('urged Nairobi's Western partners')", () => {
  const events = extract("The minister urged Nairobi's Western partners to send more generators.", [['minister', 'KENGOV', 'person'], ['Nairobi', 'KENGOV', 'government']]);
  const urged = events.find((e) => e.type === 'REQUEST');
  assert.ok(urged && !urged.recipients.some((a) => a.text === 'Nairobi'), show(events));
  const own = extract("Kenya's army shelled the camp.", [["Kenya's army", 'KENMIL', 'military']]);
  assert.deepEqual(own.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.text), ["Kenya's army"], show(own));
});

test("the state that brokered a truce is its mediator, not a party to it ('a truce brokered by Qatar between X and Y', 'a Qatar-brokered truce')", () => {
  const parties: Array<[string, string, 'state' | 'rebels']> = [['Qatar', 'QAT', 'state'], ['Israel', 'ISR', 'state'], ['Hamas', 'PSEREB', 'rebels']];
  const by = extract('A truce brokered by Qatar between Israel and Hamas largely held on Monday.', parties);
  assert.deepEqual(by.find((e) => e.type === 'RETREAT')?.actors.map((a) => a.text), ['Israel', 'Hamas'], show(by));
  const compound = extract('A Qatar-brokered truce held in the city on Monday.', parties);
  const truce = compound.find((e) => e.type === 'RETREAT');
  assert.ok(truce && !truce.actors.some((a) => a.text === 'Qatar'), show(compound));
});

test("a speech act joined by 'and' to a report whose verbs take an auxiliary is the speaker's ('X said police were doing Y and accused Z')", () => {
  const accused = extract('The spokesman said police were conducting operations and accused the rebels of burning the market.',
    [['spokesman', 'KENGOV', 'person'], ['police', 'KENCOP', 'police'], ['rebels', 'KENREB', 'rebels']]);
  const accusation = accused.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(accusation?.actors.map((a) => a.text), ['spokesman'], show(accused));
  const called = extract('The rebel delegation said the attack had not been ordered by its commanders and called on the government to reconsider.',
    [['rebel delegation', 'COLREB', 'rebels'], ['government', 'COLGOV', 'government']]);
  assert.deepEqual(called.find((e) => e.type === 'REQUEST')?.actors.map((a) => a.text), ['rebel delegation'], show(called));
  // Two simple past verbs may both be the reported party's: that is left as it was.
  const shot = extract('The monitor said soldiers shot two men and seized the village.', [['monitor', 'NGO', 'ngo'], ['soldiers', 'MIL', 'military']]);
  assert.ok(!shot.some((e) => e.actors.some((a) => a.text === 'monitor')), show(shot));
});

test("the speaker who goes on to a speech act may be named in apposition, but not inside a relative clause before its verb", () => {
  const named = extract('The UN coordinator, Ana Ruiz, said she was deeply concerned and urged both sides to let civilians leave.', [['Ana Ruiz', 'IGOUNO', 'person'], ['civilians', 'CVL', 'civilians']]);
  assert.deepEqual(named.find((e) => e.type === 'REQUEST')?.actors.map((a) => a.text), ['Ana Ruiz'], show(named));
  const relative = extract('Village elders, who were attacked by the rebels, said they were not consulted and asked both sides to leave.', [['rebels', 'REB', 'rebels']]);
  assert.ok(!relative.find((e) => e.type === 'REQUEST')?.actors.some((a) => a.text === 'rebels'), show(relative));
});

test("an attack 'blamed on' or 'attributed to' a party names that party as who did it, not whom it hit", () => {
  const blamed = extract('A car bombing blamed on the rebels killed 26 people in the town on Friday.', [['rebels', 'REB', 'rebels']]);
  const bombing = blamed.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(bombing?.actors.map((a) => a.text), ['rebels'], show(blamed));
  assert.ok(!bombing?.recipients.some((a) => a.text === 'rebels'), show(blamed));
  const attributed = extract('The explosion, attributed to the militia, destroyed a bridge.', [['militia', 'REB', 'rebels']]);
  assert.ok(attributed.some((e) => e.type === 'ASSAULT' && e.actors.some((a) => a.text === 'militia')), show(attributed));
});

test("'In overnight raids, troops arrested …': the subject of the clause that a scene noun opens did the act the noun names", () => {
  const raids = extract('In overnight raids, Israeli troops arrested 12 men in the West Bank.', [['Israeli troops', 'ISRMIL', 'military']]);
  const raid = raids.find((e) => e.triggerText === 'raids');
  assert.ok(raid, show(raids));
  assert.deepEqual(raid.actors.map((a) => a.text), ['Israeli troops'], show(raids));
  assert.ok(!raid.recipients.some((a) => a.text === 'Israeli troops'), show(raids));
  const strikes = extract('In fresh strikes Russian jets pounded the rebel-held east of the city on Thursday.', [['Russian jets', 'RUSMIL', 'military']]);
  // One act, told by 'strikes' or by its verb 'pounded'.
  assert.deepEqual(strikes.filter((e) => e.type === 'ASSAULT').map((e) => e.actors.map((a) => a.text)), [['Russian jets']], show(strikes));
});

test("where a rocket or a shell was fired from is not whom it was aimed at ('launched from the Gaza Strip'); a demand 'from' a party still is what a refusal answers", () => {
  const launched = extract('The army said a rocket had been launched from the Gaza Strip on Monday.', [['army', 'ISRMIL', 'military'], ['Gaza Strip', 'PSEGZA', 'state']]);
  assert.ok(launched.length && launched.every((e) => !e.recipients.some((a) => a.text === 'Gaza Strip')), show(launched));
  const refused = extract('The prime minister refused a demand from the president to resign.', [['prime minister', 'PSEGOV', 'person'], ['president', 'USAGOV', 'person']]);
  assert.ok(refused.some((e) => e.type === 'REJECT' && e.recipients.some((a) => a.text === 'president')), show(refused));
});

test("whoever backs or supports the subject ('soldiers backed by navy helicopters stormed') does not take its place: the subject acts, the backing force only beside it", () => {
  const events = extract('Soldiers backed by navy helicopters stormed a rebel hideout near the river.', [['Soldiers', 'PHLMIL', 'military'], ['navy', 'PHLMIL', 'military']]);
  const raid = events.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(raid?.actors.map((a) => a.text), ['Soldiers', 'navy'], show(events));
});

test("the party that a noun's 'by' names did that act ('Raids by government jets killed …' keeps the jets' side as actor)", () => {
  const events = extract('Raids by government jets killed four people in the market.', [['government jets', 'SYRMIL', 'military']]);
  assert.ok(events.some((e) => e.type === 'ASSAULT' && e.actors.some((a) => a.text === 'government jets')), show(events));
});

test("a party inside what a speaker goes on to say (', saying X was …') is not whom the speaker's act is aimed at", () => {
  const events = extract('The ministry rejected the report, saying Chad had no troops in the area.', [['ministry', 'NERGOV', 'government'], ['Chad', 'TCD', 'state']]);
  const rejected = events.find((e) => e.type === 'REJECT');
  assert.ok(rejected && !rejected.recipients.some((p) => p.text === 'Chad'), show(events));
});

test("a fighting force that backs the subject acts with it; a state that backs it, or a partner of no state, does not ('X backed by Y', 'X in cooperation with Y')", () => {
  const backed = extract('Government troops backed by Hezbollah fighters stormed the village on Monday.',
    [['Government troops', 'SYRMIL', 'military'], ['Hezbollah fighters', 'LBNREB', 'armed-group']]);
  assert.deepEqual(backed.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.text), ['Government troops', 'Hezbollah fighters'], show(backed));
  const sponsored = extract('Rebels backed by Ankara shelled the town.', [['Rebels', 'SYRREB', 'rebels'], ['Ankara', 'TUR', 'state']]);
  assert.deepEqual(sponsored.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.text), ['Rebels'], show(sponsored));
  // An unnamed partner is neither the subject nor an actor: the army still shelled the hill.
  const partner = extract('The army in cooperation with the local defense groups shelled the hill.', [['army', 'SYRMIL', 'military']]);
  assert.deepEqual(partner.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.text), ['army'], show(partner));
});

test("the object of a participle that describes a party is its opponent: never the act's subject, and its target when the act names none ('X fighting Y made advances')", () => {
  const parties: Array<[string, string, 'igo' | 'armed-group' | 'rebels']> = [['coalition', 'IGOMIL', 'igo'], ['militants', 'IMGMUSISI', 'armed-group'], ['Kurdish fighters', 'SYRREB', 'rebels']];
  const told = extract('The coalition fighting the militants said it had carried out six air strikes near the dam.', parties);
  const strikes = told.find((e) => e.type === 'ASSAULT');
  assert.ok(strikes && !strikes.actors.some((a) => a.text === 'militants'), show(told));
  const advanced = extract('Kurdish fighters battling the militants captured three villages near the border.', parties);
  const captured = advanced.find((e) => e.triggerText.startsWith('captured'));
  assert.deepEqual([captured?.actors.map((a) => a.text), captured?.recipients.map((a) => a.text)], [['Kurdish fighters'], ['militants']], show(advanced));
});

test("a participle after a phrase of place with its comma lost hangs on the clause's verb ('the army targeted a gathering of X commanders near the town killing …'); after a party's own phrase it describes that party", () => {
  const parties: Array<[string, string, 'military' | 'armed-group']> = [['army', 'SYRMIL', 'military'], ['Liwa al-Haqq', 'SYRREB', 'armed-group']];
  const lost = extract('The army troops targeted a gathering of militants and Liwa al-Haqq commanders near the town killing and wounding several commanders.', parties);
  assert.deepEqual(lost.find((e) => e.triggerText === 'killing')?.actors.map((a) => a.text), ['army'], show(lost));
  const described = extract('The army trained Liwa al-Haqq fighters battling the militants.', [...parties, ['militants', 'IMGMUSISI', 'armed-group']]);
  const battling = described.find((e) => e.triggerText === 'battling');
  assert.ok(!battling || !battling.actors.some((a) => a.text === 'army'), show(described));
});

test("an unresolved word for members right after an armed party is that party ('the army troops stormed'), and a list it ends still joins ('army troops and air force')", () => {
  const events = extract('The army troops and air force stormed the village.', [['army', 'SYRMIL', 'military'], ['air force', 'SYRMIL', 'military']]);
  assert.deepEqual(events.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.text), ['army'], show(events));
});

test("the object of a participle of support is an ally: never the target of the act ('jets supporting government forces bombed the town')", () => {
  const events = extract('Russian jets supporting government forces bombed the town on Monday.', [['Russian jets', 'RUSMIL', 'military'], ['government forces', 'SYRMIL', 'military']]);
  const bombed = events.find((e) => e.triggerText === 'bombed');
  assert.ok(!bombed || !bombed.recipients.some((r) => r.text === 'government forces'), show(events));
});
