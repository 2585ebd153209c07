import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// A party that says an act was caused or carried out by another party, or that the other was behind it, accuses it
// (ACCUSE/allege, the speaker as actor); a monitor naming who struck reports the act, and a cause that is no party is no blame.
const accusations = (text: string) => {
  const { document } = makeDocument(text, { published: '2017-04-06', language: 'en' }, 'party-blame.test.ts');
  return runPipeline(document).layers.events.filter((e) => e.type === 'ACCUSE')
    .map((e) => `${e.actors.map((a) => a.actor?.code ?? '?').join(',')}>${e.recipients.map((r) => r.actor?.code ?? '?').join(',')}`);
};

test('"The United States said the deaths were caused by nerve gas dropped by Syrian aircraft" is an accusation by the United States', () => {
  const found = accusations('The United States said on Wednesday the deaths were caused by nerve gas dropped by Syrian aircraft.');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0], /^USA[A-Z]*>SYR/);
});

test('"Washington says forces loyal to President Bashar al-Assad were behind the attack" is an accusation against them', () => {
  const found = accusations('Washington says forces loyal to President Bashar al-Assad were behind the attack.');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0], /^USA[A-Z]*>SYR/);
});

test('a monitor saying who carried out a raid, or a ministry blaming a technical fault, accuses nobody', () => {
  assert.deepEqual(accusations('The Syrian Observatory for Human Rights said the raid was carried out by Russian warplanes.'), []);
  assert.deepEqual(accusations('The oil ministry said the fire had been caused by a technical fault.'), []);
  assert.deepEqual(accusations('The town was hit by air strikes carried out by Russian warplanes on Monday.'), []);
});
