import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention, placeAt } from './run-actors.js';

test('annotateActors keeps unknown proper-noun sequences as unresolved mentions', () => {
  const actors = actorsIn('Commanders of Liwa Suqour al-Jabal met Abu Hamza al-Tamimi on the road.');
  const group = mention(actors, 'Liwa Suqour al-Jabal');
  assert.ok(group);
  assert.equal(group.actor, undefined);
  assert.ok(mention(actors, 'Abu Hamza al-Tamimi'));
});

test('annotateActors does not turn months, weekdays, places or sentence-initial words into actors', () => {
  const text = 'However, on Monday in August the convoy reached Kafr Nabl. Yesterday was calm.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Kafr Nabl', 'SY')]);
  assert.deepEqual(actors.map((m) => m.text), []);
});

test('annotateActors links a surname to an earlier unknown full name', () => {
  const actors = actorsIn('Abu Hamza al-Tamimi led the raid. Witnesses said Tamimi escaped.');
  const full = actors.findIndex((m) => m.text === 'Abu Hamza al-Tamimi');
  assert.equal(mention(actors, 'Tamimi')?.corefOf, full);
});

test('annotateActors links "the ministry" to the one ministry named before it', () => {
  const actors = actorsIn('The Turkish foreign ministry summoned the ambassador. The ministry said the strike was unacceptable.');
  const first = actors.findIndex((m) => m.text === 'Turkish foreign ministry');
  const later = mention(actors, 'The ministry');
  assert.equal(later?.corefOf, first);
  assert.equal(later?.actor?.code, 'TURGOV');
});

test('annotateActors does not link "the group" when two groups came before it', () => {
  const actors = actorsIn('Ahrar al-Sham and Jaish al-Islam clashed. The group said it lost two men.');
  assert.equal(mention(actors, 'The group'), undefined);
  const single = actorsIn('Ahrar al-Sham shelled the road. The group said it lost two men.');
  assert.equal(mention(single, 'The group')?.actor?.id, 'ahrar-al-sham');
});

test('annotateActors links a later short name of a dictionary actor to its first mention', () => {
  const actors = actorsIn('Sergei Lavrov spoke first. Then Lavrov left.');
  assert.equal(mention(actors, 'Lavrov')?.corefOf, 0);
});

test('annotateActors does not link "the newspaper" that is followed by the newspaper\'s own name', () => {
  const actors = actorsIn('Izvestia reported the plan. Later the newspaper the Washington Post said it was dead.');
  assert.equal(mention(actors, 'the newspaper'), undefined);
  assert.equal(mention(actors, 'Washington Post')?.actor?.kind, 'media');
});

test('annotateActors links a capitalised head word alone to the one named party it ends ("The Coalition" after "the Syrian Coalition")', () => {
  const actors = actorsIn('The Syrian Coalition called on the European Union to act. The Coalition warned of dire consequences.', '2016-08-20');
  assert.equal(mention(actors, 'Coalition')?.actor?.code, 'SYROPP');
});

test('annotateActors gives "its fighters" the armed group named before them in the sentence', () => {
  const actors = actorsIn('Islamic State claimed the attack. In a statement, the group said one of its fighters had detonated an explosive vest.', '2017-03-18');
  assert.equal(mention(actors, 'fighters')?.actor?.code, 'IMGMUSISI');
});

test('annotateActors reads a lone capitalised direction or administrative word as no party ("Western-backed", "Khorasan Province")', () => {
  const text = 'The group is fighting to topple the Western-backed government. It is known as Islamic State Khorasan Province.';
  const actors = actorsIn(text, '2017-03-18', [placeAt(text, 'Khorasan', 'AF')]);
  assert.deepEqual(actors.filter((m) => !m.actor).map((m) => m.text), []);
  // A name that holds such a word is still a name.
  assert.ok(mention(actorsIn('Fighters of the Southern Front crossed the line.'), 'Southern Front'));
});

