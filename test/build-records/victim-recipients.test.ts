import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2018-03-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'victim-recipients.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords makes the one person a shelling injured its civilian recipient ("one person was injured by mortar rounds")', () => {
  const [attack] = records('In Homs city one person was injured by mortar rounds fired by gunmen on the old market on Monday.');
  assert.ok(attack, 'an attack is found');
  assert.deepEqual(attack.recipients.map((p) => [p.text, p.actor?.code]), [['person', 'CVL']]);
});

test('buildRecords does not make a party the recipient of its own act, but keeps two parties of one code', async () => {
  const [offer] = records('As for what Norway is willing to provide Norway is currently studying with its partners what it could provide.');
  assert.ok(offer, 'an event is found');
  assert.ok(!offer.recipients.some((p) => p.actor?.code === 'NOR'), JSON.stringify(offer.recipients));
  const { withoutSelf } = await import('../../src/stages/build-records/participant-filters.js');
  const p = (text: string, id: string, code: string, start = 0) => ({ text, evidence: { start, end: start + 1 }, actor: { id, name: text, code, kind: 'government' as const } });
  assert.equal(withoutSelf([p('the State Department', 'us-state-department', 'USAGOV')], [p('Kerry', 'john-kerry', 'USAGOV', 9)]).length, 1);
});

test("a government does not act on its own state as a whole ('Norway's foreign ministry rejected the charge of blaming Norway'), while a part of the state stays", async () => {
  const { withoutSelf } = await import('../../src/stages/build-records/participant-filters.js');
  const p = (text: string, id: string, code: string, kind: 'government' | 'state' | 'rebels', start = 0) => ({ text, evidence: { start, end: start + 1 }, actor: { id, name: text, code, kind } });
  const ministry = p("Norway's foreign ministry", 'nor-gov', 'NORGOV', 'government');
  assert.equal(withoutSelf([ministry], [p('Norway', 'country-nor', 'NOR', 'state', 40)]).length, 0);
  // Another state, or a group of the same state, is a recipient: 'Croatia is investigating Croatian extremists'.
  assert.equal(withoutSelf([ministry], [p('Sweden', 'country-swe', 'SWE', 'state', 40)]).length, 1);
  assert.equal(withoutSelf([p('Croatia', 'country-hrv', 'HRV', 'state')], [p('Croatian extremists', 'hrv-reb', 'HRVREB', 'rebels', 40)]).length, 1);
});

test('a party named only as where another is based ("the Britain-based Observatory") is neither side of the act', () => {
  const text = 'Jets killed 12 civilians in the village of Kafr Nabl on Monday the Britain-based Syrian Observatory for Human Rights said.';
  const { document } = makeDocument(text, { published: '2016-03-07', language: 'en' }, 'victim-recipients.test.ts');
  const strike = runPipeline(document).layers.events.find((e) => e.triggerText === 'killed');
  assert.ok(strike, 'the killing is recorded');
  assert.ok(![...strike.actors, ...strike.recipients].some((p) => p.actor?.code === 'GBR'), JSON.stringify([strike.actors, strike.recipients]));
});

test('civilians never author an attack: unnamed people read as its actor join whom it hit', () => {
  const [strike] = records('Coalition planes bombed a bakery where villagers had gathered east of the town, killing at least nine villagers, the monitor said.');
  assert.ok(strike, 'the strike is found');
  assert.ok(!strike.actors.some((p) => /CVL$/.test(p.actor?.code ?? '')), JSON.stringify(strike.actors));
  assert.ok(strike.recipients.some((p) => /CVL$/.test(p.actor?.code ?? '')), JSON.stringify(strike.recipients));
  // Outside attacks, people may act: demonstrators protest.
  const [rally] = records('Hundreds of demonstrators protested in the capital on Friday against the new tax.');
  assert.ok(rally?.actors.some((p) => /CVL$/.test(p.actor?.code ?? '')), JSON.stringify(rally?.actors));
});
