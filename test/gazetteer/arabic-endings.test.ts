import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherEnding } from '../../src/gazetteer/arabic-endings.js';

test("otherEnding writes the feminine ending of an Arab name the other way ('-ah' and '-eh')", () => {
  assert.equal(otherEnding('Ash Shaddādah'), 'Ash Shaddādeh');
  assert.equal(otherEnding('Hasakeh'), 'Hasakah');
  assert.equal(otherEnding('Aleppo'), undefined);
  assert.equal(otherEnding('Ah'), undefined);
});
