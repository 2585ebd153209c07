import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// The event of highest confidence is the one a single-label reading of the sentence takes.
const top = (events: ReturnType<typeof extract>) => [...events].sort((a, b) => b.confidence - a.confidence)[0];

test('what one threatens, promises or refuses to do ranks below the threat, promise or refusal', () => {
  const threat = extract('The president threatened to ban opposition candidates from the election.', [['president', 'XXXGOV', 'government']]);
  assert.equal(top(threat)?.type, 'THREATEN', JSON.stringify(threat.map((e) => [e.type, e.confidence])));
  const refusal = extract('The government refused to lift the curfew in the capital.', [['government', 'XXXGOV', 'government']]);
  assert.equal(top(refusal)?.type, 'REJECT', JSON.stringify(refusal.map((e) => [e.type, e.confidence])));
});

test('a negated or failed agreement is a rejection (PLOVER REJECT: all refusals)', () => {
  const negated = extract('Syria says it will not accept any more refugees.', [['Syria', 'SYR', 'state']]);
  assert.equal(top(negated)?.type, 'REJECT', JSON.stringify(negated.map((e) => [e.type, e.rule])));
  assert.deepEqual(top(negated)?.actors.map((a) => a.actor?.code), ['SYR']);
  const failed = extract('The two sides failed to reach agreement on the fate of the offices.');
  assert.equal(top(failed)?.type, 'REJECT', JSON.stringify(failed.map((e) => [e.type, e.rule])));
  const made = extract('The two sides reached agreement on the fate of the offices.');
  assert.equal(top(made)?.type, 'AGREE');
});

test("'X said Y must do Z' is X's demand of Y; a 'must' with no named parties is none", () => {
  const events = extract('The administration declared on Tuesday that China must drop its barriers to exports.', [['administration', 'USAGOV', 'government'], ['China', 'CHN', 'state']]);
  const demand = events.find((e) => e.type === 'REQUEST');
  assert.deepEqual(demand?.actors.map((a) => a.actor?.code), ['USAGOV']);
  assert.deepEqual(demand?.recipients.map((a) => a.actor?.code), ['CHN']);
  assert.equal(demand?.speechAct, true);
  const after = extract('Iraq must cooperate fully with the inspectors, the minister said.', [['Iraq', 'IRQ', 'state'], ['minister', 'FRAGOV', 'government']]);
  assert.deepEqual(after.find((e) => e.type === 'REQUEST')?.actors.map((a) => a.actor?.code), ['FRAGOV']);
  const none = extract('We must act now to save the harvest.');
  assert.ok(!none.some((e) => e.type === 'REQUEST'), JSON.stringify(none.map((e) => e.type)));
});

test('the speaker of a reported demand stays its actor in the record', async () => {
  const { runPipeline } = await import('../../src/stages/run-pipeline.js');
  const text = 'Russia said on Tuesday that Sudan must return the helicopter.';
  const { layers } = runPipeline({ id: 'doc_t', contentHash: 't', text, language: 'en' });
  const demand = layers.events.find((e) => e.type === 'REQUEST');
  assert.deepEqual(demand?.actors.map((a) => a.actor?.code), ['RUS']);
  assert.deepEqual(demand?.recipients.map((a) => a.actor?.code), ['SDN']);
});

test('a promise of an act is addressed to whom the act would reach', () => {
  const events = extract('The ministers agreed in principle on Saturday to provide about 70 million dollars of aid for Romania.', [['ministers', 'IGOEEC', 'igo'], ['Romania', 'ROU', 'state']]);
  const promise = events.find((e) => e.type === 'AGREE' && e.contentOf === undefined);
  assert.deepEqual(promise?.recipients.map((a) => a.actor?.code), ['ROU'], JSON.stringify(events.map((e) => [e.type, e.recipients.map((r) => r.text)])));
});

