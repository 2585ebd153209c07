import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const extractEvents = defineStage({
  name: 'extractEvents',
  needs: ['sentences', 'tokens', 'times', 'places', 'actors', 'casualties'],
  adds: ['eventMentions'],
  run: () => ({ eventMentions: [] }),
});
