import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2016-06-01', language: 'en' }, 'unnamed-attacker.test.ts');
  return runPipeline(document).layers.events;
};
const codes = (r: { actors: { actor?: { code: string } }[] } | undefined) => (r?.actors ?? []).map((p) => p.actor?.code);

test('an air strike told without its author takes the side the article later says flew the raids', () => {
  const text = 'Air strikes killed 14 civilians in the town of Saraqeb on Friday, a monitor said. Residents said Russian warplanes carried out the raids.';
  const strike = records(text).find((r) => r.triggerText === 'Air strikes');
  assert.ok(strike, 'the strike is recorded');
  assert.ok(codes(strike).some((c) => c?.startsWith('RUS')), JSON.stringify(strike.actors));
});

test('an attack by other means borrows no author: a car bomb is not the air force\'s', () => {
  const text = 'A car bomb killed six people in Azaz on Tuesday. On Wednesday government jets bombed a bakery in Idlib.';
  const bomb = records(text).find((r) => /car bomb/i.test(r.triggerText));
  assert.ok(bomb, 'the car bomb is recorded');
  assert.deepEqual(codes(bomb), []);
});

test('an attacker the article leaves unknown on purpose ("gunmen") stays unknown', () => {
  const text = 'Gunmen shot dead four farmers near Hama on Monday. Later that day government troops opened fire on protesters in Homs.';
  const shooting = records(text).find((r) => r.triggerText === 'shot dead');
  assert.ok(shooting, 'the shooting is recorded');
  assert.ok(!codes(shooting).some((c) => c?.startsWith('SYR')), JSON.stringify(shooting.actors));
});

test('an attack whose verb does not say how is an air strike when jets or helicopters did it', () => {
  const [killing] = records('Coalition fighter jets killed eight farmers east of Manbij.');
  assert.equal(killing?.acled, 'Air/drone strike', JSON.stringify(killing));
  assert.equal(killing?.mode, 'aerial');
});

test('an attack told by its weapon keeps that weapon whoever did it', () => {
  const bombing = records('Army helicopters hovered over the town before a car bomb killed nine people at its gate.').find((r) => /car bomb/i.test(r.triggerText));
  assert.ok(bombing, 'the car bomb is recorded');
  assert.notEqual(bombing.acled, 'Air/drone strike');
});

test('an attacker named only by its weapon ("coalition warplanes" read as "warplanes") takes the side the story names for those planes', () => {
  const text = 'On Monday coalition warplanes killed 20 civilians in a village near Raqqa. Last week US-led coalition warplanes bombed a bridge in the same area.';
  const strike = records(text).find((r) => r.fatalities);
  assert.ok(strike, 'the deadly strike is recorded');
  assert.ok(codes(strike).includes('IGOMIL'), JSON.stringify(strike.actors));
});

test('an attacker the article names although the dictionary does not know it ("the Nahda Brigades") keeps its name: it borrows no other side', () => {
  const text = 'Israeli artillery shelled the camp on Saturday, killing two fighters. On Sunday the Nahda Brigades fired rockets at the border post, wounding three soldiers.';
  const rockets = records(text).find((r) => /rockets/i.test(r.triggerText));
  assert.ok(rockets, 'the rocket fire is recorded');
  assert.ok(rockets.actors.some((p) => /Nahda Brigades/.test(p.text)), JSON.stringify(rockets.actors.map((p) => p.text)));
  assert.ok(!rockets.actors.some((p) => p.actor), JSON.stringify(rockets.actors));
});

test('an author taken from another attack is marked as inferred, with the other mention as its evidence', () => {
  const text = 'Air strikes killed 14 civilians in the town of Saraqeb on Friday, a monitor said. Residents said Russian warplanes carried out the raids.';
  const strike = records(text).find((r) => r.triggerText === 'Air strikes');
  const author = strike?.actors.find((p) => p.actor?.code.startsWith('RUS'));
  assert.equal(author?.inferred, 'same-means-attack');
  assert.ok(author!.evidence.start > text.indexOf('Residents'));
});

test('a claim of responsibility with no object of its own gives the attack just told, whose author is unnamed, the claimant as actor', () => {
  const text = 'A suicide bomber blew himself up at a checkpoint in the city of Mosul on Monday, killing six soldiers, the army said. The Islamic State group claimed responsibility on Tuesday.';
  const attack = records(text).find((r) => r.type === 'ASSAULT');
  assert.ok(attack, 'the attack is recorded');
  assert.ok(codes(attack).some((c) => c?.startsWith('IMGMUSISI')), JSON.stringify(attack.actors));
  // An attack whose author is named keeps it: the claim of another group is a claim, not a fact.
  const named = records('Army troops shelled a village near Mosul on Monday, killing six people. The Islamic State group claimed responsibility for a separate bombing in Baghdad.')
    .find((r) => r.type === 'ASSAULT' && /shell/i.test(r.triggerText));
  assert.ok(!codes(named).some((c) => c?.startsWith('IMG')), JSON.stringify(named?.actors));
});

test('an air strike told without its author does not take the side that shot a plane down: downing a plane is no air strike', () => {
  const text = 'Air strikes killed 20 civilians in the town of Saraqeb on Saturday, a monitor said. A rebel group said it had shot down a plane over the town.';
  const strike = records(text).find((r) => r.triggerText === 'Air strikes');
  assert.ok(strike, 'the strike is recorded');
  assert.deepEqual(codes(strike).filter(Boolean), []);
});

test('an air strike the article says is of unknown origin ("it was not clear whether the jets were Turkish or Iraqi") borrows no author', () => {
  const text = 'Turkish air strikes killed 12 fighters near Sinjar on Monday, a monitor said. On Tuesday, air strikes hit a convoy near Mosul, killing five civilians. It was not clear whether the jets were Turkish or Iraqi.';
  const strike = records(text).find((r) => r.evidence.some((e) => text.slice(e.start, e.end).includes('convoy')));
  assert.ok(strike, 'the strike is recorded');
  assert.deepEqual(codes(strike).filter(Boolean), [], JSON.stringify(strike.actors));
});

test('an air strike whose author the next sentence says is unclear ("unclear if … by government or Russian planes") borrows no author', () => {
  const text = 'At least nine civilians were killed in air strikes on the town of Saraqeb on Tuesday, a monitor said. '
    + 'The monitor said it was unclear if the strikes were carried out by Syrian government or Russian war planes. '
    + 'The province has often been hit by Syrian government air strikes.';
  const strike = records(text).find((r) => r.type === 'ASSAULT' && /civilians/.test(r.recipients.map((p) => p.text).join(' ')));
  assert.ok(strike);
  assert.deepEqual(codes(strike).filter((c) => c), [], JSON.stringify(strike.actors));
});

test('an air strike on a town far from the one the article names an author for borrows no author: another front', () => {
  const text = 'Russian jets bombed the town of Saraqeb on Monday killing 12 civilians activists said. On Tuesday an air strike killed eight people in the town of Douma east of Damascus.';
  const douma = records(text).find((r) => r.triggerText === 'air strike');
  assert.ok(douma, 'the Douma strike is recorded');
  assert.deepEqual(codes(douma), []);
});

test('an air strike on a town near the one the article names an author for borrows that author: one front', () => {
  const text = 'Russian jets bombed the town of Saraqeb on Monday killing 12 civilians activists said. On Tuesday an air strike killed eight people in the town of Ariha.';
  const ariha = records(text).find((r) => r.triggerText === 'air strike');
  assert.ok(ariha, 'the Ariha strike is recorded');
  assert.deepEqual(codes(ariha), ['RUSMIL']);
});
