import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

const counts = (text: string) => casualtiesOf(text).map((m) => brief(m, text)).map((f) => [f.category, f.best]);

test('countCasualties counts no dead in the people whose families were killed ("executed the families of five alleged rebels")', () => {
  assert.deepEqual(counts('Soldiers executed the families of five alleged rebels, killing at least 30 people.'), [['unspecified', 30]]);
  assert.deepEqual(counts('Eight children were among at least 40 people killed when troops shot the relatives of three deserters.'), [['children', 8], ['unspecified', 40]]);
  // A count that is itself of the kin is a toll as before.
  assert.deepEqual(counts('The raid killed five members of one family.'), [['civilian', 5]]);
  assert.deepEqual(counts('A family of six was killed in the strike.'), [['unspecified', 6]]);
});
