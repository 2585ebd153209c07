import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { times, find } from './times-of.js';


const seed = readFileSync('/work/shared/seed/article.txt', 'utf8');

test('annotateDates resolves the dates of the seed article', () => {
  const found = times(seed, '2016-07-28');
  for (const t of found) assert.equal(seed.slice(t.span.start, t.span.end), t.text);
  const feb = find(found, '27 February');
  assert.deepEqual([feb.value?.start, feb.value?.end, feb.value?.inferred], ['2016-02-27', '2016-02-27', ['year']]);
  const range = find(found, 'July 14-15');
  assert.deepEqual([range.value?.start, range.value?.end], ['2016-07-14', '2016-07-15']);
  assert.equal(find(found, '15 July').value?.start, '2016-07-15');
  const august = find(found, 'early August');
  assert.deepEqual([august.value?.start, august.value?.end], ['2016-08-01', '2016-08-10']);
  const recent = find(found, 'recent weeks');
  assert.equal(recent.value?.end, '2016-07-28');
  assert.ok(recent.value!.start! >= '2016-06-14' && recent.value!.start! <= '2016-07-14');
  assert.equal(find(found, 'the last few days').value?.end, '2016-07-28');
  assert.equal(find(found, '12-hour').timex, 'PT12H');
  assert.ok(found.some((t) => t.text === 'a week' && t.type === 'DURATION' && t.timex === 'P1W' && t.durationDays === 7));
  const eve = found.find((t) => t.rule === 'eve-of');
  assert.equal(eve?.value?.start, '2016-07-13');
});

test('annotateDates puts a month with no year before the publication date when the verb is past', () => {
  const t = find(times('The talks were held on 5 August in Geneva.', '2016-07-28'), '5 August');
  assert.equal(t.value?.start, '2015-08-05');
  assert.deepEqual(t.value?.inferred, ['year']);
});

test('annotateDates keeps the bare month after publication\'s in this year even in a past clause: a plan the clause reports', () => {
  assert.equal(find(times('The ministry announced a fuel price rise in August.', '2016-07-04'), 'August').timex, '2016-08');
  assert.equal(find(times('The ministry announced a fuel price rise in October.', '2016-07-04'), 'October').timex, '2015-10');
});

test('annotateDates keeps a month with no year in the publication year when the verb is future', () => {
  assert.equal(find(times('Kerry will present the plan on 5 August.', '2016-07-28'), '5 August').value?.start, '2016-08-05');
});

test('annotateDates leaves the year unresolved without a publication date', () => {
  const t = find(times('The ceasefire began on 27 February.'), '27 February');
  assert.equal(t.timex, 'XXXX-02-27');
  assert.equal(t.value?.start, undefined);
  assert.deepEqual(t.value?.unresolved, ['year']);
  assert.deepEqual([t.value?.month, t.value?.day], [2, 27]);
});

test('annotateDates reads durations as durations, never dates', () => {
  const found = times('The siege lasted for a week after 12-hour talks that took three years to arrange.', '2016-07-28');
  assert.deepEqual(['a week', '12-hour', 'three years'].map((x) => [find(found, x).type, find(found, x).timex, find(found, x).value]), [
    ['DURATION', 'P1W', undefined], ['DURATION', 'PT12H', undefined], ['DURATION', 'P3Y', undefined],
  ]);
  assert.equal(find(found, 'three years').durationDays, 1095.75);
});

test('annotateDates reads "a week ago" as a date', () => {
  const t = find(times('The convoy was hit a week ago.', '2016-07-28'), 'a week ago');
  assert.equal(t.type, 'DATE');
  assert.equal(t.timex, '2016-W29');
});

test('annotateDates resolves weekdays by the tense of their clause', () => {
  // 2016-07-28 is a Thursday.
  assert.equal(find(times('The army said on Wednesday that it shelled the town.', '2016-07-28'), 'Wednesday').timex, '2016-07-27');
  assert.equal(find(times('The ministers will meet on Wednesday.', '2016-07-28'), 'Wednesday').timex, '2016-08-03');
  assert.equal(find(times('Rebels attacked the base on Thursday.', '2016-07-28'), 'Thursday').timex, '2016-07-28');
});

