import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';
import { findAttributions } from '../../src/stages/annotate-attribution/annotate-attribution.js';
import { judgeFactuality } from '../../src/stages/assess-factuality/assess-factuality.js';
import type { EventMention } from '../../src/model/event-mention.js';
import type { PloverType } from '../../src/model/event-types.js';

/** An event mention at the first occurrence of `trigger`, with the whole sentence as its clause. */
function at(text: string, trigger: string, type: PloverType, contentOf?: number): EventMention {
  const start = text.indexOf(trigger);
  return { trigger: { start, end: start + trigger.length }, triggerText: trigger, sentence: 0, type, actors: [], recipients: [], clause: { start: 0, end: text.length }, rule: 'test', confidence: 1, contentOf };
}

function judge(text: string, mentions: EventMention[]) {
  const { tokens, sentences } = segmentText(text);
  return judgeFactuality(mentions, tokens, sentences, findAttributions(text, tokens, sentences, [])).map((j) => j.factuality);
}

test('the act asked for is requested; the request itself is the article\'s own assertion', () => {
  const text = 'Washington has asked Moscow to stop the strikes.';
  assert.deepEqual(judge(text, [at(text, 'asked', 'REQUEST'), at(text, 'stop', 'RETREAT', 0)]), ['asserted', 'requested']);
});

test('a suggested act is proposed', () => {
  const text = 'The American side suggested that the Russian forces stop their operations.';
  assert.deepEqual(judge(text, [at(text, 'suggested', 'REQUEST'), at(text, 'stop', 'RETREAT', 0)]), ['asserted', 'proposed']);
});

test('will and plans to make an event planned; could makes it hypothetical', () => {
  const text = 'Kerry will announce the plan in August.';
  assert.deepEqual(judge(text, [at(text, 'announce', 'AGREE')]), ['planned']);
  const text2 = 'The army plans to attack the town.';
  assert.deepEqual(judge(text2, [at(text2, 'attack', 'ASSAULT')]), ['planned']);
  const text3 = 'Rebels could storm the airport.';
  assert.deepEqual(judge(text3, [at(text3, 'storm', 'ASSAULT')]), ['hypothetical']);
});

test('a negated event is denied, but a negator inside a multi-word trigger is not a denial', () => {
  const text = 'The jets did not strike the market.';
  assert.deepEqual(judge(text, [at(text, 'strike', 'ASSAULT')]), ['denied']);
  const text2 = 'The forces do not discriminate between targets.';
  assert.deepEqual(judge(text2, [at(text2, 'do not discriminate', 'ACCUSE')]), ['asserted']);
});

test('an event inside an attributed clause is reported; inside a denial it is denied', () => {
  const text = 'According to the monitor, the jets struck a market.';
  assert.deepEqual(judge(text, [at(text, 'struck', 'ASSAULT')]), ['reported']);
  const text2 = 'The ministry denied that its jets struck the hospital.';
  assert.deepEqual(judge(text2, [at(text2, 'struck', 'ASSAULT')]), ['denied']);
});

test('a definite nominal event inside an attributed clause is presupposed and stays asserted', () => {
  const text = 'According to the source, the proposals entered the negotiations in Moscow.';
  assert.deepEqual(judge(text, [at(text, 'negotiations', 'CONSULT')]), ['asserted']);
});

test('"May" the month is not a modal', () => {
  const text = 'Rebels attacked the base in May.';
  assert.deepEqual(judge(text, [at(text, 'attacked', 'ASSAULT')]), ['asserted']);
});

test('a definite event that the claim is about is reported; one the claim only mentions stays asserted', () => {
  const text = 'Rami Abdel Rahman told AFP that the bombing targeted the village at dawn, killing 56 civilians.';
  assert.deepEqual(judge(text, [at(text, 'bombing', 'ASSAULT')]), ['reported']);
  const text2 = 'According to the interlocutor of the newspaper, the proposals of the American side entered the negotiations.';
  assert.deepEqual(judge(text2, [at(text2, 'negotiations', 'CONSULT')]), ['asserted']);
});

test('what a denial is about is denied; what is "not denied" is conceded', () => {
  const text = 'The ministry denied that coalition jets struck the hospital.';
  assert.deepEqual(judge(text, [at(text, 'denied', 'REJECT'), at(text, 'struck', 'ASSAULT', 0)]), ['asserted', 'denied']);
  const text2 = 'A coalition source did not deny that airstrikes had been carried out.';
  assert.notEqual(judge(text2, [at(text2, 'deny', 'REJECT'), at(text2, 'airstrikes', 'ASSAULT', 0)])[1], 'denied');
});

test('a coming end or continuation of an event under way leaves the event as it is: "set to conclude the talks"', () => {
  const text = 'The two delegations are set to conclude their third round of negotiations in Geneva.';
  assert.deepEqual(judge(text, [at(text, 'negotiations', 'CONSULT')]), ['asserted']);
  const text2 = 'The army will continue its offensive on the city.';
  assert.deepEqual(judge(text2, [at(text2, 'offensive', 'ASSAULT')]), ['asserted']);
  const text3 = 'According to the monitor, the rebels plan to end their siege of the town.';
  assert.deepEqual(judge(text3, [at(text3, 'siege', 'COERCE')]), ['reported']);
  const text4 = 'The army plans to attack the town.';
  assert.deepEqual(judge(text4, [at(text4, 'attack', 'ASSAULT')]), ['planned']);
});

