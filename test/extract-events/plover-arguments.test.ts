import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

test("an active verb with an object takes no agent from a later 'by'", () => {
  const events = extract("The parliament has demanded an immediate admission by Moscow of the killings.", [['parliament', 'POLLEG', 'government'], ['Moscow', 'RUSGOV', 'government']]);
  const demand = events.find((e) => e.type === 'REQUEST');
  assert.deepEqual(demand?.actors.map((a) => a.actor?.code), ['POLLEG'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text)])));
});

test("the subject's own troops are not the recipient of its act", () => {
  const events = extract('Syria has again offered its troops to the new president of Lebanon.', [['Syria', 'SYR', 'state'], ['troops', 'SYRMIL', 'military'], ['president of Lebanon', 'LBNGOV', 'government']]);
  const offer = events.find((e) => e.type === 'AGREE');
  assert.deepEqual(offer?.recipients.map((a) => a.actor?.code), ['LBNGOV'], JSON.stringify(events.map((e) => [e.type, e.recipients.map((a) => a.text)])));
});

test('with nobody named to receive it, an act done in a state is directed at that state', async () => {
  const { runPipeline } = await import('../../src/stages/run-pipeline.js');
  const records = (text: string) => runPipeline({ id: 'doc_t', contentHash: 't'.repeat(64), text, language: 'en' }).layers.events ?? [];
  const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.recipients.map((p) => p.actor?.code)]));
  const curfew = records('The Serbian government imposed a night curfew in the town of Pljevlja in Montenegro on Sunday.');
  assert.ok(curfew.some((r) => r.recipients.some((p) => p.actor?.code === 'MNE')), show(curfew));
  const embassy = records('Chile restored diplomatic ties and reopened its embassy in Tehran on Wednesday.');
  assert.ok(embassy.some((r) => r.recipients.some((p) => p.actor?.code === 'IRN')), show(embassy));
  // A withdrawal is directed at the state it leaves; a place merely near the act is no party to it.
  const left = records('Syria began to withdraw its troops from Lebanon on Monday.');
  assert.ok(left.some((r) => r.recipients.some((p) => p.actor?.code === 'LBN')), show(left));
  // An agreement's place is whom it concerns only when it is the place of what is agreed, not where it was reached.
  const postponed = records('The opposition coalition agreed to postpone the rally in Baku until November.');
  assert.ok(postponed.some((r) => r.type === 'AGREE' && r.recipients.some((p) => p.actor?.code === 'AZE')), show(postponed));
  const reached = records('The rebels and the government agreed in Geneva on a new round of talks.');
  assert.ok(!reached.some((r) => r.type === 'AGREE' && r.recipients.some((p) => p.actor?.code === 'CHE')), show(reached));
  const near = records('The Serbian government imposed a night curfew near Montenegro on Sunday.');
  assert.ok(!near.some((r) => r.recipients.some((p) => p.actor?.code === 'MNE')), show(near));
});

test("a party led by 'to', 'against' or 'on' receives the act from further away, but not the speaker after 'according to'", () => {
  const lifted = extract('The Congress agreed to lift the embargo on medicines in late February to Cuba.', [['Congress', 'USALEG', 'government'], ['Cuba', 'CUB', 'state']]);
  assert.ok(lifted.some((e) => e.recipients.some((r) => r.actor?.code === 'CUB')), JSON.stringify(lifted.map((e) => [e.type, e.recipients.map((r) => r.text)])));
  const quoted = extract('Clashes began on Sunday in the north, according to Major Tun Aung.', [['Major Tun Aung', 'MMRREB', 'person']]);
  const clash = quoted.find((e) => e.triggerText === 'Clashes');
  assert.ok(!clash?.recipients.some((r) => r.text === 'Major Tun Aung'), JSON.stringify(quoted.map((e) => [e.triggerText, e.recipients.map((r) => r.text)])));
});

