import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const records = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'choose-place.test.ts').document).layers.events;

test('buildRecords puts an attack "in Aleppo and Quneitra" in the first of the two, not in the second alone', { skip }, () => {
  const attack = records('Four people were killed in terrorist attacks in Aleppo and Quneitra on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Aleppo');
});

test('buildRecords still reads a place before a finer one as its qualifier ("the West Bank city of Nablus")', { skip }, () => {
  const attack = records('An air strike killed five people in the West Bank city of Nablus on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Nablus');
});

test('buildRecords reads "the X district of Y province" as X in Y, not X qualifying Y', { skip }, () => {
  assert.equal(records('The attack occurred in the Mohammad Agha district of Logar province on Monday.')[0]?.place?.text, 'Mohammad Agha');
});

test('buildRecords takes two names with only a space between as a list, the first one named ("Deir Ezzor Aleppo")', { skip }, () => {
  const attack = records('Three civilians were killed in rocket attacks in Deir Ezzor Aleppo on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Deir Ezzor');
});

test('buildRecords puts a march "through" a city in that city', { skip }, () => {
  assert.equal(records('Hundreds of demonstrators marched through Bujumbura on Saturday.')[0]?.place?.text, 'Bujumbura');
});

test('buildRecords puts an attack whose passive subject is a place in that place ("Kisangani was captured")', { skip }, () => {
  assert.equal(records('Kisangani was captured by rebels last month.')[0]?.place?.text, 'Kisangani');
});

test('buildRecords puts air strikes "on" a town, its own target, in that town', { skip }, () => {
  assert.equal(records('Air strikes on the town of Maarat al-Numan killed 12 civilians on Sunday.')[0]?.place?.text, 'Maarat al-Numan');
});

test('buildRecords walks back over a noun that qualifies a container ("the hotspot city of Fallujah")', { skip }, () => {
  assert.equal(records('US troops bombed a mosque in the hotspot city of Fallujah on Wednesday.')[0]?.place?.text, 'Fallujah');
});

test('buildRecords reads a direction with "of" as near the place ("an ambush north of Karbala")', { skip }, () => {
  assert.equal(records('Kupczyk was shot in an ambush north of Karbala on Thursday.')[0]?.place?.text, 'Karbala');
});

