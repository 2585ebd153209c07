import type { Span } from '../../model/span.js';

/** A dateline's city: written in capitals ('BEIRUT', 'DUBAI', 'SAN SALVADOR'). */
const CITY = "[A-Z][A-Z .'-]{2,}";
const DATELINE_CITY = new RegExp(`^${CITY}$`);

/**
 * True when the span is the city of a dateline ('DUBAI, Aug 16 (Reuters) -'): where the story was
 * filed, neither a party to its events nor their place. The city opens its line, in capitals, and a
 * comma follows it, or the agency and the dash; or, on a page that lost its punctuation, it stands between the
 * page's date and the story. `country`: the span names a country, which such a page puts there as a headline's party.
 * Example: isDateline({ start: 0, end: 5 }, 'DUBAI, Aug 16 (Reuters) - …') === true
 */
export function isDateline(span: Span, text: string, country = false): boolean {
  const name = text.slice(span.start, span.end);
  // Asked once: three of the ways below want the city in capitals.
  const capitals = DATELINE_CITY.test(name);
  // 'BEIRUT (Reuters) -': a dateline may give no date, only the agency and the dash.
  if (capitals && (/^,\s/.test(text.slice(span.end, span.end + 2)) || AFTER_DATELINE_DATE.test(text.slice(span.end, span.end + 50)))
    && /(^|\n)\s*$/.test(text.slice(Math.max(0, span.start - 20), span.start))) return true;
  // Copy run together into one paragraph keeps its dateline mid-text with no dash ('… province. DAMASCUS (Sputnik) A
  // suicide blast …'): a city in capitals that opens a sentence, its agency's name in brackets, then the story.
  if (capitals && AGENCY_THEN_STORY.test(text.slice(span.end, span.end + 50))
    && SENTENCE_OPENS.test(text.slice(Math.max(0, span.start - 3), span.start))) return true;
  // A headline run on into its lead leaves the dateline mid-line ('… land near Ramtha AMMAN - The Jordan Armed Forces …',
  // '… at Daesh Targets - MoD MOSCOW (Sputnik) - The Russian …'): a city in capitals, the agency perhaps, the dash, the story.
  if (capitals && RUN_ON_DATELINE.test(text.slice(span.end, span.end + 50))) return true;
  // 'Beirut (AFP) -': a city in title case opening its line is a dateline only with the agency in brackets and the dash.
  if (TITLE_CITY.test(name) && AGENCY_AND_DASH.test(text.slice(span.end, span.end + 50))
    && /(^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, span.start - 20), span.start))) return true;
  // 'Last updated at Feb 02 2015 Beirut Syrian government air strikes …', '… Oct 082017 MOSCOW Some 120 …': a page that lost
  // its punctuation runs the dateline's city on between the page's stamp and the story's first word. A country there is
  // more often the headline's first party ('Published April 18 2017 Russia says …').
  // (The anchored tests of the words after the city first: the searches back for a stamp or a city are the costly ones.)
  if (!country && STORY_WORD_NEXT.test(text.slice(span.end, span.end + 3)) && PAGE_CITY.test(name)
    && PAGE_STAMP_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))) return true;
  // The country after the city ('ERBIL, Iraq, Aug 9', 'PESHAWAR, Pakistan (AP) -') is the dateline's too.
  return COMMA_OR_BRACKET.test(text.slice(span.end, span.end + 3)) && DASH_ON_LINE.test(text.slice(span.end, span.end + 60))
    && AFTER_CITY.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/** After a dateline's city: its comma, or the agency's bracket. */
const COMMA_OR_BRACKET = /^(?:,\s|\s*\()/;
/** A dash further on the city's line, before the story. */
const DASH_ON_LINE = /^[^\n]{0,60}?[-–—]/;

/** A page's stamp and its date just before a city: 'Last updated at Feb 022015 ', 'Published April 18 2017 ', 'Updated on Oct 8, 2017 '. */
const PAGE_STAMP_BEFORE = /\b(?:last\s+updated|updated|posted|published)(?:\s+(?:on|at))?\s*:?\s*(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2},?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s+$/i;
/** A city's name in capitals or title case, one to three words ('BEIRUT', 'Beirut', 'KHAN SHEIKHUN'). */
const PAGE_CITY = /^(?:[A-Z][A-Za-z'-]+)(?: [A-Z][A-Za-z'-]+){0,2}$/;
/** The story's first word after the city: capitalised. */
const STORY_WORD_NEXT = /^ ["“]?[A-Z]/;

/** After a run-on dateline's city: the agency perhaps, a dash between spaces, the story's first word: ' (Sputnik) - The'. */
const RUN_ON_DATELINE = /^[^\S\n]*(?:\([A-Z][\w .'-]{1,30}\)[^\S\n]*)?[-–—][^\S\n]+[A-Z"“]/;
/** The agency's name in brackets right after the city, then the story's first word: ' (Sputnik) A suicide blast'. */
const AGENCY_THEN_STORY = /^ \([A-Z][\w .'-]{1,30}\) [A-Z"“]/;
/** What stands before a sentence's first word: the start of the text, or a full stop and a space. */
const SENTENCE_OPENS = /(?:^|[.!?] )$/;
/** A city's name in title case ('Beirut', 'Port Moresby'). */
const TITLE_CITY = /^[A-Z][a-z'-]+(?:[ -][A-Z][a-z'-]+){0,2}$/;
/** An agency in brackets, short and capitalised ('(AFP)', '(Reuters)'), then the dash that opens the story. */
const AGENCY_AND_DASH = /^[^\S\n]*\([A-Z][\w .'-]{1,30}\)[^\S\n]*[-–—]/;

/** A dateline's city at the start of its line and its comma, then perhaps more of the place's name ('GOMA, Democratic Republic of '). */
const AFTER_CITY = new RegExp(`(?:^|\\n)[^\\S\\n]*${CITY},[^\\S\\n]*(?:[A-Z][\\w.'-]*[^\\S\\n]+(?:(?:of|the|and)[^\\S\\n]+)*)*$`);

/** A region or country the dateline may name after its city ('ERBIL, Iraq, '): capitalised words only. */
const REGION = "(?:[A-Z][\\w.'-]*(?:[^\\S\\n]+(?:of|the|and|[A-Z][\\w.'-]*))*,[^\\S\\n]*)?";
/** What stands before a dateline's date on its line: the city in capitals, a comma, and perhaps a country ('KYIV, ', 'ERBIL, Iraq, '). */
const BEFORE_DATELINE_DATE = new RegExp(`(?:^|\\n)[^\\S\\n]*${CITY},[^\\S\\n]*${REGION}$`);
/** What follows it: the agency in brackets, if any, and the dash that opens the story. */
const AFTER_DATELINE_DATE = /^[^\S\n]*(?:\([^)\n]{1,40}\)[^\S\n]*)?[-–—]/;

/**
 * True when the span is the date of a dateline ('KYIV, Oct 10 (Reuters) - …'): the day the story was
 * filed, which dates the report, not the events the lead tells ('struck … overnight into Wednesday').
 * Example: isDatelineDate({ start: 6, end: 12 }, 'KYIV, Oct 10 (Reuters) - …') === true
 */
export function isDatelineDate(span: Span, text: string): boolean {
  // The dash after it first: anchored, it fails at once for almost every date; the search back for the city is the costly test.
  return AFTER_DATELINE_DATE.test(text.slice(span.end, span.end + 50)) && BEFORE_DATELINE_DATE.test(text.slice(Math.max(0, span.start - 70), span.start));
}
