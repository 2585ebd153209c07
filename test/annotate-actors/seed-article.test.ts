import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actorsIn, mention } from './run-actors.js';

const text = readFileSync('/work/shared/seed/article.txt', 'utf8');
const actors = actorsIn(text, '2016-07-28');
const codeOf = (t: string, nth = 0) => mention(actors, t, nth)?.actor?.code;

test('annotateActors codes the seed article\'s states, buildings and capitals as their governments', () => {
  assert.equal(codeOf('Washington'), 'USAGOV');
  assert.equal(codeOf('state Department'), 'USAGOV');
  assert.equal(codeOf('American side'), 'USAGOV');
  assert.equal(codeOf('Russia'), 'RUS');
});

test('annotateActors codes the machine-translated Russian Aerospace Forces as RUSMIL', () => {
  assert.equal(codeOf('VSK Russia'), 'RUSMIL');
  assert.equal(codeOf('Russian Military space forces'), 'RUSMIL');
});

test('annotateActors resolves the seed article\'s officials on its publication date and links later surnames', () => {
  const lavrov = actors.find((m) => m.text.endsWith('Sergei Lavrov'));
  assert.equal(lavrov?.actor?.code, 'RUSGOV');
  const kerry = mention(actors, 'U.S. Secretary of state John Kerry');
  assert.equal(kerry?.actor?.code, 'USAGOV');
  assert.equal(kerry?.actor?.role, 'Secretary of State');
  const later = mention(actors, 'Kerry');
  assert.equal(later?.actor?.id, 'john-kerry');
  assert.equal(later?.corefOf, actors.indexOf(kerry!));
  assert.equal(mention(actors, 'The Secretary')?.corefOf, actors.indexOf(kerry!));
});

test('annotateActors marks the seed article\'s newspapers as media and its armed group as IMGMUSISI', () => {
  assert.equal(mention(actors, 'Izvestia')?.actor?.kind, 'media');
  assert.equal(mention(actors, 'New York Times')?.actor?.kind, 'media');
  assert.equal(codeOf('Islamic state'), 'IMGMUSISI');
});

test('annotateActors codes the coalition and ASEAN as international organisations', () => {
  assert.match(codeOf('international coalition forces') ?? '', /^IGO/);
  assert.match(codeOf('coalition forces') ?? '', /^IGO/);
  assert.equal(mention(actors, 'ASEAN')?.actor?.kind, 'igo');
});

test('annotateActors gives one mention each to the Russian and the Syrian military', () => {
  const codes = actors.filter((m) => m.text.endsWith('Syrian military')).map((m) => m.actor?.code).sort();
  assert.deepEqual(codes, ['RUSMIL', 'SYRMIL']);
});

test('annotateActors does not make an actor of Aleppo or Moscow where the seed article uses them as places', () => {
  assert.equal(actors.some((m) => m.text.includes('Aleppo')), false);
  const moscow = actors.filter((m) => m.text === 'Moscow');
  assert.equal(moscow.length, 1, 'only "cooperation with Moscow" names the government');
  assert.equal(text.slice(moscow[0].span.start - 5, moscow[0].span.start), 'with ');
});

test('annotateActors keeps the seed article\'s anonymous source as an unresolved description', () => {
  const source = mention(actors, 'a source familiar with the negotiations');
  assert.ok(source);
  assert.equal(source.actor, undefined);
  assert.equal(source.describes, 'anonymous-source');
});

test('annotateActors spans point at the seed article\'s text', () => {
  for (const m of actors) assert.equal(text.slice(m.span.start, m.span.end), m.text);
});