test('annotateDates normalises years, quarters, decades, seasons and vague references', () => {
  const found = times('Profit fell in the third quarter, as in 2010 and in the 1990s. This summer prices are high now; they rose recently and may fall in the future.', '2016-10-20');
  assert.equal(find(found, 'the third quarter').timex, '2016-Q3');
  assert.equal(find(found, '2010').timex, '2010');
  assert.equal(find(found, 'the 1990s').timex, '199');
  assert.equal(find(found, 'This summer').timex, '2016-SU');
  assert.equal(find(found, 'now').timex, 'PRESENT_REF');
  assert.equal(find(found, 'recently').timex, 'PAST_REF');
  assert.equal(find(found, 'the future').timex, 'FUTURE_REF');
  assert.ok(!found.some((t) => t.text.toLowerCase() === 'may'));
});

test('annotateDates reads times of day, sets and deictic weeks and months', () => {
  const found = times('This morning the agency, which reports annually, said prices rose last month and last week.', '2016-07-28');
  assert.deepEqual([find(found, 'This morning').type, find(found, 'This morning').timex], ['TIME', '2016-07-28TMO']);
  assert.deepEqual([find(found, 'annually').type, find(found, 'annually').timex], ['SET', 'P1Y']);
  assert.equal(find(found, 'last month').timex, '2016-06');
  assert.equal(find(found, 'last week').timex, '2016-W29');
  assert.equal(find(times('They left last June.', '2016-07-28'), 'last June').timex, '2016-06');
});

test('annotateDates resolves anaphora to the last date mentioned', () => {
  const found = times('The war began in 2010. Later that year the city fell, and the following year it was retaken.', '2016-07-28');
  assert.equal(find(found, 'that year').timex, '2010');
  assert.equal(find(found, 'the following year').timex, '2011');
});

test('annotateDates compares "a year earlier" with the quarter under discussion', () => {
  const found = times('Net income rose in the third quarter from a year earlier.', '2016-10-20');
  assert.equal(find(found, 'a year earlier').timex, '2015-Q3');
});

test('annotateDates trims leading prepositions and trailing commas from spans', () => {
  const found = times('On 15 July, the army advanced.', '2016-07-28');
  assert.deepEqual(found.map((t) => t.text), ['15 July']);
});

test('annotateDates leaves the eve of an undated event unresolved', () => {
  const t = find(times('On the eve of the summit, protesters gathered.', '2016-07-28'), 'the eve of the summit');
  assert.equal(t.value?.start, undefined);
});

test('annotateDates finds nothing in its negative cases', () => {
  const negative = [
    'Shares closed at $1.35 a share.',
    'The Sun reported the story.',
    'About 3/8 of the budget went to defence.',
    'The talks may fail.',
    'Barcelona won 3-2.',
    'A quarter of the vote went to the opposition.',
    // A number that names a resolution, a decree or a road is no year.
    'The council renewed UN resolution 2254 and Decree 1805.',
    'Envoys discussed Security Council Resolution 1559 on Route 1901.',
  ];
  for (const text of negative) assert.deepEqual(times(text, '2016-07-28').map((t) => t.text), [], text);
});

test('annotateDates reads numeric dates without chrono, and leaves fractions and scores alone', () => {
  const found = times('Talks on 7/14/2016 and 2016-07-15 followed those of 14.07.2016 and 08-15-90; stocks rose 12 3/4 and the score was 3-2.', '2016-07-28');
  assert.deepEqual(found.map((t) => [t.text, t.type, t.timex]), [
    ['7/14/2016', 'DATE', '2016-07-14'], ['2016-07-15', 'DATE', '2016-07-15'], ['14.07.2016', 'DATE', '2016-07-14'], ['08-15-90', 'DATE', '1990-08-15'],
  ]);
  assert.deepEqual(times('The bulletin is dated 02/13/1998 14:26:00.', '1998-02-13').map((t) => [t.text, t.type, t.timex]), [['02/13/1998 14:26:00', 'TIME', '1998-02-13T14:26']]);
  assert.deepEqual(times('Nothing happened on 2/30/2016 or 13/13/2016.', '2016-07-28'), []);
});

test('annotateDates reads an ambiguous numeric date day-first when only that reading falls near the publication date', () => {
  // Many outlets print a page date day-first (09-04-2018); month-first would put it five months off.
  assert.equal(find(times('09-04-2018 Rebels shell a market in the old city.', '2018-04-09'), '09-04-2018').timex, '2018-04-09');
  assert.equal(find(times('11/05/2018 Talks resume in Geneva.', '2018-05-11'), '11/05/2018').timex, '2018-05-11');
  // Both readings far from the day of publication: the separator's convention stands.
  assert.equal(find(times('The accord of 03/04/2011 still holds.', '2016-07-28'), '03/04/2011').timex, '2011-03-04');
  // The conventional reading is itself near the publication date: it stands.
  assert.equal(find(times('Talks opened on 07-05-2016.', '2016-07-06'), '07-05-2016').timex, '2016-07-05');
});

