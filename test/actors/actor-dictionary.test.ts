import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actorDictionary, buildDictionary } from '../../src/lexicons/actor-dictionary.js';
import { resolveActor } from '../../src/lexicons/resolve-actor.js';
import type { ActorEntry } from '../../src/lexicons/actor-entry.js';
import { dataPath } from '../../src/data-files/data-path.js';

const entry = (over: Partial<ActorEntry>): ActorEntry => ({ id: 'x', name: 'X', code: 'XXX', kind: 'person', aliases: [], tags: [], source: 'sitrep', ...over });

test('the actor dictionary loads every derived and reviewed actor', () => {
  const dict = actorDictionary();
  assert.ok(dict.entries > 10000, `${dict.entries} actors`);
  assert.ok(dict.byId.has('john-kerry'));
  assert.ok(dict.byId.has('russian-aerospace-forces'));
});

test('an id in actors-sitrep.tsv replaces the CAMEO rows of that id', () => {
  const kerry = actorDictionary().byId.get('john-kerry')!;
  assert.ok(kerry.every((r) => r.source === 'sitrep'));
  assert.ok(kerry.some((r) => r.to === '2017-01-20'));
});

test('resolveActor chooses the row that holds on the date', () => {
  const rows = [entry({ id: 'k', code: 'USALEG', to: '2013-02-01' }), entry({ id: 'k', code: 'USAGOV', from: '2013-02-01', to: '2017-01-20' })];
  assert.equal(resolveActor(rows, '2012-12-31')?.ref.code, 'USALEG');
  assert.equal(resolveActor(rows, '2013-02-01')?.ref.code, 'USAGOV');
  assert.equal(resolveActor(rows, '2019-01-01')?.ref.code, 'USAELI');
});

test('resolveActor prefers sitrep\'s row when two actors share an alias', () => {
  const dict = buildDictionary([
    entry({ id: 'mine', name: 'Mine', aliases: ['Shared Name'], code: 'SYRREB', source: 'sitrep' }),
    entry({ id: 'theirs', name: 'Theirs', aliases: ['Shared Name'], code: 'LBNREB', source: 'Phoenix.Countries' }),
  ]);
  const words = ['shared', 'name'].map((key, i) => ({ key, text: key, start: i * 7, end: i * 7 + 6, token: i, sentence: 0, first: i === 0, pos: 'PROPN', upper: false, capital: true }));
  const rows = dict.index.matchesAt(words, 0)[0].phrase.value;
  assert.equal(resolveActor(rows, '2016-01-01')?.ref.id, 'mine');
});

test('the actor data files carry the petrarch2 MIT notice and their code conventions', () => {
  for (const file of ['actors-cameo.tsv', 'actors-sitrep.tsv']) {
    const head = readFileSync(dataPath('lexicons', file), 'utf8').slice(0, 4000);
    assert.match(head, /Code conventions/, file);
  }
  assert.match(readFileSync(dataPath('lexicons', 'actors-cameo.tsv'), 'utf8').slice(0, 4000), /Copyright \(c\) 2014 Open Event Data Alliance/);
});

test('the derived dictionary gives no actor a common English word or parse debris as an alias, nor a file name as a role', () => {
  const rows = readFileSync(dataPath('lexicons', 'actors-cameo.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t')).map((l) => l.split('\t'));
  const aliases = new Set(rows.flatMap((r) => r[8] ? r[8].split('|') : []));
  for (const word of ['Organization', 'Youth', 'Falcon', 'Zero', 'Senate', '380']) assert.ok(!aliases.has(word), word);
  assert.ok(![...aliases].some((a) => /[\]\uFFFD]/.test(a)));
  assert.deepEqual(rows.filter((r) => /\.txt\b/.test(r[5])).map((r) => r[1]), []);
});

// CAMEO writes acronyms in title case inside longer names ('The Un', 'Un Secretary General'); a word the
// dictionary also lists alone in capitals ('UN') is that acronym there too, so 'Un' of 'Kim Jong Un' is no UN.
test('a title-cased word that the dictionary writes alone as an acronym must appear in capitals', () => {
  const dict = buildDictionary([
    entry({ id: 'un', name: 'UN', code: 'IGOUNO', kind: 'igo', source: 'Phoenix.International' }),
    entry({ id: 'the-un', name: 'The Un', code: 'IGOUNO', kind: 'igo', source: 'Phoenix.International' }),
  ]);
  const word = (text: string, upper: boolean) => [{ key: 'un', text, start: 0, end: 2, token: 0, sentence: 0, first: false, pos: 'PROPN', upper, capital: true }];
  assert.equal(dict.index.matchesAt(word('Un', false), 0).length, 0);
  assert.ok(dict.index.matchesAt(word('UN', true), 0).length > 0);
});