test("the manual's types: signing an agreement is SUPPORT, asylum is AID, a telephone call is CONSULT, hacking is COERCE", () => {
  const cases: Array<[string, string]> = [
    ['The two leaders signed a treaty of friendship and cooperation.', 'SUPPORT'],
    ['Peru has granted diplomatic asylum to five army officers.', 'AID'],
    ['The secretary of state telephoned the foreign minister on Tuesday.', 'CONSULT'],
    ['Hackers have defaced nearly 3,000 web sites over the past month.', 'COERCE'],
    ['The government outlawed the largest extremist organization in the province.', 'COERCE'],
  ];
  for (const [text, type] of cases) {
    const events = extract(text);
    assert.equal(top(events)?.type, type, `${text} → ${JSON.stringify(events.map((e) => [e.type, e.rule]))}`);
  }
});

test("lifting or easing a restriction concedes it (CONCEDE), not imposes it: the restriction's noun does not code COERCE", () => {
  const lifted = extract('The government lifted the state of emergency in the northern province on Monday.', [['government', 'XXXGOV', 'government']]);
  assert.equal(top(lifted)?.type, 'CONCEDE', JSON.stringify(lifted.map((e) => [e.type, e.rule])));
  const shortened = extract('The military council shortened the nightly curfew by two hours.', [['military council', 'XXXMIL', 'military']]);
  assert.equal(top(shortened)?.type, 'CONCEDE', JSON.stringify(shortened.map((e) => [e.type, e.rule])));
  const accepted = extract('The cabinet accepted the demands of the striking miners.', [['cabinet', 'XXXGOV', 'government']]);
  assert.equal(top(accepted)?.type, 'CONCEDE', JSON.stringify(accepted.map((e) => [e.type, e.rule])));
  const imposed = extract('The government imposed a state of emergency in the northern province.', [['government', 'XXXGOV', 'government']]);
  assert.equal(top(imposed)?.type, 'COERCE');
});

test('easing a blockade and demobilizing are RETREAT; withdrawing monitors and reducing aid are SANCTION', () => {
  const blockade = extract('The navy lifted its blockade of the port on Friday.', [['navy', 'XXXMIL', 'military']]);
  assert.equal(top(blockade)?.type, 'RETREAT', JSON.stringify(blockade.map((e) => [e.type, e.rule])));
  const monitors = extract('The regional bloc withdrew its monitors from the disputed district.', [['regional bloc', 'IGO', 'igo']]);
  assert.equal(top(monitors)?.type, 'SANCTION', JSON.stringify(monitors.map((e) => [e.type, e.rule])));
  const supplies = extract('The agency reduced food supplies to the camp after thefts.', [['agency', 'IGO', 'igo']]);
  assert.equal(top(supplies)?.type, 'SANCTION', JSON.stringify(supplies.map((e) => [e.type, e.rule])));
});

test('giving a grant is AID; defending a right or a decision in words is SUPPORT', () => {
  const grant = extract('Norway will give Malawi a grant of ten million dollars for schools.', [['Norway', 'NOR', 'state'], ['Malawi', 'MWI', 'state']]);
  assert.ok(grant.some((e) => e.type === 'AID' || e.rule.includes('give .. grant')), JSON.stringify(grant.map((e) => [e.type, e.rule])));
  const defended = extract('The foreign ministry defended the decision of its ally to close the port.', [['foreign ministry', 'XXXGOV', 'government']]);
  assert.equal(top(defended)?.type, 'SUPPORT', JSON.stringify(defended.map((e) => [e.type, e.rule])));
});

test('a demand told as the aim of a protest ranks below the protest (PROTEST, not REQUEST)', () => {
  const blocked = extract('Hundreds of farmers blocked roads outside the capital on Monday demanding that the minister resign.', [['minister', 'XXXGOV', 'government']]);
  assert.equal(top(blocked)?.type, 'PROTEST', JSON.stringify(blocked.map((e) => [e.type, e.confidence, e.rule])));
  const streets = extract('Thousands of students blocked streets in the city centre to demand free elections.');
  assert.equal(top(streets)?.type, 'PROTEST', JSON.stringify(streets.map((e) => [e.type, e.confidence, e.rule])));
  const plain = extract('The opposition demanded free elections.', [['opposition', 'XXXOPP', 'party']]);
  assert.equal(top(plain)?.type, 'REQUEST');
});

