import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn, mention, placeAt } from './run-actors.js';

test('annotateActors composes a country adjective and an agent noun into one code', () => {
  const actors = actorsIn('The Syrian army advanced while Turkish forces shelled the area; Iraqi police closed roads and Syrian civilians fled.');
  assert.equal(mention(actors, 'Syrian army')?.actor?.code, 'SYRMIL');
  assert.equal(mention(actors, 'Turkish forces')?.actor?.code, 'TURMIL');
  assert.equal(mention(actors, 'Iraqi police')?.actor?.code, 'IRQCOP');
  assert.equal(mention(actors, 'Syrian civilians')?.actor?.code, 'SYRCVL');
});

test('annotateActors codes a defence ministry as the military and a foreign ministry as the government', () => {
  const actors = actorsIn("Russia's defence ministry denied it. The Turkish foreign ministry summoned the envoy. The Iranian Defence Ministry said nothing.");
  assert.equal(mention(actors, "Russia's defence ministry")?.actor?.code, 'RUSMIL');
  assert.equal(mention(actors, 'Turkish foreign ministry')?.actor?.code, 'TURGOV');
  assert.equal(mention(actors, 'Iranian Defence Ministry')?.actor?.code, 'IRNMIL');
});

test('annotateActors codes bare agents by their sector', () => {
  const actors = actorsIn('Soldiers opened fire as police watched and civilians ran.');
  assert.equal(mention(actors, 'Soldiers')?.actor?.code, 'MIL');
  assert.equal(mention(actors, 'police')?.actor?.code, 'COP');
  assert.equal(mention(actors, 'civilians')?.actor?.code, 'CVL');
});

test('annotateActors gives rebels the country the article is about, and plain REB without one', () => {
  const text = 'Rebels shelled a market in Idlib on Friday, a monitor said.';
  const withPlace = actorsIn(text, '2016-07-28', [placeAt(text, 'Idlib', 'SY')]);
  assert.equal(mention(withPlace, 'Rebels')?.actor?.code, 'SYRREB');
  const without = actorsIn('Rebels shelled a market on Friday, a monitor said.');
  assert.equal(mention(without, 'Rebels')?.actor?.code, 'REB');
});

test('annotateActors does not read an agent noun used as a modifier as a party', () => {
  const actors = actorsIn('There were reports of civilian casualties in groups recognized as terrorist.');
  assert.equal(actors.some((m) => m.actor?.code === 'CVL'), false);
  assert.equal(mention(actors, 'terrorist'), undefined);
});

test('annotateActors keeps gunmen and militants as unresolved descriptions', () => {
  const actors = actorsIn('Unidentified gunmen attacked a checkpoint, and militants later claimed it.');
  const gunmen = mention(actors, 'Unidentified gunmen');
  assert.equal(gunmen?.actor, undefined);
  assert.equal(gunmen?.describes, 'armed-men');
  assert.equal(mention(actors, 'militants')?.describes, 'militants');
});

test('annotateActors does not take "forces" alone for a military', () => {
  const actors = actorsIn('The plan would divide the forces of the opposition.');
  assert.equal(mention(actors, 'forces'), undefined);
});

test("a state's name before an office or an arm of the state gives its country ('Kyrgyz Prime Minister X', 'Russia troops')", () => {
  const office = actorsIn('Kyrgyz Prime Minister Almaz Tokonov received the delegation.');
  assert.equal(mention(office, 'Kyrgyz Prime Minister Almaz Tokonov')?.actor?.code, 'KGZGOV', JSON.stringify(office.map((m) => [m.text, m.actor?.code])));
  const troops = actorsIn('Washington defended the right of Russia troops to return fire.');
  assert.equal(mention(troops, 'Russia troops')?.actor?.code, 'RUSMIL', JSON.stringify(troops.map((m) => [m.text, m.actor?.code])));
  const vice = actorsIn("Taiwan's Vice Foreign Minister arrived in Moscow.");
  assert.ok(vice.some((m) => m.actor?.code === 'TWNGOV'), JSON.stringify(vice.map((m) => [m.text, m.actor?.code])));
});

