import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';


test('annotateDates takes the month nearest publication when the clause has no tense', () => {
  // Published in January: "October" with no verb of its own is last October, not next.
  assert.equal(find(times('Her flats, worth $130 million in October, fetch half that now.', '2016-01-08'), 'October').timex, '2015-10');
  // A present clause in October speaks of the coming January.
  assert.equal(find(times('The reduced dividend is payable Jan. 3 to holders of record.', '2016-10-30'), 'Jan. 3').timex, '2017-01-03');
});

test('annotateDates keeps a deadline after "to" or "effective" ahead even in a past clause', () => {
  assert.equal(find(times('The bidders extended their offer to Nov. 20.', '2016-11-02'), 'Nov. 20').timex, '2016-11-20');
  assert.equal(find(times('The board named a new chairman, effective Feb. 1.', '2016-10-26'), 'Feb. 1').timex, '2017-02-01');
  // Without such a word a past clause still points back.
  assert.equal(find(times('The bidders met on Nov. 20.', '2016-11-02'), 'Nov. 20').timex, '2015-11-20');
});

test('annotateDates reads "would" as a future seen from the past', () => {
  assert.equal(find(times('The company said the new shares would be issued in January.', '2016-10-26'), 'January').timex, '2017-01');
});

test('annotateDates looks ahead from an infinitive governed by a present verb', () => {
  // 2016-07-28 is a Thursday.
  assert.equal(find(times('The factory is scheduled to reopen Monday.', '2016-07-28'), 'Monday').timex, '2016-08-01');
  assert.equal(find(times('The talks were due to resume Monday.', '2016-07-28'), 'Monday').timex, '2016-07-25');
});

test('annotateDates reads a month with "last year" or "this year" as one date', () => {
  const found = times('Exports fell in June last year and rose in January this year.', '2016-07-28');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['June last year', '2015-06'], ['January this year', '2016-01']]);
});

test('annotateDates reads a weekday before a month-day as one date and lets it fix the year', () => {
  // A past clause alone would put 30 July before publication, in 2015; the Saturday says 2016.
  const found = times('The paper said so in an editorial on Saturday, July 30.', '2016-07-28');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['Saturday, July 30', '2016-07-30']]);
});

test('annotateDates reads "the latest quarter" as the last quarter that has ended', () => {
  const found = times('Profit rose in the third quarter. The insurer expects a fourth-quarter charge. Sales in the latest quarter were flat.', '2016-11-02');
  assert.equal(find(found, 'the latest quarter').timex, '2016-Q3');
});

test('annotateDates reads "the current quarter" and "the current year" from the publication date', () => {
  const found = times('Sales rose in the third quarter of 2015 and in 2014. It sees a loss in the current quarter and growth in the current year.', '2016-11-02');
  assert.equal(find(found, 'the current quarter').timex, '2016-Q4');
  assert.equal(find(found, 'the current year').timex, '2016');
});

test('annotateDates reads "the 2015 period" as the period under discussion in that year', () => {
  const found = times('Third-quarter profit rose to $5 million from $3 million in the 2015 period.', '2016-11-02');
  assert.equal(find(found, 'the 2015 period').timex, '2015-Q3');
  const nine = times('Profit for the first nine months rose from the 2015 period.', '2016-11-02');
  assert.equal(find(nine, 'the 2015 period').timex, '2015');
});

test('annotateDates names "the past year" by last year and dates it as the twelve months before publication', () => {
  const t = find(times('Prices have doubled over the past year.', '2016-07-28'), 'the past year');
  assert.deepEqual([t.type, t.timex, t.value?.start, t.value?.end], ['DATE', '2015', '2015-07-29', '2016-07-28']);
});

test('annotateDates reads "this afternoon" as today', () => {
  assert.equal(find(times('Talks resume later this afternoon.', '2016-07-28'), 'later this afternoon').timex, '2016-07-28TAF');
});

test('annotateDates reads "the corresponding period last year" and "last year\'s quarter" as the period under discussion a year back', () => {
  const found = times('Third-quarter net rose to $5 million from $3 million in the corresponding period last year. Sales for last year\'s quarter were flat. For the quarter a year ago, it earned $2 million. In the comparable year-ago quarter it lost money.', '2016-11-02');
  assert.equal(find(found, 'the corresponding period last year').timex, '2015-Q3');
  assert.equal(find(found, 'last year\'s quarter').timex, '2015-Q3');
  assert.equal(find(found, 'the quarter a year ago').timex, '2015-Q3');
  assert.equal(find(found, 'the comparable year-ago quarter').timex, '2015-Q3');
});

