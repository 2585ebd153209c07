import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';
import { chooseClass, withoutUnnamedMeans } from '../../src/stages/extract-events/choose-class.js';
import { backgroundPenalty } from '../../src/stages/extract-events/clause-rank.js';
import { segmentText } from '../../src/stages/segment/segment.js';
import type { TriggerEntry } from '../../src/stages/extract-events/trigger-lexicon.js';

// The event a snippet is about: the most confident mention, as the records stage and evaluations read it.
const main = (text: string) => [...extract(text)].sort((a, b) => b.confidence - a.confidence)[0];
const labelOf = (text: string) => { const e = main(text); return e?.acled ?? e?.otherClass; };
const entry = (pattern: string, mode: string, acled: TriggerEntry['acled']): TriggerEntry => ({ pattern, words: [], type: 'ASSAULT', mode, cameo: '190', acled, weight: 0.9, line: 0 });

test('a suicide bombing that kills shoppers stays a suicide bomb: ACLED codes the weapon, not who it hit', () => {
  const bomber = entry('suicide bomber', 'suicide-attack', 'Suicide bomb');
  assert.equal(chooseClass(bomber, [{ label: 'ATTACK', p: 0.9 }, { label: 'SUIC_BOMB', p: 0.05 }]).label, 'SUIC_BOMB');
  assert.equal(chooseClass(bomber, [{ label: 'ARMED_CLASH', p: 0.9 }, { label: 'SUIC_BOMB', p: 0.05 }]).label, 'SUIC_BOMB');
  // One weapon for another is still the sentence's call: shells that carried gas are a chemical attack.
  const shell = entry('shell', 'heavy-weapons', 'Shelling/artillery/missile attack');
  assert.equal(chooseClass(shell, [{ label: 'CHEM_WEAP', p: 0.9 }, { label: 'ART_MISS_ATTACK', p: 0.05 }]).label, 'CHEM_WEAP');
});

test('an attack told with the word for its weapon takes the weapon\'s class, whoever it killed', () => {
  assert.equal(labelOf('Thirteen civilians were killed and dozens injured in rocket attacks by militants on two districts of the city.'), 'Shelling/artillery/missile attack');
});

test('people who take to the streets or go on strike are protesting', () => {
  assert.equal(main('Thousands of people took to the streets of the capital on Saturday, denouncing the new security law.')?.type, 'PROTEST');
  assert.equal(labelOf('Bus drivers in the three largest cities went on strike on Monday over unpaid wages.'), 'Peaceful protest');
});

test('workers who stop work are on strike, a protest, even when the sentence also names the strike', () => {
  assert.equal(main('Thousands of nurses stopped work on Tuesday over a new pay scale.')?.type, 'PROTEST');
  assert.equal(main('Some 2,000 miners stopped work at dawn on the second day of a strike over pensions.')?.type, 'PROTEST');
});

test('kamikazes are suicide bombers; kamikaze drones strike from the air', () => {
  assert.equal(labelOf('Two female kamikazes blew themselves up near the mosque, killing four worshippers.'), 'Suicide bomb');
  assert.equal(labelOf('The army launched dozens of kamikaze drones at the depot overnight.'), 'Air/drone strike');
});

test('what the protesters urge or denounce after their protest is its aim, not a statement of its own', () => {
  assert.equal(main('Crowds gathered peacefully in the main square on Friday. The demonstrators urged the army to hand power to civilians.')?.type, 'PROTEST');
  assert.equal(main('Protesters filled the avenue outside parliament, denouncing the election result.')?.type, 'PROTEST');
});

test('what a protest asks others to condemn ranks below the protest, as the asking does', () => {
  assert.equal(main('A large crowd gathered at the university to protest against the plans and to ask officials to condemn them.')?.type, 'PROTEST');
});

test('what students plan rallies to call for is the aim of the protest the story tells', () => {
  assert.equal(main('A crowd gathered at the campus during a protest over the new rules. Students say they are planning rallies and walkouts to call on the university to drop them.')?.type, 'PROTEST');
});

test('people who pour into the streets are protesting', () => {
  assert.equal(main('Angry residents poured into the streets after the verdict.')?.type, 'PROTEST');
});

test('a promise or a threat outranks the acts its object names, as a verb of promising or threatening does', () => {
  assert.equal(main('Portugal has said it will support a draft resolution that seeks to extend sanctions against the junta.')?.type, 'AGREE');
  assert.equal(main('The coalition announced that it will withdraw its monitors from the province unless the governor arranged a truce with the militias.')?.type, 'THREATEN');
});

