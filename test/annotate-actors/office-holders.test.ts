import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention, placeAt } from './run-actors.js';

test('annotateActors codes John Kerry by the office he held on the publication date', () => {
  const text = 'John Kerry criticised the plan.';
  assert.equal(mention(actorsIn(text, '2010-05-01'), 'John Kerry')?.actor?.code, 'USALEG');
  assert.equal(mention(actorsIn(text, '2015-05-01'), 'John Kerry')?.actor?.code, 'USAGOV');
});

test('annotateActors codes an office holder named after every term as a former one (ELI)', () => {
  assert.equal(mention(actorsIn('Barack Obama spoke at the forum.', '2020-05-01'), 'Barack Obama')?.actor?.code, 'USAELI');
  assert.equal(mention(actorsIn('Barack Obama spoke at the forum.', '2014-05-01'), 'Barack Obama')?.actor?.code, 'USAGOV');
});

test('annotateActors knows office holders past the CAMEO dictionaries\' 2015 end', () => {
  const actors = actorsIn('Donald Trump called Recep Tayyip Erdogan, and Rex Tillerson met Staffan de Mistura.', '2017-06-01');
  assert.equal(mention(actors, 'Donald Trump')?.actor?.code, 'USAGOV');
  assert.equal(mention(actors, 'Recep Tayyip Erdogan')?.actor?.code, 'TURGOV');
  assert.equal(mention(actors, 'Rex Tillerson')?.actor?.role, 'Secretary of State');
  assert.equal(mention(actors, 'Staffan de Mistura')?.actor?.code, 'IGOUNO');
});

test('annotateActors takes the title and country before a name into the mention', () => {
  const actors = actorsIn('Russian President Vladimir Putin and Syrian President Bashar al-Assad spoke by phone.');
  const putin = mention(actors, 'Russian President Vladimir Putin');
  assert.equal(putin?.actor?.code, 'RUSGOV');
  assert.equal(mention(actors, 'Syrian President Bashar al-Assad')?.actor?.code, 'SYRGOV');
  assert.equal(actors.some((m) => m.text === 'Russian'), false);
});

test('annotateActors codes an unknown official by the country and title before the name', () => {
  const actors = actorsIn('Syrian Deputy Foreign Minister Karim Haddad denied the report.');
  const official = actors.find((m) => m.text.endsWith('Karim Haddad'));
  assert.equal(official?.actor?.code, 'SYRGOV');
  assert.equal(official?.actor?.kind, 'person');
});

test('annotateActors codes Hezbollah\'s leader with the group\'s code', () => {
  assert.equal(mention(actorsIn('Hassan Nasrallah warned Israel.', '2016-07-28'), 'Hassan Nasrallah')?.actor?.code, 'LBNREB');
});

test("a 'Secretary-General' before a name is an office, not a military general", () => {
  const actors = actorsIn('Arab League Secretary-General Amr Farouk urged calm on Monday.');
  assert.ok(!actors.some((m) => m.actor?.code?.endsWith('MIL')), JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
});

test("annotateActors knows Libya's Prime Minister Fayez al-Sarraj in office, under his spellings", () => {
  const actors = actorsIn('Fayez al-Serraj, head of the Presidential Council, proposed a ceasefire. Sarraj later met the envoy.', '2016-12-02');
  assert.equal(mention(actors, 'Fayez al-Serraj')?.actor?.code, 'LBYGOV', JSON.stringify(actors.map((a) => [a.text, a.actor?.code])));
  assert.equal(mention(actors, 'Sarraj')?.actor?.code, 'LBYGOV');
});

test('annotateActors reads abbreviated military ranks as offices ("Lt. Gen. Ana Rojas" in an article about Chile)', () => {
  const text = 'Lt. Gen. Ana Rojas resigned on Monday to allow elections in Chile.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Chile', 'CL')]);
  assert.equal(mention(actors, 'Lt. Gen. Ana Rojas')?.actor?.code, 'CHLMIL');
});

test('annotateActors codes an unknown official by the international body named before the office', () => {
  const actors = actorsIn('Arab League Secretary General Ana Rojas arrived in Cairo.');
  assert.equal(mention(actors, 'Arab League Secretary General Ana Rojas')?.actor?.code.slice(0, 3), 'IGO');
});

test("annotateActors gives an unknown person the state of a possessive a few words before the name (\"Chile's chief negotiator Ana Rojas\")", () => {
  const actors = actorsIn("Chile's chief negotiator Ana Rojas rejected the offer on Monday.");
  assert.equal(mention(actors, "Chile's chief negotiator Ana Rojas")?.actor?.code.slice(0, 3), 'CHL');
});

test('annotateActors codes a minister or a ministry of any portfolio as the government of its country', () => {
  const actors = actorsIn("Kenya's energy minister said repairs would take weeks. The Ugandan health ministry said 12 people had died. Tanzania's trade minister left.");
  assert.equal(mention(actors, "Kenya's energy minister")?.actor?.code, 'KENGOV');
  assert.equal(mention(actors, 'Ugandan health ministry')?.actor?.code, 'UGAGOV');
  assert.equal(mention(actors, "Tanzania's trade minister")?.actor?.code, 'TZAGOV');
});

test('annotateActors codes each of two leaders at a summit by his own country, not by the other\'s', () => {
  const actors = actorsIn('President Yoon Suk Yeol and Prime Minister Fumio Kishida condemned the launch.', '2023-03-17');
  assert.equal(actors.find((m) => m.text.includes('Yoon'))?.actor?.code, 'KORGOV');
  assert.equal(actors.find((m) => m.text.includes('Kishida'))?.actor?.code, 'JPNGOV');
});

test('annotateActors knows a state governor and a North Korean leader by name', () => {
  assert.equal(actorsIn('Governor Babagana Zulum visited the town.', '2023-06-01').find((m) => m.text.includes('Zulum'))?.actor?.code, 'NGAGOV');
  assert.equal(actorsIn('Kim Jong Un oversaw the test.', '2023-06-01').find((m) => m.text.includes('Kim'))?.actor?.code, 'PRKGOV');
});

test('an ambassador or envoy "to" a body speaks for the state named before the body ("Lebanese U.N. Ambassador X", "Chile\'s U.N. envoy X")', () => {
  const actors = actorsIn("Lebanese U.N. Ambassador Karim Nassar criticised the draft, and Chile's U.N. envoy Ana Rojas rejected it.");
  const ambassador = actors.find((m) => m.text.endsWith('Karim Nassar'));
  assert.equal(ambassador?.actor?.code, 'LBNGOV', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
  assert.equal(actors.find((m) => m.text.endsWith('Ana Rojas'))?.actor?.code, 'CHLGOV');
  assert.ok(!actors.some((m) => m.actor?.code === 'IGOUNO'), JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
});

test('a body\'s envoy for a country ("the UN\'s Yemen envoy") is the body\'s official, not the country\'s', () => {
  const actors = actorsIn("The UN's Yemen envoy, Tarek Hassan, urged both sides to talk.");
  assert.ok(!actors.some((m) => m.actor?.code?.startsWith('YEM')), JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
  assert.equal(actors.find((m) => m.text.includes('envoy'))?.actor?.code, 'IGOUNO');
});

test('a body\'s chief of a field ("UN humanitarian chief X") is the body\'s official', () => {
  const actors = actorsIn('UN humanitarian chief Maria Lind urged both sides to open the roads.');
  assert.equal(actors.find((m) => m.text.endsWith('Maria Lind'))?.actor?.code, 'IGOUNO', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
});
