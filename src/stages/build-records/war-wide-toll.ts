import type { CasualtyMention } from '../../model/fatalities.js';

/** A war, not an incident, as the subject of a toll: "the civil war which has claimed", "Syria's war has left". */
const WAR_AS_KILLER = /\b(?:war|conflict|uprising|revolution|insurgency|crisis|fighting|violence)\b(?:(?!\b(?:and|but|while|as)\b)[^.;:]){0,50}?\b(?:claimed|cost|left|killed|taken)\b[^.;:]{0,40}$/i;
/** A toll counted from the start of the war: "since 2011", "since the conflict began", "since Syria's civil war started", "since erupting in 2011". */
const SINCE_THE_START = /^[^.;:]{0,60}?\bsince\s+(?:(?:it|(?:the|[a-z][\w-]*(?:['’]s)?)\s+(?:[\w'’-]+\s+){0,2}?(?:war|conflict|uprising|crisis|revolt|revolution))\s+(?:began|started|erupted|broke\s+out)|(?:erupting|beginning|starting|breaking\s+out)\b|(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b|(?:in\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b)/i;

/** The dead of the whole war named after the toll: "330,000 people are estimated to have been killed in the Syrian war", "died in the six-year conflict". */
const KILLED_IN_THE_WAR = /^[^.;:]{0,60}?\b(?:killed|died|dead|lost\s+their\s+lives)\s+(?:in|during|since\s+the\s+start\s+of)\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,3}?(?:war|conflict|uprising|insurgency|revolution)\b/;

/** A toll counted since a campaign opened: "since they began in September", "since the offensive was launched". */
const SINCE_IT_BEGAN = /^[^.;:]{0,60}?\bsince\s+(?:they|it|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:began|started|erupted|had\s+begun|(?:was|were)\s+launched)\b/i;
/** A period that opens the sentence before the toll: "This year alone, 2,000 …", "So far this year 300 …". */
const PERIOD_BEFORE = /(?:^|[.!?]\s+)(?:(?:so\s+far\s+)?this\s+year|in\s+the\s+past\s+(?:[\w-]+\s+)?(?:months|years))(?:\s+alone)?[\s,]*$/i;

/** A toll counted over months or years: "killed in the first three months of the year", "so far this year", "since January". */
// 'the deadliest attack since January' dates a comparison, not the toll.
const OVER_MONTHS = /^(?:(?!\b(?:deadliest|worst|bloodiest|biggest|largest|highest|first)\b)[^.;:]){0,80}?\b(?:(?:in|during|over)\s+the\s+(?:first|past|last)\s+(?:[\w-]+\s+){0,2}(?:months|years)\b|so\s+far\s+this\s+year\b|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

/** A toll counted from a day or a month's start: 'killed … since Friday', 'since the start of June', 'since the beginning of the week'. */
const SINCE_A_DAY = /^[^.;:]{0,80}?\bsince\s+(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|the\s+(?:start|beginning)\s+of\s+(?:the\s+(?:month|week)|January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

/** A toll counted over a whole country or region: 'killed across Syria', 'across the country', 'nationwide', 'throughout the province'. */
const ACROSS = /^[^.;:]{0,60}?\b(?:(?:across|throughout|all\s+over)\s+(?:the\s+(?:country|nation|province|region)\b|[A-Z][\w'-]+)|nationwide\b)/;

/** A toll counted since a truce ended: "since a ceasefire brokered by … collapsed", "since the breakdown of the truce". */
const SINCE_A_TRUCE = /^[^.;:]{0,80}?\bsince\s+(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+){0,6}?(?:ceasefire|cease-fire|truce)\s+(?:[\w-]+\s+){0,4}?(?:collapsed|ended|expired|broke\s+down|fell\s+apart)\b|(?:collapse|breakdown|end|failure)\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce)\b)/i;

/** A sum that opens its sentence: 'In all, the monitor said, 30 people were killed', 'In total, 12 died'. */
const IN_ALL = /(?:^|[.!?]\s+|\n)(?:In\s+all|In\s+total|All\s+told|Altogether),[^.;:]{0,60}$/;

/** A spread over time the perfect tells: 'has spread from the north to the centre', 'have raged for years'. */
const PERFECT = /\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:[^.;:]*)$/i;
const THOUSANDS = /thousands$/;
// 'a coalition fighting Daesh killed', 'troops fighting against the rebels': 'fighting' before its object is a
// participle, not the war (case-sensitive: a name after it is capitalised).
const FIGHTING_SOMEONE = /\b[Ff]ighting(?=\s+(?:[A-Z]|against\b|the\b|alongside\b))/g;

/**
 * A war-wide toll ("the civil war which has claimed an estimated 400000 lives", "more than 320000
 * killed since 2011") counts the dead of the whole war, and one of months ("killed in the first three months of
 * the year") or since a truce collapsed the dead of many incidents: it belongs to no single incident, however
 * near the incident stands. So is a day's toll summed over a region ('In all, 41 were killed in the province', '38 were killed
 * across the country') or over the days since one ('47 had been killed since Friday', 'since the start of June').
 */
export function isWarWideToll(casualty: CasualtyMention, text: string): boolean {
  const figure = casualty.figure.evidence;
  const before = text.slice(Math.max(0, figure.start - 120), figure.start);
  const after = text.slice(figure.end, Math.min(text.length, figure.end + 120));
  // 'Violence … has spread to the centre of the country, killing thousands': thousands over years are a war's, not an incident's.
  const thousandsOverTime = THOUSANDS.test(casualty.figure.vague ?? '') && PERFECT.test(before);
  return WAR_AS_KILLER.test(before.replace(FIGHTING_SOMEONE, 'engaging')) || SINCE_THE_START.test(after) || OVER_MONTHS.test(after) || SINCE_A_TRUCE.test(after) || SINCE_A_DAY.test(after) || ACROSS.test(after) || thousandsOverTime
    || IN_ALL.test(before) || SINCE_IT_BEGAN.test(after) || PERIOD_BEFORE.test(before) || KILLED_IN_THE_WAR.test(after);
}