test('what a party welcomes or backs is the object of its support, which the sentence is about', () => {
  assert.equal(main("The Dutch government today welcomed the minister's latest speech as a sign of real hope for progress in the stalled trade talks.")?.type, 'SUPPORT');
});

test('a demand told by a verb outranks the act it asks for, which has not happened', () => {
  assert.equal(main('Village councils demanded help from the provincial assembly in regaining control over the seized farmland.')?.type, 'REQUEST');
});

test("'X said Y must do Z' is X's demand, which outranks Z", () => {
  const events = extract('The rebels announced that President Lenga and his party must agree to major changes before they demobilize.',
    [['rebels', 'REB', 'rebels'], ['President Lenga', 'GOV', 'government']]);
  const top = [...events].sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(top?.type, 'REQUEST', JSON.stringify(events.map((e) => [e.type, e.confidence])));
});

test('a participle that describes a noun tells background, not the event the sentence reports', () => {
  assert.equal(labelOf('Shells fell on a school hosting displaced families in the north.'), 'Shelling/artillery/missile attack');
  assert.equal(labelOf('Police detained a blogger known for supporting the opposition.'), 'Arrests');
  assert.ok(main('Police detained a blogger known for supporting the opposition.').confidence - extract('Police detained a blogger known for supporting the opposition.').find((e) => e.triggerText === 'supporting')!.confidence > 0.5);
});

test('a participle after a noun of speech is what was said, and keeps its rank', () => {
  const e = extract('The union published a statement demanding that the ministry reopen the mines.').find((m) => m.triggerText === 'demanding');
  assert.ok(e && e.confidence > 0.5, JSON.stringify(e?.confidence));
});

test('a town the attackers intended to take was not taken, and a planned act has no ACLED type', () => {
  const events = extract('The rebels intended to take control of the dam.');
  assert.ok(!events.some((e) => e.acled === 'Government regains territory' || e.acled === 'Non-state actor overtakes territory'), JSON.stringify(events.map((e) => [e.triggerText, e.type, e.acled])));
  assert.equal(extract('The rebels said they planned to attack the garrison.').find((e) => e.type === 'THREATEN')?.otherClass, 'DIPLO');
});

test('a chemical agent named in other words makes a chemical attack', () => {
  assert.equal(labelOf('Militants attacked an army unit with mustard gas, injuring twenty soldiers.'), 'Chemical weapon');
});

test('an attack whose weapon a later sentence names takes that weapon', () => {
  assert.equal(labelOf('Gunmen attacked three police stations in the south overnight. Officials said the attacks were carried out with grenades.'), 'Grenade');
});

test('a suicide bomber stays a suicide bomb when the classifier hears only an explosion', () => {
  const bomber = entry('kamikaze', 'suicide-attack', 'Suicide bomb');
  assert.equal(chooseClass(bomber, [{ label: 'REM_EXPLOS', p: 0.8 }, { label: 'SUIC_BOMB', p: 0.1 }]).label, 'SUIC_BOMB');
});

// The penalty a trigger word takes for the clause it stands in, read on a segmented sentence.
const penaltyOf = (text: string, word: string) => {
  const { tokens } = segmentText(text);
  const at = tokens.findIndex((t) => t.lower === word);
  return backgroundPenalty(tokens, { first: at, last: at + 1, entry: { pattern: word, words: [], type: 'ACCUSE', mode: 'allege', cameo: '112', weight: 0.85, line: 0 } }, 0);
};

test('a party described as "blamed for" or "accused of" an earlier act is background, as a relative clause is: the sentence is about its main clause', () => {
  const relative = penaltyOf('Police searched the home of the brother of the man who was blamed for the siege.', 'blamed');
  assert.ok(relative > 0);
  assert.equal(penaltyOf('Police searched the home of the brother of the young bomber blamed for the hotel siege.', 'blamed'), relative);
  assert.equal(penaltyOf('Troops guard the former leader of the armed faction accused of the massacre.', 'accused'), relative);
  // Told in the main clause, or as a headline without its 'were', the blame is the story.
  assert.equal(penaltyOf('Officials blamed a local militia for the grenade attack on the police van.', 'blamed'), 0);
  assert.equal(penaltyOf('Rebels blamed for grenade attack on police van', 'blamed'), 0);
  assert.equal(penaltyOf('The attack was blamed on a local militia.', 'blamed'), 0);
});

