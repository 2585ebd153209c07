import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

function figures(text: string) {
  return casualtiesOf(text).map((m) => brief(m, text));
}

test('countCasualties reads "at least N" and "more than N" as open-ended from N', () => {
  assert.deepEqual(figures('At least 16 civilians were killed in the air strike.'),
    [{ outcome: 'killed', category: 'civilian', low: 16, best: 16, high: null, words: 'At least 16' }]);
  assert.deepEqual(figures('More than 20 soldiers died in the attack.'),
    [{ outcome: 'killed', category: 'fighters', low: 20, best: 20, high: null, words: 'More than 20' }]);
});

test('countCasualties reads "up to N" as a ceiling with no promised minimum', () => {
  const [m] = figures('Up to 30 people may have been killed in the raid.');
  assert.deepEqual([m.low, m.best, m.high], [0, 30, 30]);
});

test('countCasualties reads ranges written with between, to and a hyphen', () => {
  for (const text of ['Between 10 and 15 rebels were killed on Tuesday.', 'The shelling killed 10 to 15 rebels.', 'Fighting left 10-15 rebels dead.']) {
    const [m] = figures(text);
    assert.deepEqual([m.category, m.low, m.high], ['fighters', 10, 15], text);
  }
});

test('countCasualties marks "some", "about" and "an estimated" figures approximate', () => {
  for (const text of ['Some 40 villagers were killed.', 'About 40 villagers were killed.', 'Nearly 40 villagers were killed.']) {
    const [m] = casualtiesOf(text);
    assert.equal(m.figure.approximate, true, text);
    assert.equal(m.figure.best, 40, text);
  }
  const [war] = casualtiesOf('An estimated 400,000 people have died in the war.');
  assert.equal(war.figure.best, 400000);
  assert.equal(war.figure.approximate, true);
});

test('countCasualties gives vague words the convention number and keeps the word', () => {
  const [dozens, hundreds] = casualtiesOf('Dozens of civilians were killed and hundreds injured.');
  assert.deepEqual([dozens.outcome, dozens.category, dozens.figure.low, dozens.figure.high, dozens.figure.vague], ['killed', 'civilian', 12, null, 'Dozens']);
  assert.deepEqual([hundreds.outcome, hundreds.figure.low, hundreds.figure.vague], ['injured', 100, 'hundreds']);
});

test('countCasualties gives children inside civilians as a second figure, never added', () => {
  const text = 'Three children were among the 19 civilians killed in the raid.';
  assert.deepEqual(figures(text).map((f) => [f.category, f.low, f.high]), [['children', 3, 3], ['civilian', 19, 19]]);
});

test('countCasualties leaves a part of an open-ended toll open-ended too: more dead may include more children', () => {
  for (const text of ['Three children were among at least 19 civilians killed in the raid.', 'The raid killed at least 19 civilians, including three children.']) {
    assert.deepEqual(figures(text).map((f) => [f.category, f.low, f.high]).sort(), [['children', 3, null], ['civilian', 19, null]], text);
  }
  // A closed toll keeps its part closed; a part of another verb's count is not touched.
  assert.deepEqual(figures('The raid killed 19 civilians, including three children.').map((f) => [f.category, f.high]).sort(), [['children', 3], ['civilian', 19]]);
  assert.deepEqual(figures('At least 19 civilians were killed and three children were wounded.').map((f) => [f.outcome, f.category, f.high]).sort(),
    [['injured', 'children', 3], ['killed', 'civilian', null]]);
});

test('countCasualties reads "two more civilians" and "three other soldiers" by their noun', () => {
  assert.deepEqual(figures('Gunmen killed two more civilians in the town.').map((f) => [f.category, f.best]), [['civilian', 2]]);
  assert.deepEqual(figures('The blast killed three other soldiers.').map((f) => [f.category, f.best]), [['fighters', 3]]);
  // 'more than' is still a bound, not an adjective.
  assert.deepEqual(figures('More than 20 soldiers died in the attack.').map((f) => [f.category, f.low, f.high]), [['fighters', 20, null]]);
});

test('countCasualties gives "N people including M children" as unspecified N and children M', () => {
  const text = 'The strike killed 5 people including 2 children.';
  assert.deepEqual(figures(text).map((f) => [f.category, f.best]), [['unspecified', 5], ['children', 2]]);
});

