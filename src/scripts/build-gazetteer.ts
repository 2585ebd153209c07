import { buildGazetteer } from '../gazetteer/build-gazetteer.js';

// Runs at `npm run build` (and so at `npm ci`): the stage reads only the file this writes.
const started = Date.now();
const report = buildGazetteer();
for (const w of report.warnings) console.warn('build-gazetteer: ' + w);
console.log(`build-gazetteer: ${report.places} places, ${report.names} names -> ${report.path} (${Date.now() - started} ms)`);
