import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// Whole-pipeline checks of who an act is given to, on sentences written for these tests.
const records = (text: string, published = '2024-03-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'argument-choice.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.triggerText, r.factuality, r.actors.map((p) => p.text), r.recipients.map((p) => p.text)]));

test("a party that says it took no part in an act is not its author ('said it had not taken part in the strikes')", () => {
  const rs = records("The African Union's observer mission said it had not taken part in the raids on rebel camps.");
  assert.ok(rs.every((r) => !r.actors.some((p) => /African Union|mission/.test(p.text))), show(rs));
  const involved = records('The Kurdish militia said it was not involved in the bombing of the bridge.');
  assert.ok(involved.every((r) => !r.actors.some((p) => /militia/i.test(p.text))), show(involved));
  const role = records('Hamas said it had no role in the shooting at the checkpoint.');
  assert.ok(role.every((r) => !r.actors.some((p) => p.text === 'Hamas')), show(role));
});

test('a party that took part in an act is still its author', () => {
  const rs = records('The Kurdish militia said it had taken part in the raids on the town.');
  assert.ok(rs.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => /militia/i.test(p.text))), show(rs));
});

test("whose property 'was looted' with no 'by' did not loot it ('the charity said its clinic was looted')", () => {
  const rs = records('The charity Save the Children said it had closed its office in the town after its warehouse was looted.');
  assert.ok(rs.every((r) => r.type !== 'ASSAULT' || !r.actors.length), show(rs));
});

test("'its strikes' are the strikes of the clause's subject, not of the party named just before ('Moscow denies targeting civilians and says its strikes hit')", () => {
  const rs = records('Moscow denies targeting civilians and says its strikes hit only military depots.');
  const strikes = rs.find((r) => r.triggerText === 'strikes');
  assert.ok(strikes && !strikes.actors.some((p) => p.text === 'civilians'), show(rs));
  assert.ok(strikes.actors.some((p) => p.actor?.code?.startsWith('RUS')), show(rs));
  // A speaker that says 'its strikes' speaks of its own, and whom it says they hit is not their author.
  const own = records('A rocket hit a school on Monday. Kenya\'s army says its drone strikes target only Shabaab fighters.');
  const drone = own.find((r) => r.triggerText === 'drone strikes');
  assert.ok(drone && drone.actors.some((p) => p.actor?.code === 'KENMIL') && !drone.actors.some((p) => p.text === 'fighters'), show(own));
});

test("the troops a force withdraws or sends are what it moves, not whom it acts on ('withdraw 3,000 troops')", () => {
  const rs = records('The regional force is due to withdraw 3,000 troops from Kenya by the end of June.');
  const withdraw = rs.find((r) => r.triggerText.startsWith('withdraw'));
  assert.ok(withdraw && !withdraw.recipients.some((p) => p.text === 'troops'), show(rs));
  const sent = records('The UN mission said it had sent more soldiers to guard the camp near Goma.');
  assert.ok(sent.every((r) => !r.recipients.some((p) => p.text === 'soldiers')), show(sent));
});

test("a speech act joined by ', and' to a speaker's report is the speaker's, not a party's named inside the report", () => {
  const rs = records('A senior Taliban official, Abdul Karim, said the group did not attack convoys bound for China or Iran, and warned that any further raids on Kandahar would be met with force.');
  const warned = rs.find((r) => r.triggerText === 'warned');
  assert.ok(warned && !warned.actors.some((p) => p.text === 'Iran' || p.text === 'China'), show(rs));
  const vowed = records('The Kurdish-run Rudaw television said the strikes killed five of the group\'s fighters and wounded two, and vowed retaliation.');
  const threat = vowed.find((r) => r.triggerText === 'vowed');
  assert.ok(threat && !threat.actors.some((p) => p.text === 'fighters'), show(vowed));
});

