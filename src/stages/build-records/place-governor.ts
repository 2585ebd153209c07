import type { PlaceMention } from '../../model/place.js';
import type { ActorMention } from '../../model/actor.js';
import type { Attribution } from '../../model/source.js';
import type { Token, Sentence } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';
import { SOMEWHERE } from './name-slots.js';

// The preposition that governs a place mention ('in', 'near', 'of'…): what choose-place reads to tell
// where an event happened from what a place only qualifies.

/** Nouns that hold a place: "the city of Aleppo", "the villages of Mardes and Maharada", "Aleppo province". */
export const CONTAINERS = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'governorate', 'district', 'districts',
  'region', 'regions', 'outskirts', 'countryside', 'suburb', 'suburbs', 'area', 'areas', 'capital', 'neighbourhood', 'neighbourhoods',
  'neighborhood', 'neighborhoods', 'borough', 'boroughs', 'township', 'townships', 'state', 'states', 'county', 'counties', 'governorates', 'municipalities', 'prefecture', 'prefectures', 'localities', 'locality', 'camp', 'part', 'parts', 'municipality', 'commune', 'border', 'heart', 'centre', 'center',
  'street', 'streets', 'stronghold', 'strongholds', 'bastion', 'settlement', 'settlements', 'gates', 'entrance', 'edge', 'edges', 'vicinity', 'environs', 'hamlet', 'hamlets',
  // Parts of a place hold a piece of it: 'the northern sector of Homs', 'about half of Croatia', 'in front of the hospital'.
  'section', 'sections', 'sector', 'sectors', 'corridor', 'portion', 'half', 'third', 'percent', 'rest', 'majority', 'bulk',
  'jungle', 'jungles', 'shore', 'shores', 'coast', 'corner', 'front', 'middle', 'mountains', 'hills', 'lanes', 'alleys', 'quarter', 'quarters', 'territory',
  'much', 'most', 'all', 'hometown', 'square', 'squares', 'skies', 'seas', 'waters', 'airspace',
  // A town named by what it is to the war: 'the rail hub of Debaltseve', 'the key junction of Manbij'.
  'hub', 'junction', 'crossroads', 'gateway']);
/**
 * Sites within a place, where an act is done, whose 'of' leads on to the place: 'in the courtyard of the West Bank's
 * largest hospital', 'patrolled the terminals of Heathrow airport', 'the slums of Santo Domingo', 'on the battlefields
 * of Afghanistan'. Unlike containers they do not make a country before them a place: 'a U.S. base' is whose base.
 */
const SITES = new Set([
  'courtyard', 'headquarters', 'terminal', 'terminals', 'slums', 'road', 'roads', 'fence', 'fences', 'frontline', 'frontlines',
  'position', 'positions', 'airport', 'battlefield', 'battlefields', 'doorstep', 'compound', 'perimeter', 'flank', 'flanks', 'rim',
  'slope', 'slopes', 'bank', 'banks', 'outpost', 'outposts', 'base', 'bases', 'prison', 'market', 'markets', 'port', 'harbour', 'harbor',
  'island', 'islands', 'resort', 'office', 'offices', 'basement', 'lobby', 'steps', 'premises', 'grounds', 'water',
  // Ground a battle is fought over: 'the southern farms of X', 'the strategic hilltop of X', 'the Khan Touman axis of Aleppo'.
  'farm', 'farms', 'orchards', 'field', 'fields', 'hill', 'hilltop', 'hilltops', 'mountaintop', 'mountaintops', 'peak', 'peaks',
  'valley', 'plain', 'plains', 'axis', 'axes']);
/**
 * Acts of a war whose 'of' names where they were, so that an act 'during' or 'in' one is there too: 'shot during the
 * occupation of Crete', 'captured in the battle of Sedan', 'during the siege of Sarajevo'.
 */
const SETTINGS = new Set(['occupation', 'invasion', 'siege', 'battle', 'liberation', 'bombardment', 'blockade', 'sack', 'evacuation']);
/** The prepositions that set an act in such a war act: 'during the siege of', 'in the battle of'. */
const SETTING_PREPOSITIONS = new Set(['during', 'in', 'amid', 'throughout']);
/** True when the noun holds a place: a container ('the city of') or a site within one ('the courtyard of'). */
export const holdsPlace = (word: string) => CONTAINERS.has(word) || SITES.has(word);
/** Ground that lies between two places: 'the crossing between Israel and Gaza', 'the waters between Iran and Iraq'. */
const BETWEEN_GROUND = new Set(['crossing', 'zone', 'line', 'frontier', 'highway', 'route', 'targets', 'waters', 'river', 'road', 'fence', 'border', 'area', 'located', 'situated']);
/** Possessives between a preposition and a place: 'at his Jerusalem home'. */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Comparisons before a part: 'more than half of Zaire'. */
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
/** Adjectives that with 'to' or 'from' make a locative: 'close to the town of Poso', 'next to', 'not far from'. */
const NEARNESS = new Set(['close', 'next', 'far', 'near']);
/** Quantifiers whose 'of' takes a part of what follows: 'in one of Nairobi's poorest districts', 'destroyed several of the town's mosques'. */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'each', 'both', 'parts']);
/** Sites named by the way into a place, whose 'to' leads to it: 'at the entrance to the town of Hebron', 'on the approaches to Palmyra'. */
const WAYS_IN = new Set(['entrance', 'entrances', 'approaches', 'gateway', 'gates']);
/**
 * Ground an 'on' stands on as 'at' would: 'on the outskirts of Khartoum', 'on the streets of Kampala'. Not every
 * container: 'reported on the state of Nigeria's economy' is about it.
 */