test('annotateActors reads a name after "in al-" or "the village of" as a place, not an unknown party', () => {
  const article = actorsIn('Gunmen killed two farmers in al-Rawda and burned their fields.', '2014-08-31');
  assert.ok(!article.some((a) => /Rawda/.test(a.text)), JSON.stringify(article.map((a) => a.text)));
  const village = actorsIn('A mosque in the village of Tell Hamra called on people to gather.', '2014-08-31');
  assert.ok(!village.some((a) => /Tell Hamra/.test(a.text)), JSON.stringify(village.map((a) => a.text)));
});

test('annotateActors reads an office and a known name with a bare -s as that party when the apostrophe is lost ("On President Hollandes comments")', () => {
  const actors = actorsIn('French President Francois Hollande spoke on Monday. John Kerry answered him. On President Hollandes comments Kerry said little.', '2013-09-08');
  assert.equal(actors.find((a) => a.text.endsWith('Hollandes'))?.actor?.code, 'FRAGOV', JSON.stringify(actors.map((a) => [a.text, a.actor?.code])));
});

test("annotateActors gives an unknown name after a country word that country ('Rwandan Patriotic Front'), not a hyphenated modifier", () => {
  const actors = actorsIn('The Chilean Union of Dockers called off its strike on Monday.');
  assert.equal(mention(actors, 'Chilean Union of Dockers')?.actor?.code, 'CHL');
  // A name that ends in an agent noun is that arm of the state.
  assert.equal(mention(actorsIn('The Chilean National Army took the town.'), 'Chilean National Army')?.actor?.code, 'CHLMIL');
  const backed = actorsIn("Militants fought Somalia's Western-backed government on Monday.");
  assert.ok(!backed.some((a) => a.text.includes('Western') && a.actor?.code === 'SOM'), JSON.stringify(backed.map((a) => [a.text, a.actor?.code])));
});

test('annotateActors gives "terrorists from Jaish al-Islam" and "fighters of Hezbollah" the named group', () => {
  const actors = actorsIn('Rounds were fired by terrorists from Jaish al-Islam on the district. Fighters of Hezbollah crossed the border.', '2017-01-01');
  assert.equal(mention(actors, 'terrorists')?.actor?.code, 'SYRREB', JSON.stringify(actors.map((a) => [a.text, a.actor?.code])));
  assert.equal(mention(actors, 'Fighters')?.actor?.code, 'LBNREB');
  // Not a state or an office: 'soldiers of Syria' keeps its own reading, and a place after 'from' is where they came from.
  assert.notEqual(mention(actorsIn('Gunmen from Aleppo attacked the post.', '2017-01-01'), 'Gunmen')?.actor?.code, 'SYRGOV');
});

test('annotateActors reads the capitalised common words of a title-case headline, which the body writes in lower case, as no name', () => {
  const actors = actorsIn('Gunmen Shot Dozens Captured Near Border Post. Witnesses said the gunmen shot dozens of men who had been captured near the border post. Abu Hamza al-Tamimi led them.');
  for (const word of ['Shot', 'Dozens', 'Captured', 'Border']) assert.ok(!actors.some((m) => m.text.includes(word)), JSON.stringify(actors.map((m) => m.text)));
  assert.ok(mention(actors, 'Abu Hamza al-Tamimi'));
});

test("annotateActors reads a headline's verb in -s after a known party ('Syrian Coalition Urges Intl Community') as no part of a name", () => {
  const actors = actorsIn('Saturday 20 August 2016 Syrian Coalition Urges Intl Community to Act Over Aleppo Sieges. The coalition called on the world to act.');
  assert.ok(mention(actors, 'Intl Community'), JSON.stringify(actors.map((m) => m.text)));
  assert.ok(!actors.some((m) => m.text.includes('Urges')));
});

test('annotateActors links a Korean family name alone, which comes first, to the person named in full before', () => {
  const actors = actorsIn('President Yoon Suk Yeol met the press in Seoul. Later, Yoon repeated an offer of talks.', '2023-03-17');
  assert.equal(mention(actors, 'Yoon')?.actor?.code, 'KORGOV');
});

