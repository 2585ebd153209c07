import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const annotateActors = defineStage({
  name: 'annotateActors',
  needs: ['sentences', 'tokens', 'places'],
  adds: ['actors'],
  run: () => ({ actors: [] }),
});
