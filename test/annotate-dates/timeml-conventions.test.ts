import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';


test('annotateDates keeps the determiner of a counted period and leaves "within" outside it', () => {
  const found = times('For the nine months, net rose 4%. Columbia must sell the bonds within five years, after the four days of talks.', '1989-10-26');
  assert.equal(find(found, 'the nine months').timex, 'P9M');
  assert.equal(find(found, 'five years').timex, 'P5Y');
  assert.equal(find(found, 'the four days').timex, 'P4D');
  assert.equal(find(times('Net for the year-earlier nine months included a gain.', '1989-10-26'), 'the year-earlier nine months').timex, 'P9M');
});

test('annotateDates does not read ages as durations', () => {
  const found = times('Mr. Reupke, 52 years old, joined U.S. Trust, a 136-year-old institution, with an 8-month-old daughter.', '1989-11-02');
  assert.deepEqual(found.map((t) => t.text), []);
});

test('annotateDates reads counts in halves and vague counts of quarters', () => {
  assert.equal(find(times('They lived in camps for 2 1/2 years.', '1998-02-27'), '2 1/2 years').timex, 'P2Y6M');
  assert.equal(find(times('But a minute and a half later, a pilot called.', '1998-01-14'), 'a minute and a half').timex, 'PT1M30S');
  assert.equal(find(times('The strike lasted two and a half days.', '1998-01-14'), 'two and a half days').timex, 'P2DT12H');
  assert.equal(find(times('It turned a profit after several quarters of losses.', '1989-10-30'), 'several quarters').timex, 'PXQ');
  assert.deepEqual(times('He won three quarters of the vote.', '1989-10-30').map((t) => t.text), []);
  assert.equal(find(times('Over the next couple of years we expect growth.', '1989-10-26'), 'the next couple of years').timex, 'P2Y');
});

test('annotateDates reads "a while" as a duration of unknown length and "the weeks ahead" as weeks', () => {
  assert.equal(find(times('They will have to live without it for a while.', '1998-01-11'), 'a while').timex, 'PXX');
  assert.equal(find(times('Funds may sell junk in the weeks ahead.', '1989-10-27'), 'the weeks ahead').timex, 'PXW');
});

test('annotateDates leaves "the" to the noun a hyphenated count modifies', () => {
  const found = times('It ended the eight-year war and the two day rally.', '1990-08-15');
  assert.equal(find(found, 'eight-year').timex, 'P8Y');
  assert.equal(find(found, 'two day').timex, 'P2D');
});

test('annotateDates reads "as soon as possible" and "the near term" as the future, but not "as soon as" or "soon after"', () => {
  const found = times('It will sell the unit as soon as possible and expand in the near term. Buyers could leave as soon as the threats end; he died soon after his capture.', '1990-08-15');
  assert.equal(find(found, 'as soon as possible').timex, 'FUTURE_REF');
  assert.equal(find(found, 'the near term').timex, 'FUTURE_REF');
  assert.deepEqual(found.map((t) => t.text), ['as soon as possible', 'the near term']);
  assert.equal(find(times('They are not happy right now.', '1989-10-30'), 'right now').timex, 'PRESENT_REF');
});

test('annotateDates reads quarters and halves as TimeML tags them', () => {
  const found = times('The third-quarter loss grew. Sun reported a loss for the fourth quarter ended June 30. Sales will fall in the last half of 1989.', '1989-10-26');
  assert.equal(find(found, 'third-quarter').timex, '1989-Q3');
  assert.equal(find(found, 'the fourth quarter').timex, '1989-Q4');
  assert.equal(find(found, 'the last half of 1989').timex, '1989-H2');
  assert.equal(find(times('Profit rose in the third quarter but fell last quarter.', '1989-10-26'), 'last quarter').timex, '1989-Q3');
});

test('annotateDates reads "this past", "this coming" and decades like other deictic units', () => {
  assert.equal(find(times('It sold the unit this past spring.', '1989-10-30'), 'this past spring').timex, '1989-SP');
  assert.equal(find(times('Wages fell in the last decade.', '1998-02-06'), 'the last decade').timex, '198');
  assert.equal(find(times('The summit is this coming Sunday.', '1998-03-05'), 'this coming Sunday').timex, '1998-03-08');
});