test('annotateDates reads clock times with the day that follows them', () => {
  // 2016-07-28 is a Thursday.
  const found = times('The convoy left at 10:30 a.m. and the shelling began at 3 pm, before a truce at 22:15. Officials met at noon Tuesday and will meet at 5 p.m. EST, Aug. 2.', '2016-07-28');
  assert.deepEqual(found.map((t) => [t.text, t.type, t.timex]), [
    ['10:30 a.m.', 'TIME', '2016-07-28T10:30'], ['3 pm', 'TIME', '2016-07-28T15:00'], ['22:15', 'TIME', '2016-07-28T22:15'],
    ['noon Tuesday', 'TIME', '2016-07-26T12:00'], ['5 p.m. EST, Aug. 2', 'TIME', '2016-08-02T17:00'],
  ]);
  assert.deepEqual(find(found, '10:30 a.m.').value?.inferred, ['year', 'month', 'day']);
});

test('annotateDates does not move a date into last year for a present passive or an infinitive', () => {
  // Each date lies after the publication day: a past clause would put it in 2015.
  assert.equal(find(times('Completion is expected in December.', '2016-07-28'), 'December').timex, '2016-12');
  assert.equal(find(times('They said they expect the deal to be completed on Aug. 15.', '2016-07-28'), 'Aug. 15').timex, '2016-08-15');
  assert.equal(find(times('The army gave the rebels until mid-August to leave.', '2016-07-28'), 'mid-August').timex, '2016-08');
  assert.equal(find(times('The talks were held on 5 August.', '2016-07-28'), '5 August').timex, '2015-08-05');
});

test('annotateDates reads irregular past forms the tagger calls nouns as past verbs', () => {
  // "fell" is often tagged NOUN; its tense still puts Saturday before the publication day (a Thursday).
  assert.equal(find(times('Prices fell sharply on Saturday.', '2016-07-28'), 'Saturday').timex, '2016-07-23');
  assert.equal(find(times('The bill is payable by Jan. 2.', '2016-07-28'), 'Jan. 2').timex, '2017-01-02');
});

test('annotateDates reads "the year" of the year under discussion and "the year ended" as twelve months', () => {
  const found = times('Sales rose in 2015. For the year, profit was flat. Net income for the fiscal year ended Sept. 30 fell, and debt will be repaid by year-end.', '2016-07-28');
  assert.deepEqual(found.filter((t) => t.rule === 'the-year').map((t) => [t.text, t.type, t.timex]), [
    ['the year', 'DATE', '2015'], ['the fiscal year', 'DURATION', 'P1Y'],
  ]);
  // A debt repaid by year-end is repaid by the end of the year running at publication, whatever year was named before.
  assert.equal(find(found, 'year-end').timex, '2016-12-31');
  assert.equal(find(times('Profit rose in the third quarter; for the full year it fell.', '2016-10-20'), 'the full year').timex, '2016');
  assert.equal(find(times('The company expects a loss for the year.', '2016-07-28'), 'the year').timex, '2016');
});

test('annotateDates reads spelled-out years and decades', () => {
  const found = times('In January nineteen ninety-seven, as in the winter of nineteen ninety-four and in the nineties, plans for the year two thousand were made; two thousand people fled.', '1998-02-27');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [
    ['January nineteen ninety-seven', '1997-01'], ['the winter of nineteen ninety-four', '1994-WI'], ['the nineties', '199'], ['the year two thousand', '2000'],
  ]);
});

test('annotateDates puts "the year-earlier third quarter" a year before the quarter', () => {
  assert.equal(find(times('Profit rose from the year-earlier third quarter.', '1989-10-26'), 'the year-earlier third quarter').timex, '1988-Q3');
});

test('annotateDates reads a scraped dateline that glued the day to the year ("Apr 152017")', () => {
  const found = times('Last updated at Apr 152017 A car bomb killed 43 people on Saturday.', '2017-04-15');
  assert.equal(find(found, 'Apr 152017').timex, '2017-04-15');
});

test('annotateDates reads "on Thursday" after ", to begin at 8:00 am" as the coming Thursday ("am" is no verb)', () => {
  const found = times('The ministry announced on Wednesday a ceasefire in the city, to begin at 8:00 am (0600 GMT) on Thursday.', '2016-11-09');
  assert.equal(find(found, 'Thursday').timex, '2016-11-10');
});

