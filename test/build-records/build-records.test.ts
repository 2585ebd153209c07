import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { isWarWideToll } from '../../src/stages/build-records/war-wide-toll.js';
import type { CasualtyMention } from '../../src/model/fatalities.js';

const records = (text: string, published = '2017-10-31') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'build-records.test.ts');
  return runPipeline(document).layers.events;
};
const total = (r: { fatalities?: Record<string, { low: number }[] | undefined> }) =>
  Object.values(r.fatalities ?? {}).flatMap((l) => l ?? []).reduce((n, f) => Math.max(n, f.low), 0);

function casualtyAt(text: string, figure: string): CasualtyMention {
  const start = text.indexOf(figure);
  return { outcome: 'killed', category: 'unspecified', figure: { low: 1, best: 1, high: 1, text: figure, evidence: { start, end: start + figure.length } }, trigger: { start, end: start }, sentence: 0 };
}

test('isWarWideToll knows a war as the killer and a toll counted since the war began', () => {
  const a = 'The limited truces aim to freeze the lines of the civil war which has claimed an estimated 400000 lives.';
  assert.equal(isWarWideToll(casualtyAt(a, 'an estimated 400000'), a), true);
  const b = "Syria's war has left more than 320000 people dead since erupting in 2011.";
  assert.equal(isWarWideToll(casualtyAt(b, 'more than 320000'), b), true);
  const c = 'More than 320000 people have been killed since 2011.';
  assert.equal(isWarWideToll(casualtyAt(c, 'More than 320000'), c), true);
  const d = 'The air strike on the market killed 16 people on Monday.';
  assert.equal(isWarWideToll(casualtyAt(d, '16'), d), false);
  const e = 'More than 200000 people are thought to have been killed in the civil war that began in 2012.';
  assert.equal(isWarWideToll(casualtyAt(e, 'More than 200000'), e), true);
  const f = 'Twelve people were killed in the bombing of the market.';
  assert.equal(isWarWideToll(casualtyAt(f, 'Twelve'), f), false);
});

test('isWarWideToll knows a war named by its country ("since Syria\'s war started", "since the Yemeni civil war began") as the war\'s toll', () => {
  const a = 'More than 100000 people have been killed since Yemens war started in 2015.';
  assert.equal(isWarWideToll(casualtyAt(a, 'More than 100000'), a), true);
  const b = "Over 9000 have died since Libya's civil war broke out.";
  assert.equal(isWarWideToll(casualtyAt(b, 'Over 9000'), b), true);
  const c = 'At least 60000 were killed since the Yemeni civil war began.';
  assert.equal(isWarWideToll(casualtyAt(c, 'At least 60000'), c), true);
});

test('isWarWideToll knows a day\'s toll summed up by "In all," ("In all, 30 people were killed across the province")', () => {
  const a = 'Shells hit a bakery in the old town. In all, the monitor said, 30 people were killed across the northern province on Sunday.';
  assert.equal(isWarWideToll(casualtyAt(a, '30'), a), true);
  const b = 'Shells hit a bakery in the old town. In all, 30 people were killed on Sunday, the monitor said.';
  assert.equal(isWarWideToll(casualtyAt(b, '30'), b), true);
  const c = 'Shells killed 30 people across the market square on Sunday.';
  assert.equal(isWarWideToll(casualtyAt(c, '30'), c), false);
});

test('isWarWideToll reads "fighting" before its object as a participle ("a coalition fighting the militants killed"), not as a war that killed', () => {
  const a = 'A drone strike by an alliance fighting Al-Shabaab wrongly killed 9 allied soldiers on Friday.';
  assert.equal(isWarWideToll(casualtyAt(a, '9'), a), false);
  const b = 'A raid by troops fighting against the rebels killed 4 farmers.';
  assert.equal(isWarWideToll(casualtyAt(b, '4'), b), false);
  const c = 'The fighting in the province has killed more than 5000 people.';
  assert.equal(isWarWideToll(casualtyAt(c, 'more than 5000'), c), true);
});