test('annotateDates reads parts of a day with their modifier, and keeps modifiers and approximations in the span', () => {
  const found = times('In London at mid-afternoon yesterday, shares rose. Crowds gathered early Tuesday. The victim was found around 7:15 p.m. The deal closes around Nov. 1.', '1989-11-02');
  assert.equal(find(found, 'mid-afternoon yesterday').timex, '1989-11-01TAF');
  assert.equal(find(found, 'early Tuesday').timex, '1989-10-31');
  assert.equal(find(found, 'around 7:15 p.m.').timex, '1989-11-02T19:15');
  assert.equal(find(found, 'around Nov. 1').timex.slice(5), '11-01');
  const late = find(times('By mid afternoon, officials were saying the toll had risen.', '1998-03-06'), 'mid afternoon');
  assert.deepEqual([late.timex, late.value?.inferred], ['1998-03-06TAF', ['year', 'month', 'day']]);
});

test('annotateDates reads seasons after "into" and "of", and "the end of the year" as the year', () => {
  assert.equal(find(times('Orders rose from the low levels of the early summer.', '1989-10-26'), 'the early summer').timex, '1989-SU');
  assert.equal(find(times('Unisys wants to cut $500 million by the end of the year.', '1989-10-30'), 'the end of the year').timex, '1989');
});

test('annotateDates skips deictic words in programme names, and reads plural parts of weekdays as sets', () => {
  assert.deepEqual(times('James Baker, speaking on ABC News\' "This Week," said so. This is VOA Today.', '1990-08-13').map((t) => t.text), []);
  assert.equal(find(times('Flights will leave on Tuesday nights from March 30.', '1998-02-13'), 'Tuesday nights').timex, 'XXXX-WXX-2TNI');
  assert.equal(find(times('Islam will one day be the second largest religion.', '1998-03-03'), 'one day').timex, 'FUTURE_REF');
  assert.equal(find(times('Then, a week or so ago, the general picked Saturday.', '1991-02-25'), 'a week or so ago').type, 'DATE');
  assert.equal(find(times('Revenue fell over the past several quarters.', '1989-10-30'), 'the past several quarters').timex, 'PAST_REF');
});

test('annotateDates still reads capitalised deictic dates at the start of a sentence', () => {
  const found = times('Shares fell on Wednesday. Yesterday, Compaq plunged. "We wait." Last April, a group bid. Last Friday\'s news helped.', '1989-10-27');
  assert.deepEqual(found.map((t) => t.text), ['Wednesday', 'Yesterday', 'Last April', 'Last Friday']);
});

test('annotateDates counts "the previous Friday" from the day under discussion', () => {
  const found = times('The index closed at 2082.1 on Oct. 27, down 4.5% from the previous Friday.', '1989-10-30');
  assert.equal(find(found, 'the previous Friday').timex, '1989-10-20');
  // With no day mentioned before it, it counts from publication.
  assert.equal(find(times('Shares fell from the previous Friday.', '1989-10-30'), 'the previous Friday').timex, '1989-10-27');
  assert.equal(find(times('Holders may buy at the then current price.', '1989-10-26'), 'then current').timex, 'PAST_REF');
});

test('annotateDates reads "a few days later" as a vague duration and "a few years ago" as the past', () => {
  const found = times('A few days later, the army withdrew. The mill closed a few years ago.', '1998-02-13');
  assert.deepEqual([find(found, 'A few days').type, find(found, 'A few days').timex], ['DURATION', 'PXD']);
  assert.equal(find(found, 'a few years ago').timex, 'PAST_REF');
});

test('annotateDates reads "the second half of next year" as that half', () => {
  assert.equal(find(times('Rates will rise in the second half of next year.', '1989-10-26'), 'the second half of next year').timex, '1990-H2');
  assert.equal(find(times('Sales fell in the first half of this year.', '1989-10-26'), 'the first half of this year').timex, '1989-H1');
});

