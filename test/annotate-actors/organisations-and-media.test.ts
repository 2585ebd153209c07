import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention } from './run-actors.js';

test('annotateActors codes international organisations as IGOs', () => {
  const actors = actorsIn('The UN Security Council met after NATO and the OPCW warned; ASEAN ministers stayed silent.');
  assert.equal(mention(actors, 'UN Security Council')?.actor?.code, 'IGOUNO');
  assert.equal(mention(actors, 'NATO')?.actor?.kind, 'igo');
  assert.equal(mention(actors, 'OPCW')?.actor?.kind, 'igo');
  assert.match(actors.find((m) => m.text.startsWith('ASEAN'))?.actor?.code ?? '', /^IGO/);
});

test('annotateActors codes rights monitors and relief groups as NGOs', () => {
  const actors = actorsIn('The Syrian Observatory for Human Rights, Amnesty International and the White Helmets counted the dead.');
  for (const name of ['Syrian Observatory for Human Rights', 'Amnesty International', 'White Helmets']) assert.equal(mention(actors, name)?.actor?.kind, 'ngo', name);
});

test('annotateActors marks news outlets as media with their country', () => {
  const actors = actorsIn('TASS and RIA Novosti quoted the ministry; Reuters, SANA and Al Jazeera could not confirm it.');
  assert.equal(mention(actors, 'TASS')?.actor?.code, 'RUSMED');
  assert.equal(mention(actors, 'RIA Novosti')?.actor?.kind, 'media');
  assert.equal(mention(actors, 'SANA')?.actor?.code, 'SYRMED');
  for (const name of ['Reuters', 'Al Jazeera']) assert.equal(mention(actors, name)?.actor?.kind, 'media', name);
});

test('annotateActors keeps an anonymous source unresolved and says what it describes', () => {
  const actors = actorsIn('A diplomatic source said the talks had stalled, and a source familiar with the talks agreed.');
  const sources = actors.filter((m) => m.describes === 'anonymous-source');
  assert.equal(sources.length, 2);
  assert.ok(sources.every((m) => m.actor === undefined));
});

test('annotateActors knows the wider press as media, never as an unknown name ("Asharq Al-Awsat", "the Times of Israel", "Amaq")', () => {
  for (const [text, name] of [['Asharq Al-Awsat reported the strikes.', 'Asharq Al-Awsat'], ['The Times of Israel said the jets returned.', 'Times of Israel'], ['Amaq claimed the attack.', 'Amaq']]) {
    const m = actorsIn(text).find((a) => a.text.includes(name));
    assert.equal(m?.actor?.kind, 'media', `${name} in "${text}"`);
  }
});

test('annotateActors matches a name written with a hyphen that wink-nlp keeps in one token ("Co-operation")', () => {
  const actors = actorsIn('Monitors from the Organization for Security and Co-operation in Europe recorded 42 explosions.');
  assert.equal(actors.find((a) => a.text.startsWith('Organization for Security'))?.actor?.code, 'IGOEUROSC');
});

test('annotateActors codes aid groups and charities of a named country as its NGOs; unplaced ones stay descriptions', () => {
  const actors = actorsIn('Two Canadian aid groups sent doctors, and local charities said the clinics were full.');
  assert.equal(mention(actors, 'Canadian aid groups')?.actor?.code, 'CANNGO');
  assert.equal(actors.some((m) => m.text.endsWith('charities') && m.actor), false);
});

test('annotateActors knows peacekeeping missions by their acronyms: ATMIS, UNIFIL', () => {
  assert.equal(actorsIn('ATMIS troops pulled out of the base.', '2023-06-01').find((m) => m.text.includes('ATMIS'))?.actor?.code, 'IGOAFRAFU');
  assert.equal(actorsIn('UNIFIL urged both sides to show restraint.', '2023-10-12').find((m) => m.text === 'UNIFIL')?.actor?.code, 'IGOUNO');
});

test("annotateActors does not read one half of a hyphened acronym as the party of that name ('the CSP-DPA alliance' is not the agency dpa)", () => {
  const actors = actorsIn('The rebel alliance (CSP-DPA) said on Wednesday that the drone had fired two missiles, DPA reported.');
  assert.ok(!actors.some((m) => m.text === 'DPA' && m.span.start < 30), JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
  assert.equal(actors.filter((m) => m.text === 'DPA').length, 1);
  // Two acronyms with a space between are two names.
  assert.ok(actorsIn('Troops of the UN NATO and others met.').some((m) => m.text === 'NATO'));
});