test('buildRecords does not place an event in a country that only qualifies a noun ("attacked a U.S. base")', { skip }, () => {
  const attack = records('Gunmen attacked a U.S. base on Tuesday, killing two soldiers.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place, undefined);
});

test('buildRecords takes the first of two coordinated places after the trigger, whatever their precision ("in Hama & Homs")', { skip }, () => {
  const kill = records('Syrian Army Advances in Aleppo Kills 140 Terrorists in Hama & Homs.').find((r) => r.triggerText.toLowerCase() === 'kills');
  assert.equal(kill?.place?.text, 'Hama');
});

test('a dateline city is never the place of an event of its sentence ("DUBAI, Aug 16 (Reuters) - … struck a hospital in northern Yemen")', async () => {
  const { makeDocument } = await import('../../src/readers/make-document.js');
  const { runPipeline } = await import('../../src/stages/run-pipeline.js');
  const text = readFileSync('examples/articles/03-ministry-denies-hospital-strike.txt', 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const { document } = makeDocument(text, { published: '2016-08-16', language: 'en' }, 'choose-place.test.ts');
  for (const e of runPipeline(document).layers.events) assert.notEqual(e.place?.text, 'DUBAI', e.triggerText);
});

test('an organisation\'s seat ("a charity based in Germany") is never the place of the next sentence\'s event', () => {
  const text = 'The news was reported by a Catholic charity based in Germany. ISIS militants took 350 hostages in the past week.';
  const { document } = makeDocument(text, { published: '2015-03-03', language: 'en' }, 'choose-place.test.ts');
  for (const e of runPipeline(document).layers.events) assert.notEqual(e.place?.place.country, 'DE', e.triggerText);
});

test('buildRecords puts rockets that "fell on" or "landed on" a place in that place, whatever was said of their launch', { skip }, () => {
  const text = 'The army said two rockets fired from across the border fell on the southern part of Sderot without causing damage. Officials in Hama said nothing.';
  const attack = records(text).find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Sderot');
});

test('buildRecords reads a container word before "of" as a noun even when the tagger does not ("the Israeli-held part of the Golan Heights")', { skip }, () => {
  const text = 'An army spokesman said two mortar rounds fired from the north fell on the Israeli-held part of the Golan Heights overnight.';
  const attack = records(text).find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Golan Heights');
});

test('buildRecords takes the finer place a later "the blast" or "the attack" gives the attack it names again, and only that attack', { skip }, () => {
  const text = 'A car bomb killed 12 people in northern Iraq on Sunday. Police said the blast hit a market in the town of Tal Afar. '
    + 'Gunmen later shot dead two soldiers in Iraq. Officials said the attack took place near Baquba.';
  const [bomb, shooting] = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(bomb?.place?.text, 'Tal Afar');
  assert.equal(shooting?.place?.text, 'Baquba');
});

test('buildRecords takes no place from a later "the attack" sentence that places something else ("came a day after talks in Geneva")', { skip }, () => {
  const text = 'A car bomb killed 12 people on Sunday. The attack came a day after talks in Geneva.';
  const bomb = records(text).find((r) => r.type === 'ASSAULT');
  assert.equal(bomb?.place, undefined, JSON.stringify(bomb?.place?.text));
});

test('buildRecords reads a place after a part of it as where the act was ("seized about half of Croatia", "the northern sector of Homs")', { skip }, () => {
  assert.equal(records('Soldiers killed four fighters in the northern sector of Homs on Monday.')[0]?.place?.text, 'Homs');
  assert.equal(records('Rebels seized about half of Croatia during the war.')[0]?.place?.text, 'Croatia');
});

test('buildRecords walks back over a possessive before a place ("shot dead at his Jerusalem home")', { skip }, () => {
  assert.equal(records('A journalist was shot dead at his Jerusalem home on Friday.')[0]?.place?.text, 'Jerusalem');
});

test('buildRecords places a noun trigger in the place that is its object ("the capture of Mosul", "the siege of Sarajevo")', { skip }, () => {
  const capture = records('The capture of Mosul by government troops took nine months.').find((r) => r.type === 'ASSAULT');
  assert.equal(capture?.place?.text, 'Mosul');
});

test('buildRecords places an attack named as the subject in what its verb struck ("car bombs struck the city of Kirkuk")', { skip }, () => {
  const attack = records('Two car bombs struck the Iraqi city of Kirkuk on Sunday, killing nine people.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Kirkuk');
});

test('buildRecords does not place an event in a people named as its victims ("captured two Palestinians")', { skip }, () => {
  const capture = records('Troops captured two Palestinians on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(capture?.place, undefined);
});

test('buildRecords places an event in a village the gazetteer lacks when a site word names it ("the village of Kafr Zeita"), unresolved in the province named with it', { skip }, () => {
  const attack = records('Rebels attacked army positions in the village of Kafr Qarnoush in northern Hama province on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Kafr Qarnoush');
  assert.equal(attack?.place?.place.name, 'Kafr Qarnoush');
  assert.equal(attack?.place?.place.precision, 'locality');
  assert.equal(attack?.place?.place.country, 'SY');
  assert.match(attack?.place?.place.admin1 ?? '', /Hama/);
});

test('buildRecords reads a name before a site word as a place ("in Wadi Zeitoun district") and a site word inside a name ("Qassab Military Airport")', { skip }, () => {
  assert.equal(records('Two soldiers were killed in Wadi Zeitoun district of Aleppo on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Wadi Zeitoun');
  assert.equal(records('Militants shelled the Qassab Military Airport near Homs on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Qassab Military Airport');
});

test('buildRecords does not take a demonym or a faith before a site word for a place name ("a Kurdish neighbourhood", "the Syrian town")', { skip }, () => {
  assert.notEqual(records('Shells hit a Kurdish neighbourhood of Aleppo on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Kurdish');
  assert.notEqual(records('Jets bombed a Sunni district of Baghdad on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Sunni');
});

test('buildRecords keeps a name a site word cues as an unresolved place with no country when its sentence names no known place to put it in', { skip }, () => {
  const place = records('Gunmen attacked the village of Qaryat Zeitoun on Monday.').find((r) => r.type === 'ASSAULT')?.place?.place;
  assert.equal(place?.name, 'Qaryat Zeitoun');
  assert.equal(place?.country, undefined);
  assert.equal(place?.lat, undefined);
});

test('buildRecords reads "downtown", apposition after a container and "close to" as putting the event in the place ("in the capital, Colombo")', { skip }, () => {
  assert.equal(records('Riot police patrolled downtown Caracas on Wednesday.')[0]?.place?.text, 'Caracas');
  assert.equal(records('The minister was shot dead at his house in the capital, Colombo, on Friday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Colombo');
  assert.equal(records('A farmer was shot dead close to the town of Poso on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Poso');
  assert.equal(records('Rebels have captured more than half of Zaire since October.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Zaire');
});

test('buildRecords places an event in an unknown name after a locative preposition when the sentence names a known place to resolve it to ("killed in Gursai, north of Jammu")', { skip }, () => {
  const attack = records('Soldiers shot dead two militants in Gursai, 200 kilometres north of Jammu, on Sunday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Gursai');
  assert.equal(attack?.place?.place.name, 'Jammu');
});

test('buildRecords does not read a party after a locative preposition as a place the gazetteer missed', { skip }, () => {
  const attack = records('Israeli jets killed two fighters in Gaza on Monday, a spokesman at Hamas said.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Gaza');
});

test('buildRecords places an event stated by two words of one clause where the first puts it ("marched through Madrid to protest against strikes in Yemen")', { skip }, () => {
  const protest = records('Thousands of people marched through central Madrid on Sunday to protest against the air strikes in Yemen.').find((r) => r.type === 'PROTEST');
  assert.equal(protest?.place?.text, 'Madrid');
});

test('buildRecords keeps the place its trigger leads to when an earlier word of the event sits in a description of its actor ("rebels fighting in Syria took control of a base in Manbij")', { skip }, () => {
  const seizure = records('Rebels who are fighting the militants in Syria took control of a base from which attacks were led in the city of Manbij.').find((r) => /took control/.test(r.triggerText));
  assert.equal(seizure?.place?.text, 'Manbij');
});

test('buildRecords does not place an event in a country hyphened to a participle ("killed in U.S.-led air strikes")', { skip }, () => {
  const attack = records('Two commanders were killed in U.S.-led air strikes in the city of Mosul.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Mosul');
  assert.notEqual(records('Five men were killed in Saudi-led air strikes on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Saudi');
});

test('buildRecords places an event in a hometown named after "of" ("killed in his hometown of Qaryat Zeitoun, north of Homs")', { skip }, () => {
  const attack = records('A bodyguard was killed in his hometown of Qaryat Zeitoun, 70 kilometres north of Homs, on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Qaryat Zeitoun');
});

test('buildRecords reads "above", "off" and the squares, skies and waters of a place as putting the event there', { skip }, () => {
  assert.equal(records('Fighter jets patrolled the skies above Ankara on Friday.')[0]?.place?.text, 'Ankara');
  assert.equal(records('Warships have been patrolling the waters off Somalia since June.')[0]?.place?.text, 'Somalia');
  assert.equal(records('Thousands of people protested on a central square of Berlin on Saturday.').find((r) => r.type === 'PROTEST')?.place?.text, 'Berlin');
});

test('buildRecords takes no qualifier before a site word ("the Industrial city of Gujrat") and no possessor after a locative ("in Blake\'s car") for a place name', { skip }, () => {
  assert.equal(records('Police captured two suspects in a raid on a house in the Industrial city of Gujrat on Sunday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Gujrat');
  assert.equal(records('The actress was shot dead as she sat in Blake\'s car outside a Los Angeles restaurant.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Los Angeles');
});

test('buildRecords places a march or a withdrawal on its route ("marched from Ramallah to the checkpoint", "withdrew from Kisangani")', { skip }, () => {
  assert.equal(records('Hundreds of students marched from Ramallah to an army checkpoint on Friday.').find((r) => r.type === 'PROTEST')?.place?.text, 'Ramallah');
  assert.equal(records('Government troops withdrew from Kisangani on Monday.').find((r) => r.type === 'RETREAT')?.place?.text, 'Kisangani');
});

test('buildRecords places fighting "around the rail hub of Debaltseve" in the town the hub is', { skip }, () => {
  const [fight] = records('Fighting intensified around the rail hub of Debaltseve on Monday.').filter((r) => r.type === 'ASSAULT');
  assert.equal(fight?.place?.place.name, 'Debaltseve', JSON.stringify(fight?.place));
});

test('buildRecords gives a call no place that only its purpose names ("called on X to act in order to end the abuses in Yemen")', { skip }, () => {
  const call = records('The opposition bloc called on the United Nations to act at once in order to end the abuses against prisoners in Yemen.').find((r) => r.type === 'REQUEST');
  assert.ok(call);
  assert.equal(call.place, undefined);
});

test('buildRecords still places a call in the place of what it asks for ("asked them to halt the raids on villages in Darfur")', { skip }, () => {
  const call = records('The envoy asked both armies to halt the raids on villages in Darfur.').find((r) => r.type === 'REQUEST');
  assert.equal(call?.place?.text, 'Darfur');
});

test('buildRecords does not place a meeting where a claim said after it puts something ("after meeting X, the minister said … an attack in Libya")', { skip }, () => {
  const meeting = records('After meeting Gulf envoys the foreign minister said most of them condemned the August 3 bombing in Libya.').find((r) => r.type === 'CONSULT');
  assert.ok(meeting);
  assert.equal(meeting.place, undefined);
});

test('buildRecords gives a call no place that only the act it answers names ("called for a response following a car bombing in Kirkuk")', { skip }, () => {
  const call = records('The ministers called for a strong response following a car bombing in Kirkuk.').find((r) => r.type === 'REQUEST');
  assert.ok(call);
  assert.equal(call.place, undefined);
});

test('buildRecords places an attack on "the town" in the town a recent sentence named so ("the town of Avdiivka"), not in the last place named', { skip }, () => {
  const text = 'Separatists shelled the town of Avdiivka overnight, the army said. Two civilians were taken to hospital in Kramatorsk. The separatist command denied shelling the town and accused the army of provocations.';
  const denied = records(text).find((r) => r.type === 'ASSAULT' && r.factuality === 'denied');
  assert.equal(denied?.place?.text, 'Avdiivka');
});

test('buildRecords places a campaign or a battle "for" a town in that town ("launched its campaign for Palmyra")', { skip }, () => {
  assert.equal(records('The army launched its campaign for Palmyra in March.').find((r) => r.type === 'MOBILIZE')?.place?.text, 'Palmyra');
  assert.equal(records('The battle for Mosul began in October with air strikes.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Mosul');
  assert.equal(records('The agency sent aid for Aleppo by truck on Monday.')[0]?.place?.text, undefined);
});

test('buildRecords still places talks held "over dinner in Paris" in Paris', { skip }, () => {
  const talks = records('The two foreign ministers held talks over dinner in Paris on Monday.').find((r) => r.type === 'CONSULT');
  assert.equal(talks?.place?.text, 'Paris');
});

test('buildRecords reads "the X neighbourhood of Y" and "the X area of Y" as X, a part of Y: the part is where it happened', { skip }, () => {
  assert.equal(records('A car bomb exploded in a market in the Karrada neighbourhood of Baghdad on Monday.')[0]?.place?.text, 'Karrada');
  assert.equal(records('A roadside bomb exploded in the Zabadani area of Damascus on Monday.')[0]?.place?.text, 'Zabadani');
  assert.equal(records('Gunmen killed three people in the Bab Tebbaneh district of Tripoli on Friday.')[0]?.place?.text, 'Bab Tebbaneh');
});

test('buildRecords places an event in a village the gazetteer lacks when its sentence names no known place, in the one country of its parties', { skip }, () => {
  const stormed = records('The Syrian Arab Army stormed the village of Kafr Qarameel on Sunday.')[0];
  assert.equal(stormed?.place?.text, 'Kafr Qarameel');
  assert.equal(stormed?.place?.place.country, 'SY');
  assert.equal(records('Iraqi police shot dead two gunmen in the Zayouna Gardens district on Monday.')[0]?.place?.place.country, 'IQ');
  // Parties of no known country, or of two, hold no village: it stays unlocated, with no country.
  const alone = records('Rebels stormed the village of Kafr Qarameel on Sunday.')[0]?.place?.place;
  assert.equal(alone?.name, 'Kafr Qarameel');
  assert.equal(alone?.country, undefined);
});

test('buildRecords places an event at a site of a place ("in the courtyard of", "patrolled the terminals of Heathrow airport") in that place', { skip }, () => {
  assert.equal(records('A guard was shot dead in the courtyard of a hospital in Tikrit on Monday.')[0]?.place?.text, 'Tikrit');
  assert.equal(records('A man was shot dead in the courtyard of the Mosul central hospital on Monday.')[0]?.place?.text, 'Mosul');
  assert.equal(records('Soldiers patrolled the slums of Nairobi on Tuesday.')[0]?.place?.text, 'Nairobi');
});

test('buildRecords does not place an event in a city that only measures how far it was ("Jaffna, 235 kilometers (145 miles) north of Colombo")', { skip }, () => {
  assert.equal(records('Rebels captured a base near Jaffna, 235 kilometers (145 miles) north of Colombo, on Monday.')[0]?.place?.text, 'Jaffna');
  assert.equal(records('A bomb exploded at a checkpoint some 250 km north of Baghdad on Monday.')[0]?.place, undefined);
  assert.equal(records('Gunmen shot dead a farmer in Baqubah, just north of Baghdad, on Monday.')[0]?.place?.text, 'Baqubah');
});

test("buildRecords places an event in the province named before a direction, not in the city the direction runs from ('in Anbar province, west of Baghdad')", { skip }, () => {
  assert.equal(records('Four soldiers were killed when a bomb exploded near their patrol in the restive Anbar province, west of Baghdad.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Anbar');
  assert.equal(records('Rebels killed ten villagers in the Medea province to the south of Algiers on Friday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Medea');
  // With no name of its own, the place the event was in is only located by the city: the city is the best place there is.
  assert.equal(records('A bomb exploded in a village north of Baghdad on Monday, killing two.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Baghdad');
});

test("buildRecords places an event in the part a place is named as, not in the whole it is part of ('in the Qalamoun region of rural Damascus')", { skip }, () => {
  assert.equal(records('Jets struck a market in the Qalamoun region of rural Damascus, killing six.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Qalamoun');
  assert.equal(records('Rebels ambushed a convoy in the Vedeno district of southern Chechnya, killing three soldiers.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Vedeno');
});

test('buildRecords does not place an event where its passive subject comes from ("aid workers from Bielefeld were killed")', { skip }, () => {
  assert.equal(records('Two aid workers from Bielefeld were killed on Monday.').find((r) => r.type === 'ASSAULT')?.place, undefined);
  assert.equal(records('Kisangani was captured by rebels last month.')[0]?.place?.text, 'Kisangani');
});

test('buildRecords takes a name the gazetteer lacks after "the outskirts of", "the island of", "the stronghold of" for a place', { skip }, () => {
  assert.equal(records('Rebels shelled the eastern outskirts of Kafr Qarameel in Aleppo province on Monday.')[0]?.place?.text, 'Kafr Qarameel');
  assert.equal(records('Troops stormed the rebel stronghold of Kafr Batna in Homs province on Monday.')[0]?.place?.text, 'Kafr Batna');
});

test('buildRecords takes a name the gazetteer lacks for a place when a verb of taking ground has it for object ("stormed Kafr Qarameel")', { skip }, () => {
  assert.equal(records('Government troops stormed Kafr Qarameel in Idlib province on Monday.')[0]?.place?.text, 'Kafr Qarameel');
  // A party named after the verb is no place.
  assert.equal(records('Government troops stormed Hezbollah positions on Monday.')[0]?.place, undefined);
});

test('buildRecords takes no place from a name before a plain noun after a verb of taking ground ("raided Zentrix offices", "overran the Islamist rebel lines"); a name before "headquarters" still names the place', { skip }, () => {
  assert.equal(records('Police raided Zentrix offices on Monday.')[0]?.place, undefined);
  assert.equal(records('Government forces overran the Islamist rebel lines on Monday.').find((r) => r.type === 'ASSAULT')?.place, undefined);
  assert.equal(records('Government troops stormed the Kafr Qarameel headquarters on Monday.')[0]?.place?.text, 'Kafr Qarameel');
});

test('buildRecords takes no place from a sectarian adjective before a site word ("a Protestant district of Belfast", "the Turkoman village of Bashir")', { skip }, () => {
  const shooting = records('A man was shot dead in a Protestant district of north Belfast on Monday.')[0];
  assert.equal(shooting?.place?.text, 'Belfast');
  assert.ok(!(shooting?.otherPlaces ?? []).some((p) => p.text === 'Protestant'));
  const bombing = records('A car bomb exploded in the Turkoman village of Bashir near Kirkuk on Monday.')[0];
  assert.equal(bombing?.place?.text, 'Bashir');
  assert.ok(![bombing?.place, ...(bombing?.otherPlaces ?? [])].some((p) => p?.text === 'Turkoman'));
  assert.equal(records('Troops shelled an Islamist quarter of the town on Monday.')[0]?.place, undefined);
});

test('buildRecords takes no place from an abbreviated month or a plural day after "in" ("in the Feb. 25 massacre", "in an Oct. 7 ambush")', { skip }, () => {
  assert.equal(records('In the Feb. 25 massacre, a settler shot and killed 29 worshipers in the town.')[0]?.place, undefined);
  assert.equal(records('The militia captured three soldiers in an Oct. 7 ambush near the border.')[0]?.place, undefined);
  assert.ok(!records('Five militants were killed in Fridays air raids near the border.').some((r) => r.place?.text === 'Fridays'));
});

test('buildRecords does not place an event in a country that only says whose the thing is ("a U.S. military vehicle", "the U.S. Embassy")', { skip }, () => {
  assert.equal(records('A roadside bomb destroyed a U.S. military vehicle on Monday.')[0]?.place, undefined);
  assert.equal(records('Hundreds of students protested outside the U.S. Embassy on Monday.').find((r) => r.type === 'PROTEST')?.place, undefined);
});

test('buildRecords does not place an event in a country hyphened to a word ("a US-run prison", "a US-Kurdish operation")', { skip }, () => {
  assert.equal(records('Mortar rounds hit a US-run prison on Tuesday.')[0]?.place, undefined);
  assert.equal(records('An ISIS commander was killed in a US-Kurdish operation on Thursday.').find((r) => r.type === 'ASSAULT')?.place, undefined);
});

test('buildRecords does not place an event in a place named inside a party\'s name ("the Islamic State of Iraq and the Levant")', { skip }, () => {
  assert.equal(records('Government troops launched two attacks on the Islamic State of Iraq and the Levant on Monday.').find((r) => r.type === 'ASSAULT')?.place, undefined);
});

test('buildRecords does not place an event in a relative clause about its subject ("Hamdi, who was born in Louisiana, was captured")', { skip }, () => {
  assert.equal(records('Hamdi, who was born in Louisiana, was captured by soldiers in late 2001.').find((r) => r.type === 'ASSAULT')?.place, undefined);
});

test('buildRecords does not place an event in a region that only names a war ("captured by Israel in the 1967 Middle East War")', { skip }, () => {
  assert.equal(records('The plateau was captured by Israel in the 1967 Middle East War.').find((r) => r.type === 'ASSAULT')?.place, undefined);
});

test('buildRecords places an attack whose paragraph names no place in the one province the article puts everything in, not only its country', { skip }, () => {
  const text = 'Troops shelled villages in the northern Idlib province on Sunday, residents said. Fighting went on in Idlib through the night, in Syria\'s northwest.\n\n'
    + 'A farmer said a drone struck his house on Monday, killing his wife.';
  const strike = records(text).find((r) => r.triggerText.includes('struck'));
  assert.equal(strike?.place?.place.precision, 'province');
  assert.equal(strike?.place?.text, 'Idlib');
});

test('buildRecords keeps the country for a paragraph without a place when the article puts things in two provinces', { skip }, () => {
  const text = 'Troops shelled villages in Idlib province on Sunday, residents said. Fighting went on in Aleppo province and in Syria\'s northwest.\n\n'
    + 'A farmer said a drone struck his house on Monday, killing his wife.';
  const strike = records(text).find((r) => r.triggerText.includes('struck'));
  assert.notEqual(strike?.place?.place.precision, 'province');
});

test('buildRecords gives an act placed only by "there" the place the sentence is about, not the place of a clause about something else', { skip }, () => {
  const rs = records('Kunduz province is covered by a truce that the two sides agreed at talks in Doha in May, but fighting there has continued.');
  const fight = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(fight, JSON.stringify(rs.map((r) => [r.type, r.triggerText])));
  assert.equal(fight.place?.text, 'Kunduz');
});

test('buildRecords takes the finer place a later plural "the strikes" or "the raids" gives the attack it names again', { skip }, () => {
  const text = 'Air strikes killed 14 civilians in a village in northern Iraq late on Monday, a monitor said. '
    + 'Local officials said the strikes hit several houses in the town of Tal Afar.';
  const strikes = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(strikes.length, 1, JSON.stringify(strikes.map((r) => r.triggerText)));
  assert.equal(strikes[0].place?.text, 'Tal Afar');
});

test('buildRecords takes no place from a capitalised event noun after "in" in a headline ("Toll in Blast Targeting Convoy Rises")', { skip }, () => {
  const found = records('Toll in Blast Targeting Aid Convoy Rises to 30 A bomb hit the convoy on Monday.');
  assert.ok(!found.some((r) => /Blast|Targeting|Convoy/.test(r.place?.text ?? '')), JSON.stringify(found.map((r) => [r.triggerText, r.place?.text])));
});

test("buildRecords places an event in the place named before 'near', not in the city it is near ('in Dhuluiya near Baghdad')", { skip }, () => {
  assert.equal(records('Gunmen killed three farmers in Dhuluiya near Baghdad on Monday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Dhuluiya');
  assert.equal(records('Government shelling of the besieged area of Eastern Ghouta near Damascus killed six people on Friday.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Eastern Ghouta');
  // With no name of its own, the place is only located by the city: the city is the best place there is.
  assert.equal(records('A bomb exploded in a village near Baghdad on Monday, killing two.').find((r) => r.type === 'ASSAULT')?.place?.text, 'Baghdad');
});

test("buildRecords places an event at the town named before 'in' a province, even when the town is not where the act's own words put it ('infiltrated Tal Kafr in Hama province and attacked a school')", { skip }, () => {
  const attack = records('Militants infiltrated Tal Kafr in Hama province and attacked a school used as a base by the army, a monitor said.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Tal Kafr', JSON.stringify(attack?.place));
  // Where fighters came from is not where they fought.
  const fight = records('Fighters from Raqqa were killed in Aleppo province on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(fight?.place?.text, 'Aleppo', JSON.stringify(fight?.place));
});

test("buildRecords does not place what a source tells where the source lives ('an activist who currently lives in Germany … said 10 people were killed')", { skip }, () => {
  const rs = records('Jets struck a town in eastern Syria late on Monday. An opposition activist who currently lives in Germany but keeps contacts in the town said 10 people were killed.');
  const killed = rs.find((r) => r.triggerText === 'killed');
  assert.ok(killed);
  assert.notEqual(killed.place?.text, 'Germany', JSON.stringify(killed.place));
});

test("buildRecords gives a report with no place of its own the town the sentence before named in its province or country ('the stronghold of Saraqib in northern Syria … Rebels said 10 were killed')", { skip }, () => {
  const rs = records('Jets pounded the rebel stronghold of Saraqib in northern Syria on Sunday in one of the heaviest raids carried out in Syria this year. Rebels said at least 10 people were killed.');
  // The toll may be its own record or the raid's (passive-toll.ts): either way it lies in Saraqib.
  assert.equal(rs.find((r) => r.fatalities)?.place?.text, 'Saraqib', JSON.stringify(rs.map((r) => [r.triggerText, r.place?.text])));
});

test("buildRecords places a report in an unnamed town of a country at the town a later sentence names with the same word ('a mainly Kurdish town in northern Syria … the town of Amuda')", { skip }, () => {
  const rs = records('A car bomb killed 15 people in a mainly Kurdish town in northern Syria on Tuesday, state media said. No group claimed the attack. The car blew up near a police station in the town of Amuda, residents said.');
  const bomb = rs.find((r) => r.type === 'ASSAULT');
  assert.equal(bomb?.place?.text, 'Amuda', JSON.stringify(rs.map((r) => [r.triggerText, r.place?.text])));
  // A town named with another word, or in another country, is not that town.
  const other = records('A car bomb killed 15 people in a mainly Kurdish town in northern Syria on Tuesday. Separately, police raided a house in the city of Mersin.');
  assert.equal(other.find((r) => r.triggerText === 'car bomb')?.place?.place.precision, 'country', JSON.stringify(other.map((r) => [r.triggerText, r.place?.text])));
});

test("buildRecords does not place an event in the town that only says where a named site lies ('Abu Ali Mosque to the east of Jasim')", { skip }, () => {
  const rs = records('In the countryside of the southern province of Quneitra troops killed many militants after targeting their gatherings in the surrounding of Tal Hamra Tal Sawda in the surrounding of Abu Ali Mosque to the east of Jasim and in the village of Kafr Nasij according to the source.');
  const attack = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(attack);
  assert.notEqual(attack.place?.text, 'Jasim', JSON.stringify(rs.map((r) => [r.triggerText, r.place?.text])));
});