test('buildRecords gives a war-wide toll to none of the day\'s incidents', () => {
  const text = 'A car bomb killed 12 people in Azaz on Tuesday. The bombing took place near a market. The war has left more than 320000 people dead since erupting in 2011.';
  for (const r of records(text)) assert.ok(total(r) < 1000, `${r.triggerText} has ${JSON.stringify(r.fatalities)}`);
});

test('buildRecords does not code the speaker\'s organisation as the attacker when the claim names the speaker by a person', () => {
  const text = 'The Director of the Syrian Observatory for Human Rights Rami Abdel Rahman told AFP that the bombing carried out by the coalition hit the village of Tokhar on Tuesday.';
  for (const r of records(text)) assert.ok(!r.actors.some((p) => /Observatory/.test(p.text)), JSON.stringify(r.actors));
});

test('buildRecords keeps the holder of a place out of the attack ("a village controlled by the IS group")', () => {
  const text = 'An air raid hit a village controlled by the Islamic State group in northern Syria on Wednesday, killing 19 civilians.';
  const strikes = records(text, '2016-10-05').filter((r) => r.type === 'ASSAULT');
  assert.ok(strikes.length > 0);
  for (const r of strikes) assert.ok(![...r.actors, ...r.recipients].some((p) => p.actor?.code.startsWith('IMG')), JSON.stringify(r.actors));
});

test('buildRecords merges a standfirst and the body that repeat one toll, and keeps a strike elsewhere apart', () => {
  const text = 'Jets struck the town of Saraqib on Monday killing 14 civilians. Residents said the air strike on Saraqib on Monday killed 14 civilians. In Damascus a mortar round killed 4 people on Monday.';
  const strikes = records(text, '2017-05-02').filter((r) => r.type === 'ASSAULT');
  const withFourteen = strikes.filter((r) => Object.values(r.fatalities ?? {}).some((l) => l?.some((f) => f.low === 14)));
  assert.equal(withFourteen.length, 1, JSON.stringify(strikes.map((r) => r.triggerText)));
  assert.ok(strikes.some((r) => Object.values(r.fatalities ?? {}).some((l) => l?.some((f) => f.low === 4)) && !withFourteen.includes(r)));
});

test('buildRecords merges a standfirst\'s exact part of a toll with the body\'s open-ended one ("three children" and "three children among at least 19")', () => {
  const text = 'An air raid hit a village on Wednesday, killing civilians including three children. Three children were among at least 19 civilians killed in an air raid on a village in northern Syria on Wednesday.';
  const withToll = records(text, '2016-10-05').filter((r) => r.type === 'ASSAULT' && r.fatalities);
  assert.equal(withToll.length, 1, JSON.stringify(withToll.map((r) => [r.triggerText, r.fatalities])));
});

test('buildRecords keeps a toll said to come on top of another ("two more") as an incident of its own', () => {
  const text = 'Gunmen killed three civilians in Mohassan. Earlier gunmen killed two more civilians in al-Hessan.';
  const attacks = records(text, '2014-08-31').filter((r) => r.type === 'ASSAULT');
  assert.ok(!attacks.some((r) => (r.fatalities?.civilian ?? []).length > 1), JSON.stringify(attacks.map((r) => r.fatalities)));
});

test('buildRecords does not merge the rebels\' reply with the shelling it answers', () => {
  const text = 'Regime shelling of a rebel-held area outside Damascus killed five children on Tuesday. Rebels have responded to the shelling with a barrage of mortars lobbed at regime-held districts in Damascus wounding at least 10 civilians.';
  const attacks = records(text).filter((r) => r.type === 'ASSAULT');
  assert.ok(!attacks.some((r) => r.fatalities && r.injured), JSON.stringify(attacks.map((r) => [r.triggerText, r.fatalities, r.injured])));
});

test('buildRecords records a denial as the denied act, not as a REJECT of its own', () => {
  const text = 'The rebel command on Tuesday denied shelling the village of Karam. Moscow denied involvement.';
  const rs = records(text, '2017-05-03');
  assert.ok(!rs.some((r) => r.type === 'REJECT' && /^den/i.test(r.triggerText)), JSON.stringify(rs.map((r) => [r.type, r.triggerText])));
});

