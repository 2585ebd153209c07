import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';
import { findAttributions } from '../../src/stages/annotate-attribution/annotate-attribution.js';
import type { ActorMention, ActorKind } from '../../src/model/actor.js';
import { loadAttributionLexicon } from '../../src/lexicons/attribution-lexicon.js';

/** Actor mentions built by hand, so this test does not depend on the actor dictionary. */
function mention(text: string, words: string, name: string, code: string, kind: ActorKind): ActorMention {
  const start = text.indexOf(words);
  return { span: { start, end: start + words.length }, text: words, confidence: 1, actor: { id: name.toLowerCase().replace(/\W+/g, '-'), name, code, kind } };
}

function attribute(text: string, actors: ActorMention[]) {
  const { tokens, sentences } = segmentText(text);
  return findAttributions(text, tokens, sentences, actors);
}

test('"According to X, CONTENT" attributes the rest of the sentence to X', () => {
  const text = 'According to the Syrian Observatory, at least 16 people were killed in the raid.';
  const [a] = attribute(text, [mention(text, 'Syrian Observatory', 'Syrian Observatory for Human Rights', 'NGO', 'ngo')]);
  assert.equal(a.chain[0].name, 'Syrian Observatory for Human Rights');
  assert.match(text.slice(a.content.start, a.content.end), /^at least 16 people were killed/);
});

test('"According to the Farmers Association tanks and rockets were used" (no comma) ends the source at the body\'s name: what follows is the claim', () => {
  const text = 'According to the Kurdish Farmers Association tanks and rockets were used in the attack on the village.';
  const [a] = attribute(text, []);
  assert.match(a.chain[0].name, /Association$/);
  assert.match(text.slice(a.content.start, a.content.end), /^tanks and rockets were used/);
  // A source noun after the body stays in the source: 'according to Army sources'.
  const b = 'According to Army sources the convoy was hit near the bridge.';
  assert.match(attribute(b, [])[0].chain[0].name, /Army sources/);
});

test('a quote followed by "said X" attributes the quote to X', () => {
  const text = '“We have done our homework,” said Kerry.';
  const [a] = attribute(text, [mention(text, 'Kerry', 'John Kerry', 'USAGOV', 'person')]);
  assert.equal(a.chain[0].name, 'John Kerry');
  assert.match(text.slice(a.content.start, a.content.end), /homework/);
});

test('an outlet that reports is the outermost source, and "citing" adds the source it relays', () => {
  const text = 'Reuters reported that the convoy was hit, citing two witnesses.';
  const attributions = attribute(text, [mention(text, 'Reuters', 'Reuters', 'GBRMED', 'media')]);
  assert.equal(attributions.length, 1);
  assert.deepEqual(attributions[0].chain.map((s) => s.name), ['two witnesses', 'Reuters']);
});

test('"About it the newspaper said a source" attributes the previous sentence to the source via the newspaper, and a later "interlocutor of the newspaper" is that source', () => {
  const text = 'Washington has asked for a pause in strikes. About it the newspaper Izvestia said a source familiar with the negotiations. According to the interlocutor of the newspaper, the proposals entered the talks.';
  const attributions = attribute(text, [mention(text, 'Izvestia', 'Izvestia', 'RUSMED', 'media')]);
  const first = attributions[0];
  assert.equal(text.slice(first.content.start, first.content.end), 'Washington has asked for a pause in strikes.');
  assert.deepEqual(first.chain.map((s) => s.kind), ['anonymous', 'outlet']);
  assert.equal(first.chain[1].name, 'Izvestia');
  const second = attributions[1];
  assert.equal(second.chain[0].name, first.chain[0].name);
  assert.equal(second.chain[1].name, 'Izvestia');
});

test('a denial cue marks the attribution as a denial', () => {
  const text = 'The ministry denied that its aircraft struck the hospital.';
  const [a] = attribute(text, [mention(text, 'The ministry', 'Ministry of Defence', 'RUSMIL', 'military')]);
  assert.equal(a.denial, true);
  assert.match(text.slice(a.content.start, a.content.end), /its aircraft struck the hospital/);
});