const GROUND_ON = new Set(['outskirts', 'edge', 'edges', 'border', 'borders', 'street', 'streets', 'road', 'roads', 'highway', 'bank', 'banks',
  'shore', 'shores', 'coast', 'island', 'islands', 'frontline', 'frontlines', 'slopes', 'fringes', 'perimeter', 'approaches', 'doorstep']);
/** A preposition that only rounds a figure: 'about half of Croatia'. */
const ROUNDING = new Set(['about', 'nearly', 'almost', 'roughly', 'some']);
/** Directions before a place: "in north Iraq", "in southern Lebanon". */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'rural',
  // Parts of a town or a country named before it: 'patrolled downtown Caracas', 'in far eastern Congo'.
  'downtown', 'uptown', 'far', 'greater']);
const WALK_BACK_LIMIT = 10;
/** Marks that put names in apposition to a container noun before them. */
const APPOSITION = new Set([',', ':', '--', '—', '–']);
/** 'mainly', 'predominantly': an adverb that grades the adjective after it. */
const GRADING_ADVERB = /^[a-z]+ly$/;

/** What the document offers to choose a place from. */
export interface PlaceContext {
  places: readonly PlaceMention[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  text: string;
  /** The actors stage's mentions: a name it took for a party is no place the gazetteer missed. */
  actors?: readonly ActorMention[];
  /** Who says what: a place inside a claim places only the acts the claim tells. */
  attributions?: readonly Attribution[];
}

/** The word that governs each place mention, computed once per document (many events ask). */
const governors = new WeakMap<PlaceContext, Map<PlaceMention, Governor>>();

/**
 * The word that governs a place and where it stands; `ground` when an 'on' stands on ground, as 'at' would.
 * Example: { word: 'on', token: 7, ground: true } for 'on the outskirts of Khartoum'
 */
export interface Governor { word: string; token: number; ground?: boolean }

export function governor(p: PlaceMention, context: PlaceContext): Governor {
  let map = governors.get(context);
  if (!map) {
    map = new Map();
    governors.set(context, map);
  }
  let found = map.get(p);
  if (!found) {
    found = governedBy(p, context);
    map.set(p, found);
  }
  return found;
}

/**
 * The preposition that governs a place mention, found by walking back over what may stand between
 * them: determiners, adjectives, other names ("in the West Bank city of Nablus", "in Syria's Idlib
 * province"), container nouns with their "of" and the nouns that qualify them ("in the hotspot city
 * of Fallujah", "the Taliban-held city of Herat"), and coordinated names ("in Mardes and Maharada").
 * A direction with its "of" counts as "near" ("north of Karbala"). Returns '' when something else
 * (a verb, "to", "by") comes first.
 */
/**
 * The 'of' of a war act ('the occupation of Crete'), read as 'in' when the act's own phrase sets the event in it ('during
 * the 1942 occupation of', 'in the battle of'); else the 'of' itself, which places the war act alone ('the invasion of Iraq').
 */
function settingOf(tokens: readonly Token[], of: number): Governor {
  for (let j = of - 2; j >= 0 && of - j <= 6; j--) {
    const t = tokens[j];
    if (SETTING_PREPOSITIONS.has(t.lower)) return { word: 'in', token: j };
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.text === '-' || t.text === "'s" || t.text === '’s')) break;
  }
  return { word: 'of', token: of };
}