test("a meeting's venue and the place of a claimed attack name no recipient ('due to meet in Brussels', 'claimed responsibility for the bombing in Kabul')", () => {
  const met = records('The foreign ministers of the two countries are due to meet in Brussels on Sunday.');
  assert.ok(met.every((r) => !r.recipients.some((p) => p.text === 'Brussels')), JSON.stringify(met.map((r) => [r.type, r.recipients.map((p) => p.text)])));
  const claim = records('Islamic State has claimed responsibility for the bombing in Kabul.');
  assert.ok(claim.every((r) => !r.recipients.some((p) => p.text === 'Kabul')), JSON.stringify(claim.map((r) => [r.type, r.recipients.map((p) => p.text)])));
});

test("the quoted object of an earlier verb is not the subject of the verb coordinated with it ('had targeted \"apostate soldiers\" and killed 20 of them')", () => {
  const rs = records('Boko Haram said in a statement that it had targeted "apostate soldiers" and killed more than 20 of them.');
  assert.ok(rs.length && rs.every((r) => !r.actors.some((p) => p.text === 'soldiers')), show(rs));
  const plain = records('Boko Haram said that it had targeted apostate soldiers and killed more than 20 of them.');
  assert.ok(plain.length && plain.every((r) => !r.actors.some((p) => p.text === 'soldiers')), show(plain));
});

test("a speaker that tells of its own act through a channel does it, and the channel does not ('said in a statement on its Telegram channel that it had')", () => {
  const rs = records('Boko Haram said in a statement on its Telegram channel that it had targeted "apostate soldiers" and killed more than 20 of them.');
  assert.ok(rs.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.text === 'Boko Haram')), show(rs));
  assert.ok(rs.every((r) => !r.actors.some((p) => p.text === 'Telegram')), show(rs));
  const other = records('Hamas said in a statement on its website that Israeli jets had bombed a school.');
  assert.ok(other.every((r) => !r.actors.some((p) => p.text === 'Hamas')), show(other));
});

test("an attack's counted victims are whom it hit, not the state a city of the scene is filed under ('shelled Kharkiv, killing two civilians')", () => {
  const rs = records('Russian forces shelled Kharkiv overnight, killing two civilians.');
  const shelled = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(shelled && shelled.recipients.some((p) => p.actor?.code?.endsWith('CVL')) && !shelled.recipients.some((p) => p.text === 'Kharkiv'), show(rs));
  // With no victims named, the place still says whom the attack was aimed at.
  const bare = records('Russian forces shelled Kharkiv overnight.');
  assert.ok(bare.some((r) => r.recipients.some((p) => p.text === 'Kharkiv')), show(bare));
});

test("a speaker set off from its verb by a phrase ('President X, speaking in Mombasa on Sunday, said … and asked Uganda') goes on to its own request, which the report's modal does not govern", () => {
  const rs = records('President Ali Hassan, speaking in Mombasa on Sunday, said the government would not negotiate with terrorists and asked Uganda to send more troops.');
  const asked = rs.find((r) => r.triggerText === 'asked');
  assert.ok(asked && asked.actors.some((p) => p.text.includes('Ali Hassan')), show(rs));
  assert.equal(asked.factuality, 'asserted', show(rs));
  // A participle after 'and' shares the modal of the verb before it.
  const charged = records('Police said the suspects would be arrested and charged with murder.');
  assert.ok(charged.every((r) => r.factuality !== 'asserted'), show(charged));
});

test("the verb right after ', which' or ', who' is said of the party before the comma ('The United States, which imposed sanctions …')", () => {
  const rs = records('The United States, which imposed sanctions on Nicaraguan officials in April, welcomed the decision.');
  const imposed = rs.find((r) => r.type === 'SANCTION');
  assert.ok(imposed && imposed.actors.some((p) => p.text === 'United States'), show(rs));
  // A progressive describes the party by what it keeps doing; it tells no act of its own.
  const fighting = records('The Taliban, who are fighting to topple the government, denied any involvement.');
  assert.ok(fighting.every((r) => r.type !== 'ASSAULT' || !r.actors.some((p) => p.text === 'Taliban') || r.factuality === 'denied'), show(fighting));
});

test('a verb that opens the text has no relative clause before it', () => {
  assert.doesNotThrow(() => records('Attacked at dawn, the town fell.'));
  assert.doesNotThrow(() => records('Killed.'));
});