test('"reports of" makes a claim with no named source', () => {
  const text = 'There are regular reports of civilian casualties from shelling.';
  const [a] = attribute(text, []);
  assert.deepEqual(a.chain, []);
  assert.match(text.slice(a.content.start, a.content.end), /civilian casualties/);
});

test('a sentence with no cue has no attribution', () => {
  assert.deepEqual(attribute('Government forces shelled the town on Monday.', []), []);
});

test('a pronoun speaker inside a named speaker\'s claim adds no source of its own, and a later "he said" is the person named before', () => {
  const text = 'Kerry said he will announce the plan in August. He said progress had been made.';
  const attributions = attribute(text, [mention(text, 'Kerry', 'John Kerry', 'USAGOV', 'person')]);
  assert.equal(attributions.length, 2, attributions.map((a) => a.cueWord).join(', '));
  assert.deepEqual(attributions.map((a) => a.chain.map((s) => s.name)), [['John Kerry'], ['John Kerry']]);
});

test('a speaker after the claim is found even when the tagger reads its head noun as a verb ("a war monitor said")', () => {
  const text = 'Air strikes hit a crowded market on Tuesday, killing at least 12 civilians, a war monitor said.';
  const [a] = attribute(text, []);
  assert.equal(a?.chain[0]?.name, 'a war monitor');
  assert.match(text.slice(a.content.start, a.content.end), /^Air strikes hit/);
});

test('the speaker of "X on Tuesday denied" is X, never the day; "a source at the Police Command told" keeps its whole phrase', async () => {
  const { segmentText } = await import('../../src/stages/segment/segment.js');
  const { findAttributions } = await import('../../src/stages/annotate-attribution/annotate-attribution.js');
  const speakers = (text: string) => {
    const { tokens, sentences } = segmentText(text);
    return findAttributions(text, tokens, sentences, []).flatMap((a) => a.chain.map((s) => s.name));
  };
  const denied = speakers("Saudi Arabia's Defence Ministry on Tuesday denied that its jets had struck the hospital.");
  assert.ok(denied.length > 0 && !denied.some((n) => /Tuesday/.test(n)), JSON.stringify(denied));
  assert.ok(speakers('A source at Aleppo Police Command told the agency that rockets hit the city.').some((n) => /Police Command/.test(n)));
});

test('a bare count is never a source ("more than 1400 are estimated to have been killed")', () => {
  const text = 'Washington and Paris say forces loyal to Assad were behind the attack in which more than 1400 are estimated to have been killed and they are considering air strikes.';
  const { tokens, sentences } = segmentText(text);
  const names = findAttributions(text, tokens, sentences, []).flatMap((a) => a.chain.map((s) => s.name));
  assert.ok(!names.some((n) => /^\W*\d[\d,.]*\W*$/.test(n)), JSON.stringify(names));
});

test('a speaker after a comma vouches for what came before ("…, wounding two civilians, Ukraine\'s military said on Tuesday, the most serious breach")', () => {
  const text = "Separatists shelled the town of Marinka overnight, wounding two civilians, Ukraine's military said on Tuesday, the most serious breach of a truce.";
  const { tokens, sentences } = segmentText(text);
  const claim = findAttributions(text, tokens, sentences, []).find((a) => a.chain.some((s) => /military/.test(s.name)));
  assert.ok(claim, 'no claim by the military');
  assert.ok(text.slice(claim.content.start, claim.content.end).includes('shelled the town'), text.slice(claim.content.start, claim.content.end));
});

test('"According to X the Y …" with no comma ends the source before the second determiner; a capitalised name ("the newspaper The Guardian") stays in it', () => {
  const text = 'According to the ministry the bombing destroyed a school in the town.';
  const [a] = attribute(text, []);
  assert.equal(text.slice(a.chain[0].span!.start, a.chain[0].span!.end), 'the ministry');
  assert.match(text.slice(a.content.start, a.content.end), /^the bombing destroyed/);
  const text2 = 'According to the newspaper The Guardian, two soldiers died.';
  const [b] = attribute(text2, []);
  assert.equal(text2.slice(b.chain[0].span!.start, b.chain[0].span!.end), 'the newspaper The Guardian');
});