test('annotateDates reads "the next day" and "later in the day" against the day under discussion', () => {
  const found = times('Rebels attacked on Feb. 3. The next day, soldiers fired again.', '1998-02-13');
  assert.equal(find(found, 'The next day').timex, '1998-02-04');
  // With no day mentioned before it, the day is the reference day, as a news lead means it.
  assert.equal(find(times('The president arrived in Ohio later in the day.', '1998-02-13'), 'the day').timex, '1998-02-13');
});

test('annotateDates reads "the end of the month" as the month under discussion', () => {
  assert.equal(find(times('The offer expires at the end of the month.', '1998-02-13'), 'the end of the month').timex, '1998-02');
  assert.equal(find(times('Prices rose in March. During the month, sales fell.', '1998-06-13'), 'the month').timex, '1998-03');
});

test('annotateDates reads "the night of Feb. 3" as that part of that day', () => {
  const found = times('Fighting broke out on the night of Feb. 3 and ended on the morning of Feb. 5.', '1998-02-13');
  assert.deepEqual([find(found, 'the night of Feb. 3').type, find(found, 'the night of Feb. 3').timex], ['TIME', '1998-02-03TNI']);
  assert.equal(find(found, 'the morning of Feb. 5').timex, '1998-02-05TMO');
  assert.equal(find(times('Shells fell on the evening of 12 July.', '2016-07-28'), 'the evening of 12 July').timex, '2016-07-12TEV');
});

test('annotateDates reads "it is the third day of the strike" as the reference day, but not in the past tense', () => {
  assert.equal(find(times('It\'s the third day of the strike by dock workers.', '1998-03-06'), 'the third day').timex, '1998-03-06');
  assert.equal(find(times('Today is the 10th day of the siege.', '1998-03-06'), 'the 10th day').timex, '1998-03-06');
  assert.deepEqual(times('It was the third day of the strike.', '1998-03-06').map((t) => t.text), []);
});

test('annotateDates reads days spelled as ordinals, as broadcasts say them ("March eighth", "the first of May")', () => {
  const found = times('Women\'s Day is this coming Sunday, March eighth. The vote is on the first of May, and talks end June twenty-first.', '1998-03-05');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['this coming Sunday, March eighth', '1998-03-08'], ['the first of May', '1998-05-01'], ['June twenty-first', '1998-06-21']]);
  // "May" as the modal verb stays a verb.
  assert.deepEqual(times('May first be heard.', '1998-03-05').map((t) => t.text), []);
});

test('annotateDates reads "ten o\'clock" as a clock time on the day named after it', () => {
  const found = times('The talks begin at ten o\'clock tomorrow and the vote at 9 o\'clock Friday.', '1998-02-13');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['ten o\'clock tomorrow', '1998-02-14T10:00'], ['9 o\'clock Friday', '1998-02-13T09:00']]);
});

test('annotateDates reads "the day before the vote" in apposition to a date as that same date', () => {
  const found = times('Rebels struck on Oct. 12, the day before the vote, and again the day after.', '1989-10-30');
  assert.equal(find(found, 'the day').timex, '1989-10-12');
  assert.equal(find(found, 'the day after').timex, '1989-10-13');
});

test('annotateDates lets a clock time or part of a day be the day that "that day" and "the next day" refer to', () => {
  const found = times('The blast came on the morning of 25 September. That day, troops fired. At 10 p.m. Friday rebels struck; the next day they left.', '2016-10-03');
  assert.equal(find(found, 'That day').timex, '2016-09-25');
  assert.equal(find(found, 'the next day').timex, '2016-10-01');
});

test('annotateDates does not read "Jan. 1 and 10%" as a range of days', () => {
  const found = times('Shares have risen 25% since Jan. 1 and 10% since June 3 to 5 percent.', '1989-10-26');
  assert.deepEqual(found.map((t) => t.text), ['Jan. 1', 'June 3']);
});

test('annotateDates ends a sentence at the dot after a full month name ("on 27 March. 2 soldiers died")', () => {
  assert.deepEqual(times('The base was attacked on 27 March. 2 soldiers died. It rained in March. 3 roads closed.', '2021-03-30').map((t) => [t.text, t.timex]), [['27 March', '2021-03-27'], ['March', '2021-03']]);
  assert.equal(find(times('The offer expires Sept. 30.', '1989-09-01'), 'Sept. 30').timex, '1989-09-30');
});