test('a passive verb in scare quotes is still passive: the group named in its subject suffered the act (\'had been "neutralised"\')', () => {
  const rs = records('The ministry said on Monday that 40 Shabaab fighters had been "neutralised" near the port.');
  const act = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(act, show(rs));
  assert.ok(!act.actors.some((p) => /Shabaab/.test(p.text)), show(rs));
  assert.ok(act.recipients.some((p) => /Shabaab/.test(p.text)), show(rs));
});

test("a sentence that opens 'Backed by X,' tells who helped the subject, no act of support: the subject did the main act, and did it", () => {
  const rs = records('Supported by Russian jets, government troops seized the village of Tell Hamra on Sunday.');
  assert.ok(!rs.some((r) => r.type === 'SUPPORT'), show(rs));
  const seizure = rs.find((r) => r.triggerText === 'seized');
  assert.ok(seizure, show(rs));
  assert.ok(seizure.actors.some((p) => /troops/.test(p.text)), show(rs));
  assert.equal(seizure.factuality, 'asserted', show(rs));
});

test("a formation of a force ('a unit of the army', 'a detachment of the police') acts for that force", () => {
  const rs = records('A unit of the army ambushed rebels near the dam.');
  const ambush = rs.find((r) => r.triggerText === 'ambushed');
  assert.ok(ambush?.actors.some((p) => /army/.test(p.text)), show(rs));
  const raid = records('A detachment of the police raided a farm outside the town.').find((r) => r.triggerText === 'raided');
  assert.ok(raid?.actors.some((p) => /police/.test(p.text)), JSON.stringify(raid));
});

test("who fired a shell is the subject of the relative clause that tells it ('killed by a rocket that rebels fired on the town')", () => {
  const rs = records('On Friday a farmer was killed by a mortar round that rebels fired on the village.');
  const fire = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(fire?.actors.some((p) => p.text === 'rebels'), show(rs));
});

test("a group whose tanks or positions 'were destroyed' in a fight is its target, not its author ('four Shabaab trucks were destroyed in the fighting')", () => {
  const rs = records('Officials said four Shabaab trucks were destroyed in the fighting near the river.');
  const fight = rs.find((r) => r.triggerText === 'fighting');
  assert.ok(fight, show(rs));
  assert.ok(!fight.actors.some((p) => /Shabaab/.test(p.text)), show(rs));
  assert.ok(fight.recipients.some((p) => /Shabaab/.test(p.text)), show(rs));
  const neutralized = records('Twelve Boko Haram fighters had been neutralized in the raid on the camp, the army said.');
  assert.ok(neutralized.every((r) => !r.actors.some((p) => /Boko Haram/.test(p.text))), show(neutralized));
});

test("whoever 'repelled' or 'repulsed' an attack was its target, not its author ('the army repulsed an attack by the rebels')", () => {
  const by = records('The Malian army repulsed an attack by Ansar Dine on its base near Tessit on Friday.');
  const attack = by.find((r) => r.type === 'ASSAULT');
  assert.ok(attack && attack.actors.some((p) => p.text === 'Ansar Dine') && attack.recipients.some((p) => /army/.test(p.text)), show(by));
  const clashes = records('Early on Friday, Ansar Dine launched a raid on the village of Tessit, but the Malian army repelled the assault after three hours of clashes.');
  assert.ok(clashes.every((r) => !r.actors.some((p) => /army/.test(p.text))), show(clashes));
  assert.ok(clashes.some((r) => r.recipients.some((p) => /army/.test(p.text))), show(clashes));
});

test("whom ground is taken 'from' is the target of a capture ('recaptured the town from Islamic State fighters')", () => {
  const rs = records('The army recaptured the town of Palmyra from Islamic State fighters on Sunday.');
  assert.ok(rs.some((r) => r.actors.some((p) => p.text === 'army') && r.recipients.some((p) => /Islamic State/.test(p.text))), show(rs));
  const seized = records('Rebels seized the hilltop checkpoint from government forces after a day of fighting.');
  assert.ok(seized.some((r) => r.triggerText === 'seized' && r.recipients.some((p) => /government forces/.test(p.text))), show(seized));
  // A rocket fired from a place still names no target by 'from'.
  const fired = records('Militants fired a rocket from the Gaza Strip at the town of Sderot on Friday.');
  assert.ok(fired.every((r) => !r.recipients.some((p) => /Gaza/.test(p.text))), show(fired));
});