test('"… a military source told Reuters." with no comma: the speaker vouches for what came before, relayed by the outlet it told', () => {
  const text = 'Government forces shelled the town on Friday a military source told Reuters.';
  const [a] = attribute(text, [mention(text, 'Reuters', 'Reuters', 'GBRMED', 'media')]);
  assert.match(text.slice(a.content.start, a.content.end), /^Government forces shelled/);
  assert.deepEqual(a.chain.map((s) => s.name), ['a military source', 'Reuters']);
});

test('a source noun after a party ("a coalition military source", "an army official") is an unnamed member of it, named by the whole phrase; a named spokesman stays the person', () => {
  const text = 'A coalition military source said that an inquiry had been opened.';
  const [a] = attribute(text, [mention(text, 'coalition', 'US-led coalition', 'IGOUSA', 'military')]);
  assert.equal(a.chain[0].name, 'A coalition military source');
  assert.equal(a.chain[0].code, 'IGOUSA');
  const text2 = 'Army spokesman Ali Hassan said that the road was open.';
  const [b] = attribute(text2, [mention(text2, 'Army', 'Army', 'MIL', 'military'), mention(text2, 'Ali Hassan', 'Ali Hassan', 'MIL', 'person')]);
  assert.equal(b.chain[0].name, 'Ali Hassan');
});

test('a spokesman named after the noun is the source even when the actor dictionary does not know the name, and a later "he said" is that person', () => {
  const text = 'Police spokesman Kunle Adebayo said officers used minimum force. He said 12 people had been arrested.';
  const found = attribute(text, [mention(text, 'Police', 'Police', 'COP', 'police')]);
  assert.deepEqual(found.map((a) => a.chain[0]?.name), ['Kunle Adebayo', 'Kunle Adebayo']);
});

test('a second act joined to a denial by "and" is the speaker\'s own, not part of what is denied ("denied shelling the town and accused the army of …"); "said rebels attacked and killed" stays one claim', () => {
  const text = 'The militia denied shelling the village and accused government troops of firing on the market.';
  const denial = attribute(text, []).find((a) => a.denial);
  assert.ok(denial);
  assert.equal(text.slice(denial.content.start, denial.content.end), 'shelling the village');
  const text2 = 'The governor said rebels attacked the base and killed two guards.';
  const [said] = attribute(text2, []);
  assert.match(text2.slice(said.content.start, said.content.end), /killed two guards/);
});

test('"CONTENT local media reported Sunday citing X" attributes what came before to X via the media, even with no comma', () => {
  const text = 'Gunmen stormed a checkpoint near the border killing two guards local media reported Sunday citing a police official.';
  const found = attribute(text, []);
  const report = found.find((a) => a.cueWord === 'report');
  assert.ok(report, JSON.stringify(found));
  assert.match(text.slice(report.content.start, report.content.end), /^Gunmen stormed a checkpoint/);
  // Without the comma the phrase before the verb may keep words of the content ('two guards local media').
  assert.equal(report.chain[0]?.name, 'a police official');
  assert.match(report.chain[1]?.name ?? '', /local media$/);
});

test('"CONTENT the monitor reported overnight." and "… said on Monday." vouch for what came before: a trailing time adjunct is no content', () => {
  for (const [text, tail] of [
    ['Government troops shelled two farming villages the monitoring group reported overnight.', 'the monitoring group'],
    ['Militia fighters burned a market near the river the district council said on Monday.', 'the district council'],
    ['A car bomb wrecked a bus depot in the north a local official told reporters late Tuesday.', 'a local official'],
  ]) {
    const said = attribute(text, [])[0];
    assert.ok(said, text);
    assert.match(text.slice(said.content.start, said.content.end), /^(Government troops shelled|Militia fighters burned|A car bomb wrecked)/, text);
    assert.match(said.chain[0]?.name ?? '', new RegExp(tail.split(' ').pop()!), text);
  }
});