test("a hyphenated word does not count against a pattern's gap ('mounted its long-awaited invasion')", () => {
  const events = extract('The army mounted its long-awaited invasion of the island on Monday.', [['army', 'XXXMIL', 'military']]);
  assert.ok(events.some((e) => e.rule.startsWith('trigger:mount .. invasion')), JSON.stringify(events.map((e) => [e.type, e.rule])));
});

test('a planned restriction or blockade is a threat (THREATEN restrict): modal + verb + noun, and future blockades', () => {
  const curfew = extract('The governor said he will extend the night-time curfew in the city.', [['governor', 'XXXGOV', 'government']]);
  assert.equal(top(curfew)?.type, 'THREATEN', JSON.stringify(curfew.map((e) => [e.type, e.rule])));
  const blockade = extract('Angry fishermen said they would blockade the harbour from Monday.');
  assert.equal(top(blockade)?.type, 'THREATEN', JSON.stringify(blockade.map((e) => [e.type, e.rule])));
  const imposed = extract('The governor extended the night-time curfew in the city.', [['governor', 'XXXGOV', 'government']]);
  assert.equal(top(imposed)?.type, 'COERCE');
});

test('an act on a condition ("unless the government agrees") ranks below the act the sentence reports', () => {
  const rebels = extract('The rebel movement has said it will not attend the talks unless the government agrees to free its prisoners.');
  assert.notEqual(top(rebels)?.type, 'AGREE', JSON.stringify(rebels.map((e) => [e.type, e.confidence])));
});

test("reaching residents, families or civilians in need is AID, done by whoever says it reached them; reaching a place is not", () => {
  const reached = extract('On Friday the food agency said it reached 20000 residents of the besieged town for the first time in weeks.', [['food agency', 'IGOUNOWFP', 'igo']]);
  const aid = reached.find((e) => e.type === 'AID');
  assert.ok(aid, JSON.stringify(reached.map((e) => e.type)));
  assert.deepEqual(aid.actors.map((a) => a.actor?.code), ['IGOUNOWFP']);
  assert.ok(!extract('The fighters reached the outskirts of the town on Saturday.').some((e) => e.type === 'AID'));
});

test("a request's mode reads whole words of its clause: 'endorse' is not 'end', 'aides' is not 'aid'", async () => {
  const { requestCoding } = await import('../../src/stages/extract-events/refine-mode.js');
  assert.equal(requestCoding(undefined, ['seeking', 'a', 'resolution', 'that', 'could', 'endorse', 'sanctions']), undefined);
  assert.equal(requestCoding(undefined, ['asked', 'his', 'aides', 'to', 'draft', 'a', 'letter']), undefined);
  assert.equal(requestCoding(undefined, ['urged', 'them', 'to', 'end', 'the', 'siege'])?.mode, 'yield');
  assert.equal(requestCoding(undefined, ['appealed', 'for', 'aid'])?.mode, 'assist');
});

test('a promise to provide a measure of aid is a promise (AGREE), as a promise of aid is, however long the measure', () => {
  const promise = extract('The government will send nearly 300 tons of emergency food aid to the flooded region.', [['government', 'XXXGOV', 'government']]);
  assert.equal(top(promise)?.type, 'AGREE', JSON.stringify(promise.map((e) => [e.type, e.rule])));
  // Aid named as what is discussed is not promised by the modal of another verb's phrase.
  const talks = extract('The minister will discuss the delivery of aid with donors.', [['minister', 'XXXGOV', 'government']]);
  assert.notEqual(top(talks)?.type, 'AGREE', JSON.stringify(talks.map((e) => [e.type, e.rule])));
});