test('countCasualties makes people civilians when the sentence calls them civilians', () => {
  assert.equal(figures('Airstrikes killed 12 people, all civilians, in Idlib.')[0].category, 'civilian');
  assert.equal(figures('Airstrikes killed 12 people in Idlib.')[0].category, 'unspecified');
});

test('countCasualties reads tolls given as noun phrases', () => {
  const cases: Array<[string, number, string]> = [
    ['The death toll rose to 45.', 45, 'death toll'],
    ['The raid left 45 dead.', 45, 'dead'],
    ['There were 45 deaths in the city.', 45, 'deaths'],
    ['The bombing claimed 12 lives.', 12, 'lives'],
    ['Rescuers recovered the bodies of 9 people.', 9, 'bodies'],
    ['9 were killed in the blast.', 9, 'killed'],
    ['The toll from the blast at the crowded bus station outside the city reached at least 112 people.', 112, 'toll'],
  ];
  for (const [text, best, trigger] of cases) {
    const [m] = casualtiesOf(text);
    assert.ok(m, text);
    assert.equal(m.figure.best, best, text);
    assert.equal(text.slice(m.trigger.start, m.trigger.end), trigger, text);
  }
});

test('countCasualties counts one named or single person as 1 in the category of the noun', () => {
  const [m] = figures('An air strike killed a commander of the group.');
  assert.deepEqual([m.category, m.best, m.words], ['fighters', 1, 'a commander']);
});

test('countCasualties gives the injured by the same rules', () => {
  const text = 'The blast killed 9 people and wounded 14 others.';
  assert.deepEqual(figures(text).map((f) => [f.outcome, f.best]), [['killed', 9], ['injured', 14]]);
  assert.deepEqual(figures('Twenty-five women were wounded.').map((f) => [f.outcome, f.category, f.best]), [['injured', 'women', 25]]);
});

test('countCasualties keeps conflicting figures of one article', () => {
  const text = 'Activists said 20 civilians were killed. State media said 12 civilians were killed.';
  assert.deepEqual(figures(text).map((f) => f.best), [20, 12]);
});

test('countCasualties reads numbers in words and categories from the noun', () => {
  const cases: Array<[string, string, number]> = [
    ['Five members of the same family were killed.', 'civilian', 5],
    ['Four members of the security forces were killed.', 'fighters', 4],
    ['Seven Syrian soldiers were killed near the airport.', 'fighters', 7],
    ['Twelve pro-government militiamen died.', 'fighters', 12],
    ['A dozen villagers were killed.', 'civilian', 12],
    ['Two women and a child were killed.', 'women', 2],
  ];
  for (const [text, category, best] of cases) {
    const [m] = casualtiesOf(text);
    assert.ok(m, text);
    assert.deepEqual([m.category, m.figure.best], [category, best], text);
  }
});

test('countCasualties counts "N of them children" as a part of the count before it', () => {
  const text = 'The strike killed 8 people, 3 of them children.';
  assert.deepEqual(figures(text).map((f) => [f.category, f.best]), [['unspecified', 8], ['children', 3]]);
});

test('countCasualties gives a subset the verb of its count, not a later one', () => {
  const text = 'Raids killed 16 civilians including at least one child and wounded 22 people.';
  assert.deepEqual(figures(text).map((f) => [f.outcome, f.category, f.best]),
    [['killed', 'civilian', 16], ['killed', 'children', 1], ['injured', 'unspecified', 22]]);
});

test('countCasualties points the figure and the trigger at the text', () => {
  const text = 'On Monday, shelling killed at least 16 civilians in Douma.';
  const [m] = casualtiesOf(text);
  assert.equal(text.slice(m.figure.evidence.start, m.figure.evidence.end), 'at least 16');
  assert.equal(m.figure.text, 'at least 16');
  assert.equal(text.slice(m.trigger.start, m.trigger.end), 'killed');
  assert.equal(m.sentence, 0);
});

test('countCasualties links "N children were among the dead" to the dead', () => {
  const text = 'The monitor said three children were among the dead.';
  assert.deepEqual(figures(text).map((f) => [f.outcome, f.category, f.best]), [['killed', 'children', 3]]);
});

test('countCasualties gives a part named after a toll the toll\'s trigger', () => {
  const text = 'The death toll from the attack on the town has risen to 86 30 of them children.';
  assert.deepEqual(figures(text).map((f) => [f.category, f.best]), [['unspecified', 86], ['children', 30]]);
});

