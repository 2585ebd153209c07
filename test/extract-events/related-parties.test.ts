import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const show = (events: ReturnType<typeof extract>) => JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));

test("a party whose partners, allies or neighbours are named is not itself the party ('urged Nairobi's Western partners')", () => {
  const events = extract("The minister urged Nairobi's Western partners to send more generators.", [['minister', 'KENGOV', 'person'], ['Nairobi', 'KENGOV', 'government']]);
  const urged = events.find((e) => e.type === 'REQUEST');
  assert.ok(urged && !urged.recipients.some((a) => a.text === 'Nairobi'), show(events));
  const own = extract("Kenya's army shelled the camp.", [["Kenya's army", 'KENMIL', 'military']]);
  assert.deepEqual(own.find((e) => e.type === 'ASSAULT')?.actors.map((a) => a.text), ["Kenya's army"], show(own));
});

test("the state that brokered a truce is its mediator, not a party to it ('a truce brokered by Qatar between X and Y', 'a Qatar-brokered truce')", () => {
  const parties: Array<[string, string, 'state' | 'rebels']> = [['Qatar', 'QAT', 'state'], ['Israel', 'ISR', 'state'], ['Hamas', 'PSEREB', 'rebels']];
  const by = extract('A truce brokered by Qatar between Israel and Hamas largely held on Monday.', parties);
  assert.deepEqual(by.find((e) => e.type === 'RETREAT')?.actors.map((a) => a.text), ['Israel', 'Hamas'], show(by));
  const compound = extract('A Qatar-brokered truce held in the city on Monday.', parties);
  const truce = compound.find((e) => e.type === 'RETREAT');
  assert.ok(truce && !truce.actors.some((a) => a.text === 'Qatar'), show(compound));
});
