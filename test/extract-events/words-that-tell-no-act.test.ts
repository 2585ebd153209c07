import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// Words that name an act without telling one of the story: the side a party is on, who the victims were, what an
// act was for, what a vetoed text asked for, a question left open, a statement's missing details. Each case is
// paired with one that must still be read as an event.
const events = (text: string) => extract(text).map((e) => `${e.type}:${e.triggerText.toLowerCase()}`);

test('"rebels fighting to oust" or "fighters who have been fighting" the enemy tells a side in the war, not a clash', () => {
  assert.deepEqual(events('Rebels fighting to topple the governor have lost ground this year.').filter((e) => e.startsWith('ASSAULT:')), []);
  assert.deepEqual(events('The kingdom backs rebels fighting against the government in the north.').filter((e) => e.startsWith('ASSAULT:')), []);
  assert.deepEqual(events('The town is held by tribal fighters who have been fighting the militia for years.').filter((e) => e.startsWith('ASSAULT:')), []);
  // A clash told, or a participle that lends its party to the act after it, is still an event.
  assert.ok(events('Heavy fighting erupted in the town on Monday.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Troops were fighting the militants in the old city on Monday.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('The alliance fighting the militia has carried out air strikes near the dam.').some((e) => e.startsWith('ASSAULT:')));
});

test('"fire-fighting" is putting out a fire, not armed fighting', () => {
  assert.deepEqual(events('Rescue and fire-fighting crews worked at the depot for two hours.').filter((e) => e.startsWith('ASSAULT:')), []);
});

test('"those killed were", "the men killed in the raid were": who the victims were, not a second killing', () => {
  assert.deepEqual(events('The monitor said those killed were all members of one family.').filter((e) => e.startsWith('ASSAULT:')), []);
  assert.deepEqual(events('Those killed included four teachers, the council said.').filter((e) => e.startsWith('ASSAULT:')), []);
  // The raid itself is told by its own noun; 'killed' adds no second act.
  assert.deepEqual(events('Most of the soldiers killed in the raid were conscripts, the army said.').filter((e) => e.startsWith('ASSAULT:killed')), []);
  assert.deepEqual(events('Dozens of villagers killed is a low estimate, the envoy said.').filter((e) => e.startsWith('ASSAULT:')), []);
  // An act named in the phrase keeps the deaths with it: one attack, told with its killing.
  assert.ok(extract('Those killed in two air strikes on the town included 14 children.').some((e) => e.type === 'ASSAULT' && (e.otherTriggers ?? []).length > 0));
  // The act itself, active or passive, is told.
  assert.ok(events('The shelling killed four villagers who were sheltering in a school.').some((e) => e.startsWith('ASSAULT:')));
  assert.ok(events('Four villagers were killed in the shelling on Monday.').some((e) => e.startsWith('ASSAULT:')));
});

test('what a passive act was used or executed for ("were used to urge", "were executed to deny") is no act of its own', () => {
  assert.deepEqual(events('Loudspeakers were used to urge residents to go to clinics to donate blood.'), []);
  assert.deepEqual(events('The raids were executed to deny the militia the ability to resupply.').filter((e) => e.startsWith('REJECT:')), []);
  // An order or an expectation names an act someone must or will do.
  assert.ok(events('The minister urged residents to donate blood on Monday.').some((e) => e.startsWith('REQUEST:')));
});

test('what a vetoed resolution calls for is the content of the veto, not a request made', () => {
  const found = events('Moscow vetoed a council resolution drafted by Paris calling for an end to the bombing of the city.');
  assert.ok(!found.some((e) => e.startsWith('REQUEST:')));
  assert.deepEqual(events('Beijing has repeatedly vetoed any move to sanction the general.').filter((e) => e.startsWith('SANCTION:')), []);
  assert.ok(events('The council adopted a resolution calling for an end to the bombing of the city.').some((e) => e.startsWith('REQUEST:')));
});

test('an act in a question left open ("did not say whether") is not told', () => {
  assert.deepEqual(events('The ministry did not say whether any soldiers were also killed.').filter((e) => e.startsWith('ASSAULT:')), []);
  assert.deepEqual(events('It was unclear whether the convoy had been attacked.').filter((e) => e.startsWith('ASSAULT:')), []);
  assert.ok(events('The ministry said that two soldiers were also killed.').some((e) => e.startsWith('ASSAULT:')));
});

test('a statement that gives no details, evidence that bears out a claim, a weapon banned by law: no aid, support or ban', () => {
  assert.deepEqual(events('The statement did not provide any further information.'), []);
  assert.deepEqual(events('The inquiry found no evidence to support the claim.'), []);
  assert.deepEqual(events('Such bombs are banned by international law.'), []);
  assert.ok(events('The agency provided food to the camp on Monday.').some((e) => e.startsWith('AID:')));
  assert.ok(events('The parliament banned the party on Monday.').some((e) => e.startsWith('COERCE:')));
});

test('a truce "brokered by" two powers that "collapsed" is a failed agreement: no truce, no brokering, no disaster', () => {
  assert.deepEqual(events('A truce in the region brokered by the two powers collapsed last month.'), []);
});

test('protests and their demands in a sentence that tells how the whole war began are its origin, not news', () => {
  const protests = (text: string) => events(text).filter((e) => e.startsWith('PROTEST:') || e.startsWith('REQUEST:'));
  assert.deepEqual(protests('Thousands have died in the war that began in 2012 as peaceful protests.'), []);
  assert.deepEqual(protests('The conflict began in 2012 when the army answered with force peaceful protests demanding reform.'), []);
  // A protest told in a clause of its own, or a protest of the story, is still an event.
  assert.ok(protests('The uprising began in 2012 when students marched through the capital.').length > 0);
  assert.ok(protests('Protesters marched through the capital on Friday demanding reform.').length > 0);
});

test('a place "split between" two holders is a state of control, not a group breaking away', () => {
  assert.deepEqual(events('The river town was split between the army and the tribal militia.').filter((e) => e.startsWith('REJECT:')), []);
  assert.deepEqual(events('The country split in 2014 between two rival governments.').filter((e) => e.startsWith('REJECT:')), []);
  assert.ok(events('The faction split from the main rebel alliance on Monday.').some((e) => e.startsWith('REJECT:')));
});

test('acts that "have continued" or "have picked up" tell a trend over months, not an act of the story', () => {
  const attacks = (text: string) => events(text).filter((e) => e.startsWith('ASSAULT:'));
  assert.deepEqual(attacks('The truce was signed in spring, but air strikes there have continued.'), []);
  assert.deepEqual(attacks('Troops retook the port last year, but attacks have picked up again this year.'), []);
  assert.deepEqual(attacks('Raids have increasingly shifted to the hills since the summer.'), []);
  // One act told in the perfect is still an act.
  assert.ok(attacks('Air strikes have hit the market in the town, killing nine people.').length > 0);
  assert.ok(attacks('Gunmen have attacked a checkpoint near the border.').length > 0);
});

test('a meeting that an attack targeted is where the attack hit, not talks told', () => {
  assert.deepEqual(events('Twenty leaders were killed in an explosion that targeted a meeting on Monday.').filter((e) => e.startsWith('CONSULT:')), []);
  assert.deepEqual(events('A drone struck a meeting of commanders near the town.').filter((e) => e.startsWith('CONSULT:')), []);
  assert.ok(events('The two ministers held a meeting in the capital on Monday.').some((e) => e.startsWith('CONSULT:')));
});