test('the attribution lexicon splits each phrase cue into its words once, at load', () => {
  const cues = loadAttributionLexicon().phrases.get('according') ?? [];
  assert.deepEqual(cues.find((c) => c.cue === 'according to')?.words, ['according', 'to']);
});

test('the subject of a passive cue ("a gas leak was reported") is what was reported, not who reported it', () => {
  const text = 'Residents fled the district after a gas leak was reported near the depot on Friday.';
  const found = attribute(text, []);
  assert.ok(!found.some((a) => a.chain.some((s) => /leak/.test(s.name))), JSON.stringify(found.map((a) => a.chain.map((s) => s.name))));
});

test('"No group claimed the launch" names nobody who speaks: no attribution', () => {
  const text = 'No militant group claimed the launch, and the army did not fire back.';
  assert.equal(attribute(text, []).length, 0, JSON.stringify(attribute(text, []).map((a) => a.chain.map((c) => c.name))));
});

test('a speaker described between commas ("X, a relief agency based in Geneva, said …") still speaks, and the claim is what follows the verb', () => {
  const text = 'The Red Crescent, a relief agency known for its ambulances, said shells hit a school in the town.';
  const [a] = attribute(text, [mention(text, 'Red Crescent', 'Red Crescent', 'NGOHLH', 'ngo')]);
  assert.equal(a?.chain[0].name, 'Red Crescent');
  assert.equal(text.slice(a.content.start, a.content.end), 'shells hit a school in the town.');
});

test('a relative clause between the speaker and the verb ("the monitor, which has sources on the ground, said") is stepped over', () => {
  const text = 'The monitor, which relies on informants in the province, said a drone struck a car near the border.';
  const [a] = attribute(text, []);
  assert.equal(a?.chain[0].name, 'The monitor');
  assert.match(text.slice(a.content.start, a.content.end), /^a drone struck a car/);
});

test('a description followed by the speaker\'s name between commas ("the UN mission in the north, UNMIX, said") makes the name the speaker', () => {
  const text = 'The UN mission in the north, UNMIX, said a rocket had landed near one of its bases.';
  const [a] = attribute(text, []);
  assert.equal(a?.chain[0].name, 'UNMIX');
  assert.match(text.slice(a.content.start, a.content.end), /^a rocket had landed/);
});

test('two speakers joined by "and" after a comma ("…, villagers and a local official said") are both sources of what came before', () => {
  const text = 'The fighting began at dusk after militiamen seized a bridge, villagers and a local official said.';
  const [a] = attribute(text, []);
  assert.deepEqual(a?.chain.map((s) => s.name), ['villagers', 'a local official']);
  assert.match(text.slice(a.content.start, a.content.end), /^The fighting began/);
});

test('the speaker before a description keeps its own prepositional phrase ("Elders in the northern valley, who …, said")', () => {
  const text = 'Elders in the northern valley, who have lost many sons to the war, said militiamen burned two villages.';
  const [a] = attribute(text, []);
  assert.equal(a?.chain[0].name, 'Elders in the northern valley');
});

test('"…, the agency said, adding that …" is no description of a speaker: the words before the first comma do not speak', () => {
  const text = 'A man was killed when a shell hit his home in the village on Monday, the agency said, adding that shelling had wounded a woman.';
  const attributions = attribute(text, []);
  assert.ok(!attributions.some((a) => a.chain.some((s) => /village|home/.test(s.name))), JSON.stringify(attributions.map((a) => a.chain.map((s) => s.name))));
});

test('a spokesman "in" a place is the speaker, not the place ("The army\'s spokesman in the east said")', () => {
  const text = "The army's spokesman in Upper Nile said troops had withdrawn from the town.";
  const [a] = attribute(text, []);
  assert.match(a?.chain[0].name ?? '', /spokesman in Upper Nile$/);
  const people = 'Gunmen killed three people in Kabul police said.';
  const [b] = attribute(people, []);
  assert.ok(!b || !/people/.test(b.chain[0].name), JSON.stringify(b?.chain));
});