test('an act only aimed at ("planned to recapture the airport") ranks below the fighting that happened; a vow stays a threat', () => {
  assert.equal(labelOf('Government troops planned to recapture the airport from the militia, but were pushed back. Twenty soldiers were killed in clashes near the runway.'), 'Armed clash');
  assert.equal(labelOf('The rebel commander vowed to take control of the capital within a week.'), 'DIPLO');
});

test('a sentence that names nothing from the air tells no air strike, whatever the classifier hears', () => {
  assert.equal(labelOf('Police stations in five towns were hit by coordinated attacks on Tuesday night.'), 'Armed clash');
  const scores = [{ label: 'AIR_STRIKE', p: 0.5 }, { label: 'ARMED_CLASH', p: 0.4 }];
  assert.deepEqual(withoutUnnamedMeans(scores, ['fighters', 'raided', 'a', 'base']).map((s) => s.label), ['ARMED_CLASH']);
  // Jets, drones or plain 'strikes' are enough.
  assert.equal(withoutUnnamedMeans(scores, ['coalition', 'strikes', 'hit', 'a', 'base']), scores);
  assert.equal(withoutUnnamedMeans(scores, ['drones', 'hit', 'a', 'base']), scores);
  // A sentence that tells only deaths names no means at all: the classifier's guess stands.
  assert.equal(withoutUnnamedMeans(scores, ['the', 'regime', 'killed', 'twelve'], true), scores);
  // The words may be read in place from a sentence's tokens, only those of the range counting.
  const { tokens } = segmentText('Jets were heard. Fighters raided a base.');
  const second = tokens.findIndex((t) => t.text === 'Fighters');
  assert.deepEqual(withoutUnnamedMeans(scores, { tokens, first: second, last: tokens.length }).map((s) => s.label), ['ARMED_CLASH']);
  assert.equal(withoutUnnamedMeans(scores, { tokens, first: 0, last: tokens.length }), scores);
});

test('words that tell a base being set up ("set up a base", "a new base") keep their class; a base only named may be overruled', () => {
  const mobilize = (pattern: string): TriggerEntry => ({ pattern, words: [], type: 'MOBILIZE', mode: 'troops', cameo: '154', acled: 'Headquarters or base established', weight: 0.75, line: 0 });
  const scores = [{ label: 'CHANGE_TO_GROUP_ACT', p: 0.8 }, { label: 'HQ_ESTABLISHED', p: 0.1 }];
  assert.equal(chooseClass(mobilize('new base'), scores).label, 'HQ_ESTABLISHED');
  assert.equal(chooseClass(mobilize('set up .. base'), scores).label, 'HQ_ESTABLISHED');
  assert.equal(chooseClass(mobilize('observation point'), scores).label, 'CHANGE_TO_GROUP_ACT');
});

test('a relative clause ("whom officials blame for the unrest") weighs more against its act than the sentence classifier leaning to its class', () => {
  // Confidence takes half the classifier's probability: a lean of 0.64 to the relative clause's class against 0 for the
  // main act gives 0.32, which the relative clause's penalty must outweigh.
  assert.ok(penaltyOf('Guards have beaten dozens of migrants, whom officials blame for the unrest, a rights group said.', 'blame') > 0.32);
});

test('a raid whose told outcome is arrests ("stormed the village and detained twenty men") is one arrest, not an attack and an arrest', () => {
  const types = (text: string) => extract(text).map((e) => e.type);
  assert.deepEqual(types('Police stormed the border village at dawn and detained twenty men in a sweep.'), ['COERCE']);
  assert.deepEqual(types('Troops raided the camp and arrested four suspects.'), ['COERCE']);
  assert.deepEqual(types('Militiamen stormed the market and detained thirty traders in door-to-door raids.').filter((t) => t === 'ASSAULT'), []);
  assert.deepEqual(types('Security forces arrested dozens of students in night raids.'), ['COERCE']);
  // A storming that kills is an attack of its own, and the arrests stay beside it.
  assert.ok(types('Troops stormed the camp, killing three men, and arrested four suspects.').includes('ASSAULT'));
  assert.ok(types('Rebels stormed the checkpoint on Monday.').includes('ASSAULT'));
});