test('buildRecords keeps the city of a dateline and a "rebel-held" qualifier out of the parties', () => {
  const text = 'BEIRUT, Oct 4 (Reuters) - Air strikes hit a crowded market in the rebel-held town of Kafr Zeita on Tuesday, killing 12 civilians.';
  const strike = records(text, '2016-10-04').find((r) => r.type === 'ASSAULT');
  assert.ok(strike);
  assert.ok(![...strike.actors, ...strike.recipients].some((p) => /BEIRUT|rebel/i.test(p.text)), JSON.stringify([strike.actors, strike.recipients]));
});

test('buildRecords merges an attack told again with nobody, no place, no day and no toll of its own', () => {
  const text = 'Jets struck a market in the town of Saraqib on Monday, killing 14 civilians, a monitor said. They struck twice within a few minutes.';
  const strikes = records(text, '2017-05-02').filter((r) => r.type === 'ASSAULT');
  assert.equal(strikes.length, 1, JSON.stringify(strikes.map((r) => r.triggerText)));
});

test('buildRecords keeps an air strike and a shelling apart even when one party and one day are shared', () => {
  const text = 'In Homs, regime air strikes killed 13 civilians in the town of Alghantou on Friday. Meanwhile regime shelling hit homes in the district of Alwaer on Friday.';
  const kinds = records(text, '2016-08-20').filter((r) => r.type === 'ASSAULT').map((r) => r.acled);
  assert.ok(kinds.includes('Air/drone strike') && kinds.includes('Shelling/artillery/missile attack'), JSON.stringify(kinds));
});

test('buildRecords makes the counted civilians the recipients of an attack that names no victim party', () => {
  const [attack] = records('Rebels shelled regime-held districts in Damascus on Monday, wounding at least 10 civilians in three neighbourhoods.', '2017-10-31').filter((r) => r.type === 'ASSAULT');
  assert.deepEqual(attack.recipients.map((p) => [p.text, p.actor?.code]), [['civilians', 'CVL']]);
});

test('buildRecords leaves a later toll that another source gives off the earlier account', () => {
  const text = 'The Observatory told AFP that an air strike hit the village of Tokhar on Monday, killing 56 civilians. Opposition websites said that the death toll had risen to 85 people.';
  const strike = records(text, '2016-07-20').find((r) => r.type === 'ASSAULT' && r.fatalities?.civilian);
  assert.ok(strike);
  assert.equal(total(strike), 56);
});

test('buildRecords never makes the holder of a place the attacker ("buses from government-held towns")', () => {
  const [attack] = records('A suicide car bomb attack on buses carrying people evacuated from two besieged government-held towns killed 43 people on Saturday.', '2017-04-15').filter((r) => r.type === 'ASSAULT');
  assert.deepEqual(attack.actors.map((p) => p.text), []);
});

test('buildRecords records a claimed attack as having happened, with the claimant as its actor', () => {
  const attacks = records('Islamic State has claimed responsibility for a suicide bombing at a mosque in western Kabul that killed dozens of worshippers during Friday prayers.', '2017-03-18')
    .filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1);
  assert.equal(attacks[0].acled, 'Suicide bomb');
  assert.notEqual(attacks[0].factuality, 'proposed');
  assert.deepEqual(attacks[0].actors.map((p) => p.actor?.code), ['IMGMUSISI']);
});

test('buildRecords keeps a claim of responsibility as a record of its own (ATTRIB) beside the claimed attack', () => {
  const text = 'Islamic State has claimed responsibility for a suicide bombing at a mosque in western Kabul that killed dozens of worshippers.';
  const events = records(text, '2017-03-18');
  assert.deepEqual(events.map((r) => [r.type, r.acled ?? r.otherClass]).sort(), [['ACCUSE', 'ATTRIB'], ['ASSAULT', 'Suicide bomb']], JSON.stringify(events.map((r) => [r.type, r.triggerText])));
});

