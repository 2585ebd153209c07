import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { times, find } from '../annotate-dates/times-of.js';

function events(text: string, published: string) {
  const { document } = makeDocument(text, { published, language: 'en' }, 'stretch-up-to-now.test.ts');
  return runPipeline(document).layers.events;
}

test('annotateDates keeps "the past month" a duration (P1M) and gives it the days up to publication', () => {
  const month = find(times('More than 200 people were killed during the past month.', '2019-05-10'), 'the past month');
  assert.equal(month.type, 'DURATION');
  assert.equal(month.timex, 'P1M');
  assert.deepEqual([month.value?.start, month.value?.end], ['2019-04-11', '2019-05-10']);
  const week = find(times('Forty fled their homes in the past week.', '2019-05-10'), 'the past week');
  assert.deepEqual([week.value?.start, week.value?.end], ['2019-05-04', '2019-05-10']);
  // 'for a week' is never a date.
  assert.equal(find(times('The talks were suspended for a week.', '2019-05-10'), 'a week').value, undefined);
});

test('a toll told over the past month is dated to that stretch and is not the toll of the day\'s air strike', () => {
  const text = 'At least 30 people were killed in an air strike on a market in Idlib on Thursday, a monitor said. '
    + 'The strike came a day after the monitor said more than 900 people, including 300 civilians, had been killed during the past month.';
  const found = events(text, '2019-05-10');
  const strike = found.find((e) => e.triggerText === 'air strike');
  assert.ok(strike, 'the strike is recorded');
  assert.equal(strike.time?.start, '2019-05-09');
  assert.deepEqual(strike.fatalities?.unspecified?.map((f) => f.low), [30]);
  assert.equal(strike.fatalities?.civilian, undefined, 'the month\'s 300 civilians are not the strike\'s');
  const month = found.find((e) => e.fatalities?.unspecified?.some((f) => f.low === 900));
  assert.ok(month, 'the month\'s toll is its own record');
  assert.deepEqual([month.time?.start, month.time?.end], ['2019-04-11', '2019-05-10']);
});

test('a stretch up to now dates its own sentence only: the next sentence\'s undated act does not inherit it', () => {
  const text = 'On Wednesday, rebels shelled the town of Sake. The refugee agency said 10,000 people had fled their homes in the past week. '
    + 'The government spokesman accused Rwanda of supporting the rebels.';
  const accused = events(text, '2024-02-09').find((e) => e.triggerText === 'accused');
  assert.ok(accused, 'the accusation is recorded');
  assert.notEqual(accused.time?.start, '2024-02-03');
});
