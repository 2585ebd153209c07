import type { AnyStage } from './stage.js';
import type { LayerName } from '../model/layers.js';

/**
 * Returns one message for each stage that needs a layer no earlier stage adds, or that adds
 * a layer an earlier stage already added. An empty list means the order is sound.
 */
export function checkStageOrder(stages: readonly AnyStage[]): string[] {
  const given = new Set<LayerName>();
  const problems: string[] = [];
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!given.has(need)) {
        const giver = stages.find((s) => s.adds.includes(need));
        problems.push(giver
          ? `Stage "${stage.name}" needs "${need}": move ${giver.name} before it in stages/registry.ts.`
          : `Stage "${stage.name}" needs "${need}": add a stage that adds it before ${stage.name} in stages/registry.ts.`);
      }
    }
    for (const add of stage.adds) {
      if (given.has(add)) problems.push(`Stage "${stage.name}" adds "${add}", which an earlier stage already adds: one layer, one stage.`);
      given.add(add);
    }
  }
  return problems;
}
