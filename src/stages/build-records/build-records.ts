import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const buildRecords = defineStage({
  name: 'buildRecords',
  needs: ['sentences', 'tokens', 'times', 'places', 'actors', 'attributions', 'casualties', 'eventMentions', 'factuality'],
  adds: ['events'],
  run: () => ({ events: [] }),
});
