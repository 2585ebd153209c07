import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDateline, isDatelineDate } from '../../src/stages/build-records/dateline.js';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

test('isDatelineDate reads the date of a dateline that names the country after the city ("ERBIL, Iraq, Aug 9 (Reuters) -")', () => {
  for (const [text, date] of [
    ['ERBIL, Iraq, Aug 9 (Reuters) - A drone hit a car.', 'Aug 9'],
    ['GOMA, Democratic Republic of Congo, Feb 9 (Reuters) - Rebels took the town.', 'Feb 9'],
    ['Headline here\n\nSAN JOSE, Costa Rica, May 2 - Police said.', 'May 2'],
  ] as const) assert.equal(isDatelineDate(span(text, date), text), true, text);
});

test('isDatelineDate does not take a date in the story\'s own words for a dateline', () => {
  const text = 'Rebels took Goma, the provincial capital, Feb 9 - a day after talks failed.';
  assert.equal(isDatelineDate(span(text, 'Feb 9'), text), false);
});

test('isDateline still reads the city of a dateline that names its country', () => {
  const text = 'ERBIL, Iraq, Aug 9 (Reuters) - A drone hit a car.';
  assert.equal(isDateline(span(text, 'ERBIL'), text), true);
});

test('buildRecords dates a lead\'s event by its own weekday, not by the date of a dateline that names the country', () => {
  const text = 'ERBIL, Iraq, Aug 9 (Reuters) - A drone struck a car near the town of Sinjar on Tuesday, killing two men, local officials said.';
  const { document } = makeDocument(text, { published: '2023-08-09', language: 'en' }, 'dateline.test.ts');
  const strike = runPipeline(document).layers.events.find((r) => r.type === 'ASSAULT');
  assert.equal(strike?.time?.start, '2023-08-08');
});

test('isDateline reads the country a dateline names after its city as the dateline\'s, not as a party or a place of the story', () => {
  for (const [text, part] of [
    ['ERBIL, Iraq, Aug 9 (Reuters) - A drone hit a car.', 'Iraq'],
    ['PESHAWAR, Pakistan (AP) - Militants attacked a checkpoint.', 'Pakistan'],
    ['GOMA, Democratic Republic of Congo, Feb 9 (Reuters) - Rebels took the town.', 'Democratic Republic of Congo'],
  ] as const) assert.equal(isDateline(span(text, part), text), true, text);
  const story = 'Rebels said on Sunday that Iraq, Syria and Iran had agreed.';
  assert.equal(isDateline(span(story, 'Iraq'), story), false);
});

test('buildRecords does not make the country of a dateline a party to the lead\'s event', () => {
  const text = 'KADUGLI, Sudan, May 8 (Reuters) - Artillery shells hit a crowded market in Kadugli on Tuesday, killing at least 20 people, a local committee said.';
  const { document } = makeDocument(text, { published: '2024-05-08', language: 'en' }, 'dateline.test.ts');
  const shelling = runPipeline(document).layers.events.find((r) => r.type === 'ASSAULT');
  assert.ok(shelling);
  assert.ok(!shelling.actors.some((p) => p.text === 'Sudan'), JSON.stringify(shelling.actors.map((p) => p.text)));
});

test('isDateline reads a city followed straight by its agency, with no date ("AMMAN (AFP) -"), and no such city is a party', () => {
  const text = 'Rebels took the hill.\n\nAMMAN (AFP) - Rockets struck a crowded bus station in the city of Irbid on Sunday, killing six people, police said.';
  assert.equal(isDateline(span(text, 'AMMAN'), text), true);
  const { document } = makeDocument(text, { published: '2024-05-08', language: 'en' }, 'dateline.test.ts');
  const rockets = runPipeline(document).layers.events.find((r) => r.type === 'ASSAULT' && /Rockets/.test(r.triggerText));
  assert.ok(rockets);
  assert.ok(!rockets.actors.some((p) => p.text === 'AMMAN'), JSON.stringify(rockets.actors.map((p) => p.text)));
});

test('isDateline does not read a capitalised acronym in running text as a dateline', () => {
  const text = 'Fighting went on near the town where NATO (the alliance) - as ever - kept watch.';
  assert.equal(isDateline(span(text, 'NATO'), text), false);
});

