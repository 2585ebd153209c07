import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

test('a promise of a cooperative act is coded AGREE, as PLOVER codes promises', () => {
  const events = extract('Syria said it is willing to withdraw its troops from the border area.', [['Syria', 'SYR', 'state']]);
  const promise = events.find((e) => e.rule.includes('promise'));
  assert.equal(promise?.type, 'AGREE');
  assert.deepEqual(promise?.actors.map((a) => a.actor?.code), ['SYR']);
});

test('a future act of force is coded THREATEN with the violence mode', () => {
  const events = extract('The militia said it will attack the convoy if it enters the valley.');
  const threat = events.find((e) => e.type === 'THREATEN');
  assert.equal(threat?.mode, 'violence');
});

test('who retakes a town decides between government regains territory and non-state overtakes territory', () => {
  const army = extract('The army recaptured the town of Kalo after three days of fighting.', [['army', 'XXXMIL', 'military']]);
  assert.ok(army.some((e) => e.acled === 'Government regains territory'), JSON.stringify(army.map((e) => e.acled)));
  const rebels = extract('Rebels captured the town of Kalo after three days of fighting.', [['Rebels', 'XXXREB', 'rebels']]);
  assert.ok(rebels.some((e) => e.acled === 'Non-state actor overtakes territory'), JSON.stringify(rebels.map((e) => e.acled)));
});

test('a protest met with tear gas is a protest with intervention; one met with live fire is excessive force', () => {
  const gas = extract('Police fired tear gas to disperse hundreds of students protesting in the capital.');
  assert.ok(gas.some((e) => e.type === 'PROTEST' && e.acled === 'Protest with intervention'), JSON.stringify(gas.map((e) => [e.type, e.acled])));
  const fire = extract('Soldiers opened fire on protesters in the main square, witnesses said.');
  assert.ok(fire.some((e) => e.acled === 'Excessive force against protesters'), JSON.stringify(fire.map((e) => [e.type, e.acled])));
});

test('protesters who throw stones make a violent demonstration even when the police intervene', () => {
  const events = extract('Demonstrators threw stones at the police, who fired tear gas to disperse the protest.');
  assert.ok(events.some((e) => e.type === 'PROTEST' && e.acled === 'Violent demonstration'), JSON.stringify(events.map((e) => [e.type, e.acled])));
});

test('a grenade that was defused is a disrupted weapon, not a grenade attack', () => {
  const events = extract('Police defused a grenade found near the bus station on Monday.');
  assert.ok(!events.some((e) => e.acled === 'Grenade'));
  assert.ok(events.some((e) => e.acled === 'Disrupted weapons use'));
});

test('a weak passive verb that describes a party is not an event ("groups that are recognized as terrorist")', () => {
  const events = extract('The truce does not cover groups that are recognized as terrorist by the council.');
  assert.ok(!events.some((e) => e.triggerText === 'recognized'));
});

test('declining to act and being opposed are REJECT; pushing for is REQUEST; inspectors sent and inquiries opened are ACCUSE investigate; blocked traffic is PROTEST', () => {
  const types = (text: string) => extract(text).map((e) => `${e.type}${e.mode ? '/' + e.mode : ''}`);
  assert.ok(types('The governor declined to step down on Friday.').includes('REJECT'));
  assert.ok(types('Chile is opposed to foreign mediation in the dispute.').includes('REJECT'));
  assert.ok(types('Peru is pushing hard for a new round of sanctions.').includes('REQUEST'));
  assert.ok(types('The agency has dispatched inspectors to the plant.').includes('ACCUSE/investigate'));
  assert.ok(types('The supreme court opened a hearing into the killings.').includes('ACCUSE/investigate'));
  assert.ok(types('Farmers blocked traffic into the capital on Tuesday.').includes('PROTEST/obstruct'));
});

test('peacekeepers deployed, the wounded evacuated and medicine handed over are AID; troops evacuated from a town are not', () => {
  const types = (text: string) => extract(text).map((e) => e.type);
  assert.ok(types('Kenya will deploy 500 peacekeepers to Somalia next month.').some((t) => t === 'AID' || t === 'AGREE'));
  assert.ok(types('Red Cross teams evacuated the wounded from the town on Friday.').includes('AID'));
  assert.ok(types('Chilean doctors handed over two tonnes of medicine to the hospital.').includes('AID'));
  assert.ok(!types('The army evacuated its troops from the town on Friday.').includes('AID'));
});

test("a sanction that 'may' come is a threat; 'may have killed' is still a deed", () => {
  const types = (text: string) => extract(text).map((e) => e.type);
  assert.ok(types('The European Union may halt mediation efforts if the talks fail.').includes('THREATEN'));
  assert.ok(types('Air strikes may have killed twenty people in the town.').includes('ASSAULT'));
});

test('sexual abuse and beating people up are ASSAULT', () => {
  const modes = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}`);
  assert.ok(modes('Border guards sexually abused migrants with impunity, a rights group charged on Saturday.').includes('ASSAULT/sexual'));
  assert.ok(modes('Police beat up two reporters outside the court on Monday.').includes('ASSAULT/beat'));
});

test("a state's blockade or restrictions imposed, a paper made to suspend publication and power cut off are COERCE by the manual's modes", () => {
  const modes = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}`);
  assert.ok(modes('The army reimposed a blockade on the northern towns on Friday.').includes('COERCE/restrict'));
  assert.ok(modes('The weekly was told to suspend publication for a month.').includes('COERCE/censor'));
  assert.ok(modes('The militia cut off power to the city on Monday.').includes('COERCE/withhold'));
});