test('withoutRepeatedUnspecified drops an unspecified count equal to a civilian one, and keeps a different one', async () => {
  const { withoutRepeatedUnspecified } = await import('../../src/stages/build-records/attach-casualties.js');
  const figure = (low: number) => ({ low, best: low, high: null, text: 'dozens', evidence: { start: 0, end: 6 } });
  assert.deepEqual(Object.keys(withoutRepeatedUnspecified({ civilian: [figure(12)], unspecified: [figure(12)] })!), ['civilian']);
  assert.deepEqual(Object.keys(withoutRepeatedUnspecified({ civilian: [figure(12)], unspecified: [figure(85)] })!), ['civilian', 'unspecified']);
});

test('withoutRepeatedUnspecified files an exact bare count that reaches the record\'s open count of its one kind of victim under that kind ("at least 11 civilians", "14 people had been killed")', async () => {
  const { withoutRepeatedUnspecified } = await import('../../src/stages/build-records/attach-casualties.js');
  const open = (low: number) => ({ low, best: low, high: null, text: 'at least', evidence: { start: 0, end: 6 } });
  const exact = (low: number) => ({ low, best: low, high: low, text: String(low), evidence: { start: 0, end: 2 } });
  const table = withoutRepeatedUnspecified({ civilian: [open(11)], unspecified: [exact(14)] });
  assert.deepEqual(table?.civilian?.map((f) => f.low), [11, 14]);
  assert.equal(table?.unspecified, undefined);
  // Civilians and fighters both counted: the bare count is neither's.
  assert.deepEqual(Object.keys(withoutRepeatedUnspecified({ civilian: [open(11)], fighters: [exact(2)], unspecified: [exact(14)] })!).sort(), ['civilian', 'fighters', 'unspecified']);
});

test('buildRecords records "Airstrikes also targeted the nearby towns" as a further strike, not a repeat or talk about strikes', () => {
  const text = 'In Homs, 13 civilians were killed in airstrikes by regime jets on the town of Alghantou on Friday. Airstrikes also targeted the nearby towns of Rastan and Talbeesah.';
  const strikes = records(text, '2016-08-20').filter((r) => r.type === 'ASSAULT');
  assert.equal(strikes.length, 2, JSON.stringify(strikes.map((r) => r.triggerText)));
});

test('buildRecords joins a definite back-reference that names nobody ("The deal … has been beset by delays") to the agreement already recorded', () => {
  const text = 'Residents were evacuated from the towns of Fuaa and Kafraya under a deal reached between the regime and rebels. The deal involving the evacuees targeted on Saturday has been beset by delays, an AFP correspondent said.';
  const deals = records(text, '2017-04-15').filter((r) => r.type === 'AGREE');
  assert.equal(deals.length, 1, JSON.stringify(deals.map((r) => r.triggerText)));
});

test('merging keeps a toll of several days apart from the toll of one day, and a toll opened by "Also" from the one before', async () => {
  const { tollOfAPeriodAndADay, opensAnotherIncident } = await import('../../src/stages/build-records/report-figures.js');
  const text = 'Thirteen civilians were killed on Wednesday. Also on Wednesday, 22 fighters were killed. Strikes in recent days killed 57 civilians.';
  const toll = (figure: string, start: string, end: string) => {
    const at = text.indexOf(figure);
    const best = figure === 'Thirteen' ? 13 : Number(figure);
    return { fatalities: { civilian: [{ low: best, best, high: best, text: figure, evidence: { start: at, end: at + figure.length } }] }, time: { start, end }, trigger: { start: at, end: at + figure.length } } as never;
  };
  const day = toll('Thirteen', '2015-07-15', '2015-07-15');
  assert.equal(tollOfAPeriodAndADay(day, toll('57', '2015-07-11', '2015-07-16')), true);
  assert.equal(tollOfAPeriodAndADay(day, toll('22', '2015-07-15', '2015-07-15')), false);
  assert.equal(opensAnotherIncident(toll('22', '2015-07-15', '2015-07-15'), text), true);
  assert.equal(opensAnotherIncident(day, text), false);
});

test('buildRecords dates a ceasefire "to begin on Thursday" to that Thursday, as planned, and joins the headline that announces it', () => {
  const text = "Russia announces 72-hour truce in Aleppo\n\nMOSCOW, Nov 9 (AFP) - Russia's Defence Ministry announced on Wednesday a 72-hour ceasefire in the city of Aleppo, to begin at 8:00 am (0600 GMT) on Thursday.";
  const truces = records(text, '2016-11-09').filter((r) => r.type === 'RETREAT');
  assert.equal(truces.length, 1, JSON.stringify(truces.map((r) => r.triggerText)));
  assert.equal(truces[0].time?.start, '2016-11-10');
  assert.equal(truces[0].factuality, 'planned');
});

