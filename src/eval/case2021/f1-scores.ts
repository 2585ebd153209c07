/**
 * F1 of single-label predictions, as scikit-learn's f1_score averages it over the labels present in the gold.
 * Example: { weighted_f1: 0.71, macro_f1: 0.64, micro_f1: 0.7, n: 412, perLabel: { AIR_STRIKE: { precision: 0.8, recall: 0.7, f1: 0.75, support: 17 } } }
 */
export interface F1Scores {
  weighted_f1: number;
  macro_f1: number;
  micro_f1: number;
  n: number;
  perLabel: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

/** Scores gold/predicted pairs; a prediction outside the gold labels counts against recall only (sklearn's `labels=`). */
export function f1Scores(pairs: ReadonlyArray<{ gold: string; predicted: string }>): F1Scores {
  const labels = [...new Set(pairs.map((p) => p.gold))].sort();
  const perLabel: F1Scores['perLabel'] = {};
  let tpAll = 0, fpAll = 0, fnAll = 0, weighted = 0, macro = 0;
  for (const label of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (const p of pairs) {
      if (p.predicted === label && p.gold === label) tp++;
      else if (p.predicted === label) fp++;
      else if (p.gold === label) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const support = tp + fn;
    perLabel[label] = { precision, recall, f1, support };
    tpAll += tp; fpAll += fp; fnAll += fn;
    weighted += f1 * support;
    macro += f1;
  }
  const n = pairs.length;
  return {
    weighted_f1: n ? weighted / n : 0,
    macro_f1: labels.length ? macro / labels.length : 0,
    micro_f1: tpAll ? (2 * tpAll) / (2 * tpAll + fpAll + fnAll) : 0,
    n, perLabel,
  };
}