test('observers received or admitted are RETREAT access; a candidate allowed to take part is CONCEDE', () => {
  const modes = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}`);
  assert.ok(modes('The prime minister received a team of observers from the OSCE on Monday.').includes('RETREAT/access'));
  assert.ok(modes('The electoral board decided to allow the exiled leader to participate in the vote.').includes('CONCEDE/'));
});

test("forces strengthened and patrols ordered are MOBILIZE; pressing a party to act is REQUEST; 'X plans to impose' is a plan, not a noun of purpose", () => {
  const modes = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}`);
  assert.ok(modes('Chile has strengthened its forces on the border since Monday.').includes('MOBILIZE/troops'));
  assert.ok(modes('The governor ordered patrols by police after the riots.').includes('MOBILIZE/police'));
  assert.ok(modes('The authorities have been pressuring the union to end the strike.').some((m) => m.startsWith('REQUEST/')));
  assert.ok(modes('Peru plans to impose restrictions on imports from next year.').includes('THREATEN/restrict'));
  assert.ok(modes('Peru, like most of its neighbours, plans to impose restrictions on imports.').includes('THREATEN/restrict'));
});

test('rockets found ("the discovery of rockets") were not fired', () => {
  const types = extract('The army moved in following the discovery of Katyusha rockets in the area.').map((e) => e.type);
  assert.ok(!types.includes('ASSAULT'), JSON.stringify(types));
});

test("'warned that' others' deeds harm something is a charge (ACCUSE) against them; a warning with 'would' or 'if' stays a threat", () => {
  const charge = extract('The opposition council warned that the killings and sieges by the government and its militias destroy any hope of a settlement.', [['opposition council', 'XXXOPP', 'party'], ['government', 'XXXGOV', 'government']]);
  const accuse = charge.find((e) => e.rule.includes('warn'));
  assert.equal(accuse?.type, 'ACCUSE', JSON.stringify(charge.map((e) => [e.type, e.rule])));
  assert.equal(accuse?.mode, 'disapprove');
  assert.deepEqual(accuse?.recipients.map((p) => p.actor?.code), ['XXXGOV']);
  const threat = extract('The army warned that it would respond with force if the militia crossed the river.', [['army', 'XXXMIL', 'military']]);
  assert.ok(threat.some((e) => e.type === 'THREATEN'), JSON.stringify(threat.map((e) => e.type)));
});

test("a negated pursuit ('was not seeking a vote') is a rejection, asserted; a request left unmade ('did not call for') is not", () => {
  const declined = extract('An official said the government was not seeking a new council vote at the moment.', [['government', 'XXXGOV', 'government'], ['council', 'IGOUNO', 'igo']]);
  assert.ok(declined.some((e) => e.type === 'REJECT' && e.rule.endsWith('refusal')), JSON.stringify(declined.map((e) => [e.type, e.rule])));
  const sought = extract('The government is seeking a new council vote.', [['government', 'XXXGOV', 'government'], ['council', 'IGOUNO', 'igo']]);
  assert.ok(sought.some((e) => e.type === 'REQUEST'), JSON.stringify(sought.map((e) => e.type)));
  const unsaid = extract('The statement did not call for sanctions against the government.', [['government', 'XXXGOV', 'government']]);
  assert.ok(!unsaid.some((e) => e.type === 'REJECT'), JSON.stringify(unsaid.map((e) => e.type)));
});

test('a crowd noun named as the actor still tells its protest ("Demonstrators gathered … to urge"): the urging is what they protest for', () => {
  const events = extract('Demonstrators gathered in several towns on Sunday evening to urge the council to close the landfill.', [['Demonstrators', 'CVL', 'civilians']]);
  const protest = events.find((e) => e.type === 'PROTEST');
  assert.ok(protest, JSON.stringify(events.map((e) => [e.type, e.triggerText])));
  assert.deepEqual(protest.actors.map((a) => a.text), ['Demonstrators']);
  const urge = events.find((e) => e.type === 'REQUEST');
  assert.ok(!urge || urge.confidence < protest.confidence, JSON.stringify(events.map((e) => [e.type, e.confidence])));
});

test('"protestors", the other spelling, tells a protest as "protesters" does', () => {
  const events = extract('Hundreds of protestors gathered outside the parliament on Monday.');
  assert.ok(events.some((e) => e.type === 'PROTEST' && e.triggerText === 'protestors'), JSON.stringify(events.map((e) => [e.type, e.triggerText])));
});

test('a road blocked or a blockade laid by troops or police is coercion (COERCE restrict), not a protest; protesters or rebels who block a road still protest', () => {
  const troops = extract('Government forces have blocked the main road to the camp since Saturday, residents said.', [['Government forces', 'XXXMIL', 'military']]);
  assert.ok(troops.some((e) => e.type === 'COERCE' && e.mode === 'restrict'), JSON.stringify(troops.map((e) => [e.type, e.mode])));
  assert.ok(!troops.some((e) => e.type === 'PROTEST'));
  const headline = extract('Infant dies as army blockade of the camp tightens', [['army', 'XXXMIL', 'military']]);
  assert.ok(!headline.some((e) => e.type === 'PROTEST'), JSON.stringify(headline.map((e) => [e.type, e.mode])));
  const crowd = extract('Farmers blocked the main road to the capital on Monday to protest against fuel prices.', [['Farmers', 'XXXCVL', 'civilians']]);
  assert.ok(crowd.some((e) => e.type === 'PROTEST'), JSON.stringify(crowd.map((e) => [e.type, e.mode])));
  const rebels = extract('Rebels on Tuesday blocked the main road into the capital to press their demands.', [['Rebels', 'XXXREB', 'rebels']]);
  assert.ok(rebels.some((e) => e.type === 'PROTEST'), JSON.stringify(rebels.map((e) => [e.type, e.mode])));
});
