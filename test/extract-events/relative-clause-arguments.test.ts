import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const show = (events: ReturnType<typeof extract>) => JSON.stringify(events.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));

test("a relative clause set off by commas between a subject and its verb leaves the subject to the verb ('X, which is close to Y, rejected')", () => {
  const events = extract("Kenya's interior ministry, which is close to the president, rejected the UN report on Monday.",
    [["Kenya's interior ministry", 'KENGOV', 'government'], ['president', 'KENGOV', 'person'], ['UN', 'IGOUNO', 'igo']]);
  const rejected = events.find((e) => e.type === 'REJECT');
  assert.deepEqual(rejected?.actors.map((a) => a.text), ["Kenya's interior ministry"], show(events));
});

test("a party named inside a relative clause that describes the subject does not act in the main clause ('the rebels, who hold Aden, said they had fired')", () => {
  const events = extract('The rebels, who hold Aden and most of the coast, said on Friday they had fired a missile at an airbase.',
    [['rebels', 'YEMREB', 'rebels'], ['Aden', 'YEMGOV', 'government']]);
  const fired = events.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(fired?.actors.map((a) => a.text), ['rebels'], show(events));
});

test("the subject before a relative clause still only reports what another party did ('the rebels, who hold Aden, said police had fired')", () => {
  const events = extract('The rebels, who hold Aden, said on Friday police had attacked a crowd.',
    [['rebels', 'YEMREB', 'rebels'], ['Aden', 'YEMGOV', 'government'], ['police', 'YEMCOP', 'police']]);
  const fired = events.find((e) => e.type === 'ASSAULT');
  assert.ok(fired && !fired.actors.some((a) => a.text === 'rebels' || a.text === 'Aden'), show(events));
  const agentless = extract('The rebels, who hold Aden, said on Friday an air strike had killed six civilians.', [['rebels', 'YEMREB', 'rebels'], ['Aden', 'YEMGOV', 'government']]);
  assert.ok(agentless.length && agentless.every((e) => !e.actors.some((a) => a.text === 'rebels')), show(agentless));
});
