import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const annotatePlaces = defineStage({
  name: 'annotatePlaces',
  needs: ['sentences', 'tokens'],
  adds: ['places'],
  run: () => ({ places: [] }),
});
