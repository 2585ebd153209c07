import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const events = (text: string, published = '2019-05-06') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'tag-list-lead.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords takes no party, trigger or place from a tag list run into the lead ("Tags Lebanon Militias Airstrikes At least nine …")', () => {
  const text = 'Tags Lebanon Beirut Hezbollah Militias Airstrikes Israel At least nine people were killed in air raids near the port of Tyre on Monday, officials said.';
  const found = events(text);
  const shown = JSON.stringify(found.map((e) => [e.type, e.triggerText, e.actors.map((a) => a.text)]));
  assert.ok(!found.some((e) => e.trigger.start > text.indexOf('Tags') && e.trigger.end <= text.indexOf('At least')), shown);
  assert.ok(!found.some((e) => e.actors.some((a) => /Hezbollah|Militias|Israel/.test(a.text))), shown);
  assert.ok(found.some((e) => e.type === 'ASSAULT' && e.fatalities !== undefined), shown);
});

test('buildRecords records nothing from a tag list the page closed with its own full stop ("Tags Syria air strike Hezbollah Homs."), and keeps a lead with a verb the tags ran into', () => {
  const text = 'Rockets hit a village near Homs on Monday, killing three people. Tags Syria air strike Hezbollah Homs civilians. Later that day jets struck the market.';
  const found = events(text);
  const shown = JSON.stringify(found.map((e) => [e.type, e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  const tags = { start: text.indexOf('Tags'), end: text.indexOf('Later') };
  assert.ok(!found.some((e) => e.trigger.start >= tags.start && e.trigger.end <= tags.end), shown);
  assert.ok(!found.some((e) => [...e.actors, ...e.recipients].some((a) => /Hezbollah/.test(a.text))), shown);
  const lead = events('Tags Syria Homs Hezbollah Heavy shelling on the village has killed three civilians.');
  assert.ok(lead.some((e) => e.type === 'ASSAULT'), JSON.stringify(lead.map((e) => e.triggerText)));
});
