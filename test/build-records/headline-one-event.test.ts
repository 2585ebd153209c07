import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-05-08') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'headline-one-event.test.ts');
  return runPipeline(document).layers.events;
};
const headlineOf = (text: string) => ({ start: 0, end: text.indexOf('\n') });
const tells = (r: { evidence: { start: number; end: number }[] }, span: { start: number; end: number }) => r.evidence.some((e) => e.start < span.end && span.start < e.end);

test('buildRecords joins the headline\'s attack to the lead\'s, not to a later strike of another weapon the body tells', () => {
  const text = 'Shelling of Kadugli market kills at least 20 as Sudan truce collapses\n\n'
    + 'KADUGLI, Sudan, May 8 (Reuters) - Artillery shells hit a crowded market in Kadugli on Tuesday, killing at least 20 people, a local committee said.\n\n'
    + 'The army said its aircraft had struck RSF positions near Dilling on Tuesday, destroying several vehicles.';
  const events = records(text).filter((r) => r.type === 'ASSAULT');
  const head = headlineOf(text);
  const withHeadline = events.filter((r) => tells(r, head));
  assert.equal(withHeadline.length, 1, JSON.stringify(events.map((r) => r.triggerText)));
  assert.ok(tells(withHeadline[0], { start: text.indexOf('Artillery'), end: text.indexOf('Artillery') + 9 }), withHeadline[0].triggerText);
  assert.equal(events.length, 2, JSON.stringify(events.map((r) => r.triggerText)));
});

test('buildRecords reads each part of a headline joined by a semicolon apart: the second act takes no place from the first part and joins its body report', () => {
  const text = 'Drone strike kills three near Iraq\'s Sinjar; rebels claim attack on army base\n\n'
    + 'ERBIL, Iraq, Aug 9 (Reuters) - A drone struck a car near the town of Sinjar in northern Iraq on Thursday, killing three men, the mayor said.\n\n'
    + 'Separately, the rebels said in a statement that their fighters had attacked an army base in the Metina region of Duhok province on Tuesday.';
  const events = records(text, '2024-08-09').filter((r) => r.type === 'ASSAULT');
  const claimed = text.indexOf('attack on army base');
  const head = events.find((r) => tells(r, { start: claimed, end: claimed + 6 }));
  assert.ok(head);
  assert.ok(tells(head, { start: text.indexOf('had attacked'), end: text.indexOf('had attacked') + 12 }), JSON.stringify(events.map((r) => [r.triggerText, r.place?.text])));
  assert.notEqual(head.place?.text, 'Sinjar');
});

test('buildRecords joins a headline placed "near the X border" to the lead: a frontier adjective names a border both countries share, not a place against the lead\'s town', () => {
  const text = 'Landmine kills four Nigerien soldiers near Malian border\n\n'
    + 'NIAMEY, March 14 (Reuters) - Four Nigerien soldiers were killed on Wednesday when their truck struck a landmine near the town of Ayorou in the Tillaberi region, the army said.\n\n'
    + 'The army said it had sent reinforcements to the area.';
  const events = records(text, '2024-03-14').filter((r) => r.type === 'ASSAULT');
  const head = headlineOf(text);
  assert.equal(events.length, 1, JSON.stringify(events.map((r) => [r.triggerText, r.place?.text])));
  assert.ok(tells(events[0], head));
  assert.notEqual(events[0].place?.text, 'Malian');
});
