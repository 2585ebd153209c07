import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../../src/model/place.js';
import type { PlaceContext } from '../../src/stages/build-records/place-governor.js';
import { rememberedFact } from '../../src/stages/build-records/place-facts.js';

test('rememberedFact asks a question once per place and document, and again for another document', () => {
  const place = { span: { start: 0, end: 6 }, text: 'Aleppo' } as PlaceMention;
  const first = { text: 'Aleppo was shelled.' } as PlaceContext;
  const second = { text: 'Aleppo is quiet.' } as PlaceContext;
  let asked = 0;
  const ask = (_p: PlaceMention, context: PlaceContext) => { asked++; return context.text.includes('shelled'); };
  assert.equal(rememberedFact(0, place, first, ask), true);
  assert.equal(rememberedFact(0, place, first, ask), true);
  assert.equal(asked, 1);
  assert.equal(rememberedFact(0, place, second, ask), false);
  assert.equal(rememberedFact(0, place, second, ask), false);
  assert.equal(rememberedFact(0, place, first, ask), true);
  assert.equal(asked, 2);
});
