import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention, placeAt } from './run-actors.js';

// An article set in one country: its places give the country that bare agents and offices take.
function inCountry(text: string, place: string, country: string) {
  return actorsIn(text, '2016-07-28', [placeAt(text, place, country)]);
}

test('annotateActors gives the regime, loyalists, the army and police the country of the article', () => {
  const text = 'Shelling hit Homs overnight. The regime blamed the rebels, while loyalists and the army moved in and police sealed the roads.';
  const actors = inCountry(text, 'Homs', 'SY');
  assert.equal(mention(actors, 'regime')?.actor?.code, 'SYRGOV');
  assert.equal(mention(actors, 'loyalists')?.actor?.code, 'SYRMIL');
  assert.equal(mention(actors, 'army')?.actor?.code, 'SYRMIL');
  assert.equal(mention(actors, 'police')?.actor?.code, 'SYRCOP');
});

test('annotateActors codes protesters as civilians of the article country', () => {
  const text = 'In Basra, protesters gathered outside the governor’s office.';
  assert.equal(mention(inCountry(text, 'Basra', 'IQ'), 'protesters')?.actor?.code, 'IRQCVL');
});

test('annotateActors gives an office with no country the country of the article', () => {
  const text = 'Prime Minister Karim Nadeer toured Mosul on Monday. Later the foreign minister said talks would resume.';
  const actors = inCountry(text, 'Mosul', 'IQ');
  assert.equal(mention(actors, 'Prime Minister Karim Nadeer')?.actor?.code, 'IRQGOV');
  assert.equal(mention(actors, 'foreign minister')?.actor?.code, 'IRQGOV');
});

test('annotateActors links a bare office to the one holder named before it', () => {
  const actors = actorsIn('Foreign Minister Sergei Lavrov arrived on Monday. The foreign minister said the talks went well.');
  const bare = mention(actors, 'foreign minister');
  assert.equal(bare?.actor?.id, 'sergey-lavrov');
  assert.equal(bare?.corefOf, actors.findIndex((m) => m.actor?.id === 'sergey-lavrov'));
});

test('annotateActors links a bare office word found anywhere in the holder\'s title, but a two-word office only to those words in a row', () => {
  const minister = mention(actorsIn('Foreign Minister Sergei Lavrov arrived on Monday. The minister said the talks went well.', '2015-01-01'), 'minister');
  assert.equal(minister?.actor?.id, 'sergey-lavrov');
  const foreign = mention(actorsIn('Prime Minister Benjamin Netanyahu spoke on Monday. The foreign minister said the talks went well.', '2015-01-01'), 'foreign minister');
  assert.notEqual(foreign?.actor?.id, 'benjamin-netanyahu');
});

test('annotateActors finds a known person by office and surname alone', () => {
  assert.equal(mention(actorsIn('President Mugabe addressed the crowd.', '2005-01-01'), 'President Mugabe')?.actor?.code, 'ZWEGOV');
});

test('annotateActors codes ethnic and religious groups after the country of the article', () => {
  const text = 'Clashes spread near Qamishli, where Kurds and Alawites live side by side. Iraqi Kurds sent aid.';
  const actors = inCountry(text, 'Qamishli', 'SY');
  assert.equal(mention(actors, 'Kurds')?.actor?.code, 'SYRKUR');
  assert.equal(mention(actors, 'Alawites')?.actor?.code, 'SYRALE');
  assert.equal(mention(actors, 'Iraqi Kurds')?.actor?.code, 'IRQKUR');
});

test('annotateActors codes a country people by the plural of its adjective', () => {
  const actors = actorsIn('Syrians and Turks crossed the border while the French watched.');
  assert.equal(mention(actors, 'Syrians')?.actor?.code, 'SYRCVL');
  assert.equal(mention(actors, 'Turks')?.actor?.code, 'TURCVL');
  assert.equal(mention(actors, 'the French')?.actor?.code, 'FRACVL');
  assert.equal(mention(actorsIn('The French government protested.'), 'the French'), undefined);
});