test('annotateDates reads "every six months" as a set of that period', () => {
  const found = times('The rate is reset every six months and the board meets every two weeks.', '1989-10-26');
  assert.deepEqual([find(found, 'every six months').type, find(found, 'every six months').timex], ['SET', 'P6M']);
  assert.equal(find(found, 'every two weeks').timex, 'P2W');
  assert.deepEqual(times('Every two-year-old child was vaccinated.', '1989-10-26').map((t) => t.text), []);
});

test('annotateDates shares a plural part of day over coordinated weekdays ("Monday and Tuesday nights")', () => {
  const found = times('Flights will leave on Monday and Tuesday nights, and on Friday.', '1998-02-13');
  assert.deepEqual(found.map((t) => [t.text, t.type, t.timex]), [['Monday', 'SET', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'], ['Friday', 'DATE', '1998-02-13']]);
});

test('annotateDates reads "the final quarter of 1997" as its fourth quarter and "the last days of February" as no duration', () => {
  assert.equal(find(times('Sales rose in the final quarter of 1997.', '1998-02-13'), 'the final quarter of 1997').timex, '1997-Q4');
  assert.deepEqual(times('The last days of February were cold.', '1998-03-13').map((t) => t.text), ['February']);
  assert.equal(find(times('The talks could last days.', '1998-03-13'), 'days').timex, 'PXD');
});

test('annotateDates reads "the first hours" and "the early years" of something as vague durations', () => {
  const found = times('Thousands were taken in the first hours of the war; in the early years, few survived.', '1991-02-25');
  assert.equal(find(found, 'the first hours').timex, 'PTXH');
  assert.equal(find(found, 'the early years').timex, 'PXY');
  // "the early hours of Tuesday" is part of that day, not a span of hours.
  assert.deepEqual(times('Shelling resumed in the early hours of Tuesday.', '2016-09-20').map((t) => t.text), ['Tuesday']);
});

test('annotateDates reads "the latest fiscal year" as the last year that has ended', () => {
  assert.equal(find(times('Its stores had 27% of sales in the latest fiscal year.', '1989-10-26'), 'the latest fiscal year').timex, '1988');
});

test('annotateDates reads "coming months" and "future quarters" as the future, as "recent months" is the past', () => {
  const found = times('It expects slower growth in coming months and lower taxes in future quarters.', '1989-10-26');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['coming months', 'FUTURE_REF'], ['future quarters', 'FUTURE_REF']]);
  assert.equal(find(found, 'coming months').value?.start, '1989-10-26');
});

test('annotateDates reads a year shortened to two digits after an apostrophe ("the \'97 season")', () => {
  const found = times('After the \'97 season and the ’05 election, he said \'rock \'n\' roll\' at 9. It was Class of \'88.', '1998-02-13');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['\'97', '1997'], ['’05', '2005'], ['\'88', '1988']]);
});

test('annotateDates leaves a rate alone: an amount per year, month or week measures a quantity, not a time', () => {
  const found = times('The bonds pay $3.20 a year, the plant makes 8,000 cars annually, revenue should grow 12% annually, and the airline runs six flights a week. Sales rose for a year.', '2003-05-14');
  assert.deepEqual(found.map((t) => t.text), ['a year']);
  assert.equal(found[0].timex, 'P1Y');
  // A frequency with no amount before it is still a set, and so is a count of times: "twice a week".
  assert.equal(find(times('The agency reports annually to parliament.', '2003-05-14'), 'annually').type, 'SET');
  const twice = find(times('Trains run twice a week and buses three times a day.', '2003-05-14'), 'a week');
  assert.deepEqual([twice.type, twice.timex], ['SET', 'P1W']);
  assert.equal(find(times('Trains run twice a week and buses three times a day.', '2003-05-14'), 'a day').type, 'SET');
});

test('annotateDates reads "daily" before a noun as part of a measure ("average daily volume"), not as a set', () => {
  assert.deepEqual(times('Average daily volume fell, and the ministry gives a daily tally of arrests.', '2003-05-14').map((t) => t.text), []);
  assert.equal(find(times('Prices are reset daily and the index is published weekly.', '2003-05-14'), 'daily').type, 'SET');
  assert.equal(find(times('Patrols run daily except on Fridays.', '2003-05-14'), 'daily').type, 'SET');
});