test("victims 'killed in Russian air strikes' name the strikes' country as the attacker, as 'killed by' does", () => {
  const rs = records('Four farmers were killed in Turkish air strikes on the hills near the border on Monday.');
  assert.ok(rs.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => /Turkish/.test(p.text)) && r.recipients.some((p) => p.text === 'farmers')), show(rs));
  // A place after 'in' is where they died, not who killed them.
  const place = records('Four farmers were killed in Turkey on Monday.');
  assert.ok(place.every((r) => !r.actors.some((p) => /Turk/.test(p.text))), show(place));
});

test('"young men", "youths" and "boys" taken or hit are civilians, the recipients of the act', () => {
  const rs = records('Police detained dozens of young men in the market on Monday.');
  assert.ok(rs.some((r) => r.type === 'COERCE' && r.recipients.some((p) => p.actor?.code?.endsWith('CVL'))), show(rs));
  const boys = records('A sniper shot two boys near the bakery on Monday.');
  assert.ok(boys.some((r) => r.type === 'ASSAULT' && r.recipients.some((p) => p.actor?.code?.endsWith('CVL'))), show(boys));
});

test('a party before "shot dead" with no object after it is the one shot, not the shooter ("a farmer shot dead at a checkpoint")', () => {
  const rs = records('The villagers were mourning two farmers shot dead at a checkpoint on Sunday.');
  const shooting = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(shooting && !shooting.actors.some((p) => /farmers|villagers/i.test(p.text)), show(rs));
  const active = records('Gunmen shot dead two farmers at a checkpoint on Sunday.');
  assert.ok(active.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.text === 'Gunmen')), show(active));
});

test('a party named in quotes after "of" belongs to the noun before it, and does not author the next verb ("the abuses of \\"militant groups\\" and proposed")', () => {
  const rs = records('The Iranian ambassador said the report was biased and ignored the abuses of "militant groups" and proposed new talks.');
  assert.ok(rs.every((r) => !r.actors.some((p) => /militant/.test(p.text))), show(rs));
});

test("a speaker's past speech act after a report told in the present ('told X that he plans … and urged Y') is the speaker's, however long the report", () => {
  const rs = records('Kenyan President William Ruto told reporters in Nairobi on Monday that he plans to travel to the border region next month with a group of ministers and urged the rebels to lay down their arms.', '2024-03-12');
  const urge = rs.find((r) => r.type === 'REQUEST');
  assert.ok(urge && urge.actors.some((p) => p.actor?.code === 'KENGOV'), show(rs));
});

test("a headline's 'X Killed 4 Wounded in Y Attack' makes X the victims: a number then a casualty word is a second tally, not what X killed", () => {
  const rs = records('3 Egyptian Policemen Killed 4 Wounded in Militant Attack in Sinai\n\nThree policemen were killed and four wounded in an attack on a checkpoint in Arish on Monday, the ministry said.');
  assert.ok(!rs.some((r) => r.actors.some((p) => /Policemen/i.test(p.text))), show(rs));
});

test("the party after 'a unit from' or 'fighters from' is the author of what the unit does ('a unit from the army shelled')", () => {
  const rs = records('A unit from the regime forces shelled a bakery in the old city on Monday, killing four people.');
  assert.ok(rs.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.text === 'regime forces')), show(rs));
  const fighters = records('Fighters from Hezbollah stormed the hilltop on Sunday.');
  assert.ok(fighters.some((r) => r.actors.some((p) => /Hezbollah/.test(p.text))), show(fighters));
  // Where the people come from is no party that acts: 'refugees from Syria' did not shell anything.
  const origin = records('Refugees from Syria were shelled near the border on Monday.');
  assert.ok(origin.every((r) => !r.actors.some((p) => p.text === 'Syria')), show(origin));
});