test('annotateActors recognises each country of an adjective list before a plain noun', () => {
  const actors = actorsIn('Turkish and Greek negotiators met again.');
  assert.equal(mention(actors, 'Turkish and Greek negotiators')?.actor?.code, 'TURGOV');
  const plain = actorsIn('Turkish and Greek ships sailed.');
  assert.deepEqual(plain.map((m) => m.actor?.code), ['TUR', 'GRC']);
});

test('annotateActors recognises a backer without making it the country of the backed party', () => {
  const actors = actorsIn('Russian-backed forces shelled the town.');
  assert.equal(mention(actors, 'Russian')?.actor?.code, 'RUS');
  assert.ok(!actors.some((m) => m.actor?.code === 'RUSMIL'));
});

test('annotateActors reads the short names of states as actors', () => {
  const actors = actorsIn('The US rejected the plan and the UK agreed.');
  assert.equal(mention(actors, 'US')?.actor?.code, 'USA');
  assert.equal(mention(actors, 'UK')?.actor?.code, 'GBR');
});

test('annotateActors knows historical organisations', () => {
  assert.equal(mention(actorsIn('The European Community imposed sanctions.', '1990-05-01'), 'European Community')?.actor?.code, 'IGOEUREEC');
});

test('annotateActors links a sentence-opening pronoun to the one person named before', () => {
  const actors = actorsIn('Sergei Lavrov spoke in Geneva. He said the truce would hold.');
  assert.equal(mention(actors, 'He')?.actor?.id, 'sergey-lavrov');
  const two = actorsIn('Sergei Lavrov met John Kerry in Geneva. He said the truce would hold.');
  assert.equal(mention(two, 'He'), undefined);
});

test("annotateActors links a pronoun that opens the main clause after an opening phrase ('In a statement on Monday, he said') as it does a sentence-opening one", () => {
  const actors = actorsIn('Sergei Lavrov spoke in Geneva. In a statement on Monday, he said the truce would hold.');
  assert.equal(mention(actors, 'he')?.actor?.id, 'sergey-lavrov');
  // Inside a clause the pronoun stays unlinked: the name already covers its events.
  const inside = actorsIn('Sergei Lavrov spoke in Geneva. The talks, he said, would go on.');
  assert.equal(mention(inside, 'he'), undefined);
});

test('annotateActors links the militants to the one armed group named before', () => {
  const actors = actorsIn('Islamic State fighters seized the village. The militants then burned the school.');
  assert.equal(mention(actors, 'militants')?.actor?.code, 'IMGMUSISI');
});

test('annotateActors codes an office holder named without a date by the office, not as a former leader', () => {
  assert.equal(mention(actorsIn('Kofi Annan called for calm.', ''), 'Kofi Annan')?.actor?.code, 'IGOUNO');
});

test('annotateActors takes the country of the towns named over a foreign state named as often ("crimes by the regime and Russia" in Homs)', () => {
  const text = 'Crimes by the regime and Russia go on. Russia denies it. In Homs the regime shelled homes, activists in Homs said.';
  const places = [placeAt(text, 'Russia', 'RU'), placeAt(text, 'Russia', 'RU', false, 1), placeAt(text, 'Homs', 'SY'), placeAt(text, 'Homs', 'SY', false, 1)];
  places[0].place!.precision = 'country';
  places[1].place!.precision = 'country';
  const actors = actorsIn(text, '2016-08-20', places);
  assert.equal(mention(actors, 'regime')?.actor?.code, 'SYRGOV');
});

test('annotateActors reads a community word before a building or a place as its adjective, not a party ("a Shiite mosque", "a Sunni village")', () => {
  const actors = actorsIn('A suicide bomber struck a Shiite mosque in Kabul, and gunmen raided a Sunni village nearby.', '2017-09-29');
  assert.ok(!actors.some((a) => /^(Shiite|Sunni)$/.test(a.text)), JSON.stringify(actors.map((a) => [a.text, a.actor?.code])));
  const people = actorsIn('Gunmen killed six Shiites in Quetta.', '2017-09-29');
  assert.ok(people.some((a) => a.text === 'Shiites'), JSON.stringify(people.map((a) => a.text)));
});