test('annotateDates reads a bare plural unit before "of" as a duration of unknown length ("after months of talks")', () => {
  const found = times('The accord follows months of talks, and came after weeks of fighting. The days of the week are named.', '2003-05-14');
  assert.deepEqual(found.filter((t) => t.type === 'DURATION').map((t) => [t.text, t.timex]), [['months', 'PXM'], ['weeks', 'PXW']]);
});

test('annotateDates reads "year-end" as the day that closes the year running, or the year before after "since" or in a past clause; "year end" as that year', () => {
  const close = find(times('The sale should close by year-end.', '2003-10-30'), 'year-end');
  assert.deepEqual([close.timex, close.value?.start, close.value?.end], ['2003-12-31', '2003-12-31', '2003-12-31']);
  assert.equal(find(times('Each index is based on the close of 1969. The change is since year-end.', '2003-10-30'), 'year-end').timex, '2002-12-31');
  assert.equal(find(times('Debt stood at $4 billion at year end.', '2003-10-30'), 'year end').timex, '2002');
});

test('annotateDates reads "half an hour", "half a day", "half a century" as half of the unit', () => {
  const found = times('The raid took half an hour; the siege lasted half a day, and the regime half a century.', '2003-05-14');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['half an hour', 'PT30M'], ['half a day', 'PT12H'], ['half a century', 'P50Y']]);
});

test('annotateDates reads no vague "the past" before a count or a unit ("the past three summers", "the past century")', () => {
  const summers = times('Marches have led to riots for the past three summers.', '1998-03-22');
  assert.ok(!summers.some((t) => t.timex === 'PAST_REF'), JSON.stringify(summers.map((t) => [t.text, t.timex])));
  const century = times('It was one of the great inventions of the past century.', '1989-11-01');
  assert.ok(!century.some((t) => t.timex === 'PAST_REF'), JSON.stringify(century.map((t) => [t.text, t.timex])));
  // On its own it is still the past.
  assert.equal(find(times('Such raids were common in the past.', '1989-11-01'), 'the past').timex, 'PAST_REF');
});

test('annotateDates still reads "in the past" before a noun phrase that begins with "a" or "some"', () => {
  assert.equal(find(times('In the past a few raids were tolerated.', '1989-11-01'), 'the past').timex, 'PAST_REF');
  assert.equal(find(times('In the past some convoys got through.', '1989-11-01'), 'the past').timex, 'PAST_REF');
});

test('annotateDates reads "next fiscal year" like "next year", and "fiscal 1990\'s first quarter" as that year\'s quarter', () => {
  const found = times('The company expects growth in the next fiscal year, after a loss last fiscal year.', '1989-11-01');
  assert.equal(find(found, 'the next fiscal year').timex, '1990');
  assert.equal(find(found, 'last fiscal year').timex, '1988');
  assert.equal(find(times("Profit rose in fiscal 1990's first quarter.", '1989-11-01'), "fiscal 1990's first quarter").timex, '1990-Q1');
  assert.equal(find(times("Sales fell in 1988's second half.", '1989-11-01'), "1988's second half").timex, '1988-H2');
});

test('annotateDates moves a date by the years of the decades or centuries counted ("two decades later"), and reads "half a century later" as half a century', () => {
  const found = times('The war ended in 1945. Two decades later the treaty was signed.', '1998-02-13');
  assert.equal(find(found, 'Two decades later').timex, '1965');
  const half = times('Half a century later peace came.', '1998-02-13');
  assert.deepEqual(half.map((t) => [t.text, t.timex]), [['Half a century', 'P50Y']]);
});

test('annotateDates reads "in five years" in a future clause as five years from now, and keeps "within" and past clauses as spans', () => {
  assert.equal(find(times('The bonds would be redeemed in five years.', '1989-11-02'), 'five years').timex, '1994');
  assert.equal(find(times('Talks will resume in two weeks.', '1998-02-13'), 'two weeks').timex, '1998-W09');
  assert.equal(find(times('The army will withdraw within five years.', '1989-11-02'), 'five years').timex, 'P5Y');
  assert.equal(find(times('It was the smallest gain in three years.', '1989-11-02'), 'three years').timex, 'P3Y');
});

