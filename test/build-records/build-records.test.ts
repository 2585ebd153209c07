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

test('withoutRepeatedUnspecified drops an unspecified count equal to a civilian one, and keeps a different one', async () => {
  const { withoutRepeatedUnspecified } = await import('../../src/stages/build-records/attach-casualties.js');
  const figure = (low: number) => ({ low, best: low, high: null, text: 'dozens', evidence: { start: 0, end: 6 } });
  assert.deepEqual(Object.keys(withoutRepeatedUnspecified({ civilian: [figure(12)], unspecified: [figure(12)] })!), ['civilian']);
  assert.deepEqual(Object.keys(withoutRepeatedUnspecified({ civilian: [figure(12)], unspecified: [figure(85)] })!), ['civilian', 'unspecified']);
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
  const { tollOfAPeriodAndADay, opensAnotherIncident } = await import('../../src/stages/build-records/merge-records.js');
  const text = 'Thirteen civilians were killed on Wednesday. Also on Wednesday, 22 fighters were killed. Strikes in recent days killed 57 civilians.';
  const toll = (figure: string, start: string, end: string) => {
    const at = text.indexOf(figure);
    const best = figure === 'Thirteen' ? 13 : Number(figure);
    return { fatalities: { civilian: [{ low: best, best, high: best, text: figure, evidence: { start: at, end: at + figure.length } }] }, time: { start, end } } as never;
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

test('who declares or announces a ceasefire or a state of emergency is its actor, not a source reporting it', () => {
  const declared = records('The Bolivian government declared a 60-day state of emergency in La Paz on Friday.');
  assert.ok(declared.some((r) => r.type === 'COERCE' && r.actors.some((a) => a.actor?.code === 'BOLGOV')), JSON.stringify(declared.map((r) => [r.type, r.actors.map((a) => a.text)])));
  // A report of someone else's act still leaves the speaker out.
  const reported = records('The Bolivian army announced the attack had killed five rebels.');
  assert.ok(!reported.some((r) => r.type === 'ASSAULT' && r.actors.some((a) => a.actor?.code === 'BOLMIL')), JSON.stringify(reported.map((r) => [r.type, r.actors.map((a) => a.text)])));
});
