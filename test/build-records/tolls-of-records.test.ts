import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2018-05-09') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'tolls-of-records.test.ts');
  return runPipeline(document).layers.events;
};
const figures = (list: { low: number; high: number | null }[] | undefined) => (list ?? []).map((f) => [f.low, f.high]);

test("buildRecords keeps the lead's toll and the body's side by side on the incident the body tells in detail", () => {
  const text = 'At least six children were killed in army shelling of a rebel-held town near Hama on Tuesday, activists said. The Observatory said four children were killed when a shell hit a school in the town.';
  const school = records(text).find((r) => r.type === 'ASSAULT' && r.evidence.some((e) => text.slice(e.start, e.end).includes('hit a school')));
  assert.ok(school?.evidence.some((e) => text.slice(e.start, e.end).startsWith('At least six')));
  assert.deepEqual(figures(school?.fatalities?.children), [[6, null], [4, 4]], JSON.stringify(school?.fatalities));
});

test("buildRecords drops from the incident the lead's toll that the day's other incidents of the same kind add up to: it is a sum, not that incident's", () => {
  const text = 'At least six children were killed in army shelling of a rebel-held town near Hama on Tuesday, activists said. '
    + 'The Observatory said four children were killed when a shell hit a school in the town. '
    + 'Shelling killed another two children in the village of Kafr Zita, the Observatory said.';
  const school = records(text).find((r) => r.type === 'ASSAULT' && r.evidence.some((e) => text.slice(e.start, e.end).includes('hit a school')));
  assert.deepEqual(figures(school?.fatalities?.children), [[4, 4]], JSON.stringify(school?.fatalities));
});

test('buildRecords joins the lead\'s attack "outside" a city to the body\'s account in a suburb area around it (one place for merging)', () => {
  const text = 'At least six children were killed in army shelling of a rebel-held area outside Damascus on Tuesday, activists said. The monitor said four children were killed when a shell landed near a school in Beit Nuwar a town in the eastern Ghouta suburbs of Damascus.';
  const attacks = records(text, '2017-10-31').filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((r) => [r.triggerText, r.place?.text])));
});

test('buildRecords gives the toll of a flood or a factory fire to the disaster: "killed" after it is no attack of its own', () => {
  const text = 'A landslide triggered by days of heavy rain killed 14 villagers in the hills on Monday, the district chief said.';
  const events = records(text);
  assert.deepEqual(events.map((r) => r.otherClass ?? r.acled), ['NATURAL_DISASTER'], JSON.stringify(events.map((r) => [r.triggerText, r.acled])));
  assert.ok(events[0].fatalities, JSON.stringify(events[0]));
  const fire = records('A fire at a textile factory killed nine workers and injured 20 on Friday, officials said.');
  assert.deepEqual(fire.map((r) => r.otherClass ?? r.acled), ['MAN_MADE_DISASTER'], JSON.stringify(fire.map((r) => [r.triggerText, r.acled])));
  // An attack told after a disaster is still an attack.
  const both = records('After the flood receded, gunmen killed four aid workers near the camp on Tuesday.');
  assert.ok(both.some((r) => r.type === 'ASSAULT'), JSON.stringify(both.map((r) => [r.triggerText, r.acled])));
});

test('mergeFigures files a bare count that reaches an open count of the one kind of victim the record counts under that kind: one set of dead, two counts', async () => {
  const { mergeFigures } = await import('../../src/stages/build-records/report-figures.js');
  const merged = mergeFigures({ civilian: [{ low: 11, high: null }] }, { unspecified: [{ low: 14, high: 14 }] });
  assert.deepEqual(figures(merged.civilian), [[11, null], [14, 14]]);
  assert.equal(merged.unspecified, undefined);
  // A stated count ('nine civilians') leaves room for others among a larger bare count (fighters too): kept apart.
  assert.deepEqual(figures(mergeFigures({ civilian: [{ low: 9, high: 9 }] }, { unspecified: [{ low: 12, high: 12 }] }).unspecified), [[12, 12]]);
  // With civilians and fighters both counted, a bare count belongs to neither.
  assert.deepEqual(figures(mergeFigures({ civilian: [{ low: 3, high: null }], fighters: [{ low: 2, high: 2 }] }, { unspecified: [{ low: 6, high: 6 }] }).unspecified), [[6, 6]]);
});

test('buildRecords gives a condemned attack the toll its own clause states', () => {
  const text = 'Western governments denounced the bombing of a school in the city which killed at least 30 people including 12 children on Monday.';
  const bombing = records(text, '2024-03-12').find((r) => r.type === 'ASSAULT');
  assert.equal(bombing?.fatalities?.children?.[0]?.low, 12, JSON.stringify(bombing?.fatalities));
});

test('buildRecords joins a toll called the previous one ("The previous death toll was 18") to the attack whose toll has risen since, not to a second blast', () => {
  const text = 'A suicide blast hit a bus convoy carrying evacuees near the town of Azaz on Saturday, killing at least 45 people, a hospital source said. '
    + 'Earlier in the day a blast occurred near a bus convoy carrying evacuees to the town. The previous death toll was 18 with 40 others injured.';
  const { document } = makeDocument(text, { published: '2024-03-10', language: 'en' }, 'tolls-of-records.test.ts');
  const assaults = runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.fatalities])));
});

test('buildRecords does not take the same count of injured for one attack when one report lies in a quarter the gazetteer lacks', () => {
  const text = 'Rocket shells killed two civilians and injured three others in the city of Deir Ezzor on Wednesday, a police source said. '
    + 'In Aleppo, a woman was killed when rockets hit residential areas. '
    + 'The terrorist groups targeted the charitable clinic of a relief society in al- Shaar Mogambo with rocket shells injuring three persons from the medical staff.';
  const events = records(text, '2024-03-07').filter((r) => r.type === 'ASSAULT');
  const first = text.indexOf('Rocket shells killed');
  const clinic = text.indexOf('charitable clinic');
  const tells = (r: { evidence: { start: number; end: number }[] }, at: number) => r.evidence.some((e) => e.start <= at && at < e.end);
  assert.ok(!events.some((r) => tells(r, first) && tells(r, clinic)), JSON.stringify(events.map((r) => [r.triggerText, r.place?.text, r.evidence.length])));
});

test('buildRecords reads "five others have been injured" as the injured of the attack told, not as a further toll', () => {
  const text = 'Mon Mar 11 2024 3 Soldiers Killed 5 Wounded in Militant Attack in Northern Mali. '
    + 'The Malian army has said three of its soldiers have been killed and five others have been injured in an attack by militants in northern Mali.';
  const assaults = records(text, '2024-03-11').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.injured])));
});
