import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPageDate } from '../../src/stages/build-records/page-date.js';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// A web page often opens with the day it was put up ('Thursday 12 May 2022', 'Posted on May 12 2022 by …'),
// then the headline and the lead run on with no line break: that date is the page's, not the act's.
const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const records = (text: string, published: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'page-date.test.ts');
  return runPipeline(document).layers.events;
};

test('isPageDate reads a date that opens the page, alone or after a weekday or a posting label', () => {
  for (const [text, date] of [
    ['Thursday 12 May 2022 Militia shells market Gunmen shelled a market on Wednesday.', '12 May 2022'],
    ['Thursday 12 May 2022 Militia shells market Gunmen shelled a market on Wednesday.', 'Thursday'],
    ['Posted on May 12 2022 by The Courier Militia shells market', 'May 12 2022'],
    ['Date of publication 12 May 2022 Gunmen shelled a market on Wednesday.', '12 May 2022'],
    ['12 May 2022 Gunmen shelled a market on Wednesday.', '12 May 2022'],
  ] as const) assert.equal(isPageDate(span(text, date), text), true, `${date} in ${text}`);
});

test('isPageDate leaves a date of the story\'s own words alone', () => {
  const text = 'Gunmen shelled a market on 12 May 2022, police said.';
  assert.equal(isPageDate(span(text, '12 May 2022'), text), false);
  const lead = 'On 11 May 2022 gunmen shelled a market.';
  assert.equal(isPageDate(span(lead, '11 May 2022'), lead), false);
});

test('buildRecords dates a headline act told again in the lead by the lead\'s weekday, not by the date that opens the page', () => {
  const text = 'Thursday 12 May 2022 Militia shells market in Kadugli Militiamen shelled the main market of Kadugli with mortars on Wednesday killing at least four people residents said.';
  const shelling = records(text, '2022-05-12').filter((r) => r.type === 'ASSAULT');
  assert.equal(shelling.length, 1, JSON.stringify(shelling.map((r) => r.triggerText)));
  assert.equal(shelling[0].time?.start, '2022-05-11');
});

test('buildRecords dates a headline veto by the lead\'s weekday when the page opens with its date', () => {
  const text = 'March 3 2021 Two powers veto council text on the port Two powers on Tuesday vetoed a draft council resolution that would have demanded access to the port.';
  const veto = records(text, '2021-03-03').filter((r) => r.type === 'REJECT');
  assert.equal(veto.length, 1, JSON.stringify(veto.map((r) => r.triggerText)));
  assert.equal(veto[0].time?.start, '2021-03-02');
});

test('buildRecords does not date a lead act by the byline date set between the headline and the lead (the publication day, with its year)', () => {
  const text = 'Troops shell rebel district of Homs The Courier , Monday 6 Aug 2012 Government troops shelled the Khalidiya district of Homs with tanks on Sunday , activists said . In Damascus , a bomb wounded four policemen near a police station on Monday morning , police said .';
  const acts = records(text, '2012-08-06').filter((r) => r.type === 'ASSAULT');
  const shelling = acts.find((r) => /shell/i.test(r.triggerText));
  assert.equal(shelling?.time?.start, '2012-08-05', JSON.stringify(acts.map((r) => [r.triggerText, r.time?.start])));
  // The bomb of Monday morning stays an act of its own.
  assert.equal(acts.length, 2, JSON.stringify(acts.map((r) => r.triggerText)));
  // A date of the publication day that the story itself gives ('on Monday 6 Aug 2012') still dates the act.
  const own = records('Troops shelled the Khalidiya district of Homs on Monday 6 Aug 2012 , activists said .', '2012-08-06');
  assert.equal(own.find((r) => r.type === 'ASSAULT')?.time?.start, '2012-08-06');
});

test('buildRecords makes one event of a headline dated only by the page and the lead that repeats its toll on its own day', () => {
  const text = 'Mon Mar 4 2024 12 civilians killed 20 injured in car bomb attack in Idlib. '
    + '12 civilians were killed and 20 others were injured in a car bomb attack carried out by Islamic State on Sunday evening at a crowded market in the town of Sarmada in Idlib province.';
  const assaults = records(text, '2024-03-04').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.acled, r.time?.start])));
  assert.equal(assaults[0].time?.start, '2024-03-03');
});
