import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesAtVerb } from '../../src/eval/event-location/evaluate-event-location.js';
import type { EventRecord } from '../../src/model/event-record.js';

const text = 'Rebels launched an assault in Hama, targeting the village of Arak, officials said.';
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
const place = (name: string) => ({ text: name, evidence: at(name), place: { id: `x:${name}`, name, precision: 'locality' as const } });
const hama = place('Hama'), arak = place('Arak');
const record = { trigger: at('assault'), evidence: [at(text.slice(0, -1))], place: hama, otherPlaces: [arak] } as unknown as EventRecord;
const inParts: EventRecord = { ...record, parts: [
  { trigger: at('assault'), triggerText: 'assault', evidence: record.evidence[0], places: [hama] },
  { trigger: at('targeting'), triggerText: 'targeting', evidence: at('targeting the village of Arak'), places: [arak] },
] };
const names = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

test('placesAtVerb gives every place of the record whose trigger or clause holds the verb', () => {
  assert.deepEqual(names(placesAtVerb([record], at('launched')).places), ['Hama', 'Arak']);
  assert.deepEqual(names(placesAtVerb([record], at('targeting')).places), ['Hama', 'Arak']);
});

test('placesAtVerb gives a record told in parts the places of the part at the verb: its trigger, else the narrowest part holding it', () => {
  assert.deepEqual(names(placesAtVerb([inParts], at('targeting')).places), ['Arak']);
  assert.deepEqual(names(placesAtVerb([inParts], at('assault')).places), ['Hama']);
  assert.deepEqual(names(placesAtVerb([inParts], at('launched')).places), ['Hama']);
});

test('placesAtVerb finds no event for a verb outside every record', () => {
  const narrow = { ...inParts, evidence: [at('Rebels launched an assault in Hama, targeting the village of Arak')] };
  assert.deepEqual(placesAtVerb([narrow], at('said')), { found: false, places: [] });
});

test('placesAtVerb gives a verb that cues an attribution ("officials said") no record by its clause, only by its trigger', () => {
  assert.deepEqual(placesAtVerb([record], at('said'), [at('said')]), { found: false, places: [] });
  const spoken = { ...record, trigger: at('said') } as EventRecord;
  assert.deepEqual(names(placesAtVerb([spoken], at('said'), [at('said')]).places), ['Hama', 'Arak']);
});
