import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const main = (text: string, actors: Array<[string, string, ActorKind]> = []) =>
  [...extract(text, actors)].sort((a, b) => b.confidence - a.confidence)[0];

test('weapons found or seized are disrupted weapons use, not an attack with them', () => {
  assert.equal(main('Police in the border town found three grenades and a rifle hidden in a barn.')?.acled, 'Disrupted weapons use');
  assert.equal(main('Two landmines were discovered near the school on Monday, the army said.')?.acled, 'Disrupted weapons use');
  // Drugs seized with them do not make the weapons a crime story.
  assert.equal(main('Officers seized two pistols and a kilogram of heroin during a raid on a flat in the east of the city.')?.acled, 'Disrupted weapons use');
});

test('weapons seized from men who were arrested with them are disrupted weapons use, not an arrest', () => {
  assert.equal(main('Four shotguns and a box of cartridges were seized from the car, and the two men inside were arrested.')?.acled, 'Disrupted weapons use');
  assert.equal(main('Officers arrested a farmer in the hills and recovered an old rifle hidden under his bed.')?.acled, 'Disrupted weapons use');
});

test('troops who recapture a town regain territory; militants who seize one overtake it', () => {
  assert.equal(main('Government troops recaptured the town of Qaryat on Friday.')?.acled, 'Government regains territory');
  assert.equal(main('Militants seized control of the district centre after a night of fighting.')?.acled, 'Non-state actor overtakes territory');
});

test('protesters who throw stones make a violent demonstration; live fire on marchers is excessive force', () => {
  assert.equal(main('Protesters threw stones at the police during a demonstration in the capital.')?.acled, 'Violent demonstration');
  assert.equal(main('Police fired live rounds at the protest in the port city on Sunday.')?.acled, 'Excessive force against protesters');
});

test('an attack on an army checkpoint is an armed clash in ACLED terms', () => {
  const e = main('Gunmen attacked an army checkpoint outside the city overnight.');
  assert.equal(e?.type, 'ASSAULT');
  assert.notEqual(e?.acled, 'Attack');
});

test('a match score is sport, not an assault', () => {
  assert.deepEqual(extract('The national team beat Qatar 3-1 in the cup final in Doha.'), []);
});

test('a group that pledges its allegiance to another changes its group activity', () => {
  assert.equal(main('The militia pledged its allegiance to the Islamic State group.')?.acled, 'Change to group/activity');
});

test('plundering shops is looting, not a clash; a tornado is a natural disaster', () => {
  assert.equal(main('Looters plundered shops in the market after the fighting.')?.acled, 'Looting/property destruction');
  assert.equal(main('A tornado tore through the town on Tuesday, destroying dozens of homes.')?.otherClass, 'NATURAL_DISASTER');
});

test('a gas cylinder that explodes and a bus that plunges into a ravine are accidents, not attacks', () => {
  const gas = main('A gas cylinder exploded at a restaurant, killing three people.');
  assert.equal(gas?.type, 'AID');
  assert.equal(gas?.otherClass, 'MAN_MADE_DISASTER');
  assert.equal(main('A bus plunged into a ravine, killing 20 passengers.')?.otherClass, 'MAN_MADE_DISASTER');
  assert.equal(main('Three workers were injured when a fertiliser plant exploded near the port on Tuesday.')?.otherClass, 'MAN_MADE_DISASTER');
});

test('hackers who steal from a bank are organised crime', () => {
  assert.equal(main('Hackers stole millions from the central bank in a cyber attack.')?.otherClass, 'ORG_CRIME');
});

test('students who riot after a police shooting make a violent demonstration, not force against protesters', () => {
  assert.equal(main('Students rioted on the campus on Monday after police fatally shot a classmate who was carrying a knife.')?.acled, 'Violent demonstration');
});

test('clashes that broke out between police and protesters make the demonstration violent', () => {
  assert.equal(main('Heavy clashes broke out between police and protesters outside the old city gate on Saturday night.')?.acled, 'Violent demonstration');
  assert.equal(main('Police fired rubber bullets and tear gas while clashing with protesters near the parliament on Saturday.')?.acled, 'Violent demonstration');
});

test('a rally told peaceful in one sentence and fighting with the police in the next is a violent demonstration', () => {
  const events = extract('Opposition supporters staged rallies in several towns on Friday against the new electoral law. Clashes erupted between the police and protesters in the evening.');
  const rally = events.find((e) => e.triggerText === 'rallies');
  assert.equal(rally?.acled, 'Violent demonstration', JSON.stringify(events.map((e) => [e.triggerText, e.acled, e.rule])));
});

test('shells the story later says carried poisonous gas were a chemical attack', () => {
  const events = extract('Rebels fired shells into the old town on Monday. Residents suspect the shells contained poisonous gas.');
  assert.ok(events.length > 0);
  for (const e of events) assert.equal(e.acled, 'Chemical weapon', JSON.stringify(events.map((x) => [x.triggerText, x.acled])));
});