test('"the spokesman in a statement said": a channel after the source noun is still no part of the speaker', () => {
  const text = 'The spokesman in a statement said troops had withdrawn from the town.';
  const [a] = attribute(text, []);
  assert.equal(a?.chain[0].name, 'The spokesman');
});

test('a speaker after a semicolon vouches for nothing before it ("Shelling kills 20 as truce collapses; rebels deny role")', () => {
  const text = 'Shelling of Kadugli market kills 20 as truce collapses; Rapid Support Forces deny role\n\nKADUGLI, May 3 (Reuters) - Shells hit the market.';
  const attributions = attribute(text, [mention(text, 'Rapid Support Forces', 'Rapid Support Forces', 'SDNREB', 'armed-group')]);
  const kills = text.indexOf('kills');
  assert.ok(!attributions.some((a) => a.content.start <= kills && kills < a.content.end), JSON.stringify(attributions));
});

test('a speaker after a comma still vouches for the headline before it ("Shelling kills 20 in Kadugli, rebels say")', () => {
  const text = 'Shelling kills 20 in Kadugli, Rapid Support Forces say\n\nKADUGLI, May 3 (Reuters) - Shells hit the market.';
  const attributions = attribute(text, [mention(text, 'Rapid Support Forces', 'Rapid Support Forces', 'SDNREB', 'armed-group')]);
  const kills = text.indexOf('kills');
  assert.ok(attributions.some((a) => a.content.start <= kills && kills < a.content.end), JSON.stringify(attributions));
});

test('an office or mission "in" a city is the speaker, and the city only where it sits ("the rights office in Vienna said")', () => {
  const text = 'The United Nations refugee office in Vienna said it was worried by the reports.';
  const [a] = attribute(text, [mention(text, 'United Nations', 'United Nations', 'IGOUNO', 'igo')]);
  assert.equal(a?.chain[0].code, 'IGOUNO', JSON.stringify(a?.chain));
  const bare = 'The aid mission in Juba said convoys had been stopped.';
  const [b] = attribute(bare, []);
  assert.match(b?.chain[0].name ?? '', /mission in Juba$/);
});

test("an anonymous source takes the body of the officials the text has just spoken of ('officials in the ministry …; according to a source')", () => {
  const text = 'Many officials in the foreign ministry doubt the plan. According to the interlocutor of the newspaper, the talks will fail.';
  const attributions = attribute(text, [mention(text, 'foreign ministry', 'Foreign Ministry', 'GRCGOV', 'government')]);
  const source = attributions.at(-1)!.chain[0];
  assert.equal(source.kind, 'anonymous');
  assert.equal(source.code, 'GRCGOV');
  assert.equal(text.slice(source.affiliation!.start, source.affiliation!.end), 'foreign ministry');
});

test("officials an outlet's report names no body for belong to the body the report is about ('the newspaper reported that the ministry … : many officials')", () => {
  const text = 'The Herald reported that the ministry is growing wary of the plan: many officials doubt it. According to the interlocutor of the newspaper, the talks will fail.';
  const attributions = attribute(text, [mention(text, 'Herald', 'The Herald', 'GBRMED', 'media'), mention(text, 'ministry', 'Ministry', 'GRCGOV', 'government')]);
  assert.equal(attributions.at(-1)!.chain[0].code, 'GRCGOV');
});

test('a source that says who it is by what it knows, or that follows officials who spoke for themselves, is placed in no body', () => {
  const familiar = 'Many officials in the foreign ministry doubt the plan. A source familiar with the talks said they will fail.';
  const a = attribute(familiar, [mention(familiar, 'foreign ministry', 'Foreign Ministry', 'GRCGOV', 'government')]);
  assert.equal(a.at(-1)!.chain[0].code, undefined);
  const spoke = 'Officials in the foreign ministry said the talks had stalled. A source said they will fail.';
  const b = attribute(spoke, [mention(spoke, 'foreign ministry', 'Foreign Ministry', 'GRCGOV', 'government')]);
  assert.equal(b.at(-1)!.chain[0].code, undefined);
});