test('countCasualties does not give a count the verb that has its own count', () => {
  const text = 'A suicide bomber killed 30 people injured 90 on Monday.';
  assert.deepEqual(figures(text).map((f) => [f.outcome, f.best]), [['killed', 30], ['injured', 90]]);
});

test('countCasualties reads "a girl child" as one child and skips "a rebel offensive"', () => {
  assert.deepEqual(figures('A girl child was killed by shelling.').map((f) => [f.category, f.best]), [['children', 1]]);
  assert.deepEqual(figures('A rebel offensive killed 12 soldiers.').map((f) => [f.category, f.best]), [['fighters', 12]]);
});

test('countCasualties reads a year or a day of a date as no count', () => {
  assert.deepEqual(figures('Published September 15 2016 Twenty-three civilians were killed.').map((f) => f.best), [23]);
  assert.deepEqual(figures('15-09-2013 Militants kill 3 including a journalist.').map((f) => f.best).includes(2013), false);
});

test('countCasualties reads "dying" as a death ("resulted in 56 civilians dying")', () => {
  assert.deepEqual(figures('The bombing resulted in 56 civilians dying including 11 children.').map((m) => [m.category, m.low]),
    [['civilian', 56], ['children', 11]]);
});

test('countCasualties reads beheadings, murders, assassinations and summary killings as deaths', () => {
  assert.deepEqual(figures('Militants beheaded four soldiers on Friday.').map((f) => [f.outcome, f.category, f.best]), [['killed', 'fighters', 4]]);
  assert.deepEqual(figures('Gunmen murdered six villagers overnight.').map((f) => [f.outcome, f.category, f.best]), [['killed', 'civilian', 6]]);
  assert.deepEqual(figures('Two journalists were assassinated in the capital.').map((f) => [f.outcome, f.category, f.best]), [['killed', 'civilian', 2]]);
  assert.deepEqual(figures('The group slaughtered 30 villagers.').map((f) => [f.outcome, f.category, f.best]), [['killed', 'civilian', 30]]);
  assert.deepEqual(figures('The militia was executing 12 civilians.').map((f) => [f.outcome, f.best]), [['killed', 12]]);
});

test('countCasualties reads fighters "neutralised" by security forces as killed', () => {
  const text = 'The army said it had neutralised more than 100 militants in the district.';
  assert.deepEqual(casualtiesOf(text).map((m) => brief(m, text)).map((b) => [b.outcome, b.category, b.low, b.words]), [['killed', 'fighters', 100, 'more than 100']]);
});

test('countCasualties reads "another" before a singular person noun as one more person ("another child was killed")', () => {
  const [m] = figures('Police said another child was killed in the village by a second shell.');
  assert.deepEqual([m?.category, m?.best, m?.words], ['children', 1, 'another child']);
  assert.deepEqual(figures('Another attack was reported in the village.'), []);
});

test('countCasualties reads a count with no noun right after a toll phrase that ends in "of" ("the death of eight", "the lives of six")', () => {
  const cases: Array<[string, number, string]> = [
    ['The shelling led to the death of eight and the injury of 40.', 8, 'death of'],
    ['Mortar rounds hit the square claiming the lives of six and injuring 20 others.', 6, 'lives of'],
    ['The raid caused the deaths of 14 on Tuesday.', 14, 'deaths of'],
  ];
  for (const [text, best, trigger] of cases) {
    const killed = casualtiesOf(text).filter((m) => m.outcome === 'killed');
    assert.equal(killed.length, 1, text);
    assert.equal(killed[0].figure.best, best, text);
    assert.equal(text.slice(killed[0].trigger.start, killed[0].trigger.end), trigger, text);
  }
});

test('countCasualties reads a toll told in the present tense of a headline ("Death toll rises to 14", "climbs to", "reaches")', () => {
  const cases: Array<[string, number]> = [
    ['Death Toll of Homs Bombing Rises to 14.', 14],
    ['The death toll from the market bombing rises to 14.', 14],
    ['Toll climbs to 33 after strikes on the old city.', 33],
    ['The number of dead reaches 51 as rescuers search the rubble.', 51],
    ['Death toll from the quake surpasses 2,000.', 2000],
  ];
  for (const [text, best] of cases) {
    const killed = casualtiesOf(text).filter((m) => m.outcome === 'killed');
    assert.deepEqual(killed.map((m) => m.figure.best), [best], text);
  }
});