test('annotateDates reads "the first two quarters of 2017" as the first half of that year', () => {
  const found = times('Losses will last through at least the first two quarters of 2017 and the last two quarters of 2018.', '2016-11-02');
  assert.equal(find(found, 'the first two quarters of 2017').timex, '2017-H1');
  assert.equal(find(found, 'the last two quarters of 2018').timex, '2018-H2');
});

test('annotateDates compares with the year before, not its quarter, once "the nine months" are under discussion', () => {
  const text = 'Third-quarter net rose to $5 million from $4 million a year earlier. For the nine months, net rose to $15 million from $12 million a year earlier, and sales beat year-earlier sales. Nine-month costs fell from a year ago.';
  const found = times(text, '2016-11-02');
  assert.deepEqual(found.filter((t) => /year/i.test(t.text)).map((t) => t.timex), ['2015-Q3', '2015', '2015', '2015']);
});

test('annotateDates keeps the day or month under discussion in "a year earlier", but "the following year" is a year', () => {
  const found = times('For the six months ended Aug. 12, net rose to $6 million from $5 million a year earlier.', '2016-11-02');
  assert.equal(find(found, 'a year earlier').timex, '2015-08-12');
  const month = times('Exports fell in March 2014 from a year earlier. The following year they rose.', '2016-11-02');
  assert.deepEqual(month.map((t) => [t.text, t.timex]), [['March 2014', '2014-03'], ['a year earlier', '2013-03'], ['The following year', '2015']]);
});

test('annotateDates reads the tense of "is to resume trading Tuesday" from the verb the gerund depends on', () => {
  // 1989-10-27 is a Friday.
  assert.equal(find(times('The shares are to resume trading Tuesday.', '1989-10-27'), 'Tuesday').timex, '1989-10-31');
  assert.equal(find(times('The exchange will begin trading the contracts Monday.', '1989-10-27'), 'Monday').timex, '1989-10-30');
  assert.equal(find(times('The exchange began trading the contracts Monday.', '1989-10-27'), 'Monday').timex, '1989-10-23');
});

test('annotateDates reads "the second half of the year" as that half of the year under discussion', () => {
  assert.equal(find(times('Sales will rise in the second half of the year.', '1989-10-26'), 'the second half of the year').timex, '1989-H2');
  assert.equal(find(times('Sales fell in 1987, mostly in the third quarter of the year.', '1989-10-26'), 'the third quarter of the year').timex, '1987-Q3');
});

test('annotateDates keeps the week as the value of "the beginning of the week" but narrows its days to the first two, and "the end of the week" to the last three', () => {
  const found = times('Rebels took the base at the beginning of the week and lost it by the end of the week.', '2016-07-20');
  const start = find(found, 'the beginning of the week');
  assert.equal(start.timex, '2016-W29');
  assert.deepEqual([start.value?.start, start.value?.end], ['2016-07-18', '2016-07-19']);
  const end = find(found, 'the end of the week');
  assert.deepEqual([end.value?.start, end.value?.end], ['2016-07-22', '2016-07-24']);
});

test('annotateDates compares "the year-ago period" with the period reported, not with a forecast one', () => {
  const found = times('Profit fell in the third quarter. Analysts expect weak results through the second quarter of 2004. In the year-ago period, the company earned $8 million.', '2003-10-22');
  assert.equal(find(found, 'the year-ago period').timex, '2002-Q3');
});

test('annotateDates reads no time in a compound such as "quarter-to-quarter"', () => {
  assert.deepEqual(times('The quarter-to-quarter comparison was helped by lower costs.', '2003-10-22').map((t) => t.text), []);
});

test('annotateDates reads "the latest period" as the quarter reported when no ended one is named', () => {
  const found = times('The company reported a loss for its fiscal fourth quarter. Sales in the latest period fell 5%.', '2003-11-05');
  assert.equal(find(found, 'the latest period').timex, '2003-Q4');
});

test('annotateDates reads the tense of a participle clause from the verb it hangs on', () => {
  const found = times('The shares have fallen sharply, dropping to $12 in June from $30 in March.', '2003-10-30');
  assert.equal(find(found, 'March').timex, '2003-03');
  // An adjective in -ing is no such clause: the loans run through next January.
  assert.equal(find(times('Banks have extended revolving loans through January.', '2003-10-30'), 'January').timex, '2004-01');
});