test('"…, according to a member of the village\'s negotiating committee." keeps the whole source phrase and gives it the sentence before the cue', () => {
  const text = 'Under the deal, the militia freed six hostages, according to a member of the village\'s negotiating committee.';
  const [a] = attribute(text, []);
  assert.ok(a, 'no attribution');
  assert.match(a.chain[0].name, /member of the village's negotiating committee/);
  assert.match(text.slice(a.content.start, a.content.end), /the militia freed six hostages/);
});

test('a speaker described by a phrase with a relative clause between commas still speaks ("X, a group that tracks the fighting, said")', () => {
  const text = 'The Coastal Rights Network, a volunteer group that documents the raids, said the gunmen had burned three boats.';
  const [a] = attribute(text, []);
  assert.ok(a, 'no attribution');
  assert.match(a.chain[0].name, /Coastal Rights Network/);
  assert.match(text.slice(a.content.start, a.content.end), /^the gunmen had burned three boats/);
});

test('", saying …" after a clause gives what follows to that clause\'s subject ("the agency gave another account, saying …")', () => {
  const text = 'The state broadcaster gave a different account, saying bandits had attacked a police post in the town.';
  const [a] = attribute(text, []);
  assert.ok(a, 'no attribution');
  assert.match(a.chain[0].name, /state broadcaster/);
  assert.match(text.slice(a.content.start, a.content.end), /^bandits had attacked a police post/);
});

test("a second verb of saying joined by 'and' ('denied that … and said …') shares the first one's speaker", () => {
  const text = 'The defence ministry denied that its jets had hit the clinic and said rebels had shelled the market.';
  const found = attribute(text, [mention(text, 'defence ministry', 'Defence Ministry', 'MIL', 'government')]);
  const said = found.find((a) => a.cueWord === 'say');
  assert.ok(said, JSON.stringify(found));
  assert.equal(said.chain[0].name, 'Defence Ministry');
  assert.equal(text.slice(said.content.start, said.content.end), 'rebels had shelled the market.');
});

test("a verb of saying in the infinitive ('waiting for the inspectors to report') is no one's statement: it attributes nothing", () => {
  const text = 'The ministers urged waiting for the inspectors to report.';
  assert.deepEqual(attribute(text, []).map((a) => a.cueWord), []);
});

test('a capitalised verb inside a place name ("the village of Tell Hamra on Sunday") is no closing verb of saying', () => {
  const text = 'Government troops seized the village of Tell Hamra on Sunday.';
  const found = attribute(text, []);
  assert.ok(!found.some((a) => text.slice(a.content.start, a.content.end).startsWith('Government troops')), JSON.stringify(found));
});

test('"according to the London-based monitor" at the end of a sentence with no comma: the hyphened participle keeps the phrase whole, and the city it is based in is not the source', () => {
  const text = 'Nine people were killed in the raid that also wounded dozens according to the London-based Syrian Observatory for Human Rights.';
  const actors = [mention(text, 'London', 'United Kingdom', 'GBR', 'state'), mention(text, 'Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'NGO', 'ngo')];
  const [a] = attribute(text, actors);
  assert.equal(a.chain[0].name, 'Syrian Observatory for Human Rights');
  assert.equal(a.chain[0].code, 'NGO');
  assert.match(text.slice(a.content.start, a.content.end), /^Nine people were killed in the raid that also wounded dozens/);
});

test('"…killed 20 people the envoy said again without saying who was responsible" (no comma): the envoy vouches for what came before the verb', () => {
  const text = 'Shelling in the old city killed 20 people the envoy said again without saying who was responsible.';
  const [a] = attribute(text, []);
  assert.match(text.slice(a.content.start, a.content.end), /^Shelling in the old city killed 20 people/);
});

test('"were said to be killed" hedges the sentence as "reportedly" does, with no named source', () => {
  const text = 'Three fighters were said to be killed in a village east of the city.';
  const [a] = attribute(text, []);
  assert.equal(a.cueWord, 'were said to');
  assert.deepEqual(a.chain, []);
  assert.match(text.slice(a.content.start, a.content.end), /Three fighters were said to be killed/);
});