test("'They' opening a sentence with an active verb is the plural party that opened the sentence before ('Fighters stormed the village. They killed …'), not the victims of a passive", () => {
  const text = 'Houthi fighters stormed the village on Monday. They killed 12 soldiers.';
  const actors = actorsIn(text);
  const they = actors.find((m) => m.text === 'They');
  assert.equal(they?.actor?.code, mention(actors, 'Houthi fighters')?.actor?.code);
  const passive = 'Soldiers arrested 20 men in the market. They were later released.';
  assert.ok(!actorsIn(passive).some((m) => m.text === 'They'));
  const object = 'A drone struck the rebels near the border. They killed two guards.';
  assert.ok(!actorsIn(object).some((m) => m.text === 'They'));
  const quoted = 'Hundreds of protesters marched on the parliament. "They started shooting without warning," a trader said.';
  assert.ok(!actorsIn(quoted).some((m) => m.text === 'They'));
});

test("annotateActors reads the platform a party spoke on as no party ('said on Telegram', 'wrote in a post on Signalgram')", () => {
  const actors = actorsIn('The president said on Telegram that the prisoners were home. The minister wrote in a post on Signalgram that talks would go on.');
  assert.equal(mention(actors, 'Telegram'), undefined, JSON.stringify(actors.map((m) => m.text)));
  assert.equal(mention(actors, 'Signalgram'), undefined, JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors reads every name in a list after "the villages of" as a place, not a party', () => {
  const actors = actorsIn('Rebel units seized the villages of Kafr Dabsa, Tell Harun, Ain Sawda and Jabal Qamar on Friday.');
  assert.deepEqual(actors.filter((m) => m.actor === undefined).map((m) => m.text), []);
  const towns = actorsIn('Government troops entered the towns of Marj Bazal and Khirbat Nasr after the fighting.');
  assert.deepEqual(towns.filter((m) => m.actor === undefined).map((m) => m.text), []);
});

test('annotateActors still finds an unknown group after a place list ends ("… and Kafr Dabsa, Liwa Suqour al-Jabal said")', () => {
  const actors = actorsIn('Fighting raged in the villages of Kafr Dabsa and Tell Harun. Liwa Suqour al-Jabal said it held the hills.');
  assert.ok(mention(actors, 'Liwa Suqour al-Jabal'));
});

test('annotateActors takes no party from a capitalised casualty phrase ("Dozens of Casualties", "Death Toll") of a headline', () => {
  const text = 'Dozens of Casualties in Market Bomb Blast. A bomb went off in the market on Wednesday. Death Toll Rises to 70 in Port Blast.';
  const found = actorsIn(text).map((m) => m.text);
  assert.ok(!found.some((t) => /Casualties|Toll/.test(t)), JSON.stringify(found));
});

test("annotateActors reads a group's name with a bare -s as that group when the apostrophe is lost ('the Nusras raid', 'Hezbollahs men')", () => {
  const actors = actorsIn('Villagers fled after al-Nusras raid on the farms, and Hezbollahs men moved in.');
  assert.equal(mention(actors, 'Nusras')?.actor?.id, 'jabhat-al-nusra');
  assert.equal(mention(actors, 'Hezbollahs')?.actor?.id, 'hezbollah');
});

test('annotateActors reads a photo credit in brackets ("(AFP Photo)", "(Reuters File Photo)") as the agency alone, no party called Photo', () => {
  const actors = actorsIn('A boy walks past a ruined school in the old city. (AFP Photo) Shelling went on. (Reuters File Photo)');
  assert.deepEqual(actors.map((m) => m.text).filter((t) => /Photo|File/.test(t)), []);
});

test("annotateActors reads an act noun that a title-case headline capitalises after a party ('Army Offensive', 'Rebel Assault') as no name", () => {
  const actors = actorsIn('Dozens Killed in New Iraqi Army Offensive Near Mosul. Troops pushed north on Monday.');
  assert.equal(actors.some((m) => /Offensive|Killed|Dozens/.test(m.text)), false, actors.map((m) => m.text).join('|'));
  // A named operation keeps its name.
  const named = actorsIn('Turkey Launches Operation Olive Branch Against Kurdish Fighters in Afrin. Jets struck on Saturday.');
  assert.ok(named.some((m) => m.text.includes('Olive Branch')), named.map((m) => m.text).join('|'));
});