test("'X said on Monday it had done Y': a day before the pronoun does not make X a mere source of its own act", async () => {
  const { runPipeline } = await import('../../src/stages/run-pipeline.js');
  const text = 'Norway said on Monday it had expelled two Russian diplomats for spying.';
  const records = runPipeline({ id: 'doc_t', contentHash: 'u'.repeat(64), text, language: 'en' }).layers.events ?? [];
  assert.ok(records.some((r) => r.actors.some((p) => p.actor?.code === 'NOR')), JSON.stringify(records.map((r) => [r.type, r.actors.map((p) => p.actor?.code)])));
});

test('a state named inside a gapped trigger receives the act; troops inside it are what is given', () => {
  const grant = extract('Norway will give Malawi a grant of ten million dollars.', [['Norway', 'NOR', 'state'], ['Malawi', 'MWI', 'state']]);
  assert.ok(grant.some((e) => e.recipients.some((r) => r.actor?.code === 'MWI')), JSON.stringify(grant.map((e) => [e.type, e.recipients.map((r) => r.text)])));
  const sent = extract('Russia is sending troops and weapons to the rebels.', [['Russia', 'RUS', 'state'], ['troops', 'RUSMIL', 'military'], ['rebels', 'REB', 'rebels']]);
  assert.ok(!sent.some((e) => e.recipients.some((r) => r.text === 'troops')), JSON.stringify(sent.map((e) => [e.type, e.recipients.map((r) => r.text)])));
});

test('an attack names no state as its recipient only because it happened there ("an air strike hit the hospital in the town of Abs")', async () => {
  const { placeMeansRecipient } = await import('../../src/stages/extract-events/place-recipient.js');
  assert.equal(placeMeansRecipient({ type: 'ASSAULT', mode: 'aerial', triggerText: 'air strike' }), false);
  assert.equal(placeMeansRecipient({ type: 'COERCE', mode: 'restrict', triggerText: 'curfew' }), true);
});

test('the parties of fighting "between the army and the KIA" are both its actors, not the subject of another clause', () => {
  const [fight] = extract('More than 2,000 villagers have fled their homes after fighting broke out between the Myanmar army and the Kachin Independence Army near the town.',
    [['villagers', 'CVL', 'civilians'], ['Myanmar army', 'MMRMIL', 'military'], ['Kachin Independence Army', 'MMRREB', 'rebels']]).filter((e) => e.type === 'ASSAULT');
  assert.ok(fight);
  assert.deepEqual([...fight.actors, ...fight.recipients].map((p) => p.text).sort(), ['Kachin Independence Army', 'Myanmar army']);
});

test('who saw, heard or filmed a clash is a witness, not its author', () => {
  for (const text of ['Abdullahi Musa, a trader who saw the clash from his shop, said police fired first.', 'Residents who witnessed the shelling described panic.']) {
    const events = extract(text, [['Abdullahi Musa', 'NGACVL', 'civilians'], ['Residents', 'CVL', 'civilians']]).filter((e) => e.type === 'ASSAULT');
    assert.ok(events.length > 0, text);
    for (const e of events) assert.deepEqual(e.actors.map((a) => a.text), [], text);
  }
});

