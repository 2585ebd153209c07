import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const top = (text: string) => [...extract(text)].sort((a, b) => b.confidence - a.confidence)[0];
const coded = (text: string) => { const e = top(text); return [e?.type, e?.mode ?? null, e?.cameo]; };

test('summoning an envoy or lodging a protest is a diplomatic disapproval (ACCUSE), not a street protest or a meeting', () => {
  assert.deepEqual(coded('The foreign ministry summoned the Belgian ambassador over the remarks.'), ['ACCUSE', 'disapprove', '111']);
  assert.deepEqual(coded('The ministry summoned the Swiss chargé d\'affaires on Tuesday.'), ['ACCUSE', 'disapprove', '111']);
  assert.deepEqual(coded('The cabinet lodged a strong protest with its neighbour over the border fence.'), ['ACCUSE', 'disapprove', '114']);
});

test('ordering an envoy to leave or declaring diplomats persona non grata is an expulsion; recalling one is a withdrawal', () => {
  assert.deepEqual(coded('The ministry ordered the Finnish ambassador to leave the country within two days.'), ['SANCTION', 'expel', '1663']);
  assert.deepEqual(coded('The government declared three diplomats persona non grata.'), ['SANCTION', 'expel', '1663']);
  assert.deepEqual(coded('The kingdom recalled its envoy for consultations.'), ['SANCTION', 'withdraw', '161']);
});

test('signing an accord is SUPPORT (the manual); initialling or reaching a deal, or signing a contract, is AGREE', () => {
  assert.deepEqual(coded('The two governments signed a fisheries accord on Monday.'), ['SUPPORT', null, '057']);
  assert.deepEqual(coded('The navy signed a contract for four frigates.'), ['AGREE', null, '057']);
  assert.deepEqual(coded('The rival factions reached a deal on sharing the oil revenue.'), ['AGREE', null, '057']);
  assert.deepEqual(coded('Both delegations initialled the accord in the evening.'), ['AGREE', null, '057']);
});

test('the protest a summons is for is the summons itself, not a street protest', () => {
  const events = extract('The foreign ministry summoned the Chilean ambassador on Friday to protest the seizure of a fishing boat.');
  assert.deepEqual(events.map((e) => e.type).filter((t) => t === 'PROTEST'), [], JSON.stringify(events.map((e) => [e.type, e.triggerText])));
  assert.ok(events.some((e) => e.type === 'ACCUSE'));
  const street = extract('Thousands marched to the parliament to protest the new tax.');
  assert.ok(street.some((e) => e.type === 'PROTEST'));
});

test('the envoy summoned or expelled, named inside the trigger, is its recipient', () => {
  const events = extract('The ministry summoned the Chilean ambassador over the remarks.', [['ministry', 'PERGOV', 'government'], ['Chilean ambassador', 'CHLGOV', 'government']]);
  const summons = events.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(summons?.recipients.map((p) => p.actor?.code), ['CHLGOV']);
  assert.deepEqual(summons?.actors.map((p) => p.actor?.code), ['PERGOV']);
});

test('calling an accusation baseless rejects it (REJECT), and is no accusation by the one who dismisses it', () => {
  for (const text of ['The embassy called the accusation baseless.', 'The spokesman said the allegations were groundless.', 'The ministry denied the report, calling it unfounded.']) {
    const events = extract(text);
    assert.equal(top(text)?.type, 'REJECT', `${text} → ${JSON.stringify(events.map((e) => [e.type, e.triggerText]))}`);
    assert.ok(!events.some((e) => e.type === 'ACCUSE'), `${text} → ${JSON.stringify(events.map((e) => [e.type, e.triggerText]))}`);
  }
});

test('a government or a state that protests a decision disapproves of it (ACCUSE), as the manual codes diplomatic protests; people who protest march', () => {
  const juba = extract('Kigali protests the vote.', [['Kigali', 'RWAGOV', 'government']]);
  assert.deepEqual(juba.map((e) => [e.type, e.mode, e.cameo]), [['ACCUSE', 'disapprove', '114']]);
  // A headline ends on the verb: 'Council renews embargo; Kigali protests'.
  assert.deepEqual(extract('Council renews embargo; Kigali protests', [['Kigali', 'RWA', 'state']]).filter((e) => e.triggerText === 'protests').map((e) => e.type), ['ACCUSE']);
  const ministry = extract('The foreign ministry protested the decision on Monday.', [['The foreign ministry', 'NORGOV', 'government']]);
  assert.deepEqual(ministry.map((e) => [e.type, e.mode]), [['ACCUSE', 'disapprove']]);
  // A state named by its people is a crowd.
  assert.deepEqual(extract('Palestinians protested the settlement on Monday.', [['Palestinians', 'PSE', 'state']]).map((e) => e.type), ['PROTEST']);
  const students = extract('Students protested the tuition rise on Monday.', [['Students', 'EDU', 'civilians']]);
  assert.deepEqual(students.map((e) => e.type), ['PROTEST']);
  // The noun names a demonstration whoever stands near it.
  assert.deepEqual(extract('The government banned the protest.', [['The government', 'NORGOV', 'government']]).map((e) => e.type).filter((t) => t === 'ACCUSE'), []);
});

test('saying a government is ready or willing to discuss something offers talks (AGREE, CAMEO 036)', () => {
  assert.ok(extract('The minister said his government was ready to discuss a prisoner exchange if the rebels agreed.').some((e) => e.type === 'AGREE' && /ready to discuss/.test(e.triggerText)));
  assert.ok(extract('The council said it was prepared to discuss the new borders.').some((e) => e.type === 'AGREE'));
});

test('an attack that "bore the hallmarks" of a group is laid at its door (ACCUSE allege)', () => {
  const events = extract('The ministry said the bombing bore the hallmarks of the banned group.');
  assert.ok(events.some((e) => e.type === 'ACCUSE' && e.mode === 'allege' && /bore/.test(e.triggerText)), JSON.stringify(events.map((e) => [e.type, e.triggerText])));
});

test('an offer made after "and said" is the speaker\'s own statement, not what the appeal before it asks for', () => {
  const events = extract('The president renewed his appeal to his allies for more air defences, and said his government was ready to discuss a truce.');
  const offer = events.find((e) => e.type === 'AGREE');
  assert.ok(offer && offer.contentOf === undefined, JSON.stringify(events.map((e) => [e.type, e.triggerText, e.contentOf])));
});

test('"struck a deal" or "struck a local truce" is an agreement, not an attack', () => {
  const types = (text: string) => extract(text).map((e) => e.type);
  assert.ok(!types('The town struck a local truce with the army last year.').includes('ASSAULT'));
  assert.ok(types('The town struck a local truce with the army last year.').includes('AGREE'));
  assert.ok(!types('The two factions struck a deal on Monday to share the crossing.').includes('ASSAULT'));
  assert.ok(types('The two factions struck a deal on Monday to share the crossing.').includes('AGREE'));
  // Struck with a target, it is an attack.
  assert.ok(types('Jets struck a fuel depot near the town on Monday.').includes('ASSAULT'));
});