test('a verb of phase before "to" names a coming act, which the modal still governs: "would continue to protest"', () => {
  const text = 'The movement would continue to protest until the leader was freed.';
  assert.deepEqual(judge(text, [at(text, 'protest', 'PROTEST')]), ['hypothetical']);
});

test('the act a campaign or an offensive is launched "to" do is its aim: planned', () => {
  const text = 'The army announced a spring offensive to retake the city.';
  assert.deepEqual(judge(text, [at(text, 'retake', 'ASSAULT')]), ['planned']);
  const text2 = 'Rebels used tunnels to attack the base.';
  assert.deepEqual(judge(text2, [at(text2, 'attack', 'ASSAULT')]), ['asserted']);
});

test('a noun of aim governs only the act right after its "to": "in a bid to stay neutral, urged" stays asserted', () => {
  const text = 'The army, in a bid to stay neutral, urged its soldiers to leave.';
  assert.deepEqual(judge(text, [at(text, 'urged', 'REQUEST')]), ['asserted']);
});

test('"is due to" makes the act it leads to planned; "due to" as a cause does not', () => {
  const text = 'The envoy is due to travel to Khartoum next week to meet the army chief.';
  assert.deepEqual(judge(text, [at(text, 'meet', 'CONSULT')]), ['planned']);
  // Through a chain of infinitives, however long the place between them.
  const long = 'The envoy is due to travel to the Red Sea port of Port Sudan next week to meet the army chief.';
  assert.deepEqual(judge(long, [at(long, 'meet', 'CONSULT')]), ['planned']);
  const text2 = 'Casualties rose sharply due to heavy shelling.';
  assert.deepEqual(judge(text2, [at(text2, 'shelling', 'ASSAULT')]), ['asserted']);
  const text3 = 'Due to rocket attacks on the district, two children were killed.';
  assert.deepEqual(judge(text3, [at(text3, 'attacks', 'ASSAULT')]), ['asserted']);
});

test('an attack that a later source in the sentence says never was ("there had been no attack") is denied', () => {
  const text = 'Local radio reported that gunmen attacked the depot, but the police said the blaze was an accident and there had been no attack.';
  assert.deepEqual(judge(text, [at(text, 'attacked', 'ASSAULT')]), ['denied']);
  const text2 = 'Local radio reported that gunmen attacked the depot, but there were no casualties.';
  assert.deepEqual(judge(text2, [at(text2, 'attacked', 'ASSAULT')]), ['reported']);
});

test('a promise or threat told with "would" is the act of promising, not a hypothetical one', () => {
  const text = 'The army said it would respect the truce.';
  const promise = { ...at(text, 'respect the truce', 'AGREE'), rule: 'trigger + promise' };
  assert.notDeepEqual(judge(text, [promise]), ['hypothetical']);
});

test('"is to" before a verb states an arrangement still to come ("the border is to reopen on August 1"): planned', () => {
  const text = 'The two leaders are to meet in Geneva next week.';
  assert.deepEqual(judge(text, [at(text, 'meet', 'CONSULT')]), ['planned']);
  const done = 'The two leaders met in Geneva last week to discuss the border.';
  assert.deepEqual(judge(done, [at(done, 'met', 'CONSULT')]), ['asserted']);
  // 'is to blame' says who is responsible, now.
  const blame = 'The rebels were to blame for the attack.';
  assert.deepEqual(judge(blame, [at(blame, 'blame', 'ACCUSE')]), ['asserted']);
});

test('the attack a condemnation is about happened as the condemner tells it: reported, not proposed', () => {
  const text = 'Western governments denounced the bombing of the hospital in the city.';
  assert.deepEqual(judge(text, [at(text, 'denounced', 'ACCUSE'), at(text, 'bombing', 'ASSAULT', 0)]), ['asserted', 'reported']);
});

test("a refusal told with a modal ('would not agree', 'will not accept') is the refusal itself, stated now: asserted, or reported by its speaker, never hypothetical", () => {
  const refusal = (text: string, trigger: string) => ({ ...at(text, trigger, 'REJECT'), rule: 'trigger:accept + refusal' });
  assert.deepEqual(judge('The rebels will not accept the proposal.', [refusal('The rebels will not accept the proposal.', 'accept')]), ['asserted']);
  const said = 'The minister said on Tuesday that his country would not agree to their presence.';
  assert.deepEqual(judge(said, [refusal(said, 'agree')]), ['reported']);
});

test("what an accusation says was done ('accused the army of shelling the market') is reported on the accuser's word, not proposed", () => {
  const text = 'Activists accused the army of shelling the market in the old town.';
  assert.deepEqual(judge(text, [at(text, 'accused', 'ACCUSE'), at(text, 'shelling', 'ASSAULT', 0)]), ['asserted', 'reported']);
});
