import { createHash } from 'node:crypto';
import type { Document } from '../../src/model/document.js';
import type { EventRecord, Participant } from '../../src/model/event-record.js';
import type { ActorRef } from '../../src/model/actor.js';
import type { PlaceRef } from '../../src/model/place.js';
import type { SourceKind } from '../../src/model/source.js';
import type { Span } from '../../src/model/span.js';
import type { TimeValue } from '../../src/model/time-value.js';
import type { Figure } from '../../src/model/fatalities.js';

/** Three small wire-style articles and their events, built by hand for the store tests. */

export const META = { pipelineVersion: '0.1.0', lexiconVersion: 'lex-a' };

export function makeDocument(text: string, fields: Omit<Document, 'id' | 'contentHash' | 'text' | 'language'>): Document {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return { id: `doc_${contentHash.slice(0, 16)}`, contentHash, text, language: 'en', ...fields };
}

/** The span of the first `phrase` in `text`; throws so a typo in a fixture fails loudly. */
export function spanOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

interface EventSpec {
  trigger: string;
  type: EventRecord['type'];
  factuality: EventRecord['factuality'];
  sentence: string;
  mode?: string;
  cameo?: string;
  acled?: EventRecord['acled'];
  otherClass?: EventRecord['otherClass'];
  actors?: [string, ActorRef?][];
  recipients?: [string, ActorRef?][];
  time?: { text: string } & Omit<TimeValue, 'evidence' | 'inferred'> & { inferred?: TimeValue['inferred'] };
  place?: { text: string; place: PlaceRef };
  factualityCue?: string;
  attribution?: [string, SourceKind][];
  killed?: { category: 'civilian' | 'unspecified'; text: string; low: number; best: number; high: number | null; vague?: string }[];
  injured?: { category: 'civilian' | 'unspecified'; text: string; low: number; best: number; high: number | null; vague?: string }[];
}

export function makeEvent(doc: Document, spec: EventSpec, provenance = { pipeline: META.pipelineVersion, lexicons: META.lexiconVersion }): EventRecord {
  const at = (phrase: string) => spanOf(doc.text, phrase);
  const participant = ([text, actor]: [string, ActorRef?]): Participant => (actor ? { text, evidence: at(text), actor } : { text, evidence: at(text) });
  const figures = (list: EventSpec['killed']) => {
    const out: Record<string, Figure[]> = {};
    for (const { category, text, vague, ...numbers } of list ?? []) {
      (out[category] ??= []).push({ ...numbers, text, evidence: at(text), ...(vague ? { vague } : {}) });
    }
    return out;
  };
  const trigger = at(spec.trigger);
  const record: EventRecord = {
    id: `ev_${doc.contentHash.slice(0, 16)}_${String(trigger.start).padStart(4, '0')}`,
    documentId: doc.id,
    type: spec.type,
    trigger,
    triggerText: spec.trigger,
    actors: (spec.actors ?? []).map(participant),
    recipients: (spec.recipients ?? []).map(participant),
    factuality: spec.factuality,
    attribution: (spec.attribution ?? []).map(([name, kind]) => ({ name, kind, span: at(name) })),
    evidence: [at(spec.sentence)],
    confidence: 0.8,
    provenance,
  };
  if (spec.mode) record.mode = spec.mode;
  if (spec.cameo) record.cameo = spec.cameo;
  if (spec.acled) record.acled = spec.acled;
  if (spec.otherClass) record.otherClass = spec.otherClass;
  if (spec.time) {
    const { text, inferred, ...value } = spec.time;
    record.time = { ...value, inferred: inferred ?? [], evidence: at(text) };
  }
  if (spec.place) record.place = { text: spec.place.text, evidence: at(spec.place.text), place: spec.place.place };
  if (spec.factualityCue) record.factualityEvidence = at(spec.factualityCue);
  if (spec.killed) record.fatalities = figures(spec.killed);
  if (spec.injured) record.injured = figures(spec.injured);
  return record;
}

const SYRIAN_ARMY: ActorRef = { id: 'syrian-armed-forces', name: 'Syrian Armed Forces', code: 'SYRMIL', kind: 'military', country: 'SY' };
const NUSRA: ActorRef = { id: 'jabhat-al-nusra', name: 'Jabhat al-Nusra', code: 'SYRREB', kind: 'armed-group', country: 'SY' };
const CIVILIANS: ActorRef = { id: 'civilians', name: 'Civilians', code: 'CVL', kind: 'civilians' };
const KERRY: ActorRef = { id: 'john-kerry', name: 'John Kerry', code: 'USAGOV', kind: 'person', country: 'US', role: 'Secretary of State' };
const LAVROV: ActorRef = { id: 'sergei-lavrov', name: 'Sergei Lavrov', code: 'RUSGOV', kind: 'person', country: 'RU', role: 'Foreign Minister' };
const USA: ActorRef = { id: 'united-states', name: 'United States', code: 'USAGOV', kind: 'government', country: 'US' };
const RUSSIA: ActorRef = { id: 'russia', name: 'Russia', code: 'RUSGOV', kind: 'government', country: 'RU' };
const COALITION: ActorRef = { id: 'saudi-led-coalition', name: 'Saudi-led coalition', code: 'SAUMIL', kind: 'military', country: 'SA' };

const ALEPPO: PlaceRef = { id: 'geonames:170063', name: 'Aleppo', country: 'SY', admin1: 'Aleppo', lat: 36.2021, lon: 37.1343, precision: 'locality', population: 1602264 };
const GENEVA: PlaceRef = { id: 'geonames:2660646', name: 'Geneva', country: 'CH', admin1: 'Geneva', lat: 46.2022, lon: 6.1457, precision: 'locality' };
const HAJJAH: PlaceRef = { id: 'admin1:YE.15', name: 'Ḩajjah', country: 'YE', lat: 15.9, lon: 43.6, precision: 'province' };