test('annotateActors codes an ethnic minority with the state it lives in, and a people with the state named right after it', () => {
  const ethnic = actorsIn('Ethnic Hungarians in northern Serbia demanded autonomy.', '2016-07-28', [placeAt('Ethnic Hungarians in northern Serbia demanded autonomy.', 'Serbia', 'RS')]);
  assert.equal(mention(ethnic, 'Hungarians')?.actor?.code, 'SRBCVL');
  const inArticle = inCountry('Hundreds of ethnic Hungarians marched on Sunday in Novi Sad.', 'Novi Sad', 'RS');
  assert.equal(mention(inArticle, 'Hungarians')?.actor?.code, 'SRBCVL');
  const of = 'The Hungarians of Romania voted on Sunday.';
  assert.equal(mention(actorsIn(of, '2016-07-28', [placeAt(of, 'Romania', 'RO')]), 'Hungarians')?.actor?.code, 'ROUCVL');
  // Not called ethnic and no state after it: the people's own country.
  assert.equal(mention(inCountry('Hungarians protested in Novi Sad.', 'Novi Sad', 'RS'), 'Hungarians')?.actor?.code, 'HUNCVL');
});

test('annotateActors codes the Assyrians, a Christian people, as Christians of the country they live in', () => {
  const actors = actorsIn('Gunmen seized dozens of Assyrians from villages along the Khabur river in Syria. Church leaders said the Assyrian Christians were still held.', '2015-02-28');
  assert.equal(mention(actors, 'Assyrians')?.actor?.code.slice(-3), 'CHR', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
  assert.equal(mention(actors, 'Assyrian Christians')?.actor?.code.slice(-3), 'CHR');
});

test("annotateActors links 'he' after a spokesman to the body he speaks for (\"The army's spokesman denied it. He said …\", 'a spokesman for the coalition')", () => {
  const owned = actorsIn("The Kenyan army's spokesman denied the report. He said troops had only returned fire.");
  assert.equal(mention(owned, 'He')?.actor?.code, 'KENMIL');
  const of = actorsIn('A spokesman for the Kenyan police denied the report. In a statement, he said officers had only returned fire.');
  assert.equal(mention(of, 'he')?.actor?.code, 'KENCOP');
});

test("a state's government or army that reports on bare 'soldiers' speaks of its own, not of the country where the story is ('Turkey's defence ministry said two soldiers')", () => {
  const text = 'A drone hit a car near Sinjar on Monday. Separately, Turkey\'s defence ministry said two soldiers had been killed in a clash with militants. The Israeli military says troops shot a man in Sinjar.';
  const actors = inCountry(text, 'Sinjar', 'IQ');
  assert.equal(mention(actors, 'soldiers')?.actor?.code, 'TURMIL');
  assert.equal(mention(actors, 'troops')?.actor?.code, 'ISRMIL');
  // A monitor or a rebel group that reports on soldiers names the article's country's soldiers.
  const monitor = 'Shelling hit Homs overnight. The Observatory said two soldiers were killed, and the rebels said troops had fled.';
  const local = inCountry(monitor, 'Homs', 'SY');
  assert.equal(mention(local, 'soldiers')?.actor?.code, 'SYRMIL');
  assert.equal(mention(local, 'troops')?.actor?.code, 'SYRMIL');
});

test("a day between a state speaker and its verb ('Turkey's defence ministry on Thursday said two soldiers') still makes the soldiers its own", () => {
  const text = 'A drone hit a car near Sinjar on Monday. Turkey\'s defence ministry on Thursday said two soldiers had been killed in a clash with militants.';
  assert.equal(mention(inCountry(text, 'Sinjar', 'IQ'), 'soldiers')?.actor?.code, 'TURMIL');
});

test("a state that says what 'the army' did ('denied on Thursday that the army had shelled') speaks of its own army", () => {
  const text = 'Talks opened in Astana on Monday. The Iraqi Defence Ministry denied on Thursday that the army had shelled the villages.';
  assert.equal(mention(inCountry(text, 'Astana', 'KZ'), 'army')?.actor?.code, 'IRQMIL');
});

test("a state that speaks of the story's army by name ('disappointed by the army's decision') does not make it its own", () => {
  const text = 'Fighting went on in Khartoum. The United States said it was disappointed by the army\'s decision to leave the talks.';
  assert.equal(mention(inCountry(text, 'Khartoum', 'SD'), 'army')?.actor?.code, 'SDNMIL');
});

test("'security forces' are the article country's armed forces, not its police", () => {
  const text = 'Gunmen attacked a checkpoint near Bannu. Security forces killed four of the attackers.';
  assert.equal(mention(inCountry(text, 'Bannu', 'PK'), 'Security forces')?.actor?.code, 'PAKMIL');
});

test("a state's ministry that denies or says something of 'government forces' speaks of its own ('The Iraqi Interior Ministry denied … and said government forces')", () => {
  const text = 'Talks opened in Moscow on Monday. The Iraqi Interior Ministry denied on Sunday that its men had fired on the crowd and said government forces were guarding the roads.';
  const actors = inCountry(text, 'Moscow', 'RU');
  assert.ok(mention(actors, 'government forces')?.actor?.code.startsWith('IRQ'), JSON.stringify(mention(actors, 'government forces')?.actor));
});

test('annotateActors reads an opposition delegation, or a country adjective before "opposition delegation", as the opposition (OPP), not the bare country', () => {
  const actors = actorsIn('The Libyan opposition delegation asked the envoy to press the government, and the opposition delegates left the hall.', '2017-01-20');
  assert.equal(mention(actors, 'Libyan opposition delegation')?.actor?.code, 'LBYOPP');
  assert.equal(actors.some((m) => m.actor?.code === 'LBY'), false);
});

test("annotateActors takes the article's country from its several places, not from one place abroad named twice (a village read as a namesake abroad)", () => {
  const text = 'Government forces advanced in Hama province. Troops took Farwa, and fighting near Farwa went on as the army shelled Hama.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Hama', 'SY'), placeAt(text, 'Farwa', 'DZ'), placeAt(text, 'Farwa', 'DZ', undefined, 1), placeAt(text, 'Hama', 'SY', undefined, 1)]
    .map((p, i) => (i === 0 ? { ...p, place: { ...p.place!, id: 'test:Hama province', precision: 'province' as const } } : p)));
  assert.equal(mention(actors, 'Government forces')?.actor?.code, 'SYRMIL');
  assert.equal(mention(actors, 'Troops')?.actor?.code, 'SYRMIL');
});

