import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-05-08') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'named-party-over-generic.test.ts');
  return runPipeline(document).layers.events;
};

test('a headline\'s generic noun ("Kills 40 Militants") gives way to the party the lead names for the same side ("al-Shabaab fighters")', () => {
  const text = 'Somali Army Kills 40 Militants Near Kismayo\n\n'
    + 'KISMAYO, May 8 - Somali troops killed 40 al-Shabaab fighters in an assault on their base near Kismayo on Tuesday, the army said.';
  const attacks = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((r) => r.triggerText)));
  const seen = JSON.stringify(attacks[0].recipients.map((p) => [p.text, p.actor?.code]));
  assert.ok(attacks[0].recipients.length > 0, seen);
  assert.ok(attacks[0].recipients.every((p) => p.actor?.code), `no unresolved generic noun left beside the named party: ${seen}`);
});

test('a side that names nobody in the dictionary keeps its own words when the other report names no one either', () => {
  const text = 'Gunmen Kill Five Villagers in Night Raid\n\n'
    + 'MAIDUGURI, May 8 - Gunmen killed five villagers in a night raid on a farming settlement on Tuesday, residents said.';
  const attacks = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1);
  assert.ok(attacks[0].actors.length > 0, JSON.stringify(attacks[0].actors.map((p) => p.text)));
});
