import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-05-08') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'definite-anaphor.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords reads "The shelling came a day after ..." as the shelling already told, whatever date the rest of its sentence gives', () => {
  const text = 'Artillery shells hit a crowded market in Kadugli on Tuesday, killing at least 20 people, a local committee said. '
    + 'The state government blamed the rebels.\n\n'
    + 'The shelling came a day after a three-day truce, announced by the two sides on Saturday, was due to take effect.';
  const assaults = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.time?.start])));
  assert.equal(assaults[0].time?.start, '2024-05-07');
});

test('buildRecords keeps "The attack on the base" apart when the story\'s attack was of another kind ("another attack")', () => {
  const text = 'Gunmen attacked a checkpoint in Kadugli on Tuesday, killing two police officers, officials said.\n\n'
    + 'Another attack on an army base near Dilling on Monday killed five soldiers.';
  const assaults = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 2, JSON.stringify(assaults.map((r) => r.triggerText)));
});

test('buildRecords keeps "The fighting in recent weeks has flared up" apart from the day\'s attack told before it', () => {
  const text = 'Gunmen attacked a checkpoint in Kadugli on Tuesday, killing two police officers, officials said.\n\n'
    + 'The fighting in recent weeks has flared up around the town, residents said.';
  const assaults = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 2, JSON.stringify(assaults.map((r) => r.triggerText)));
});

test('buildRecords reads a sentence opening on "The attacker" as the attack already told, even when the sentence before dates a later claim', () => {
  const text = 'A suicide bomber blew himself up at a wedding hall in northern Iraq on Friday, killing at least 11 guests, police said. A little-known group claimed responsibility on Saturday.\n\n'
    + 'The attacker walked into the hall in the town of Tuz Khurmatu shortly after sunset and detonated a vest packed with explosives, a police officer said.';
  const assaults = records(text, '2024-05-11').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.time?.start, r.place?.text])));
  assert.equal(assaults[0].time?.start, '2024-05-10');
});

test('buildRecords places an attack told in a country at the town a later report of it names inside that country', () => {
  const text = 'A suicide bomber blew himself up at a wedding hall in northern Iraq on Friday, killing at least 11 guests, police said. A little-known group claimed responsibility on Saturday.\n\n'
    + 'The attacker walked into the hall in the town of Tuz Khurmatu shortly after sunset and detonated a vest packed with explosives, a police officer said.';
  const assaults = records(text, '2024-05-11').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults[0]?.place?.text, 'Tuz Khurmatu', JSON.stringify(assaults.map((r) => r.place)));
});

test('buildRecords reads a toll whose subject is the definite noun of the act just told ("The strikes killed six people") as that act\'s toll, not a new attack', () => {
  const text = 'On Tuesday government jets also carried out air strikes on Kafr Batna, a rebel-held town east of Damascus, the monitor said. '
    + 'The strikes killed six people, and the toll was likely to rise.';
  const assaults = records(text, '2016-05-04').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.place?.text])));
  assert.equal(assaults[0].fatalities?.unspecified?.[0]?.low ?? assaults[0].fatalities?.civilian?.[0]?.low, 6);
});

test('buildRecords keeps a toll apart when its subject names an attack of its own ("Separate strikes on the city killed four")', () => {
  const text = 'On Tuesday government jets carried out air strikes on Kafr Batna, killing six people, the monitor said. '
    + 'Separate strikes on Douma on Wednesday killed four people.';
  const assaults = records(text, '2016-05-04').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 2, JSON.stringify(assaults.map((r) => r.triggerText)));
});

test('buildRecords reads "The rocket attacks, according to the source, killed three" as the toll of the attack just told, whatever adjective the noun takes', () => {
  const text = 'Militants fired several mortar rounds at the Jouret al-Shayah district of Homs at dawn on Monday, a police source told the state news agency. '
    + 'The terrorist attacks, according to the source, killed three people and wounded eight others.';
  const assaults = records(text, '2024-03-05').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.time?.start])));
  assert.equal(assaults[0].fatalities?.unspecified?.[0]?.low ?? assaults[0].fatalities?.civilian?.[0]?.low, 3);
});

test('buildRecords reads "The source noted that the terrorist attacks caused damage" as the attack just told, not a new one', () => {
  const text = 'Terrorists fired rocket shells at the al-Midan district of Aleppo on Sunday, killing two civilians. '
    + 'More rocket shells later hit the Hamidiyeh district, leaving one person dead and four others injured. '
    + 'The source noted that the terrorist attacks caused heavy damage to homes and shops.';
  const assaults = records(text, '2024-03-05').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 2, JSON.stringify(assaults.map((r) => [r.triggerText, r.time?.start])));
});

test('buildRecords reads what a source told an agency of "the terrorist bombing" as the attack already told, not a new one', () => {
  const text = 'Five civilians were killed and 12 injured in a terrorist car attack in Manbij city on Monday, the state news agency said. '
    + 'Residents of the city told the agency that the terrorist bombing occurred near the central market.';
  const assaults = records(text, '2024-03-05').filter((r) => r.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((r) => [r.triggerText, r.time?.start])));
});
