import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// Words that name an act without reporting one: the circumstance of another act, an oath of office, the topic of
// talks, a standing deployment. Each case is paired with one that must still be read as an event.
const events = (text: string) => extract(text).map((e) => `${e.type}:${e.triggerText.toLowerCase()}`);

test('"at the request of" a party is the circumstance of another act, not a request', () => {
  assert.ok(!events('The truce, announced on Saturday at the request of the mediators, took effect on Sunday.').some((e) => e.startsWith('REQUEST:')));
  assert.ok(!events("The planes struck the camp at the government's request.").some((e) => e.startsWith('REQUEST:')));
  assert.ok(events('The mediators made a formal request for a pause in the fighting on Saturday.').some((e) => e.startsWith('REQUEST:')));
});

test('being "sworn in" is an oath of office, not a vow to use force', () => {
  assert.ok(!events('The new cabinet was sworn in on Monday in the capital.').some((e) => e.startsWith('THREATEN:')));
  assert.ok(!events('The attack came as the new council prepared to be sworn in.').some((e) => e.startsWith('THREATEN:')));
  assert.ok(events('The rebel leader swore to avenge the killing of his brother.').some((e) => e.startsWith('THREATEN:')));
});

test('a treaty or a truce that is the topic of talks ("talks on a peace treaty") is not an agreement reached', () => {
  assert.ok(!events('The two ministers will meet in Vienna on Sunday for talks hosted by the Austrian chancellor on a peace treaty.').some((e) => e.startsWith('AGREE:treaty')));
  assert.ok(!events('Negotiations on a ceasefire stalled last month.').some((e) => e.includes(':ceasefire')));
  // Reached or signed, the agreement is told.
  assert.ok(events('The two governments signed a peace treaty on Sunday.').some((e) => /^(AGREE|SUPPORT):/.test(e)));
  assert.ok(events('The rebels agreed with the army on a ceasefire on Sunday.').some((e) => e.startsWith('AGREE:')));
});