test('annotateDates dates "in the morning" and "that evening" by the day under discussion, and leaves "the night the plane went down" alone', () => {
  const found = times('Shares fell on Friday. Dealers sold heavily in the morning.', '2003-10-27');
  assert.equal(find(found, 'the morning').timex, '2003-10-24TMO');
  assert.equal(find(found, 'the morning').type, 'TIME');
  assert.deepEqual(times('Tapes from the night the plane went down were released.', '2003-10-27').map((t) => t.text), []);
  assert.equal(find(times('Rebels entered the town on Friday. That evening, the army withdrew.', '2003-10-27'), 'That evening').timex, '2003-10-24TEV');
  // "that" as a conjunction before a compound noun names no evening: "said that night raids".
  assert.deepEqual(times('Officials said that night raids continue.', '2003-10-27').map((t) => t.text), []);
});

test('annotateDates names "the next year" by next year and dates it as the twelve months after publication, as "the past year" looks back', () => {
  const t = find(times('The plant will be closed over the next year or so.', '2016-07-28'), 'the next year or so');
  assert.deepEqual([t.type, t.timex, t.value?.start, t.value?.end], ['DATE', '2017', '2016-07-29', '2017-07-28']);
  assert.equal(find(times('The coming year will be hard.', '2016-07-28'), 'The coming year').timex, '2017');
});

test('annotateDates reads "the previous quarter" as the quarter before the one under discussion', () => {
  const found = times('Net rose in the third quarter. It had fallen in the previous quarter, and rises in the following quarter are likely.', '2003-10-30');
  assert.equal(find(found, 'the previous quarter').timex, '2003-Q2');
  assert.equal(find(found, 'the following quarter').timex, '2003-Q4');
});

test('annotateDates keeps the quarter under discussion when a date only closes it ("the first quarter ended Sept. 30")', () => {
  const found = times('Net rose in the fiscal first quarter ended Sept. 30. Sales were $3 billion, up from $2 billion a year earlier.', '2003-10-30');
  assert.equal(find(found, 'a year earlier').timex, '2002-Q1');
});

test('annotateDates keeps a date just ahead of publication in this year when the clause is in the present perfect ("has set Nov. 10 as the deadline")', () => {
  // The present perfect takes no definite past date ("*has met on Nov. 10"): a date a few weeks ahead is a plan.
  assert.equal(find(times('The ministry has set Nov. 10 as the deadline for applications.', '2016-11-02'), 'Nov. 10').timex, '2016-11-10');
  assert.equal(find(times('Both sides have agreed to meet again on Dec. 1.', '2016-11-02'), 'Dec. 1').timex, '2016-12-01');
  // A date well ahead is still the past it speaks of, and a simple past clause keeps pointing back.
  assert.equal(find(times('Exports have fallen since their peak in August.', '2016-03-02'), 'August').timex, '2015-08');
  assert.equal(find(times('The envoys met on Nov. 10.', '2016-11-02'), 'Nov. 10').timex, '2015-11-10');
});

test('annotateDates puts a date after "since" before publication, whatever the tense', () => {
  assert.equal(find(times('The rebels have held the town since Nov. 20.', '2016-11-02'), 'Nov. 20').timex, '2015-11-20');
  assert.equal(find(times('No aid convoy has entered since Dec. 1.', '2016-11-02'), 'Dec. 1').timex, '2015-12-01');
  assert.equal(find(times('The border is shut since Dec. 1 and trade is at a standstill.', '2016-11-02'), 'Dec. 1').timex, '2015-12-01');
});

test('annotateDates reads "has" with no participle after it as the present, not as a perfect', () => {
  // "has options … through Nov. 17" holds now, so the date is the coming one.
  assert.equal(find(times('The bank has options on the shares through Nov. 17.', '2016-10-27'), 'Nov. 17').timex, '2016-11-17');
  assert.equal(find(times('The bank had options on the shares through Nov. 17.', '2016-10-27'), 'Nov. 17').timex, '2015-11-17');
});

test('annotateDates reads a weekday just after a verb in the simple present as the scheduled day ahead ("the leaders meet Monday")', () => {
  // 2016-07-29 is a Friday.
  assert.equal(find(times('The two leaders meet separately Monday with the envoy.', '2016-07-29'), 'Monday').timex, '2016-08-01');
  assert.equal(find(times('Talks resume Tuesday in Geneva.', '2016-07-29'), 'Tuesday').timex, '2016-08-02');
  // The same day is today.
  assert.equal(find(times('Talks resume Friday in Geneva.', '2016-07-29'), 'Friday').timex, '2016-07-29');
  // A weekday with a verb of its own, or one that modifies a noun, keeps the past reading.
  assert.equal(find(times('Officials say gunmen Monday killed three guards.', '2016-07-29'), 'Monday').timex, '2016-07-25');
  assert.equal(find(times('The move follows Tuesday\'s announcement by the ministry.', '2016-07-29'), 'Tuesday').timex, '2016-07-26');
  assert.equal(find(times('Officials say Monday that the road is open.', '2016-07-29'), 'Monday').timex, '2016-07-25');
});