function governedBy(p: PlaceMention, context: PlaceContext): Governor {
  const { tokens } = context;
  let i = firstTokenFrom(tokens, p.span.start) - 1;
  let container = false; // crossed a container noun: a noun before it qualifies it ("the hotspot city of")
  let ground = false; // crossed ground an 'on' stands on ('on the outskirts of')
  for (let steps = 0; i >= 0 && steps < WALK_BACK_LIMIT; i--, steps++) {
    const t = tokens[i];
    if (ROUNDING.has(t.lower) && (tokens[i + 1]?.pos === 'NUM' || CONTAINERS.has(tokens[i + 1]?.lower ?? ''))) continue;
    // 'more than half of Zaire': a comparison inside the phrase of the part.
    if (t.lower === 'than' && COMPARATIVES.has(tokens[i - 1]?.lower ?? '')) { i--; steps++; continue; }
    // 'in the capital, Colombo': a name in apposition to the container; 'raided four villages: A, B and C' and
    // 'attacked three towns — A, B and C —': the list that names them.
    if (APPOSITION.has(t.text) && CONTAINERS.has(tokens[i - 1]?.lower ?? '')) continue;
    // 'in a village called X', 'two areas known as X': the container names it.
    if ((t.lower === 'called' || t.lower === 'named' || t.text === ':') && holdsPlace(tokens[i - 1]?.lower ?? '')) continue;
    if ((t.lower === 'called' || t.lower === 'named') && SOMEWHERE.has(tokens[i - 1]?.lower ?? '')) { i--; steps++; continue; }
    if (t.lower === 'as' && tokens[i - 1]?.lower === 'known' && holdsPlace(tokens[i - 2]?.lower ?? '')) { i--; steps++; continue; }
    if (t.pos === 'ADP' || t.lower === 'in') {
      const before = tokens[i - 1]?.lower ?? '';
      if ((t.lower === 'to' || t.lower === 'from') && NEARNESS.has(before)) return { word: 'near', token: i };
      if (t.lower === 'to' && WAYS_IN.has(before)) { container = true; continue; }
      if (t.lower === 'of' && holdsPlace(before)) continue;
      // 'in villages like X', 'towns such as X', 'several towns, including X': examples of the container.
      if ((t.lower === 'like' || t.lower === 'including') && holdsPlace(before)) continue;
      if (t.lower === 'as' && before === 'such' && holdsPlace(tokens[i - 2]?.lower ?? '')) { i--; steps++; continue; }
      if (t.lower === 'of' && PARTITIVES.has(before)) continue;
      if (t.lower === 'of' && SETTINGS.has(before)) return settingOf(tokens, i);
      if ((t.lower === 'on' || t.lower === 'upon') && ground) return { word: t.lower, token: i, ground };
      if (t.lower === 'of' && DIRECTIONS.has(before)) return { word: 'near', token: i };
      // 'the border between Gaza and Israel', 'rebel positions between Bobi and Minkulu': ground between two places.
      if (t.lower === 'between' && (holdsPlace(before) || BETWEEN_GROUND.has(before))) return { word: 'near', token: i };
      return { word: t.lower, token: i };
    }
    if (t.pos === 'NOUN' && holdsPlace(t.lower)) container = true;
    if (GROUND_ON.has(t.lower) && t.pos !== 'VERB') ground = true;
    const hyphenated = t.text === '-' || tokens[i + 1]?.text === '-' && t.pos !== 'VERB' || tokens[i - 1]?.text === '-';
    const skippable = t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PART'
      || (t.pos === 'NOUN' && (holdsPlace(t.lower) || /^[A-Z]/.test(t.text) || container && /^[a-z]/.test(t.text) && tokens[i + 1]?.pos === 'NOUN'))
      // The tagger reads 'part' in 'the … part of the Golan Heights' as an adverb now and then: before 'of' it is the container noun.
      || (CONTAINERS.has(t.lower) && t.pos !== 'VERB' && tokens[i + 1]?.lower === 'of')
      || DIRECTIONS.has(t.lower) || hyphenated || POSSESSIVES.has(t.lower) || WAYS_IN.has(t.lower) && tokens[i + 1]?.lower === 'to'
      // An adverb after the article qualifies what follows: 'in the nearby provincial capital of Kirkuk' ('the mainly
      // Serb towns' only where a container follows, below).
      || (t.pos === 'ADV' && tokens[i - 1]?.pos === 'DET' && !GRADING_ADVERB.test(t.lower))
      || t.text === "'s" || t.text === '’s' || t.text === ',' && tokens[i - 1]?.pos === 'PROPN'
      || (t.pos === 'CCONJ' && (tokens[i - 1]?.pos === 'PROPN' || DIRECTIONS.has(tokens[i - 1]?.lower ?? '')))
      // An adverb grading the adjective after it: "in Mosul's predominantly Sunni district of …".
      || (container && t.pos === 'ADV' && GRADING_ADVERB.test(t.text) && (tokens[i + 1]?.pos === 'ADJ' || tokens[i + 1]?.pos === 'PROPN'))
      // 'invaded the densely populated X', 'stormed the heavily guarded X': a graded participle after the article.
      || gradedParticiple(tokens, i) || gradedParticiple(tokens, i + 1);
    if (!skippable) return { word: '', token: i };
  }
  return { word: '', token: -1 };
}

/** True when token i is a past participle or an adjective after a grading adverb and an article: 'the densely populated', 'a heavily guarded'. */
function gradedParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.pos === 'ADJ' || (t.pos === 'VERB' && PARTICIPLE.test(t.lower))) && tokens[i - 1]?.pos === 'ADV' && GRADING_ADVERB.test(tokens[i - 1].lower)
    && tokens[i - 2]?.pos === 'DET';
}

const PARTICIPLE = /ed$/;