test('annotateActors codes the ministers of a region as the region: it has no government of its own', () => {
  const actors = actorsIn('The envoy met Arab foreign ministers in Cairo after talks with European foreign ministers.');
  assert.equal(mention(actors, 'Arab foreign ministers')?.actor?.code, 'ARB');
  assert.equal(mention(actors, 'European foreign ministers')?.actor?.code, 'EUR');
  const union = actorsIn('The European Union imposed sanctions.');
  assert.equal(mention(union, 'European Union')?.actor?.code, 'IGOEUREEC');
});

test('annotateActors keeps a plural office with its country when a name follows: the name is not its holder', () => {
  const actors = actorsIn('After meeting Arab foreign ministers U.S. Secretary of State John Kerry said many agreed.', '2013-09-08');
  assert.equal(mention(actors, 'Arab foreign ministers')?.actor?.code, 'ARB', JSON.stringify(actors.map((a) => a.text)));
});

test('annotateActors codes students, opposition parties, workers, courts and judges by their CAMEO sector', () => {
  const code = (text: string, words: string) => mention(actorsIn(text), words)?.actor?.code;
  assert.equal(code('Chilean students marched on Monday.', 'Chilean students'), 'CHLEDU');
  assert.equal(code('Chilean opposition parties called a strike.', 'Chilean opposition parties'), 'CHLOPP');
  assert.equal(code('Chilean workers stopped work.', 'Chilean workers'), 'CHLLAB');
  assert.equal(code("Chile's supreme court ruled on Monday.", "Chile's supreme court"), 'CHLJUD');
  assert.equal(code('Chilean judge Ana Rojas opened an inquiry.', 'Chilean judge Ana Rojas'), 'CHLJUD');
});

test('annotateActors codes a human rights group as an NGO, with the country before it', () => {
  assert.equal(mention(actorsIn('A human rights group protested on Wednesday.'), 'human rights group')?.actor?.code, 'NGO');
  assert.equal(mention(actorsIn('A Chilean rights group said on Monday.'), 'Chilean rights group')?.actor?.code, 'CHLNGO');
});

test("annotateActors codes a people living within one state with that state, as CAMEO does ('Yoruba chiefs' -> NGA)", () => {
  const actors = actorsIn('Yoruba chiefs met on Sunday, and Igbo traders closed their shops.');
  assert.equal(actors.find((m) => m.text.startsWith('Yoruba'))?.actor?.code.slice(0, 3), 'NGA');
  assert.equal(actors.find((m) => m.text.startsWith('Igbo'))?.actor?.code.slice(0, 3), 'NGA');
});