test('annotateDates reads "a day or two" as a vague count of days, and "in a year or two" as the future', () => {
  assert.equal(find(times('The plant closed for a day or two.', '1989-10-30'), 'a day or two').timex, 'PXD');
  assert.equal(find(times('You may, in a year or two, save more lives.', '1998-03-31'), 'a year or two').timex, 'FUTURE_REF');
});

test('annotateDates writes a set of quarters in quarters, as it writes counted quarters ("every quarter" is P1Q, "several quarters" PXQ)', () => {
  assert.equal(find(times('The company must pay $100 million in interest every quarter.', '1989-10-30'), 'every quarter').timex, 'P1Q');
  assert.equal(find(times('The board reviews the plan each quarter.', '1989-10-30'), 'each quarter').timex, 'P1Q');
});

test('annotateDates reads no time in "the future of" something, which names its prospects', () => {
  assert.deepEqual(times('The talks matter to the future of both peoples.', '1998-02-13').map((t) => t.text), []);
  assert.equal(find(times('Both peoples worry about the future.', '1998-02-13'), 'the future').timex, 'FUTURE_REF');
});

test('annotateDates reads no day in "today\'s world", "many of today\'s computers" or "the leaders of tomorrow"', () => {
  const found = times("In today's world, many of today's computers will shape the leaders of tomorrow.", '1998-02-13');
  assert.deepEqual(found.map((t) => t.text), []);
  // A particular day stays one.
  const day = times("The offer ran in today's editions. The vote is set as of tomorrow.", '1998-02-13');
  assert.deepEqual(day.map((t) => [t.text, t.timex]), [['today', '1998-02-13'], ['tomorrow', '1998-02-14']]);
});

test('annotateDates reads "every other day", "every morning", "each night" and "nightly" as sets, and a wire-copy 24-hour time ("0600 GMT")', () => {
  assert.equal(find(times('Convoys leave every other day.', '1998-02-13'), 'every other day').timex, 'P2D');
  assert.equal(find(times('Shelling resumes every morning.', '1998-02-13'), 'every morning').timex, 'XXXX-XX-XXTMO');
  assert.equal(find(times('Curfews are imposed nightly.', '1998-02-13'), 'nightly').timex, 'XXXX-XX-XXTNI');
  assert.equal(find(times('Patrols leave the base each night.', '1998-02-13'), 'each night').timex, 'XXXX-XX-XXTNI');
  const truce = find(times('The truce took effect at 0600 GMT on Friday.', '1998-02-13'), '0600 GMT on Friday');
  assert.deepEqual([truce.type, truce.timex], ['TIME', '1998-02-13T06:00']);
  // Four digits without a zone are a number or a year.
  assert.deepEqual(times('The unit made 1430 cars.', '1998-02-13').map((t) => t.text), []);
});

test('annotateDates leaves the focus particles "only" and "just" outside a duration, keeping "about", "nearly" and "more than" in', () => {
  const found = times('He led the unit for only six months; the result comes in just a few minutes, after nearly two years of talks.', '2003-05-14');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['six months', 'P6M'], ['a few minutes', 'PTXM'], ['nearly two years', 'P2Y']]);
});

test('annotateDates counts "a hundred years" and leaves the verb "last" outside ("to last [over a week]")', () => {
  const found = times('The dynasty ruled for almost a hundred years. The tour is likely to last over a week.', '2003-05-14');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['almost a hundred years', 'P100Y'], ['over a week', 'P1W']]);
});

test('annotateDates keeps the approximator "or so" in a deictic unit ("over the next year or so")', () => {
  assert.equal(find(times('The plant will close over the next year or so.', '1989-11-02'), 'the next year or so').timex, '1990');
  assert.equal(find(times('Prices rose last week or so.', '1989-11-02'), 'last week or so').timex, '1989-W43');
});
