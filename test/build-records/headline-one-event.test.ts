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
