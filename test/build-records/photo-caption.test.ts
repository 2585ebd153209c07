import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-05-08') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'photo-caption.test.ts');
  return runPipeline(document).layers.events;
};
const inside = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const tells = (r: { evidence: { start: number; end: number }[] }, span: { start: number; end: number }) => r.evidence.some((e) => e.start < span.end && span.start < e.end);

test('buildRecords records nothing from a photo caption that a picture credit closes in a page copied flat', () => {
  const text = 'Men search the rubble of a market hit by air strikes in the town of Maarat al-Numan on May 3 2024. (Reuters) (Reuters) '
    + 'Air strikes killed nine people in a village near Saraqeb on Tuesday, a monitor said. '
    + 'People salvage goods from a bakery damaged during an air strike in the city of Idlib. (TRT World and Agencies) The monitor said the toll may rise.';
  const events = records(text);
  const captions = [inside(text, 'Men search the rubble'), inside(text, 'People salvage goods')];
  assert.deepEqual(events.filter((r) => captions.some((c) => tells(r, { start: c.start, end: c.start + 90 }))).map((r) => r.triggerText), []);
  assert.ok(events.some((r) => tells(r, inside(text, 'Air strikes killed nine'))), 'the story itself is kept');
});

test('buildRecords keeps the last sentence of a story that an agency credit closes, and a dateline\'s credit', () => {
  const text = 'BEIRUT, May 8 (Reuters) - Air strikes killed nine people in a village near Saraqeb on Tuesday, a monitor said. '
    + 'Government shelling hit the town of Ariha on Monday, killing two people, the monitor said. (AFP)';
  const events = records(text).filter((r) => r.type === 'ASSAULT');
  assert.ok(events.some((r) => tells(r, inside(text, 'Government shelling hit'))), JSON.stringify(events.map((r) => r.triggerText)));
  assert.ok(events.some((r) => tells(r, inside(text, 'Air strikes killed nine'))));
});

test('buildRecords keeps a standfirst that a picture credit follows: it tells the news in the past, not what a picture shows', () => {
  const text = '14 May 2024 Dozens of civilians have reportedly been killed by air strikes as they fled the fighting in the town of Ariha. (TRT World and Agencies) '
    + 'The army is investigating reports that 40 civilians were killed in the strikes on Tuesday.';
  const events = records(text).filter((r) => r.type === 'ASSAULT');
  assert.ok(events.some((r) => tells(r, inside(text, 'Dozens of civilians'))), JSON.stringify(events.map((r) => r.triggerText)));
});

test('buildRecords records nothing from a caption that opens the page after its posting label ("Published May 8 2024 A woman walks past …")', () => {
  const text = 'Published May 8 2024 A woman walks past a building destroyed after a rocket fired by rebel forces hit the Salah al-Din district of Aleppo on May 7 2024. '
    + '(AFP Photo) At least nine civilians were killed on Tuesday when rockets struck a government-held district of Aleppo, a monitor said.';
  const events = records(text);
  assert.deepEqual(events.filter((r) => tells(r, inside(text, 'A woman walks past a building destroyed after a rocket fired'))).map((r) => r.triggerText), []);
  assert.ok(events.some((r) => tells(r, inside(text, 'At least nine civilians'))), 'the story itself is kept');
});