test("annotateActors gives the bare agents of a sentence that opens on another country ('In Iraq, …') that country; a venue named later in a sentence sets nothing", () => {
  const text = 'Shelling hit Homs and Hama overnight. In Iraq, government forces repelled an attack on Haditha. Meeting in Jordan, the ministers condemned the army.';
  const country = (name: string, iso: string) => ({ ...placeAt(text, name, iso), place: { ...placeAt(text, name, iso).place!, precision: 'country' as const } });
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Homs', 'SY'), placeAt(text, 'Hama', 'SY'), country('Iraq', 'IQ'), country('Jordan', 'JO')]);
  assert.equal(mention(actors, 'government forces')?.actor?.code, 'IRQMIL', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
  assert.equal(mention(actors, 'army')?.actor?.code, 'SYRMIL', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
});

test("annotateActors finds the country that opens a sentence after hyphenated words, which the phrase matcher splits in two ('Pro-government … In Iraq, …')", () => {
  const text = 'Pro-government media in Homs reported a cease-fire. In Iraq, government forces repelled an attack on Haditha.';
  const country = { ...placeAt(text, 'Iraq', 'IQ'), place: { ...placeAt(text, 'Iraq', 'IQ').place!, precision: 'country' as const } };
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Homs', 'SY'), country]);
  assert.equal(mention(actors, 'government forces')?.actor?.code, 'IRQMIL', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
});
