import { defineStage } from '../stage.js';

// PLACEHOLDER while the stage is being written: adds an empty layer.
export const assessFactuality = defineStage({
  name: 'assessFactuality',
  needs: ['sentences', 'tokens', 'attributions', 'eventMentions'],
  adds: ['factuality'],
  run: () => ({ factuality: [] }),
});