test('countCasualties reads killings told in a headline\'s present tense and deaths told by their manner ("beaten to death")', () => {
  const cases: Array<[string, number]> = [
    ['ISIS Executes 20 Civilians in Desert Town.', 20],
    ['Militants Massacre 30 Villagers in Hama Countryside.', 30],
    ['Six people perish as shells hit a residential district.', 6],
    ['Thirteen civilians were stabbed and beaten to death in the village.', 13],
    ['Twelve passengers were burned to death when a missile hit their bus.', 12],
  ];
  for (const [text, best] of cases) {
    const killed = casualtiesOf(text).filter((m) => m.outcome === 'killed');
    assert.deepEqual(killed.map((m) => m.figure.best), [best], text);
  }
  // A sentence to death kills no one; a count of massacres counts no dead.
  assert.deepEqual(casualtiesOf('The court sentenced 12 men to death.'), []);
  assert.deepEqual(casualtiesOf('Three massacres in 2012 killed 300 people.').map((m) => m.figure.best), [300]);
});

test('countCasualties reads a possessive before a singular person noun as one person ("a woman and her child were killed")', () => {
  assert.deepEqual(figures('A woman and her child were killed when a shell hit their home.').map((f) => [f.category, f.best, f.words]),
    [['women', 1, 'A woman'], ['children', 1, 'her child']]);
  assert.deepEqual(figures('The strike killed a farmer and his baby on Monday.').map((f) => [f.category, f.best]), [['children', 1]]);
  // A plural noun after the possessive is no count of one.
  assert.deepEqual(figures('Soldiers killed in the raid were buried by their families.').filter((f) => f.best === 1), []);
});

test('countCasualties gives a count the kind that "all of them" names after it ("20 people, all of them soldiers")', () => {
  const kinds = (text: string) => figures(text).map((f) => [f.category, f.best]);
  assert.deepEqual(kinds('The bombing killed 20 people, all of them soldiers.'), [['fighters', 20]]);
  assert.deepEqual(kinds('The bombing killed 20 people, all of them members of the security forces.'), [['fighters', 20]]);
  assert.deepEqual(kinds('The strike killed 20, all children.'), [['children', 20]]);
  assert.deepEqual(kinds('The strike killed 20 people all over the town.'), [['unspecified', 20]]);
});

test('countCasualties counts no dead in a figure that an arrest, capture or rescue verb takes as its object ("killing three and arresting five others")', () => {
  assert.deepEqual(figures('Border guards opened fire on the smugglers, killing two of them and arresting four others.').map((b) => [b.outcome, b.low]), [['killed', 2]]);
  assert.deepEqual(figures('Troops killed three gunmen and captured seven others in the raid.').map((b) => [b.outcome, b.low]), [['killed', 3]]);
  assert.deepEqual(figures('The shelling killed one woman, and rescuers evacuated twelve others from the ruins.').map((b) => [b.outcome, b.low]), [['killed', 1]]);
  assert.deepEqual(figures('Police said they had detained 15 people after the bombing that killed six.').map((b) => [b.outcome, b.low]), [['killed', 6]]);
});

test('countCasualties gives no toll for a killing word that the article itself says also covers capture or surrender', () => {
  const defined = 'The army said 40 insurgents were neutralised near the border on Friday. Officials use the word neutralised to mean that the fighters were killed, captured or gave themselves up. Two soldiers were killed.';
  assert.deepEqual(figures(defined).map((b) => [b.outcome, b.category, b.low]), [['killed', 'fighters', 2]]);
  const surrendered = 'Security forces neutralized 12 militants in the hills. The term neutralized, as officials use it, covers militants who surrendered or were captured as well as those killed.';
  assert.deepEqual(figures(surrendered), []);
  // With no such definition the word keeps its usual sense.
  assert.deepEqual(figures('The army said it had neutralised 40 insurgents near the border.').map((b) => b.low), [40]);
});

test('countCasualties reads who was counted from a part of a group ("killing 35 of the attackers", "two of the soldiers died")', () => {
  assert.deepEqual(figures('The defenders held the hill after five hours of clashes, killing 35 of the attackers.').map((b) => [b.category, b.low]), [['fighters', 35]]);
  assert.deepEqual(figures('Two of the soldiers died of their wounds on Monday.').map((b) => [b.category, b.low]), [['fighters', 2]]);
  assert.deepEqual(figures('Four of the children were killed in the blast.').map((b) => [b.category, b.low]), [['children', 4]]);
});
