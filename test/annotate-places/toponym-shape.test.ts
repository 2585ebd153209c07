import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { segmentText } from '../../src/stages/segment/segment.js';
import { findToponyms } from '../../src/stages/annotate-places/find-toponyms.js';
import { gazetteer } from '../../src/gazetteer/gazetteer.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

// One object shape for every toponym: optimised code that meets a second shape late (a capital phrase is
// rare) is thrown away and compiled again, and each such site costs V8's compiler a recompile.
test('findToponyms gives a capital phrase the same fields as a named place, capitalOf set', { skip }, () => {
  const text = 'Mortar rounds fell on the Syrian capital overnight. Aid reached Aleppo, Syria on Monday.';
  const { tokens, sentences } = segmentText(text);
  const found = findToponyms(text, tokens, sentences, gazetteer());
  const capital = found.find((t) => t.capitalOf);
  const named = found.find((t) => text.slice(t.span.start, t.span.end) === 'Aleppo');
  assert.ok(capital && named);
  assert.equal(text.slice(capital.span.start, capital.span.end), 'Syrian capital');
  assert.equal(named.capitalOf, undefined);
  assert.deepEqual(Object.keys(capital), Object.keys(named));
});