test('buildRecords gives an act told with "meanwhile" or "another" the story\'s last date, however many sentences back', () => {
  const text = 'At least seven children were killed in regime shelling of a town outside Damascus on Tuesday, activists said. '
    + 'The regime has intensified its campaign. The talks aim to consolidate the zones. The truces are aimed at freezing the lines. '
    + 'One of the children had his legs blown off. Shelling in the town of Musraba has meanwhile killed another three people, the Observatory said.';
  const musraba = records(text, '2017-10-31').find((r) => r.type === 'ASSAULT' && r.triggerText === 'Shelling');
  assert.equal(musraba?.time?.start, '2017-10-31');
});

test('buildRecords makes the people a rocket attack on neighbourhoods killed its recipients, and never one mention both sides', () => {
  const [attack] = records('Seven people were killed and 72 others were injured on Monday due to terrorist rocket attacks on the neighbourhoods of Aleppo city.', '2016-11-28').filter((r) => r.type === 'ASSAULT');
  assert.deepEqual(attack.recipients.map((p) => p.actor?.code), ['CVL']);
  for (const r of attack.recipients) assert.ok(!attack.actors.some((a) => a.evidence.start === r.evidence.start));
});

test('buildRecords records a denial once: as the denied event, not also as the headline\'s act of denying', () => {
  const text = "Saudi ministry denies coalition jets hit hospital in Yemen\n\nSaudi Arabia's Defence Ministry on Tuesday denied that aircraft of the Saudi-led coalition had struck a hospital in northern Yemen.";
  const all = records(text, '2016-08-16');
  assert.ok(!all.some((r) => r.type === 'REJECT'), JSON.stringify(all.map((r) => `${r.type} ${r.triggerText}`)));
  assert.ok(all.some((r) => r.type === 'ASSAULT' && r.factuality === 'denied'));
});

test('buildRecords never dates a reply before the act it answers ("retaliated for the bombardment")', () => {
  const text = 'Government artillery pounded the market of a northern town on Friday, killing nine people. '
    + 'On Thursday the Red Cross said it had delivered food to the town. '
    + 'Insurgents have retaliated for the bombardment with rockets fired at an army base.';
  const reply = records(text, '2019-03-15').find((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.text === 'Insurgents'));
  assert.equal(reply?.time?.start, '2019-03-15', JSON.stringify(reply?.time));
});

test('buildRecords dates an event the story gives no date, near or far, to the day of publication, as inferred; a coming one stays undated', () => {
  const text = 'Militants shot dead four farmers in a village near the border. The army will send reinforcements to the area.';
  const events = records(text, '2019-03-15');
  const shooting = events.find((r) => r.type === 'ASSAULT');
  assert.equal(shooting?.time?.start, '2019-03-15', JSON.stringify(shooting?.time));
  assert.deepEqual(shooting?.time?.inferred, ['year', 'month', 'day']);
  for (const r of events.filter((e) => e.factuality === 'planned')) assert.equal(r.time, undefined, r.triggerText);
});

test('buildRecords gives no publication day to a habit in the present or a count since a start', () => {
  const text = 'The ministry has said many times that it strikes only armed groups. Officials said 30 people had been killed since the fighting began.';
  for (const r of records(text, '2019-03-15')) assert.equal(r.time, undefined, `${r.triggerText} ${JSON.stringify(r.time)}`);
});

test('buildRecords records nothing from the related headlines and tags after an article ("Related …", "Tags …", "Read also …")', () => {
  const text = 'Gunmen killed four guards at a checkpoint near the border on Monday, officials said. '
    + 'Share 120 Related Army Jets Strike Rebel Positions In The North Read Also Bomb Kills Two In Market Tags attack border security';
  const events = records(text, '2019-03-18');
  assert.deepEqual(events.map((r) => r.triggerText), ['killed'], JSON.stringify(events.map((r) => r.triggerText)));
  assert.equal(events[0].evidence.length, 1);
});