export const aleppo = makeDocument(
  'ALEPPO, Syria, July 27 (Reuters) - Syrian government air strikes killed at least 16 civilians in the rebel-held east of ' +
  'Aleppo on Wednesday, the Syrian Observatory for Human Rights said. Rebels of the al-Nusra Front shelled ' +
  'government-held districts in response, state media reported.',
  { title: 'Air strikes kill 16 civilians in rebel-held Aleppo', published: '2016-07-28', outlet: 'Reuters', url: 'https://example.org/aleppo', origin: 'fixtures/aleppo.txt' },
);
export const aleppoEvents = [
  makeEvent(aleppo, {
    trigger: 'air strikes', type: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'Air/drone strike', factuality: 'reported',
    sentence: 'Syrian government air strikes killed at least 16 civilians in the rebel-held east of Aleppo on Wednesday, the Syrian Observatory for Human Rights said.',
    actors: [['Syrian government', SYRIAN_ARMY]], recipients: [['civilians', CIVILIANS]],
    time: { text: 'on Wednesday', start: '2016-07-27', end: '2016-07-27', precision: 'day', inferred: ['year', 'month', 'day'] },
    place: { text: 'Aleppo', place: ALEPPO }, attribution: [['Syrian Observatory for Human Rights', 'monitor']],
    killed: [{ category: 'civilian', text: 'at least 16', low: 16, best: 16, high: null }],
  }),
  makeEvent(aleppo, {
    trigger: 'shelled', type: 'ASSAULT', acled: 'Shelling/artillery/missile attack', factuality: 'reported',
    sentence: 'Rebels of the al-Nusra Front shelled government-held districts in response, state media reported.',
    actors: [['Rebels of the al-Nusra Front', NUSRA]], attribution: [['state media', 'outlet']],
  }),
];

export const geneva = makeDocument(
  'GENEVA (AP) - U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Friday to ' +
  'discuss a pause in the fighting in Syria. Washington has asked Moscow to ground its warplanes over areas held by ' +
  'al-Nusra, the newspaper Izvestia said, citing a source familiar with the negotiations.',
  { title: 'Kerry and Lavrov meet in Geneva on Syria truce', published: '2016-08-27', outlet: 'AP' },
);
export const genevaEvents = [
  makeEvent(geneva, {
    trigger: 'met', type: 'CONSULT', mode: 'meet', cameo: '043', otherClass: 'DIPLO', factuality: 'asserted',
    sentence: 'U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Friday to discuss a pause in the fighting in Syria.',
    actors: [['John Kerry', KERRY]], recipients: [['Sergei Lavrov', LAVROV]],
    time: { text: 'on Friday', start: '2016-08-26', end: '2016-08-26', precision: 'day', inferred: ['year', 'month', 'day'] },
    place: { text: 'Geneva', place: GENEVA },
  }),
  makeEvent(geneva, {
    trigger: 'asked', type: 'REQUEST', mode: 'yield', cameo: '0256', otherClass: 'DIPLO', factuality: 'reported', factualityCue: 'has asked',
    sentence: 'Washington has asked Moscow to ground its warplanes over areas held by al-Nusra, the newspaper Izvestia said, citing a source familiar with the negotiations.',
    actors: [['Washington', USA]], recipients: [['Moscow', RUSSIA]],
    attribution: [['a source familiar with the negotiations', 'anonymous'], ['Izvestia', 'outlet']],
  }),
];

export const hajjah = makeDocument(
  'SANAA, March 16 - Warplanes of the Saudi-led coalition struck a crowded market in Hajjah province on Tuesday, killing ' +
  '25 people and wounding dozens, Houthi-run al-Masirah TV said. The coalition, which has bombed the province since ' +
  'early March, denied targeting civilians.',
  { title: 'Coalition strike on Yemen market kills 25, Houthi TV says', published: '2016-03-16' },
);
export const hajjahEvents = [
  makeEvent(hajjah, {
    trigger: 'struck', type: 'ASSAULT', acled: 'Air/drone strike', factuality: 'reported',
    sentence: 'Warplanes of the Saudi-led coalition struck a crowded market in Hajjah province on Tuesday, killing 25 people and wounding dozens, Houthi-run al-Masirah TV said.',
    actors: [['Warplanes of the Saudi-led coalition', COALITION]],
    time: { text: 'on Tuesday', start: '2016-03-15', end: '2016-03-15', precision: 'day', inferred: ['year', 'month', 'day'] },
    place: { text: 'Hajjah province', place: HAJJAH }, attribution: [['al-Masirah TV', 'outlet']],
    killed: [{ category: 'unspecified', text: 'killing 25', low: 25, best: 25, high: 25 }],
    injured: [{ category: 'unspecified', text: 'dozens', low: 24, best: 24, high: null, vague: 'dozens' }],
  }),
  makeEvent(hajjah, {
    trigger: 'bombed', type: 'ASSAULT', acled: 'Air/drone strike', factuality: 'asserted',
    sentence: 'The coalition, which has bombed the province since early March, denied targeting civilians.',
    actors: [['The coalition', COALITION]],
    time: { text: 'since early March', start: '2016-03-01', end: '2016-03-16', precision: 'range', inferred: ['year'] },
    place: { text: 'the province', place: HAJJAH },
  }),
];

/** All three, in the order the contract suite stores them. */
export const ALL = [
  { doc: aleppo, events: aleppoEvents, meta: META },
  { doc: geneva, events: genevaEvents, meta: META },
  { doc: hajjah, events: hajjahEvents, meta: META },
];

export const ids = (events: EventRecord[]) => events.map((e) => e.id);
