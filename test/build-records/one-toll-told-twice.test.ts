import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const attacks = (text: string, published = '2021-05-10') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'one-toll-told-twice.test.ts');
  return runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
};
const summary = (events: { triggerText: string; fatalities?: unknown; place?: { text: string } }[]) => JSON.stringify(events.map((r) => [r.triggerText, r.place?.text, r.fatalities]));
const total = (r: { fatalities?: Record<string, { low: number }[] | undefined> }) => Object.entries(r.fatalities ?? {}).filter(([k]) => k === 'civilian' || k === 'unspecified').reduce((n, [, l]) => n + Math.max(0, ...(l ?? []).map((f) => f.low)), 0);

test('buildRecords joins a count of civilians and the same count of people told again on the same day in the same town: one toll', () => {
  const text = 'Gunmen killed four civilians in an ambush on a minibus near the town of Kadugli on Sunday, the governor said. '
    + 'Four people died when gunmen opened fire on a minibus near Kadugli on Sunday, the governor told reporters.';
  const events = attacks(text);
  assert.equal(events.length, 1, summary(events));
});

test('buildRecords keeps apart a count of four fighters and four people killed in another town', () => {
  const text = 'Gunmen killed four soldiers in an ambush near the town of Kadugli on Sunday, the governor said. '
    + 'A bomb in the market of Dilling on Sunday left four people dead, the police said.';
  const events = attacks(text);
  assert.equal(events.length, 2, summary(events));
});

test('buildRecords reads "he was killed along with two other people" as the three dead already told, not two more or another attack', () => {
  const text = 'A roadside bomb in northern Afghanistan killed three people on Sunday, including a local reporter, police said. '
    + 'He was killed along with two other people by a blast that hit their car on a road in the province of Kunduz.';
  const events = attacks(text);
  assert.equal(events.length, 1, summary(events));
  assert.equal(total(events[0]), 3, summary(events));
});

test('buildRecords still counts "another two people" killed later as a further toll', () => {
  const text = 'A roadside bomb in the province of Kunduz killed three people on Sunday, police said. '
    + 'A second blast on a road in Kunduz killed another two people on Sunday, police said.';
  const events = attacks(text);
  assert.equal(events.length, 2, summary(events));
});

test('buildRecords joins to the attack just told a report of its victims ("those killed") or of harm "in that attack", even with "also"', () => {
  const text = 'On Monday an air strike on the village of Kafr Nabl killed eight people, activists said. '
    + 'The monitor said those killed were all members of one family. '
    + 'A rescue group said 12 people were also wounded in that attack.';
  const events = attacks(text);
  assert.equal(events.length, 1, summary(events));
  // 'those killed were all members of one family' tells who the victims were, no act: it is no record of its own.
  assert.ok(events[0].evidence.some((e) => text.slice(e.start, e.end).includes('in that attack')), summary(events));
});

test('buildRecords joins "During the operations, over 40 fighters were killed" to the operations told in the sentence before', () => {
  const text = 'Heavy artillery pounded positions near the town of Ariha on Thursday. '
    + 'During the operations over 40 fighters were killed and five vehicles were destroyed.';
  const events = attacks(text, '2021-05-14');
  assert.equal(events.length, 1, summary(events));
});

test('buildRecords keeps apart harm told "in the attack on" another target, and a report far from the attack it might point to', () => {
  const described = 'On Monday an air strike on the village of Kafr Nabl killed eight people, activists said. '
    + 'Two guards were wounded in the attack on a checkpoint near Saraqeb on Monday, police said.';
  assert.equal(attacks(described).length, 2, summary(attacks(described)));
  const far = 'On Monday an air strike on the village of Kafr Nabl killed eight people, activists said. '
    + 'The town has been hit often this year. Its hospital closed in March. Aid groups left in April. '
    + 'Those killed in Saraqeb on Monday were fighters, the monitor said.';
  // The far report is its own record or, telling only who the victims were, none; never the Kafr Nabl strike's.
  assert.ok(attacks(far).every((r) => !r.evidence.some((e) => far.slice(e.start, e.end).includes('Saraqeb'))) || attacks(far).length === 2, summary(attacks(far)));
});

test('buildRecords keeps a gun battle apart from the blast it followed, though its dead were killed "in the blast and the battle"', () => {
  const text = 'A suicide bomber blew himself up at a checkpoint near the town of Tal Abyad on Friday. '
    + 'At least nine fighters were killed in the blast and the gun battle that followed, the monitor said.';
  const events = attacks(text, '2021-05-15');
  assert.ok(events.some((r) => r.triggerText === 'battle'), summary(events));
});

test('buildRecords keeps the number a report states over the same figure another gave as a vague word ("dozens" and "at least 12")', () => {
  const text = 'Dozens of civilians were killed on Sunday when air strikes hit a market in the city of Idlib, activists said. '
    + 'Activists say air strikes hit the market in Idlib on Sunday, killing at least 12 people.';
  const events = attacks(text, '2021-05-10');
  assert.equal(events.length, 1, summary(events));
  const twelve = Object.values(events[0].fatalities ?? {}).flatMap((l) => l ?? []).filter((f) => f.low === 12);
  assert.ok(twelve.length > 0 && twelve.every((f) => f.vague === undefined), summary(events));
});

test('buildRecords reads a later report of the same dead that gives no day of its own as the dated lead told again', () => {
  const text = 'A coalition air strike killed at least 14 civilians on Tuesday in the militants\' former stronghold, a monitor said. '
    + 'Warplanes targeted a crowded market in the north of Mayadin city killing at least 14 civilians, the monitor\'s director said.';
  const assaults = runPipeline(makeDocument(text, { published: '2024-03-06', language: 'en' }, 'one-toll-told-twice.test.ts').document).layers.events.filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.time?.start, r.place?.text])));
});