test('buildRecords records nothing from a list of related headlines run into the text ("Related Rebels Seize ...")', () => {
  const text = 'Government aircraft bombed the town of Kafr Zita on Monday, killing four people, activists said. The army has not commented. ... 210 Related Rebels Seize Border Crossing Near Idlib - Reports Turkish Army Shells Kurdish Positions Tags airstrike Kafr Zita Syria';
  const related = text.indexOf('... 210 Related');
  for (const r of records(text, '2017-05-08')) assert.ok(r.evidence.every((e) => e.end <= related), `${r.triggerText}: ${JSON.stringify(r.evidence)}`);
});

test("buildRecords takes another source's bare toll in the next sentence as that source's count of the same attack", () => {
  const text = 'Shelling on the town of Kafr Batna killed three people including a child on Tuesday, according to the Observatory. The Local Media Office said four were killed including two children.';
  const assaults = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => r.triggerText)));
  // A toll with a place of its own is another incident.
  const apart = 'Shelling on the town of Kafr Batna killed three people including a child on Tuesday, according to the Observatory. The Local Media Office said four were killed in Douma.';
  assert.equal(records(apart).filter((r) => r.type === 'ASSAULT').length, 2);
});

test('buildRecords keeps the party that denies or admits doing something as its actor ("X denied shelling the town")', () => {
  const text = 'The rebel brigade denied shelling the market on Monday, a spokesman said.';
  const shelling = records(text, '2016-09-06').find((r) => r.triggerText === 'shelling');
  assert.ok(shelling?.actors.some((p) => p.actor?.code === 'REB'), JSON.stringify(shelling?.actors));
});

test('buildRecords keeps the party that announces a truce as the one who declares it ("the ministry announced a ceasefire")', () => {
  const text = "Russia's defence ministry announced on Wednesday a 48-hour ceasefire in Aleppo, to begin on Thursday.";
  const truce = records(text, '2016-11-09').find((r) => r.type === 'RETREAT');
  assert.ok(truce?.actors.some((p) => p.actor?.code === 'RUSMIL'), JSON.stringify(truce?.actors));
  // Announcing deaths does not make the announcer the killer.
  const deaths = records("The defence ministry announced on Monday that rebels killed four soldiers near Aleppo.", '2016-11-09');
  assert.ok(!deaths.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => /ministry/.test(p.text))), JSON.stringify(deaths.map((r) => r.actors)));
});

test("buildRecords joins the body's account of an attack to the lead that sums it up (a higher toll, the same day, place and weapon)", () => {
  const text = 'At least six children were killed in army shelling of a rebel-held town near Hama on Tuesday, activists said. The Observatory said four children were killed when a shell hit a school in the town. Shelling elsewhere in the province meanwhile killed another two people.';
  const shelling = records(text).filter((r) => r.type === 'ASSAULT');
  const school = shelling.find((r) => r.evidence.some((e) => text.slice(e.start, e.end).includes('hit a school')));
  assert.ok(school?.evidence.some((e) => text.slice(e.start, e.end).startsWith('At least six')), JSON.stringify(shelling.map((r) => r.evidence.map((e) => text.slice(e.start, e.start + 30)))));
  assert.ok(school?.actors.some((p) => /MIL$/.test(p.actor?.code ?? '')), JSON.stringify(school?.actors));
});

test("buildRecords keeps a bare request quoted in the body apart from a later party's request (only a headline or lead is told bare)", () => {
  const text = 'Clashes continued in the capital on Tuesday. Residents fled the area. "I urge all parties to stop the fighting now," an envoy wrote on Monday. Fayez al-Sarraj, head of the Presidential Council, proposed a truce on Monday.';
  const named = records(text, '2017-03-14').find((r) => r.actors.some((p) => p.actor?.code === 'LBYGOV'));
  assert.ok(named && !named.evidence.some((e) => text.slice(e.start, e.end).includes('I urge')), JSON.stringify(records(text, '2017-03-14').map((r) => [r.triggerText, r.actors.map((p) => p.text), r.evidence.map((e) => text.slice(e.start, e.start + 20))])));
});