const eventsOf = (text: string) => {
  const { document } = makeDocument(text, { published: '2024-03-05', language: 'en' }, 'dateline.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords places an attack the article places nowhere else in the dateline\'s city, as analysts do', () => {
  const attack = eventsOf('MOGADISHU, March 5 (Reuters) - Gunmen attacked a hotel on Tuesday, killing five people, police said.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.place.name, 'Mogadishu');
});

test('buildRecords does not place an event in the dateline\'s city when the article puts things elsewhere (the reporter is in Nairobi, the strike in Ethiopia)', () => {
  const text = 'NAIROBI, March 5 (Reuters) - A drone strike on a bus station in a town in Ethiopia\'s Amhara region killed at least 30 people on Sunday, residents said.\n\n'
    + 'Gunmen later attacked a hotel, killing five people, police said.';
  const events = eventsOf(text).filter((r) => r.type === 'ASSAULT');
  assert.ok(events.length > 0);
  assert.ok(events.every((r) => r.place?.place.name !== 'Nairobi'), JSON.stringify(events.map((r) => r.place?.text)));
});

const timesOf = (text: string, published?: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'dateline.test.ts');
  return runPipeline(document).layers.events.map((r) => [r.type, r.time?.start]);
};

test('buildRecords dates a past weekday on or before the dateline\'s day when the story was published later', () => {
  assert.deepEqual(timesOf('MOGADISHU, March 5 (Reuters) - Gunmen attacked a hotel in Baidoa on Wednesday, killing five people, police said.', '2024-03-06'), [['ASSAULT', '2024-02-28']]);
});

test('buildRecords dates a past weekday by the dateline when the story has no publication date', () => {
  assert.deepEqual(timesOf('MOGADISHU, March 5, 2024 (Reuters) - Gunmen attacked a hotel in Baidoa on Monday, killing five people, police said.'), [['ASSAULT', '2024-03-04']]);
});

test('buildRecords leaves a weekday alone when the story was published on its dateline\'s day', () => {
  assert.deepEqual(timesOf('MOGADISHU, March 5 (Reuters) - Gunmen attacked a hotel in Baidoa on Tuesday, killing five people, police said.', '2024-03-05'), [['ASSAULT', '2024-03-05']]);
});

test('isDateline reads a city in capitals and its agency opening a sentence of run-together copy, with no line break or dash ("… province. DAMASCUS (Sputnik) A blast …"), and the city is no party', () => {
  const text = 'Dozens were killed in a blast in the north. DAMASCUS (Sputnik) A suicide blast near a base of the militia in the north left at least 40 people dead on Sunday, a local source said.';
  assert.equal(isDateline(span(text, 'DAMASCUS'), text), true);
  const { document } = makeDocument(text, { published: '2017-05-21', language: 'en' }, 'dateline.test.ts');
  const blasts = runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
  assert.ok(blasts.length > 0);
  assert.ok(!blasts.some((r) => r.actors.some((p) => p.text === 'DAMASCUS')), JSON.stringify(blasts.map((r) => r.actors.map((p) => p.text))));
});

test('isDateline does not read a capitalised name with a bracket inside a sentence, or one whose bracket holds no name, as a dateline', () => {
  const a = 'The fighters of ISIS (Daesh) Brigade attacked the town.';
  assert.equal(isDateline(span(a, 'ISIS'), a), false);
  const b = 'The talks ended. NATO (the alliance) said nothing.';
  assert.equal(isDateline(span(b, 'NATO'), b), false);
});

test('isDateline reads a dateline city written in title case before the agency and the dash ("Nairobi (AFP) -")', () => {
  for (const [text, part] of [
    ['Headline\n\nNairobi (AFP) - Gunmen attacked a bus in the town of Mandera on Monday.', 'Nairobi'],
    ['Port Moresby (AP) — Police said.', 'Port Moresby'],
  ] as const) assert.equal(isDateline(span(text, part), text), true, text);
  // A place that opens a sentence of the story is no dateline, brackets or not.
  const story = 'Nairobi (the capital) was calm. Mandera - a border town - was not.';
  assert.equal(isDateline(span(story, 'Nairobi'), story), false);
});

test('buildRecords places a lead\'s attack in its town, not in the title-case dateline city', () => {
  const text = 'Bus attacked in north-east\n\nNairobi (AFP) - Gunmen fired on a bus in the town of Mandera near the border late on Monday, killing four passengers, police said.';
  const { document } = makeDocument(text, { published: '2023-08-08', language: 'en' }, 'dateline.test.ts');
  const attack = runPipeline(document).layers.events.find((r) => r.type === 'ASSAULT');
  assert.notEqual(attack?.place?.place.name, 'Nairobi');
});

test('buildRecords dates a lead\'s act by the weekday of the relative clause that ends its reported content, not by the dateline\'s date', () => {
  const text = 'KYIV, Oct. 10 (Xinhua) -- Air defenses intercepted drones that targeted a power plant near the city of Lviv late Monday, the state broadcaster reported.\n\n'
    + 'The broadcaster said the drones were launched at around 11:30 p.m. and that the air defenses shot down four of them.';
  const { document } = makeDocument(text, { published: '2023-10-10', language: 'en' }, 'dateline.test.ts');
  const events = runPipeline(document).layers.events;
  const shot = events.find((r) => r.triggerText === 'shot down' || r.triggerText === 'intercepted');
  assert.ok(shot, JSON.stringify(events.map((r) => r.triggerText)));
  for (const r of events.filter((e) => e.type === 'ASSAULT' || e.triggerText === 'intercepted')) assert.equal(r.time?.start, '2023-10-09', `${r.triggerText}: ${JSON.stringify(r.time)}`);
});

test('isDateline reads a city in capitals that a run-on headline leaves mid-line, before the dash and the story, as a dateline', () => {
  const text = 'Army foils border crossing; shells land near the border town AMMAN - The army on Monday stopped a group of armed men.';
  assert.equal(isDateline({ start: text.indexOf('AMMAN'), end: text.indexOf('AMMAN') + 5 }, text), true);
  const agency = 'Submarines fire missiles at militant posts MOSCOW (Sputnik) - The Russian navy fired seven missiles.';
  assert.equal(isDateline({ start: agency.indexOf('MOSCOW'), end: agency.indexOf('MOSCOW') + 6 }, agency), true);
  // A city named in the story is not one.
  const story = 'The delegation flew to Amman - the talks there ended on Monday.';
  assert.equal(isDateline({ start: story.indexOf('Amman'), end: story.indexOf('Amman') + 5 }, story), false);
});

test('isDateline reads a city run on between a page\'s date and the story as its dateline ("Last updated at Feb 022015 Beirut Syrian …")', () => {
  for (const [text, city] of [
    ['Last updated at Mar 042016 Beirut Government jets bombed two towns on Friday.', 'Beirut'],
    ['Last updated at Jul 262016 BEIRUT Syrian troops on Tuesday entered the town.', 'BEIRUT'],
    ['Published May 3 2016 Amman Jordanian jets struck a convoy.', 'Amman'],
  ] as const) assert.equal(isDateline(span(text, city), text), true, text);
});

test('isDateline does not take a country after a page\'s date, nor a city inside the story, for a dateline', () => {
  const headline = 'Published April 18 2017 Russia Says Jets Struck Rebels. Russia said its jets struck rebels.';
  assert.equal(isDateline(span(headline, 'Russia'), headline, true), false);
  const story = 'Last updated at Mar 042016 Government jets bombed Beirut Airport on Friday.';
  assert.equal(isDateline(span(story, 'Beirut'), story), false);
});

test('an event gets no party from a dateline city that a page without punctuation runs on after its date', () => {
  const text = 'Last updated at Mar 042016 Beirut Syrian government air strikes killed at least 20 people in Douma on Friday a monitor said.';
  const { document } = makeDocument(text, { published: '2016-03-04', language: 'en' }, 'dateline.test.ts');
  const strike = runPipeline(document).layers.events.find((e) => e.triggerText === 'air strikes');
  assert.ok(strike, 'the strikes are recorded');
  assert.deepEqual(strike.actors.map((a) => a.actor?.code), ['SYRGOV']);
});

test('isDateline reads the city right after a page\'s update stamp as the dateline ("Last updated at Mar 042016 Amman Jets struck …")', () => {
  for (const [text, city] of [
    ['Last updated at Mar 042016 Amman Jets struck two villages in the south on Friday.', 'Amman'],
    ['Rebels lose ground Last updated at Oct 082017 MOSCOW Some 40 fighters were killed.', 'MOSCOW'],
  ]) assert.ok(isDateline(span(text, city), text), text);
  const prose = 'Jets struck two villages near Amman on Friday.';
  assert.ok(!isDateline(span(prose, 'Amman'), prose));
});

test('buildRecords does not place the lead\'s strikes in the city after the update stamp ("Last updated at Mar 042016 Amman Syrian jets …")', () => {
  const text = 'Last updated at Mar 042016 Amman Syrian government jets struck rebel-held towns across the country on Friday, killing 20 people, a monitor said. In Inkhil in Daraa province eight civilians died.';
  const { document } = makeDocument(text, { published: '2016-03-04', language: 'en' }, 'dateline.test.ts');
  const strikes = runPipeline(document).layers.events.find((r) => r.triggerText === 'struck');
  assert.notEqual(strikes?.place?.text, 'Amman', JSON.stringify(strikes?.place));
});
