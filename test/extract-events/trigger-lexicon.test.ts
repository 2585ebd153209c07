import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTriggerRow, loadTriggerLexicon, indexTriggers } from '../../src/stages/extract-events/trigger-lexicon.js';
import { findTriggers } from '../../src/stages/extract-events/find-triggers.js';
import { segmentText } from '../../src/stages/segment/segment.js';
import { classifySentence, loadEventClassifier } from '../../src/stages/extract-events/event-classifier.js';
import { CASE_LABELS } from '../../src/stages/extract-events/case-labels.js';

const row = (cells: Record<string, string>) => ({ pattern: 'x', type: 'ASSAULT', mode: '', cameo: '', class: '', weight: '0.5', pos: '', line: 9, ...cells });

test('parseTriggerRow names the line to fix when a type or class is unknown', () => {
  assert.throws(() => parseTriggerRow(row({ type: 'FIGHT' })), /line 9: unknown PLOVER type "FIGHT"/);
  assert.throws(() => parseTriggerRow(row({ class: 'Air strike' })), /line 9: unknown class "Air strike"/);
  assert.throws(() => parseTriggerRow(row({ weight: '2' })), /line 9: weight/);
});

test('the trigger lexicon loads and every entry is valid', () => {
  const lexicon = loadTriggerLexicon();
  assert.ok(lexicon.byFirst.size > 100);
});

test('findTriggers prefers the longest pattern and matches hyphenated words split into tokens', () => {
  const text = 'A suicide car bomb exploded hours after the cease-fire began.';
  const { tokens } = segmentText(text);
  const found = findTriggers(tokens, 0, tokens.length, loadTriggerLexicon()).map((m) => m.entry.pattern);
  assert.ok(found.includes('suicide car bomb'));
  assert.ok(!found.includes('car bomb'));
  assert.ok(found.includes('cease-fire'));
});

test('findTriggers lets a gap pattern skip a few words ("stop .. strike")', () => {
  const lexicon = indexTriggers([parseTriggerRow(row({ pattern: 'stop .. strike', type: 'RETREAT' }))]);
  const { tokens } = segmentText('They asked Moscow to stop the Russian air strikes.');
  assert.deepEqual(findTriggers(tokens, 0, tokens.length, lexicon).map((m) => tokens.slice(m.first, m.last).map((t) => t.text).join(' ')), ['stop the Russian air strikes']);
});

test('the event classifier knows every CASE label and says NONE for a sentence with no event', () => {
  const model = loadEventClassifier();
  for (const label of CASE_LABELS) assert.ok(model.labels.includes(label.label), label.label);
  assert.equal(classifySentence('The town has a population of about 40,000 people and a busy port.')[0].label, 'NONE');
  assert.equal(classifySentence('Warplanes bombed the village at dawn, residents said.')[0].label, 'AIR_STRIKE');
});

test('findTriggers matches the regular plural of a noun pattern the lemmatizer does not know ("airstrikes")', () => {
  const text = 'Civilians were killed in airstrikes on the town, and aerial attacks went on.';
  const { tokens } = segmentText(text);
  const found = findTriggers(tokens, 0, tokens.length, loadTriggerLexicon()).map((m) => [tokens.slice(m.first, m.last).map((t) => t.text).join(' '), m.entry.acled]);
  assert.deepEqual(found.filter(([, acled]) => acled === 'Air/drone strike').map(([words]) => words), ['airstrikes', 'aerial attacks']);
});

test('pluralOf follows the regular English spelling rules', async () => {
  const { pluralOf } = await import('../../src/stages/extract-events/trigger-lexicon.js');
  assert.deepEqual(['airstrike', 'sortie', 'clash', 'militia', 'sentry', 'convoy'].map(pluralOf), ['airstrikes', 'sorties', 'clashes', 'militias', 'sentries', 'convoys']);
});

test('findTriggers reads "a shell landed" as shelling (the noun), as well as "shelled" (the verb)', () => {
  const text = 'Five children were killed when a shell landed at the gate of a school.';
  const { tokens } = segmentText(text);
  const found = findTriggers(tokens, 0, tokens.length, loadTriggerLexicon()).map((m) => m.entry.acled);
  assert.ok(found.includes('Shelling/artillery/missile attack'), JSON.stringify(found));
});

test('findTriggers reads explosive and mortar rounds fired at a place as shelling, and live rounds as firearms', () => {
  const classes = (text: string) => {
    const { tokens } = segmentText(text);
    return findTriggers(tokens, 0, tokens.length, loadTriggerLexicon()).map((m) => m.entry.acled ?? m.entry.mode);
  };
  for (const text of ['Militants fired explosive rounds at a residential district.', 'Two mortar rounds landed near the school.']) {
    assert.ok(classes(text).includes('Shelling/artillery/missile attack'), text + ' ' + JSON.stringify(classes(text)));
  }
  assert.ok(!classes('Police fired live rounds at the crowd.').includes('Shelling/artillery/missile attack'));
  assert.ok(!classes('The talks went into a second round.').includes('Shelling/artillery/missile attack'));
});

test("findTriggers does not count a day set into a gapped pattern ('lifted Friday a day-old blockade')", () => {
  const text = 'The army lifted Friday a day-old blockade on the crossing.';
  const { tokens } = segmentText(text);
  const found = findTriggers(tokens, 0, tokens.length, loadTriggerLexicon()).map((m) => m.entry.pattern);
  assert.ok(found.includes('lift .. blockade'), JSON.stringify(found));
});

test('findTriggers matches the regular inflections of a verb the lemmatizer does not know ("raped", "beheading", "tortured")', () => {
  const text = 'The gang raped a teenager, beheaded two farmers and tortured a shepherd before looting the shop.';
  const { tokens } = segmentText(text);
  const found = findTriggers(tokens, 0, tokens.length, loadTriggerLexicon()).map((m) => tokens.slice(m.first, m.last).map((t) => t.text).join(' '));
  for (const word of ['raped', 'beheaded', 'tortured', 'looting']) assert.ok(found.includes(word), `${word} in ${JSON.stringify(found)}`);
});

test('verbFormsOf spells the regular past, participle, -ing and third-person forms', async () => {
  const { verbFormsOf } = await import('../../src/stages/extract-events/inflections.js');
  assert.deepEqual(verbFormsOf('rape'), ['raped', 'raping', 'rapes']);
  assert.deepEqual(verbFormsOf('abduct'), ['abducted', 'abducting', 'abducts']);
  assert.deepEqual(verbFormsOf('occupy'), ['occupied', 'occupying', 'occupies']);
  assert.deepEqual(verbFormsOf('kidnap'), ['kidnapped', 'kidnapping', 'kidnaps', 'kidnaped', 'kidnaping']);
});