test('an army that sets up observation points or a checkpoint establishes a base', () => {
  assert.equal(main('The army has established two observation points on the hills south of the city.')?.acled, 'Headquarters or base established');
  assert.equal(main('Foreign troops established a military checkpoint near the bridge on Sunday.')?.acled, 'Headquarters or base established');
});

test('an attack named after its weapon is shelling whatever else the sentence says ("rocket attacks")', () => {
  const found = extract('Militant rocket attacks have killed 12 civilians and injured 30 others, most of them women and children, in the town.');
  assert.deepEqual(found.map((e) => e.acled), ['Shelling/artillery/missile attack']);
});

test('a bombing or bomb attack named by its vehicle or its number is a planted explosive, not an air strike ("car bombing", "twin bombing", "bomb attack")', () => {
  const classes = (text: string) => extract(text).map((e) => e.acled);
  assert.deepEqual(classes('A car bombing killed 26 displaced people in the east of the country on Friday.'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(classes('A twin bombing struck a crowd in the town, killing 44 people.'), ['Remote explosive/landmine/IED']);
  assert.ok(classes('A bomb attack on a crowded bus convoy killed at least 30 people.').includes('Remote explosive/landmine/IED'));
});

test('an attack is a chemical-weapon attack only when its sentence names a chemical or gas, whatever the classifier hears', () => {
  const unnamed = extract('Residents said the village was attacked overnight and several people suffered breathing problems.');
  assert.ok(unnamed.length && !unnamed.some((e) => e.acled === 'Chemical weapon'), JSON.stringify(unnamed.map((e) => e.acled)));
  const named = extract('Residents said the village was attacked overnight with chlorine gas.');
  assert.ok(named.some((e) => e.acled === 'Chemical weapon'), JSON.stringify(named.map((e) => e.acled)));
});

test('peace talks between warring parties and an exchange of prisoners are agreements; talks between states stay diplomacy', () => {
  assert.equal(main('Envoys of the junta and the ethnic armies held a second day of peace talks in a border town.')?.acled, 'Agreement');
  assert.equal(main('The sides began to exchange their remaining prisoners on Friday.')?.acled, 'Agreement');
  assert.equal(main('The two foreign ministers held talks on trade in the capital.')?.otherClass, 'DIPLO');
});

test('soldiers who kill militants, or fire on them, fight armed men: a clash; an attack by militants on a village is an attack', () => {
  assert.equal(main('Soldiers shot dead four terrorists in the village overnight.')?.acled, 'Armed clash');
  assert.equal(main('Border guards opened fire on a group of armed smugglers and insurgents trying to cross.')?.acled, 'Armed clash');
  assert.equal(main('An attack by militants on a farming village killed nine civilians.')?.acled, 'Attack');
});

test('troops mobilised or sent to a region change a group\'s activity, as ACLED codes deployments', () => {
  assert.equal(main('The government mobilised thousands of reservists for the northern front.')?.acled, 'Change to group/activity');
});

test('forces dispatched to a region are a deployment; deaths from alcohol poisoning are a man-made disaster', () => {
  assert.equal(main('The government dispatched extra forces to the mining region after the riots.')?.type, 'MOBILIZE');
  assert.equal(main('The army reinforced its presence along the pipeline.')?.type, 'MOBILIZE');
  assert.equal(main('Eleven guests at a village feast died of food poisoning.')?.otherClass, 'MAN_MADE_DISASTER');
});

test('fighters who surrender make an agreement even when they join the army after it', () => {
  assert.equal(main('A rebel commander and his bodyguards surrendered at dawn and were later enlisted in the national army.')?.acled, 'Agreement');
});

test('shops burned, told actively or passively, are property destruction; a denial of responsibility is an attribution', () => {
  assert.equal(main('Their house was burned by unknown men on Saturday.')?.acled, 'Looting/property destruction');
  assert.equal(main('The rebel command denied that its units were responsible for the ambush.')?.otherClass, 'ATTRIB');
});

test('ground taken after its holders withdrew, named at some length, is still a non-violent transfer', () => {
  assert.equal(main('Clan fighters seized control of the airstrip after the foreign and national contingents had withdrawn.')?.acled, 'Non-violent transfer of territory');
});

test('those arrested for calling a protest, or before it began, are arrests; protesters arrested at a march meet an intervention', () => {
  assert.equal(extract('The police detained the union leaders who had called the general strike and the marches.').find((e) => e.type === 'COERCE')?.acled, 'Arrests');
  assert.equal(extract('Police arrested several opposition activists before the demonstrations began.').find((e) => e.type === 'COERCE')?.acled, 'Arrests');
  assert.equal(extract('Police arrested dozens of protesters during a demonstration in the capital.').find((e) => e.type === 'COERCE')?.acled, 'Protest with intervention');
});

test('soldiers or police killed in an attack were armed: ACLED calls it a clash, as it does an attack on a checkpoint', () => {
  assert.equal(main('At least nine policemen were killed in rebel attacks on Thursday, officials said.')?.acled, 'Armed clash');
  assert.equal(main('At least nine villagers were killed in rebel attacks on Thursday, officials said.')?.acled, 'Attack');
});
