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
