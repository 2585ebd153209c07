import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const countCasualties = defineStage({
  name: 'countCasualties',
  needs: ['sentences', 'tokens'],
  adds: ['casualties'],
  run: () => ({ casualties: [] }),
});
