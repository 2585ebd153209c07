import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compileScanner, scanRules, DIGITS } from '../../src/stages/annotate-dates/scan-rules.js';
import type { Rule } from '../../src/stages/annotate-dates/candidate.js';
import { referenceRules } from '../../src/stages/annotate-dates/reference-rules.js';
import { monthRules } from '../../src/stages/annotate-dates/month-rules.js';
import { relativeRules } from '../../src/stages/annotate-dates/relative-rules.js';
import { periodRules } from '../../src/stages/annotate-dates/period-rules.js';
import { durationRules } from '../../src/stages/annotate-dates/duration-rules.js';
import { numericDateRules } from '../../src/stages/annotate-dates/numeric-date-rules.js';
import { clockRules } from '../../src/stages/annotate-dates/clock-rules.js';

function fullScan(rules: readonly Rule[], text: string): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) found.push(`${rule.name}@${m.index}:${m[0]}`);
  }
  return found;
}

function triggered(rules: readonly Rule[], text: string): string[] {
  const found: string[] = [];
  scanRules(compileScanner(rules), text, (rule, m) => found.push(`${rule.name}@${m.index}:${m[0]}`));
  return found;
}

test('scanRules finds exactly what a full scan of every date rule finds', () => {
  const rules = [...referenceRules(), ...monthRules(), ...relativeRules(), ...periodRules(), ...durationRules(), ...numericDateRules(), ...clockRules()];
  const text = readFileSync('/work/shared/seed/article.txt', 'utf8') +
    " In the early '90s, at 10:30 a.m. on 7/14/2016, the day before yesterday, over the past  couple  of   weeks, at the beginning of the summer of fiscal year 1990, in the year-earlier fourth fiscal quarter, for no more than twenty-four hours.";
  const full = fullScan(rules, text);
  assert.ok(full.length > 25, `only ${full.length} matches`);
  assert.deepEqual(triggered(rules, text), full);
});

test('scanRules misses a match whose trigger lies beyond the declared reach', () => {
  // A rule that declares too short a reach loses matches: the reach is part of its contract.
  const rule: Rule = { name: 'far', pattern: /\bbefore\s+\w+\s+\d+/g, triggers: [DIGITS], reach: 3, build: () => undefined };
  assert.deepEqual(fullScan([rule], 'It ended before July 4.'), ['far@9:before July 4']);
  assert.deepEqual(triggered([rule], 'It ended before July 4.'), []);
  assert.deepEqual(triggered([{ ...rule, reach: 20 }], 'It ended before July 4.'), ['far@9:before July 4']);
});
