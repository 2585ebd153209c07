import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const annotateAttribution = defineStage({
  name: 'annotateAttribution',
  needs: ['sentences', 'tokens', 'actors'],
  adds: ['attributions'],
  run: () => ({ attributions: [] }),
});
