import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventFilter } from '../../src/store/store.js';
import type { WithStore } from './store-contract.js';
import { aleppo, aleppoEvents, genevaEvents, hajjahEvents, ids } from './event-fixtures.js';

const [airStrike, shelling] = aleppoEvents;
const [meeting, request] = genevaEvents;
const [marketStrike, bombing] = hajjahEvents;

/** Each EventFilter field on its own, then together, then order and paging; over the three fixture articles. */
export function eventFilterContract(withStore: WithStore): void {
  // Cases share one seeded store per test, so a failure names the filter that broke.
  const cases: [string, EventFilter, string[]][] = [
    ['no filter: every event in ingest order, then text order', {}, ids([airStrike, shelling, meeting, request, marketStrike, bombing])],
    ['a time range finds events whose interval overlaps it', { from: '2016-03-16', to: '2016-03-31' }, ids([bombing])],
    ['a one-day range finds the event on that day', { from: '2016-07-27', to: '2016-07-27' }, ids([airStrike])],
    ['a month as the upper bound covers the whole month', { to: '2016-03' }, ids([marketStrike, bombing])],
    ['a month as the lower bound starts at its first day', { from: '2016-08' }, ids([meeting])],
    ['a year as both bounds covers the year and leaves undated events out', { from: '2016', to: '2016' }, ids([airStrike, meeting, marketStrike, bombing])],
    ['a range before every event finds nothing', { from: '2015-01-01', to: '2016-02-29' }, []],
    ['one PLOVER type', { type: 'REQUEST' }, ids([request])],
    ['several PLOVER types', { type: ['CONSULT', 'REQUEST'] }, ids([meeting, request])],
    ['an ACLED sub-type', { acled: 'Shelling/artillery/missile attack' }, ids([shelling])],
    ['an actor code prefix on either side', { actor: 'SYR' }, ids([airStrike, shelling])],
    ['an actor code prefix in lower case, as a recipient', { actor: { code: 'rus', role: 'recipient' } }, ids([meeting, request])],
    ['an actor code that is only a recipient finds nothing as an actor', { actor: { code: 'RUS', role: 'actor' } }, []],
    ['an actor name substring, any case', { actor: 'kerry' }, ids([meeting])],
    ['an actor name typed with an accent matches the name without', { actor: { name: 'KÉRRY' } }, ids([meeting])],
    ['an actor mention substring with a hyphen', { actor: 'al-nusra' }, ids([shelling])],
    ['an actor name with LIKE wildcards is taken literally', { actor: { name: '%' } }, []],
    ['several actor filters must all match', { actor: [{ code: 'USA', role: 'actor' }, { name: 'lavrov', role: 'recipient' }] }, ids([meeting])],
    ['a country code, any case', { country: 'ye' }, ids([marketStrike, bombing])],
    ['a place name substring', { place: 'aleppo' }, ids([airStrike])],
    ['a place mention substring', { place: 'the province' }, ids([bombing])],
    ['a place name matches in any case and without its accents (Ḩajjah)', { place: 'HAJJAH', documentId: hajjahEvents[0].documentId }, ids([marketStrike, bombing])],
    ['one factuality', { factuality: 'reported' }, ids([airStrike, shelling, request, marketStrike])],
    ['several factualities', { factuality: ['asserted', 'denied'] }, ids([meeting, bombing])],
    ['a full-text word finds the events of the documents that contain it', { text: 'Izvestia' }, ids([meeting, request])],
    ['a hyphenated full-text word', { text: 'al-Nusra' }, ids([airStrike, shelling, meeting, request])],
    ['full text with a stray quote and several words', { text: 'market "Hajjah' }, ids([marketStrike, bombing])],
    ['full text of punctuation alone is no constraint', { text: '"-' }, ids([airStrike, shelling, meeting, request, marketStrike, bombing])],
    ['a document id', { documentId: aleppo.id }, ids([airStrike, shelling])],
    ['filters combine with AND', { type: 'ASSAULT', country: 'SY', factuality: 'reported', from: '2016-07-01' }, ids([airStrike])],
    ['order by time puts undated events last', { order: 'time' }, ids([bombing, marketStrike, airStrike, meeting, shelling, request])],
    ['order by time, latest first', { order: 'time-desc' }, ids([meeting, airStrike, bombing, marketStrike, shelling, request])],
    ['limit and offset page through the order', { limit: 2, offset: 1 }, ids([shelling, meeting])],
    ['an offset alone skips', { offset: 4 }, ids([marketStrike, bombing])],
    ['limit 0 finds nothing', { limit: 0 }, []],
  ];

  describe('queryEvents filters', () => {
    for (const [behaviour, filter, expected] of cases) {
      test(`queryEvents: ${behaviour}`, () => withStore(async (store) => {
        assert.deepEqual(ids(await store.queryEvents(filter)), expected);
      }, true));
    }

    test('countEvents counts what queryEvents finds, ignoring limit and offset', () => withStore(async (store) => {
      assert.equal(await store.countEvents({}), 6);
      assert.equal(await store.countEvents({ type: 'ASSAULT', limit: 1, offset: 3 }), 4);
      assert.equal(await store.countEvents({ actor: 'SYR', text: 'Observatory' }), 2);
      assert.equal(await store.countEvents({ country: 'FR' }), 0);
    }, true));

    test('queryEvents returns whole records, fatalities and attribution included', () => withStore(async (store) => {
      const [found] = await store.queryEvents({ place: 'Hajjah', from: '2016-03-15', to: '2016-03-15' });
      assert.deepEqual(found, marketStrike);
      assert.equal(found.fatalities?.unspecified?.[0].best, 25);
      assert.equal(found.injured?.unspecified?.[0].vague, 'dozens');
    }, true));

    test('a negative limit or a date that is not YYYY-MM-DD is refused, naming the field', () => withStore(async (store) => {
      await assert.rejects(store.queryEvents({ limit: -1 }), /limit/);
      await assert.rejects(store.countEvents({ from: 'yesterday' }), /EventFilter\.from must be a date/);
      await assert.rejects(store.queryEvents({ to: '27/07/2016' }), /EventFilter\.to/);
    }));
  });
}