test('troops "deployed in" a region "since" a past year, or that "are deployed" there, are a standing presence, not a deployment told', () => {
  assert.ok(!events('The ministry said its troops, deployed in the province since 2019, had helped to retake the town.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(!events('Moscow, whose peacekeepers are deployed in the enclave, called for restraint.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(events('The army deployed two more battalions to the province on Monday.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(events('Hundreds of troops were deployed in the city on Monday after the riots.').some((e) => e.startsWith('MOBILIZE:')));
});

test('a weapon named as a thing (bought, deployed, a qualifier of "data" or "programme") is no attack', () => {
  assert.ok(!events('The two governments agreed to share missile data in real time.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The minister denied a report that the army planned to deploy cruise missiles on the islands.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The country has bought dozens of rockets from its neighbour.').some((e) => e.startsWith('ASSAULT:')));
  // Fired, or hitting something, the weapon tells the attack.
  assert.ok(events('Militants fired rockets at the air base on Monday.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('A missile hit an apartment block in the city on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a weapon phrase that qualifies the people or the body who deal with it ("chemical weapons inspectors", "a nerve agent expert") is no attack', () => {
  const attacks = (text: string) => events(text).filter((e) => e.startsWith('ASSAULT:') || e.startsWith('THREATEN:'));
  assert.deepEqual(attacks('The league urged the chemical weapons inspectors already in the country to visit the town.'), []);
  assert.deepEqual(attacks('A chemical weapons expert from Norway said the figures sounded too high.'), []);
  assert.deepEqual(attacks('The mission formed to look into chemical weapons claims should publish its findings.'), []);
  // Used on someone, the weapon still tells the attack.
  assert.ok(events('Government forces used chemical weapons on the suburb on Wednesday, activists said.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Dozens died in a chemical weapons attack on the suburb on Wednesday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a truce that collapses, or a collapsing truce, is neither a truce agreed nor a disaster: the fighting after it is the news', () => {
  assert.deepEqual(events('Families shared news of the collapsing truce by text message.'), []);
  assert.deepEqual(events('The ceasefire between the two armies collapsed within a day.').filter((e) => !e.startsWith('ASSAULT:')), []);
  assert.deepEqual(events('Talks resumed after the truce deal had collapsed in the spring.').filter((e) => !e.startsWith('CONSULT:')), []);
  assert.deepEqual(events('The collapse of the ceasefire left the town exposed.'), []);
  // A building that collapses is still a disaster told.
  assert.ok(events('A five-storey building collapsed in the old city on Monday, killing nine.').some((e) => e.endsWith(':collapsed')));
});

test('withholding a name or a detail ("declined to identify the suspects") refuses nothing asked; "sought to cross" is an attempt, not a request', () => {
  assert.deepEqual(events('The spokesman declined to identify the suspects.'), []);
  assert.deepEqual(events('Police refused to disclose the figures on Monday.'), []);
  assert.ok(!events('The families were shot as they sought to cross the river.').some((e) => e.startsWith('REQUEST:')));
  // A party that seeks something from another still asks for it; a refusal of what was asked is still told.
  assert.ok(events('The government sought help from its neighbours on Monday.').some((e) => e.startsWith('REQUEST:')));
  assert.ok(events('The rebels declined to join the talks.').some((e) => e.startsWith('REJECT:')));
});

test('an event named after "since" is the time a count starts from, not an event told ("the deadliest day since a truce brokered by …")', () => {
  assert.ok(!events('It was one of the deadliest days in the province since a truce brokered by the two powers.').some((e) => e.startsWith('RETREAT:')));
  assert.ok(!events('Prices have doubled since the ceasefire.').some((e) => e.startsWith('RETREAT:')));
  assert.ok(events('The ceasefire has held since Monday.').some((e) => e.startsWith('RETREAT:')));
});

test('an event told by a clause after "since" ("since clashes erupted around the town in June") is kept', () => {
  assert.ok(events('The envoys met on Tuesday for the first time since clashes erupted around the port in June.').some((e) => e.startsWith('ASSAULT:')));
});

test('"a string of attacks" or "a spate of bombings" sums up a history, not one attack told', () => {
  assert.ok(!events('The group, which has claimed a string of attacks on the coast, denied any role.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('Police blamed the militia for a spate of bombings in the capital.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Militants attacked a police post near the coast on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('cooperation given as the reason for thanks ("thanked both sides for their cooperation") is no act of cooperation', () => {
  assert.ok(!events('The mediator thanked the two governments for their cooperation.').some((e) => e.startsWith('COOPERATE:')));
  assert.ok(events('The two governments agreed on Monday to expand their cooperation on border security.').length > 0);
});

test('"a defected general" names a man by his past, not a defection told', () => {
  assert.ok(!events('Troops clashed with fighters loyal to a defected general in the north.').some((e) => e.startsWith('RETREAT:')));
  assert.ok(events('A senior general defected to the rebels on Monday.').some((e) => e.startsWith('RETREAT:')));
});

test('"facilities supporting the arms industry": a participle after a noun describes what the thing does, no act of support', () => {
  assert.ok(!events('The ministry said its forces had struck energy facilities supporting the arms industry.').some((e) => e.startsWith('SUPPORT:')));
  assert.ok(events('The government said it strongly supported the resolution.').some((e) => e.startsWith('SUPPORT:')));
});

test('to "insist on" doing something is to persist in one\'s own conduct, not to ask anything of anyone; insisting that others act is a demand', () => {
  assert.ok(!events('The two powers insist on meddling in the affairs of their neighbours.').some((e) => e.startsWith('REQUEST:')));
  assert.ok(!events('The junta insisted on holding the vote in December.').some((e) => e.startsWith('REQUEST:')));
  assert.ok(events('The president insisted that the rebels withdraw from the town.').some((e) => e.startsWith('REQUEST:')));
});

test('a "headquarters" or an "outpost" named as a place (a blast near it, fighters leaving it) is no deployment; one set up is', () => {
  assert.ok(!events('A car bomb exploded near the headquarters of the militia on Sunday, killing nine people.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(!events('The fighters pulled out of their headquarters north of the city on Friday.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(!events('Gunmen attacked an army outpost near the border on Tuesday.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(events('The army set up a new headquarters in the town on Monday.').some((e) => e.startsWith('MOBILIZE:')));
  assert.ok(events('The troops established an outpost on the hill on Monday.').some((e) => e.startsWith('MOBILIZE:')));
});

test('"declined to comment" is silence, not a refusal told as an event', () => {
  assert.ok(!events('The defence ministry declined to comment on the claims.').some((e) => e.startsWith('REJECT:')));
  assert.ok(!events('A police spokesman refused to comment on the arrests.').some((e) => e.startsWith('REJECT:')));
  assert.ok(events('The rebel delegation declined to attend the talks on Monday.').some((e) => e.startsWith('REJECT:')));
});

test('a group described as one that "fights alongside" another is an allegiance, not a battle', () => {
  assert.ok(!events('The brigade, which fights alongside the army, said it had lost two men.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('Volunteers fighting alongside the militia said the road was open.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Militants fought the army near the airport on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a "negotiating committee" names a body, not a negotiation', () => {
  assert.ok(!events('A member of the village negotiating committee said the buses had left.').some((e) => e.startsWith('CONSULT:')));
  assert.ok(!events('The opposition negotiating team said it would reply on Monday.').some((e) => e.startsWith('CONSULT:')));
  assert.ok(events('The two sides negotiated for three hours on Monday.').some((e) => e.startsWith('CONSULT:')));
});

test('"aid chief", "aid workers", "aid agencies" name people by their trade, not aid given', () => {
  assert.ok(!events('The aid chief said the situation in the camps was dire.').some((e) => e.startsWith('AID:')));
  assert.ok(!events('Aid agencies warned that the winter would be hard.').some((e) => e.startsWith('AID:')));
  assert.ok(events('The agency delivered aid to the town on Monday.').some((e) => e.startsWith('AID:')));
});

test('"an end to attacks" names the acts a party wants stopped, not an attack', () => {
  assert.ok(!events('The draft called for an end to attacks on schools.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The ministers demanded an immediate end to the shelling of the city.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Gunmen carried out attacks on two schools on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('to "take over security" in a town is a deployment, not a seizure or a threat', () => {
  const found = events('The police said they would take over security in the district.');
  assert.ok(!found.some((e) => /^(ASSAULT|THREATEN):/.test(e)), JSON.stringify(found));
  assert.ok(found.some((e) => e.startsWith('MOBILIZE:')), JSON.stringify(found));
  assert.ok(events('The militants took over the town on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('to be "treated as a threat" or "seen as a threat" is how a party is regarded, not a threat it made', () => {
  assert.ok(!events('Soldiers who cross the line will be treated as a threat.').some((e) => e.startsWith('THREATEN:threat')));
  assert.ok(!events('The government sees the militia as a threat to the capital.').some((e) => e.startsWith('THREATEN:threat')));
  assert.ok(events('The militia leader made a threat against the governor on Monday.').some((e) => e.startsWith('THREATEN:')));
});

test('an act named in a standing denial ("has always denied using chemical weapons") is a charge answered in general, not an act told', () => {
  assert.ok(!events('The government has always denied using chemical weapons.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The army has repeatedly denied shelling residential areas.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('Officials have consistently denied attacking peaceful protesters.').some((e) => /^(ASSAULT|PROTEST):/.test(e)));
  // One denial of one act keeps the act, denied.
  assert.ok(events('The army denied shelling the market on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a verb joined to a standing denial by "and" is told of its own ("has always denied X and blames Y")', () => {
  assert.ok(events('The army has always denied shelling homes and blames the rebels for the deaths.').some((e) => e.startsWith('ACCUSE:')));
});

test('"fighting" before a noun of things or people ("fighting positions", "men of fighting age") names no fight', () => {
  assert.ok(!events('The jets destroyed three militant fighting positions near the dam.').some((e) => e.endsWith(':fighting')));
  assert.ok(!events('Men of fighting age were told to stay in the city.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The army sent infantry fighting vehicles to the border.').some((e) => e.endsWith(':fighting')));
  assert.ok(events('Fighting between the army and the militants killed ten people on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('a body that "agreed on a statement condemning" an act condemned it: the agreement on the wording is how it spoke, not an agreement told', () => {
  const found = events('The assembly agreed on a press statement condemning the bombing of the bridge.');
  assert.ok(!found.some((e) => e.startsWith('AGREE:')), JSON.stringify(found));
  assert.ok(found.some((e) => e.startsWith('ACCUSE:')), JSON.stringify(found));
  assert.ok(events('The two parties agreed on a ceasefire on Monday.').some((e) => e.startsWith('AGREE:')));
});

test('"those who refused to" do something names people by a past choice, not a refusal told', () => {
  assert.ok(!events('Buses will take those who have refused to sign the deal to the north on Sunday.').some((e) => e.startsWith('REJECT:')));
  assert.ok(events('The rebels refused to sign the deal on Sunday.').some((e) => e.startsWith('REJECT:')));
});

test('"sign up to our newsletter" is a subscription, not the signing of an agreement', () => {
  assert.ok(!events('Readers can sign up to our newsletter to get the news every morning.').some((e) => /^(SUPPORT|AGREE):/.test(e)));
  assert.ok(!events('Thousands of volunteers signed up for the relief drive.').some((e) => /^(SUPPORT|AGREE):/.test(e)));
  assert.ok(events('The two ministers signed a trade agreement in Cairo.').some((e) => /^(SUPPORT|AGREE):/.test(e)));
});

test('a group "banned in Russia" (the legal status Russian agencies add to a group\'s name) is no act of banning', () => {
  assert.deepEqual(events('Jabhat al-Nusra, a terrorist group banned in Russia, shelled the town on Monday.').filter((e) => e.startsWith('COERCE:')), []);
  assert.deepEqual(events('Daesh, also known as ISIS, is a terrorist organization outlawed in Russia and many other countries.'), []);
  assert.ok(events('The court banned the opposition party on Tuesday.').some((e) => e.startsWith('COERCE:') || e.startsWith('SANCTION:')));
});

test('a sentence that says what a word means ("the term neutralized is used to mean … killed or captured") tells no act', () => {
  assert.deepEqual(events('The term neutralized is used by the authorities to mean that the militants either surrendered or were killed or captured.'), []);
  assert.deepEqual(events('Officials often use the word "neutralised" in their statements to imply that the fighters were captured or killed.'), []);
  assert.ok(events('The army captured the town on Sunday, the term of the truce having expired.').some((e) => e.startsWith('ASSAULT:') || e.startsWith('COERCE:')));
});

test('a title, a medal or votes "captured" are won, not taken by force; ground and people captured stay acts', () => {
  assert.ok(!events('The young Czech captured her second career title at the tournament in Dubai on Sunday.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The skater captured the gold medal in the free programme at the games in Turin.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The opposition captured most votes in the northern provinces.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Rebels captured the town of Kidal on Sunday after heavy fighting.').some((e) => e.startsWith('ASSAULT:capture')));
  assert.ok(events('Rebels captured the seat of the provincial government on Sunday.').some((e) => e.startsWith('ASSAULT:capture')));
});

test('a film "shot" somewhere, a price that "shot up" and a singer who "shot to fame" tell no gunfire', () => {
  assert.ok(!events('The film was shot on location in the mountains near Sarajevo.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The film was shot in Tangier over the summer.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('Oil prices shot up on Tuesday after the pipeline closed.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(!events('The singer shot to fame after the protest song spread online.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('A film crew was shot at near the border on Tuesday.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Gunmen shot two guards outside the bank on Tuesday.').some((e) => e.startsWith('ASSAULT:')));
});

test('something "demonstrated" in the passive is a fact shown, not a protest; people who demonstrated protested', () => {
  assert.ok(!events('The danger of the dam was demonstrated when the river flooded the valley.').some((e) => e.startsWith('PROTEST:')));
  assert.ok(!events('The strength of the alliance was clearly demonstrated at the summit.').some((e) => e.startsWith('PROTEST:')));
  assert.ok(events('Thousands of students demonstrated outside the parliament on Friday.').some((e) => e.startsWith('PROTEST:')));
  assert.ok(events('The workers were angry and demonstrated outside the ministry.').some((e) => e.startsWith('PROTEST:')));
});
