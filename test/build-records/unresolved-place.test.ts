import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const records = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'unresolved-place.test.ts').document).layers.events;

test('buildRecords keeps a village the gazetteer lacks as an unresolved place, with the country of the province it lies in', { skip }, () => {
  const attack = records('Gunmen killed six villagers in the village of Tinkarabou in Mopti region on Sunday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Tinkarabou');
  assert.equal(attack?.place?.place.name, 'Tinkarabou');
  assert.equal(attack?.place?.place.precision, 'locality');
  assert.equal(attack?.place?.place.country, 'ML');
  assert.equal(attack?.place?.place.lat, undefined);
  assert.match(attack?.place?.place.id ?? '', /^unresolved:/);
});

test('buildRecords keeps a town the gazetteer lacks, named after "near", as an unresolved place in the country the sentence names', { skip }, () => {
  const attack = records('Insurgents attacked an army post near Ouskadira in northern Mozambique on Friday, killing four soldiers.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.place.name, 'Ouskadira');
  assert.equal(attack?.place?.place.country, 'MZ');
  assert.equal(attack?.place?.place.lat, undefined);
});

test('buildRecords still gives a quarter of a known town the town itself ("the Bab Tinkar district of Aleppo")', { skip }, () => {
  const attack = records('Air strikes hit the Bab Tinkar district of Aleppo on Monday, killing nine people.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Bab Tinkar');
  assert.equal(attack?.place?.place.name, 'Aleppo');
});

test('buildRecords keeps a village named with a site word in a sentence that names no known place, unresolved and with no country', { skip }, () => {
  const attack = records('Gunmen shot dead three farmers in the village of Tinkarabou on Sunday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.place.name, 'Tinkarabou');
  assert.equal(attack?.place?.place.country, undefined);
  assert.equal(attack?.place?.place.lat, undefined);
});

test('buildRecords puts a quarter its sentence leaves unplaced in the town the paragraph is in ("Militias fought in Tripoli … in the Bab Tinkar district")', { skip }, () => {
  const attacks = records('Rival militias fought in Tripoli on Monday. Gunmen killed two guards in the Bab Tinkar district on Tuesday.').filter((r) => r.type === 'ASSAULT');
  const quarter = attacks.find((r) => r.place?.text === 'Bab Tinkar');
  assert.equal(quarter?.place?.place.name, 'Tripoli');
});

test('buildRecords reads "in X" after a proper name as part of that name, not as a place ("the Catholic Archdiocese in Tinkarabou")', { skip }, () => {
  const said = records('Bishop Paul Ndeye of the Catholic Archdiocese in Tinkarabou condemned the kidnapping of two priests.');
  assert.ok(said.every((r) => r.place === undefined), JSON.stringify(said.map((r) => r.place)));
});

test('buildRecords takes a name joined by a particle whole ("Quissanga da Praia"), not its last word as another country\'s town (Praia, Cape Verde)', { skip }, () => {
  const { layers } = runPipeline(makeDocument('Insurgents attacked the town of Quissanga da Praia in Cabo Delgado province on Friday, killing six soldiers.', { published: '2016-10-18', language: 'en' }, 'unresolved-place.test.ts').document);
  assert.ok(!layers.places.some((p) => p.place?.country === 'CV'), JSON.stringify(layers.places.map((p) => [p.text, p.place?.country])));
  const attack = layers.events.find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.place.name, 'Quissanga da Praia');
  assert.equal(attack?.place?.place.country, 'MZ');
});

test('buildRecords does not take the tail of a name the gazetteer knows only in part ("retake Mocimboa da Praia", only its first word known) for Praia, Cape Verde', { skip }, () => {
  const { layers } = runPipeline(makeDocument('Troops helped the army retake Mocimboa da Praia in August.', { published: '2016-10-18', language: 'en' }, 'unresolved-place.test.ts').document);
  assert.ok(!layers.places.some((p) => p.place?.country === 'CV'), JSON.stringify(layers.places.map((p) => [p.text, p.place?.country])));
});

test('buildRecords keeps a name a site word introduces with "called" or "known as" ("a village called Tinkarabou")', { skip }, () => {
  assert.equal(records('The attack occurred in a village called Tinkarabou near Mopti on Sunday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Tinkarabou');
  assert.equal(records('Rebels captured two areas known as Tinkarabou and Ouskadira near Mopti on Sunday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Tinkarabou');
});

test('buildRecords keeps the names a site word lists after a colon ("raided three villages: Tinkarabou, Ouskadira and …")', { skip }, () => {
  const raid = records('Gunmen raided three villages: Tinkarabou, Ouskadira and Bankasso near Mopti on Sunday.').find((r) => r.type === 'ASSAULT');
  assert.equal(raid?.place?.text, 'Tinkarabou');
});

test("buildRecords takes no unknown place from a country's possessive that lost its apostrophe ('a minister in Iraqs interim cabinet')", { skip }, () => {
  const bombing = records('A minister in Iraqs interim cabinet was among eight people killed in a bombing in the north of the country on Monday.').find((r) => r.type === 'ASSAULT');
  assert.ok(bombing);
  assert.notEqual(bombing.place?.text, 'Iraqs', JSON.stringify(bombing.place));
});

test("buildRecords places an act told after a sentence set in a neighbouring country back in the article's country when its sentence names that country ('… in neighbouring Iraq. The Syrian conflict … crackdown')", { skip }, () => {
  const text = 'Government jets bombed rebel towns in Syria on Monday, killing 12 people in Idlib province. Another ten strikes hit the militants in neighbouring Iraq, the Pentagon said. The Syrian conflict began in 2011 and escalated after the government unleashed a brutal crackdown.';
  const crackdown = records(text).find((r) => r.triggerText === 'crackdown');
  assert.equal(crackdown?.place?.place.country, 'SY', JSON.stringify(crackdown?.place));
  // A town abroad is a place the story went to: the rule leaves it.
  const abroad = records('Rebels shelled towns in Syria and in Idlib province on Monday. Shells landed in the Jordanian city of Irbid, a Jordanian official said. Syrian mortar fire also hit a school.');
  assert.equal(abroad.find((r) => r.triggerText.includes('fire'))?.place?.place.country, 'JO');
});
