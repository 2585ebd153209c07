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

test('buildRecords reads a title-case first sentence of a text without line breaks as its headline, dated by the page, and joins it to the lead', () => {
  // Pages copied flat keep no line break after the headline, only its capitals and a page date before it.
  const text = '09-03-2024 Mortar Shells Kill Four Civilians in Northern Town. Four civilians were killed on Thursday when mortar shells fell on a market in the town of Tal Rifaat, a local council said. '
    + 'The council said the shells were fired from positions held by government forces.';
  const events = records(text, '2024-03-09').filter((r) => r.type === 'ASSAULT');
  const head = { start: 0, end: text.indexOf('.') };
  assert.equal(events.length, 1, JSON.stringify(events.map((r) => [r.triggerText, r.time?.start])));
  assert.ok(tells(events[0], head));
  assert.equal(events[0].time?.start, '2024-03-07');
});

test('buildRecords does not take an ordinary first sentence of a flat text for a headline', () => {
  const text = 'Rebels shelled the town of Kafr Nabl on Monday, killing two people, activists said. Government forces shelled villages near Idlib on Tuesday, killing three.';
  const events = records(text, '2024-03-09').filter((r) => r.type === 'ASSAULT');
  assert.equal(events.length, 2, JSON.stringify(events.map((r) => [r.triggerText, r.time?.start])));
});

test('mergeHeadline lets the party a headline names replace a lead side held only by an unknown capitalised name, but not a description', async () => {
  const { mergeHeadline } = await import('../../src/stages/build-records/merge-headline.js');
  type R = import('../../src/model/event-record.js').EventRecord;
  const party = (text: string, start: number, code?: string) => ({ text, evidence: { start, end: start + text.length }, ...(code ? { actor: { id: code, code, name: text } } : {}) });
  const record = (trigger: number, actors: R['actors']) => ({ id: `r${trigger}`, type: 'ASSAULT', triggerText: 'behead', trigger: { start: trigger, end: trigger + 6 }, actors, recipients: [], factuality: 'asserted', attribution: [], evidence: [{ start: trigger, end: trigger + 6 }], confidence: 0.5 }) as unknown as R;
  const head = () => record(5, [party('ISIS', 0, 'IMGMUSISI')]);
  const isHeadline = (r: R) => r.trigger.end <= 20;
  const [byName] = mergeHeadline([head(), record(60, [party('Orthodox Church', 30)])], isHeadline);
  assert.deepEqual(byName.actors.map((p) => p.text), ['ISIS']);
  const [byDescription] = mergeHeadline([head(), record(60, [party('Islamist gunmen', 30)])], isHeadline);
  assert.deepEqual(byDescription.actors.map((p) => p.text), ['Islamist gunmen']);
});
