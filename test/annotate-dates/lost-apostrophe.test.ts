import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

// Pages copied without apostrophes: 'Tuesdays attacks' is Tuesday's attacks, one day; 'on Tuesdays' is every Tuesday.

test('annotateDates reads a plural weekday right before a noun as the day\'s possessive that lost its apostrophe', () => {
  const found = times('On Sunday the group claimed responsibility for Tuesdays attacks on three villages.', '2013-09-16');
  const tuesday = find(found, 'Tuesdays');
  assert.deepEqual([tuesday.type, tuesday.value?.start], ['DATE', '2013-09-10']);
  const toll = find(times('The death toll from Wednesdays rocket attacks rose to nine.', '2016-08-19'), 'Wednesdays');
  assert.deepEqual([toll.type, toll.value?.start], ['DATE', '2016-08-17']);
});

test('annotateDates keeps a plural weekday after "on" or "every", or before a verb, as every such day', () => {
  assert.equal(find(times('The market opens on Fridays and Saturdays.', '2016-08-19'), 'Fridays').type, 'SET');
  assert.equal(find(times('Protesters gather every Fridays after prayers.', '2016-08-19'), 'Fridays').type, 'SET');
  assert.equal(find(times('Mondays are quiet in the old city.', '2016-08-19'), 'Mondays').type, 'SET');
});