test('annotateDates puts the end of a stretch that starts today ahead, even in a past clause ("from today through Nov. 17")', () => {
  assert.equal(find(times('The bank said it bought shares offered by holders from today through Nov. 17.', '2016-10-27'), 'Nov. 17').timex, '2016-11-17');
  // Without the start today, "through" in a past clause still points back (a year-to-date figure).
  assert.equal(find(times('Sales rose 5% in the year through Nov. 17.', '2016-10-27'), 'Nov. 17').timex, '2015-11-17');
});

test('annotateDates takes the year of a quarter from the date that closes it ("the second quarter ended Oct. 31, 1988")', () => {
  const found = times('The company changed its fiscal year. In the second quarter ended Oct. 31, 1988, it lost $12 million. Results for that quarter included a charge.', '1989-10-27');
  assert.equal(find(found, 'the second quarter').timex, '1988-Q2');
  assert.equal(find(found, 'that quarter').timex, '1988-Q2');
  // A closing date in the year the quarter is read in changes nothing.
  assert.equal(find(times('Net rose in the fiscal first quarter ended Sept. 30.', '1989-10-27'), 'the fiscal first quarter').timex, '1989-Q1');
});

test('annotateDates reads a present "is expected", "is scheduled", "is due" as looking ahead, and a scheduled present across "on" or "at"', () => {
  // 1998-02-13 is a Friday.
  assert.equal(find(times('The vote is expected Sunday morning.', '1998-02-13'), 'Sunday morning').timex, '1998-02-15TMO');
  assert.equal(find(times('The envoy is due in Cairo on Monday.', '1998-02-13'), 'Monday').timex, '1998-02-16');
  assert.equal(find(times('The ceasefire expires at midnight Saturday.', '1998-02-13'), 'midnight Saturday').timex, '1998-02-14T24:00');
  assert.equal(find(times('Talks resume on Monday in Geneva.', '1998-02-13'), 'Monday').timex, '1998-02-16');
  // A past expectation, and a present with its own past verb, keep pointing back.
  assert.equal(find(times('The vote was expected Sunday.', '1998-02-13'), 'Sunday').timex, '1998-02-08');
  assert.equal(find(times('Officials say the convoy that left on Sunday was attacked.', '1998-02-13'), 'Sunday').timex, '1998-02-08');
});

test('annotateDates keeps a maturity after "due" ahead even in a past clause ("notes due Nov. 17")', () => {
  assert.equal(find(times('The company sold $100 million of notes due Nov. 17, priced at par.', '2016-10-27'), 'Nov. 17').timex, '2016-11-17');
});

test('annotateDates lets a date that was scheduled or set lie ahead ("scheduled a hearing for Nov. 20")', () => {
  assert.equal(find(times('The court scheduled a hearing for Nov. 20.', '2016-11-02'), 'Nov. 20').timex, '2016-11-20');
  assert.equal(find(times('The vote was set for March 3.', '2016-11-02'), 'March 3').timex, '2017-03-03');
  // The act of scheduling itself, dated, stays in the past.
  assert.equal(find(times('The hearing took place on Nov. 20.', '2016-11-02'), 'Nov. 20').timex, '2015-11-20');
});

test('annotateDates compares "the year-earlier period" with the report\'s own period once a quarter named in passing lies a paragraph back', () => {
  const text = 'The brewer posted higher fourth-quarter profit.\n\nAfter a weak third quarter, it raised prices.\n\nResults were helped by costs booked in the year-earlier period. In the 2002 period, taxes were lower.';
  const found = times(text, '2004-02-05');
  assert.equal(find(found, 'the year-earlier period').timex, '2002-Q4');
  assert.equal(find(found, 'the 2002 period').timex, '2002-Q4');
  // In the same paragraph the quarter just named is still the one under discussion.
  const near = times('The brewer posted higher fourth-quarter profit.\n\nIn the third quarter it lost $2 million, against a profit in the year-earlier period.', '2004-02-05');
  assert.equal(find(near, 'the year-earlier period').timex, '2002-Q3');
});

test('annotateDates keeps a period restated ("In the 2003 period") under discussion for a "year ago" after it', () => {
  const filler = 'The brewer said demand for its lagers held up in every region it serves, and that it had opened two plants. '.repeat(7);
  const found = times(`The brewer posted higher fourth-quarter profit. ${filler}In the 2003 period, taxes were lower than a year ago.`, '2004-02-05');
  assert.equal(find(found, 'the 2003 period').timex, '2003-Q4');
  assert.equal(find(found, 'a year ago').timex, '2002-Q4');
});