test('who declares or announces a ceasefire or a state of emergency is its actor, not a source reporting it', () => {
  const declared = records('The Bolivian government declared a 60-day state of emergency in La Paz on Friday.');
  assert.ok(declared.some((r) => r.type === 'COERCE' && r.actors.some((a) => a.actor?.code === 'BOLGOV')), JSON.stringify(declared.map((r) => [r.type, r.actors.map((a) => a.text)])));
  // A report of someone else's act still leaves the speaker out.
  const reported = records('The Bolivian army announced the attack had killed five rebels.');
  assert.ok(!reported.some((r) => r.type === 'ASSAULT' && r.actors.some((a) => a.actor?.code === 'BOLMIL')), JSON.stringify(reported.map((r) => [r.type, r.actors.map((a) => a.text)])));
});

test('buildRecords keeps the group a description is linked to in its own sentence ("fired by terrorists from Jaish al-Islam")', () => {
  const [attack] = records('One person was injured by explosive rounds fired by terrorists from Jaish al-Islam on the neighborhood.', '2017-01-01').filter((r) => r.type === 'ASSAULT');
  assert.deepEqual(attack?.actors.map((p) => p.actor?.code), ['SYRREB'], JSON.stringify(attack?.actors));
});

test("one quoted as saying he will act is the one who promises: 'was quoted as saying he would be ready to host talks'", () => {
  const rs = records('President Diouf of Senegal was quoted today as saying he would be ready to host a meeting between the two factions.');
  const promise = rs.find((r) => r.type === 'AGREE');
  assert.equal(promise?.actors[0]?.actor?.code, 'SENGOV', JSON.stringify(rs.map((r) => [r.type, r.actors.map((a) => a.actor?.code)])));
});

test('buildRecords does not merge a headline\'s ambush into the helicopter strikes that answered it, nor give the strikes its toll', () => {
  const text = 'Militants kill soldiers in ambush on army convoy\n\n'
    + 'Air force helicopters struck the attackers\' positions near the town on Sunday afternoon, the army said.';
  const { document } = makeDocument(text, { published: '2022-05-10', language: 'en' }, 'build-records.test.ts');
  const strike = runPipeline(document).layers.events.find((r) => r.triggerText.includes('struck'));
  assert.ok(strike);
  assert.ok(strike.evidence.every((e) => e.start > 40), 'the headline is not a report of the strikes');
});

test('buildRecords gives a rocket salvo no toll of the raid that an "after" clause tells beside it', () => {
  const text = 'Militants fired rockets at border towns on Tuesday after soldiers killed two of their leaders in a raid on Monday.';
  const salvo = records(text).find((r) => r.triggerText.includes('rockets'));
  assert.ok(salvo);
  assert.equal(salvo.fatalities, undefined);
});

test('buildRecords keeps the toll that a participle after an "after" phrase gives the event ("after dawn, killing five")', () => {
  const salvo = records('Militants shelled the market after dawn, killing five people.').find((r) => r.type === 'ASSAULT');
  assert.equal(salvo?.fatalities?.unspecified?.[0]?.low ?? salvo?.fatalities?.civilian?.[0]?.low, 5);
});

test('buildRecords merges a headline naming one party into the lead\'s attack even when the body gives that party the other role', () => {
  const text = 'Government halts talks after police station bombing\n\n'
    + 'BOGOTA, March 20 - A bomb planted by rebels exploded outside a police station in the town of Jamundi on Monday, killing two police officers.';
  const attacks = records(text, '2024-03-20').filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1);
});

test('buildRecords gives no incident the thousands a spreading insurgency "has" killed', () => {
  const text = 'Gunmen attacked a village on Monday. The insurgency has spread from the north to the east of the country over the years, killing thousands of people.';
  for (const r of records(text)) assert.equal(r.fatalities, undefined, r.triggerText);
});

test('buildRecords keeps with the event the toll of attacks of the same campaign told as its cause ("a day after shelling killed 15 people")', () => {
  const strikes = records('Government jets carried out new air strikes on rebel districts a day after shelling killed at least 15 people, a monitor said.').find((r) => r.type === 'ASSAULT');
  assert.equal(strikes?.fatalities?.unspecified?.[0]?.low ?? strikes?.fatalities?.civilian?.[0]?.low, 15);
});