test('the object of an earlier verb is not the subject of a verb coordinated with it ("killed two farmers ... and kidnapped")', () => {
  const events = extract('Militants killed two farmers near the well and kidnapped a teacher.', [['Militants', 'IMG', 'rebels'], ['farmers', 'CVL', 'civilians']]);
  const kidnap = events.find((e) => e.triggerText === 'kidnapped');
  assert.deepEqual(kidnap?.actors.map((a) => a.actor?.code), ['IMG'], JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  // Told to act, the object does act: 'urged the rebels to attack'.
  const urged = extract('The government urged the rebels to attack the base.', [['government', 'SYRGOV', 'government'], ['rebels', 'SYRREB', 'rebels']]);
  const attack = urged.find((e) => e.triggerText === 'attack');
  assert.deepEqual(attack?.actors.map((a) => a.actor?.code), ['SYRREB'], JSON.stringify(urged.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  const ousted = extract('Ousted President Omar Hadi has agreed to resign.', [['President Omar Hadi', 'YEMELI', 'person']]);
  assert.deepEqual(ousted.find((e) => e.type === 'AGREE')?.actors.map((a) => a.actor?.code), ['YEMELI'], JSON.stringify(ousted.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  const carrying = extract('A car bomb near buses carrying villagers killed 43 people.', [['villagers', 'CVL', 'civilians']]);
  assert.ok(!carrying.some((e) => e.actors.some((a) => a.text === 'villagers')), JSON.stringify(carrying.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  const backed = extract('Russian-backed separatists shelled the town overnight.', [['separatists', 'UKRREB', 'rebels']]);
  assert.deepEqual(backed.find((e) => e.triggerText === 'shelled')?.actors.map((a) => a.actor?.code), ['UKRREB'], JSON.stringify(backed.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  const accused = extract('The separatists accused government troops of shelling the market.', [['separatists', 'UKRREB', 'rebels'], ['government troops', 'UKRMIL', 'military']]);
  const shelling = accused.find((e) => e.triggerText === 'shelling');
  assert.deepEqual(shelling?.actors.map((a) => a.actor?.code), ['UKRMIL'], JSON.stringify(accused.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
});

test('a party named right before an attack noun carried it out, after any preposition ("killed in regime shelling")', () => {
  const shelled = extract('Two children were killed in regime shelling of the village.', [['regime', 'SYRGOV', 'government'], ['children', 'CVL', 'civilians']]);
  const shelling = shelled.find((e) => e.triggerText === 'shelling');
  assert.deepEqual(shelling?.actors.map((a) => a.actor?.code), ['SYRGOV'], JSON.stringify(shelled.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  assert.deepEqual(shelling?.recipients.map((a) => a.actor?.code), ['CVL']);
});

test('an attack noun that heads the name of the force that made it is an event of that force ("died in Russian airstrikes")', () => {
  const died = extract('Three people died in Russian airstrikes on the town.', [['Russian airstrikes', 'RUSMIL', 'military']]);
  const strike = died.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(strike?.actors.map((a) => a.actor?.code), ['RUSMIL'], JSON.stringify(died.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  // A word inside a name is still no event: 'the Rapid Support Forces' support nobody.
  const forces = extract('The Rapid Support Forces entered the town.', [['Rapid Support Forces', 'SDNMIL', 'military']]);
  assert.ok(!forces.some((e) => e.type === 'SUPPORT'), JSON.stringify(forces.map((e) => e.triggerText)));
});

test('the agent and the object inside a relative clause do not act in the main clause ("fighters that are backed by X and are fighting Y took control")', () => {
  const events = extract('Opposition fighters that are backed by Turkey and are fighting Kurdish militants took control of the base.', [['Opposition fighters', 'SYRREB', 'rebels'], ['Turkey', 'TUR', 'state'], ['Kurdish militants', 'KURREB', 'rebels']]);
  const control = events.find((e) => e.triggerText === 'took control');
  assert.deepEqual(control?.actors.map((a) => a.actor?.code), ['SYRREB'], JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
});

test('"after meeting X, Y said": the subject of the main clause held the meeting, X was met', () => {
  const events = extract('After meeting the Turkish foreign minister, Lavrov said the talks were useful.', [['Turkish foreign minister', 'TURGOV', 'person'], ['Lavrov', 'RUSGOV', 'person']]);
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.deepEqual(meeting?.actors.map((a) => a.actor?.code), ['RUSGOV'], JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
  assert.deepEqual(meeting?.recipients.map((a) => a.actor?.code), ['TURGOV']);
});

test('the object of a verb coordinated after the trigger is not the trigger\'s recipient ("shelling the town and accused the troops")', () => {
  const events = extract('The rebels denied shelling the town and accused government troops of firing.', [['rebels', 'REB', 'rebels'], ['government troops', 'GOVMIL', 'military']]);
  const shelling = events.find((e) => e.triggerText === 'shelling');
  assert.ok(!shelling?.recipients.some((r) => r.text === 'government troops'), JSON.stringify(events.map((e) => [e.triggerText, e.recipients.map((a) => a.text)])));
});

test('the party inside an apposition does not act for the one it describes ("X, one of the few Western missions, urged")', () => {
  const events = extract('The Italian embassy, one of the few Western missions in the capital, urged its citizens to stay indoors.', [['Italian embassy', 'ITAGOV', 'government'], ['Western', 'WST', 'state']]);
  const urged = events.find((e) => e.triggerText === 'urged');
  assert.deepEqual(urged?.actors.map((a) => a.actor?.code), ['ITAGOV'], JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
  const head = extract('Omar Hadi, head of the Presidential Council, proposed a ceasefire on Friday.', [['Omar Hadi', 'LBYGOV', 'person'], ['Presidential Council', 'LBYPC', 'government']]);
  assert.deepEqual(head.find((e) => e.triggerText === 'proposed')?.actors.map((a) => a.actor?.code), ['LBYGOV'], JSON.stringify(head.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
});

test('a party that qualifies an attack noun is its author, even inside "killed in …" ("killed in army shelling")', () => {
  const events = extract('Five villagers were killed in army shelling of the district on Monday.', [['villagers', 'CVL', 'civilian'], ['army', 'MMRMIL', 'military']]);
  const shelling = events.find((e) => e.triggerText === 'shelling');
  assert.deepEqual(shelling?.actors.map((a) => a.actor?.code), ['MMRMIL'], JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
  assert.ok(!shelling?.recipients.some((a) => a.actor?.code === 'MMRMIL'));
});

test('a party before an active casualty verb whose object opens with a quantity is its author ("killed at least 40 militants")', () => {
  const events = extract('Kurdish forces killed at least 40 militants in an offensive on Sunday.', [['Kurdish forces', 'SYRREB', 'rebel'], ['militants', 'IMGMUS', 'rebel']]);
  const killing = events.find((e) => e.triggerText === 'killed');
  assert.deepEqual(killing?.actors.map((a) => a.actor?.code), ['SYRREB'], JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
});

test("the agent of a passive may stand past a place or a day ('were killed in Mandalay on Monday by the army')", () => {
  const events = extract('Fifteen villagers were killed in Mandalay on Monday by the army.', [['villagers', 'CVL', 'civilian'], ['army', 'MMRMIL', 'military']]);
  assert.ok(events.some((e) => e.actors.some((a) => a.actor?.code === 'MMRMIL')), JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
});

test('victims named with a subset of them ("ten civilians, including three children, were killed") are no author of the attack', () => {
  const parties: Array<[string, string, 'civilian']> = [['civilians', 'CVL', 'civilian'], ['children', 'CVL', 'civilian']];
  for (const text of ['Ten civilians, including three children, were killed in an air strike on the town.', 'Ten civilians including three children were killed in an air strike on the town.',
    'Ten civilians, among them four children, died in an air strike on the town.', 'Ten civilians some of them children killed in an air strike on the town.']) {
    const events = extract(text, parties);
    assert.ok(events.length > 0 && events.every((e) => e.actors.length === 0), `${text} ${JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text)]))}`);
  }
});

test("the subject of a progressive verb ('is investigating', 'are demanding') acts; only a participle after 'is' makes a passive", () => {
  const probe = extract('Chile is investigating abuses by former police officers.', [['Chile', 'CHL', 'state']]);
  const inquiry = probe.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(inquiry?.actors.map((a) => a.actor?.code), ['CHL'], JSON.stringify(probe.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
  const asked = extract('Farmers in Kenya are demanding lower fuel prices from the government.', [['Farmers', 'KENCVL', 'party'], ['government', 'KENGOV', 'government']]);
  const demand = asked.find((e) => e.type === 'REQUEST');
  assert.deepEqual(demand?.actors.map((a) => a.actor?.code), ['KENCVL'], JSON.stringify(asked.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
  const accused = extract('The minister is accused of fraud by the opposition.', [['minister', 'KENGOV', 'government'], ['opposition', 'KENOPP', 'party']]);
  const charge = accused.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(charge?.recipients.map((a) => a.actor?.code), ['KENGOV'], JSON.stringify(accused.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
});

test("an infinitive or a participle after an object belongs to the governing verb's subject, unless that verb hands it to the object", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  const summoned = extract('Kenya summoned the Ugandan envoy on Friday to complain about the border raids.', [['Kenya', 'KEN', 'state'], ['Ugandan envoy', 'UGAGOV', 'government']]);
  const complaint = summoned.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(complaint?.actors.map((a) => a.actor?.code), ['KEN'], show(summoned));
  assert.deepEqual(complaint?.recipients.map((a) => a.actor?.code), ['UGAGOV'], show(summoned));
  const charged = extract('Peru lodged a formal protest with Bolivia, accusing its neighbour of arming smugglers.', [['Peru', 'PER', 'state'], ['Bolivia', 'BOL', 'state']]);
  assert.ok(charged.some((e) => e.type === 'ACCUSE' && e.actors.some((a) => a.actor?.code === 'PER') && !e.actors.some((a) => a.actor?.code === 'BOL')), show(charged));
  const urged = extract('Norway urged Sweden to withdraw its ambassador.', [['Norway', 'NOR', 'state'], ['Sweden', 'SWE', 'state']]);
  assert.ok(urged.some((e) => e.type === 'RETREAT' && e.actors.some((a) => a.actor?.code === 'SWE')), show(urged));
});

test("a party after 'of the' is no subject when the phrase names another, and acts when it stands alone ('thousands of Kurds')", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  const residents = extract('Tamil residents of the Sri Lankan north protested on Monday against the new tax.', [['Tamil residents', 'LKACVL', 'party'], ['Sri Lankan', 'LKA', 'state']]);
  assert.deepEqual(residents.find((e) => e.type === 'PROTEST')?.actors.map((a) => a.actor?.code), ['LKACVL'], show(residents));
  const crowd = extract('Thousands of Chileans marched in Santiago on Sunday.', [['Chileans', 'CHLCVL', 'party']]);
  assert.deepEqual(crowd.find((e) => e.type === 'PROTEST')?.actors.map((a) => a.actor?.code), ['CHLCVL'], show(crowd));
});

test("an act named after 'since', 'after' or 'amid' is not the main clause subject's, but a party right before a noun trigger is its author", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.triggerText, e.actors.map((a) => a.text)]));
  const since = extract('The Chilean and Peruvian envoys met in Lima, their first meeting since fighting erupted on the border.', [['Chilean and Peruvian envoys', 'CHLGOV', 'government'], ['Lima', 'PER', 'state']]);
  assert.ok(since.some((e) => e.type === 'ASSAULT' && e.actors.length === 0), show(since));
  const after = extract('The army withdrew from the valley after the attack on its convoy.', [['army', 'PERMIL', 'military']]);
  assert.ok(after.some((e) => e.type === 'ASSAULT' && e.actors.length === 0), show(after));
  const inAn = extract('Two farmers were wounded in a rebel mortar attack near the village.', [['rebel', 'PERREB', 'party']]);
  assert.ok(inAn.some((e) => e.type === 'ASSAULT' && e.actors.some((a) => a.actor?.code === 'PERREB')), show(inAn));
});

test("a speaker whose claim opens with 'it' or 'they' does the act it tells of ('X said it would blockade Y')", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  const own = extract('Turkey said on Monday it would shell the militia positions near Kobani.', [['Turkey', 'TUR', 'state']]);
  assert.ok(own.some((e) => (e.type === 'THREATEN' || e.type === 'ASSAULT') && e.actors.some((a) => a.actor?.code === 'TUR')), show(own));
  const other = extract('Turkey said on Monday jets had shelled the militia positions near Kobani.', [['Turkey', 'TUR', 'state']]);
  assert.ok(!other.some((e) => e.type === 'ASSAULT' && e.actors.some((a) => a.actor?.code === 'TUR')), show(other));
});

test("a party in an apposition is not the subject; 'between' names the parties only next to the trigger; a visit's list after it is visited", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  const ally = extract('Chile, a close U.S. partner in the region, has refused to send troops to Haiti.', [['Chile', 'CHL', 'state'], ['U.S.', 'USA', 'state'], ['Haiti', 'HTI', 'state']]);
  assert.deepEqual(ally.find((e) => e.type === 'REJECT')?.actors.map((a) => a.actor?.code), ['CHL'], show(ally));
  const shared = extract('Peruvian police shared evidence with Chile about contacts between smugglers and the Bolivian army.', [['Peruvian police', 'PERCOP', 'police'], ['Chile', 'CHL', 'state'], ['Bolivian army', 'BOLMIL', 'military']]);
  assert.deepEqual(shared.find((e) => e.type === 'COOPERATE')?.actors.map((a) => a.actor?.code), ['PERCOP'], show(shared));
  const visit = extract('The Chilean president visited Peru and Bolivia last week.', [['Chilean president', 'CHLGOV', 'government'], ['Peru', 'PER', 'state'], ['Bolivia', 'BOL', 'state']]);
  assert.deepEqual(visit.find((e) => e.type === 'CONSULT')?.actors.map((a) => a.actor?.code), ['CHLGOV'], show(visit));
});

test('a mediator is the actor of a mediation between two parties, who receive it', () => {
  const events = extract('The Chilean president launched a mediation effort on Monday between Peru and Bolivia.', [['Chilean president', 'CHLGOV', 'government'], ['Peru', 'PER', 'state'], ['Bolivia', 'BOL', 'state']]);
  const mediation = events.find((e) => e.type === 'CONSULT');
  assert.deepEqual(mediation?.actors.map((a) => a.actor?.code), ['CHLGOV'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
  assert.deepEqual(mediation?.recipients.map((a) => a.actor?.code), ['PER', 'BOL']);
});

test("a dateline is no apposition head; the party an office serves ('envoy for Chile') does not act; a name set off after the subject acts with it", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.actors.map((a) => a.text)]));
  const text = 'LIMA, May 2 - The United Nations special envoy for Peru, Ana Rojas, on Tuesday called on both sides to halt the fighting.';
  const events = extract(text, [['LIMA', 'PERGOV', 'government'], ['United Nations', 'IGOUNO', 'igo'], ['Peru', 'PER', 'state'], ['Ana Rojas', 'XXX', 'person']]);
  const call = events.find((e) => e.type === 'REQUEST');
  assert.deepEqual(call?.actors.map((a) => a.text), ['United Nations', 'Ana Rojas'], show(events));
});

test("'rejected calls by X' keeps the subject as the one who rejects; 'X was killed by Y' still takes Y", () => {
  const rejected = extract('Chile on Thursday rejected calls by Peru to reopen the border.', [['Chile', 'CHL', 'state'], ['Peru', 'PER', 'state']]);
  assert.deepEqual(rejected.find((e) => e.type === 'REJECT')?.actors.map((a) => a.actor?.code), ['CHL'], JSON.stringify(rejected.map((e) => [e.type, e.actors.map((a) => a.text)])));
  const killed = extract('The mayor was killed by gunmen on Monday.', [['mayor', 'CHLGOV', 'government'], ['gunmen', 'CHLREB', 'party']]);
  assert.deepEqual(killed.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.actor?.code), ['CHLREB']);
});

test("a name glossed in parentheses is the same party; a title and a name side by side do not meet each other", () => {
  const show = (es: ReturnType<typeof extract>) => JSON.stringify(es.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  const glossed = extract('The Shining Path (Sendero Luminoso) declared a unilateral ceasefire on Wednesday.', [['Shining Path', 'PERREB', 'armed-group'], ['Sendero Luminoso', 'XXX', 'armed-group']]);
  assert.ok(glossed.some((e) => e.type === 'RETREAT' && e.actors.some((a) => a.actor?.code === 'PERREB')), show(glossed));
  const split = extract("Chile's president, Sheikh Ana Rojas launched a mediation effort on Saturday.", [['Sheikh', 'XXX', 'person'], ['Ana Rojas', 'CHLGOV', 'person']]);
  assert.ok(!split.some((e) => e.type === 'CONSULT' && e.recipients.some((a) => a.actor?.code === 'CHLGOV')), show(split));
});

test('aid given to someone is the giver\'s act, and the one it is given to receives it', () => {
  const events = extract('The European Union on Monday gave Chile 5 million dollars of aid for the flood victims.', [['European Union', 'IGOEUREEC', 'igo'], ['Chile', 'CHL', 'state']]);
  const aid = events.find((e) => e.type === 'AID');
  assert.deepEqual(aid?.actors.map((a) => a.actor?.code), ['IGOEUREEC'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])));
  assert.deepEqual(aid?.recipients.map((a) => a.actor?.code), ['CHL']);
});

test("a party led by 'to' before a verb is an object ending a relative clause, not the verb's subject; the antecedent of 'who' is", () => {
  const welcomed = extract('The minister said that Iran which has long been one of the main suppliers of weapons to the Houthi rebels welcomed the truce.', [['Iran', 'IRN', 'state'], ['Houthi rebels', 'YEMREB', 'rebels']]);
  assert.deepEqual(welcomed.find((e) => e.type === 'SUPPORT')?.actors.map((a) => a.actor?.code), ['IRN'], JSON.stringify(welcomed.map((e) => [e.type, e.actors.map((a) => a.text)])));
  const blamed = extract('The talks followed a meeting with Gulf envoys who blamed the bombing on Iran.', [['Gulf envoys', 'GCC', 'igo'], ['Iran', 'IRN', 'state']]);
  assert.deepEqual(blamed.find((e) => e.type === 'ACCUSE')?.actors.map((a) => a.actor?.code), ['GCC'], JSON.stringify(blamed.map((e) => [e.type, e.actors.map((a) => a.text)])));
});

test("a clause joined by 'but' with no subject of its own is done by the subject of the clause before", () => {
  const events = extract('Togo reopened its border crossings on Monday, but was still refusing entry to Malian traders, Togolese officials said.',
    [['Togo', 'TGO', 'state'], ['Malian traders', 'MLIBUS', 'other'], ['Togolese officials', 'TGOGOV', 'government']]);
  const refusal = events.find((e) => e.type === 'REJECT');
  assert.deepEqual(refusal?.actors.map((a) => a.actor?.code), ['TGO'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text)])));
});

test("'according to reports' opens a source, not a verb whose object the next party would be", () => {
  const events = extract('According to reports the Dutch government is pushing hard for Belgium to back its plan.',
    [['Dutch government', 'NLDGOV', 'government'], ['Belgium', 'BEL', 'state']]);
  const push = events.find((e) => e.type === 'REQUEST');
  assert.deepEqual(push?.actors.map((a) => a.actor?.code), ['NLDGOV'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text)])));
});

test("a coercion one is ordered or forced to suffer is done by whoever orders it ('ordered the paper to suspend publication')", () => {
  const events = extract('The military government today ordered the weekly Kamau Times to suspend publication indefinitely.',
    [['military government', 'MMRGOV', 'government'], ['Kamau Times', 'MMRJRN', 'other']]);
  const ban = events.find((e) => e.type === 'COERCE');
  assert.deepEqual(ban?.actors.map((a) => a.actor?.code), ['MMRGOV'], JSON.stringify(events.map((e) => [e.type, e.actors.map((a) => a.text)])));
});