test('annotateActors composes a country and an agent across an aircraft model ("Iraqi F-16 jets", "Russian Su-25 warplanes"), and takes the model for no name', () => {
  const actors = actorsIn('Iraqi F-16 jets bombed a hideout on Friday. Russian Su-25 warplanes struck the town.');
  assert.equal(mention(actors, 'Iraqi F-16 jets')?.actor?.code, 'IRQMIL');
  assert.equal(mention(actors, 'Russian Su-25 warplanes')?.actor?.code, 'RUSMIL');
  assert.ok(!actors.some((m) => m.text === 'F' || m.text === 'Su'), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors composes countries and mediators into their governments ("Saudi and U.S. mediators")', () => {
  const actors = actorsIn('Saudi and U.S. mediators met an army delegation on Sunday.');
  assert.deepEqual(actors.filter((m) => m.actor?.code === 'SAUGOV' || m.actor?.code === 'USAGOV').map((m) => m.actor?.code), ['SAUGOV', 'USAGOV']);
});

test("annotateActors reads a regime's or a government's aircraft as its military ('Syrian regime jets', 'government helicopters')", () => {
  const actors = actorsIn('Syrian regime jets pounded the town while government helicopters dropped barrels.');
  assert.equal(mention(actors, 'Syrian regime jets')?.actor?.code, 'SYRMIL');
  assert.equal(mention(actors, 'government helicopters')?.actor?.code.endsWith('MIL'), true);
});

test("a capital's possessive before an arm of the state gives its country, as the state's name does (\"Cairo's intelligence services\" -> EGYMIL)", () => {
  const actors = actorsIn("Cairo's intelligence services held talks with both sides. Moscow's troops left the town.");
  assert.equal(mention(actors, "Cairo's intelligence services")?.actor?.code, 'EGYMIL');
  assert.equal(mention(actors, "Moscow's troops")?.actor?.code, 'RUSMIL');
});

test('annotateActors gives a bare air force the country the article is about, as it does a bare army', () => {
  const text = 'The army said air force helicopters struck the attackers near Gao on Sunday.';
  const actors = actorsIn(text, '2022-05-12', [placeAt(text, 'Gao', 'ML')]);
  assert.equal(mention(actors, 'air force')?.actor?.code, 'MLIMIL');
});

test("a country's citizens or nationals are its civilians ('American citizens' -> USACVL)", () => {
  const actors = actorsIn('The embassy urged American citizens and British nationals to leave the country.');
  assert.equal(mention(actors, 'American citizens')?.actor?.code, 'USACVL');
  assert.equal(mention(actors, 'British nationals')?.actor?.code, 'GBRCVL');
});

test('annotateActors reads "the military" with no noun after it as a party, though the tagger calls it an adjective', () => {
  const text = 'Fighting went on in Kachin state. A rights group urged the military to stop shelling villages, and the military said nothing.';
  const actors = actorsIn(text, '2024-06-12', [placeAt(text, 'Kachin', 'MM')]);
  assert.equal(mention(actors, 'military')?.actor?.code, 'MMRMIL');
  assert.equal(mention(actors, 'military', 1)?.actor?.code, 'MMRMIL');
  // Still a modifier before a noun: 'military vehicles' names no party.
  assert.equal(mention(actorsIn('The military vehicles were parked on the road.'), 'military'), undefined);
  assert.equal(mention(actorsIn("Jets struck a hideout, the military's Joint Operations Command said."), 'military'), undefined);
});

test('annotateActors gives a bare agent the nationality the sentence before stated for its sector, over the country the places vote for', () => {
  const text = 'Fighting went on near Goma and in North Kivu. Kinshasa denied backing any Rwandan rebels and Rwandan troops. The rebels attacked a village on Monday and clashed with soldiers.';
  const places = [placeAt(text, 'Goma', 'CD'), placeAt(text, 'North Kivu', 'CD')];
  const actors = actorsIn(text, '2024-06-12', places);
  assert.equal(mention(actors, 'Rwandan rebels')?.actor?.code, 'RWAREB');
  assert.equal(mention(actors, 'rebels')?.actor?.code, 'RWAREB');
  // A state's forces are not lent a nationality so: two states' armies often meet in one story.
  assert.equal(mention(actors, 'soldiers')?.actor?.code, 'CODMIL');
});

test("annotateActors gives a ministry run by a named party that party's country ('the Taliban-run Interior Ministry' → AFGGOV)", () => {
  const actors = actorsIn('The attack was confirmed by the spokesman for the Taliban-run Interior Ministry on Saturday. The Interior Ministry spokesman said guards held a suspect.');
  assert.equal(mention(actors, 'Interior Ministry')?.actor?.code, 'AFGGOV');
  assert.equal(mention(actors, 'Interior Ministry', 1)?.actor?.code, 'AFGGOV', JSON.stringify(actors.map((m) => [m.text, m.actor?.code])));
  // With no party before it, it stays unresolved: a building as much as a government.
  assert.equal(mention(actorsIn('Protesters gathered outside the Interior Ministry.'), 'Interior Ministry')?.actor?.code, 'GOV');
});

test('annotateActors codes a country\'s war planes, war jets, planes and helicopters as its military', () => {
  const actors = actorsIn('Syrian war planes bombed the village. Russian war jets struck a camp. Turkish planes hit the hills. Iraqi helicopters fired rockets.');
  assert.equal(mention(actors, 'Syrian war planes')?.actor?.code, 'SYRMIL');
  assert.equal(mention(actors, 'Russian war jets')?.actor?.code, 'RUSMIL');
  assert.equal(mention(actors, 'Turkish planes')?.actor?.code, 'TURMIL');
  assert.equal(mention(actors, 'Iraqi helicopters')?.actor?.code, 'IRQMIL');
});

test('annotateActors reads "Syria Democratic Forces", a common variant of the SDF\'s name, as the SDF, not as Syria', () => {
  const actors = actorsIn('Syria Democratic Forces fighters entered the town on Monday.');
  assert.ok(actors.some((m) => m.actor?.code === 'SYRREB' && m.text.startsWith('Syria Democratic Forces')), JSON.stringify(actors.map((m) => `${m.text}=${m.actor?.code}`)));
  assert.ok(!actors.some((m) => m.text === 'Syria'));
});

test('annotateActors takes no party from a place name that lost its apostrophe ("Syrias northwestern province", "Aleppos eastern districts") when the article names the place', () => {
  const text = 'Airstrikes hit Syrias northwestern province on Saturday and shells fell on Aleppos eastern districts. The war in Syria has raged since 2011 and Aleppo was divided.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Syria', 'SY', false, 1), placeAt(text, 'Aleppo', 'SY', false, 1)]);
  assert.ok(!actors.some((m) => m.text === 'Syrias' || m.text === 'Aleppos'), JSON.stringify(actors.map((m) => m.text)));
});