test('buildRecords records a disaster noun that is the subject of a passive or perfect past ("a chemical spill was reported") as a report, not talk', () => {
  const text = 'Schools closed in the valley after a chemical spill was reported at the paper mill.';
  const { document } = makeDocument(text, { published: '2019-03-02', language: 'en' }, 'build-records.test.ts');
  const events = runPipeline(document).layers.events;
  assert.ok(events.some((r) => r.otherClass === 'MAN_MADE_DISASTER'), JSON.stringify(events.map((r) => [r.triggerText, r.otherClass ?? r.acled])));
});

test('buildRecords keeps an abduction told by a participle the tagger takes for a noun (", abducting the sister of", "men abducted eight")', () => {
  const told = (text: string) => {
    const { document } = makeDocument(text, { published: '2019-03-02', language: 'en' }, 'build-records.test.ts');
    return runPipeline(document).layers.events.map((r) => r.acled);
  };
  assert.ok(told('Gunmen stormed the staff quarters of the college at night, abducting the wife of a lecturer.').includes('Abduction/forced disappearance'));
  assert.ok(told('The party says unknown men abducted eight of its members last week.').includes('Abduction/forced disappearance'));
});

test('buildRecords records no denial where a party "did not deny" something', () => {
  const text = 'The militia said on Tuesday the blast had not been ordered by its leaders. It did not deny that some of its members had planted the device.';
  const all = records(text);
  assert.ok(!all.some((r) => r.type === 'REJECT'), JSON.stringify(all.map((r) => [r.type, r.triggerText, r.factuality])));
});

test('buildRecords records no event for an act the article itself says was not done ("did not strike back")', () => {
  const all = records('Militants fired two rockets at the border town on Monday. Nobody was hurt, and the army did not strike back.');
  assert.ok(!all.some((r) => r.triggerText === 'strike'), JSON.stringify(all.map((r) => [r.type, r.triggerText, r.factuality])));
  assert.ok(all.some((r) => r.type === 'ASSAULT'));
});

test('buildRecords records a request or a threat as the speech act, not also the act asked for or threatened', () => {
  const all = records('The rebel commander on Monday threatened further attacks on army convoys. The envoy asked both sides to stop the shelling of the port.', '2022-05-10');
  assert.ok(all.some((r) => r.type === 'THREATEN') && all.some((r) => r.type === 'REQUEST'), JSON.stringify(all.map((r) => [r.type, r.triggerText, r.factuality])));
  assert.ok(!all.some((r) => r.type === 'ASSAULT' || r.type === 'RETREAT'), JSON.stringify(all.map((r) => [r.type, r.triggerText, r.factuality])));
});

test('buildRecords keeps the act asked for or threatened inside the speech act, with its trigger span and factuality', () => {
  const text = 'The rebel commander on Monday threatened further attacks on army convoys. The envoy asked both sides to stop the shelling of the port.';
  const all = records(text, '2022-05-10');
  const threat = all.find((r) => r.type === 'THREATEN');
  const request = all.find((r) => r.type === 'REQUEST');
  assert.deepEqual(threat?.content?.map((c) => [c.type, c.triggerText, text.slice(c.trigger.start, c.trigger.end), c.factuality]),
    [['ASSAULT', 'attacks', 'attacks', 'hypothetical']], JSON.stringify(threat));
  assert.deepEqual(request?.content?.map((c) => [c.type, text.slice(c.trigger.start, c.trigger.end), c.factuality]), [['RETREAT', 'stop the shelling', 'requested']], JSON.stringify(request));
});

test('buildRecords records no event for the condition of an "if" clause ("only if the rebels freed the hostages")', () => {
  const all = records('The minister said on Tuesday the government would return to the talks only if the rebels freed the hostages they hold.', '2024-03-20');
  assert.ok(!all.some((r) => r.triggerText === 'freed'), JSON.stringify(all.map((r) => [r.type, r.triggerText, r.factuality])));
});
