import type { Rule } from './candidate.js';

/**
 * The rules compiled for scanning: one keyword regex over all rules' triggers, and for each
 * trigger stem the rules it can start. Example: stems.get('years') → [recent-units, duration, …]
 * (every rule whose trigger is a prefix of 'years', so 'year' rules see 'years' too).
 */
export interface RuleScanner {
  rules: readonly Rule[];
  keywords: RegExp;
  stems: Map<string, number[]>;
  sticky: RegExp[];
  /** Rules without triggers, scanned over the whole text. */
  untriggered: number[];
}

/** The trigger that stands for any run of digits; `${DIGITS}4` stands for a run of exactly four ('1990'). */
export const DIGITS = '#';

/** Compiles the scanner once, when the rules load. */
export function compileScanner(rules: readonly Rule[]): RuleScanner {
  const byStem = new Map<string, Set<number>>();
  const untriggered: number[] = [];
  rules.forEach((rule, i) => {
    if (!rule.triggers) { untriggered.push(i); return; }
    for (const stem of rule.triggers) {
      const key = stem.toLowerCase();
      if (!byStem.has(key)) byStem.set(key, new Set());
      byStem.get(key)!.add(i);
    }
  });
  const stems = new Map<string, number[]>();
  for (const stem of byStem.keys()) {
    const found = new Set<number>();
    for (const [other, indexes] of byStem) if (stem.startsWith(other) && !(other === DIGITS && stem !== DIGITS)) for (const i of indexes) found.add(i);
    const list = [...found].sort((a, b) => a - b);
    // The usual spellings are looked up as they stand, so most hits need no lowercasing.
    for (const form of [stem, stem[0].toUpperCase() + stem.slice(1), stem.toUpperCase()]) stems.set(form, list);
  }
  const words = [...byStem.keys()].filter((k) => !k.startsWith(DIGITS)).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const hasDigits = [...byStem.keys()].some((k) => k.startsWith(DIGITS));
  const alternatives = [...words, ...(hasDigits ? ['\\d'] : [])];
  // With no trigger at all the regex must still never match (an empty alternative would match everywhere).
  const keywords = new RegExp(alternatives.length ? `\\b(?:${alternatives.join('|')})` : '(?!)', 'gi');
  const sticky = rules.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'));
  return { rules, keywords, stems, sticky, untriggered };
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Every match of every rule, in rule order, as a full-text scan with each rule's global regex
 * would find them. Scanning the text once per rule cost ~0.3 ms an article, so the text is
 * scanned once for trigger words, and a rule's regex is tried (sticky) only at word starts up to
 * `reach` characters before one of its triggers: every match holds a trigger that close to its start.
 */
export function scanRules(scanner: RuleScanner, text: string, onMatch: (rule: Rule, match: RegExpExecArray) => void): void {
  const { keywords, stems, rules } = scanner;
  const hits: number[][] = rules.map(() => []);
  const push = (list: number[] | undefined, at: number) => {
    if (list) for (const i of list) hits[i].push(at);
  };
  keywords.lastIndex = 0;
  for (let m = keywords.exec(text); m; m = keywords.exec(text)) {
    const first = m[0].charCodeAt(0);
    if (first >= 48 && first <= 57) {
      // One hit per run of digits, for rules that take any number and for those that want its length.
      let end = m.index + 1;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      push(stems.get(DIGITS), m.index);
      push(stems.get(DIGITS + (end - m.index)), m.index);
      keywords.lastIndex = end;
    } else {
      push(stems.get(m[0]) ?? stems.get(m[0].toLowerCase()), m.index);
    }
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule.triggers) {
      rule.pattern.lastIndex = 0;
      for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) onMatch(rule, match);
      continue;
    }
    const sticky = scanner.sticky[i];
    const reach = rule.reach ?? 0;
    let from = 0;
    let tried = -1;
    for (const hit of hits[i]) {
      for (let s = Math.max(from, tried + 1, hit - reach); s <= hit; s++) {
        tried = s;
        if (s !== hit && !(isWordCode(text.charCodeAt(s)) && (s === 0 || !isWordCode(text.charCodeAt(s - 1))))) continue;
        sticky.lastIndex = s;
        const match = sticky.exec(text);
        if (!match) continue;
        onMatch(rule, match);
        from = match.index + Math.max(1, match[0].length);
        break;
      }
    }
  }
}