test('annotateActors codes health workers as the health sector, with their country when one is named', () => {
  const actors = actorsIn('The strike killed two paramedics and the medical staff of the clinic; Yemeni doctors treated the wounded.');
  assert.equal(mention(actors, 'paramedics')?.actor?.code, 'HLH');
  assert.equal(mention(actors, 'medical staff')?.actor?.code, 'HLH');
  assert.equal(mention(actors, 'Yemeni doctors')?.actor?.code, 'YEMHLH');
});

test("annotateActors gives the units a list after 'including' names the country of the force that includes them ('the Turkish army, including special forces' -> TURMIL)", () => {
  const actors = actorsIn('The Turkish army massed on the border on Friday, including tank regiments and special forces.');
  assert.equal(mention(actors, 'special forces')?.actor?.code, 'TURMIL');
  // With no national force before 'including', the units stay generic.
  const alone = actorsIn('Reinforcements arrived overnight, including special forces.');
  assert.equal(mention(alone, 'special forces')?.actor?.code, 'MIL');
});

test("a named group's code does not state a nationality for the bare rebels after it ('Hezbollah ... the rebels' in a story set in Syria stay SYRREB)", () => {
  const text = 'Hezbollah fighters pushed into the valley outside Homs. The rebels withdrew from two villages.';
  const actors = actorsIn(text, '2016-07-28', [placeAt(text, 'Homs', 'SY')]);
  assert.equal(mention(actors, 'rebels')?.actor?.code, 'SYRREB');
});

test("annotateActors gives a country adjective the agent noun it shares with the next member: 'Iraqi and Kurdish forces' -> IRQMIL", () => {
  const actors = actorsIn('The offensive by Iraqi and Kurdish forces began on Monday near Mosul.');
  assert.equal(mention(actors, 'Iraqi')?.actor?.code, 'IRQMIL', JSON.stringify(actors.map((m) => `${m.text}=${m.actor?.code}`)));
  assert.ok(mention(actors, 'Kurdish forces'), JSON.stringify(actors.map((m) => m.text)));
});
