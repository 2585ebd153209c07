import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const main = (text: string) => [...extract(text)].sort((a, b) => b.confidence - a.confidence)[0];

test('a town taken after its holders pulled out, or without a fight, changes hands without violence', () => {
  assert.equal(main('After the garrison pulled out at dawn, tribal fighters took control of the market town of Helvar.')?.acled, 'Non-violent transfer of territory');
  assert.equal(main('The militia took control of the hill town without a fight, residents said.')?.acled, 'Non-violent transfer of territory');
  assert.equal(main('Following the withdrawal of the rebels from the valley, the army took control of its two villages.')?.acled, 'Non-violent transfer of territory');
  assert.equal(main('Tribal fighters took over the airport unopposed on Monday.')?.acled, 'Non-violent transfer of territory');
});

test('a town taken in battle, or whose defenders were forced to withdraw, is still taken by force', () => {
  assert.equal(main('Rebels captured the town of Kalo after three days of fighting.')?.acled, 'Non-state actor overtakes territory');
  assert.equal(main('Insurgents overran the garrison town, forcing the soldiers to withdraw.')?.acled, 'Non-state actor overtakes territory');
});

test('militants who seize a village overtake territory; police who seize rifles in a village disrupt weapons use', () => {
  assert.equal(main('The separatists seized the coastal town at dawn.')?.acled, 'Non-state actor overtakes territory');
  assert.equal(main('Separatist militiamen seized the city of Orvak from the army after a week of fighting.')?.acled, 'Non-state actor overtakes territory');
  assert.equal(main('Police seized six rifles in the village on Sunday.')?.acled, 'Disrupted weapons use');
});

test('a town taken in fierce clashes is taken territory, and a city seized back is ground, not goods', () => {
  assert.equal(main('Army units took full control of the hill town of Orsa in fierce clashes with the rebels.')?.acled, 'Government regains territory');
  assert.equal(main('Government troops seized back the provincial capital on Monday.')?.acled, 'Government regains territory');
});

test('an adjective of occupation or a taking only aimed at does not outrank the act the clause tells', () => {
  assert.equal(main('Police kidnapped two teenagers in the occupied town of Vardo, relatives said.')?.acled, 'Abduction/forced disappearance');
});
