import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lastJsonLine, makeTempDir, runSitrep, said, statsOf } from './run-sitrep.js';

const dir = makeTempDir('stdin');
const TEXT = 'Government aircraft bombed a market in the town of Maarat al-Numan in Idlib province on Wednesday, killing 12 civilians, activists said.\n';

interface ShowJson {
  event: { id: string; documentId: string; time?: { start: string; end: string } };
  document: { id: string; title?: string; published?: string; outlet?: string; url?: string; origin?: string };
}

test('ingest - reads one article from stdin and keeps --published, --title, --outlet and --url on the document', () => {
  const db = join(dir, 'sitrep.db');
  const run = runSitrep(['ingest', '-', '--published', '2016-07-28', '--title', 'Market bombed in Idlib', '--outlet', 'Test Wire',
    '--url', 'https://example.org/market', '--db', db, '--json', '--quiet'], { input: TEXT });
  assert.equal(run.status, 0, said(run));
  assert.equal(lastJsonLine<{ stored: number }>(run.stdout).stored, 1);
  assert.equal(statsOf(db).documents, 1);

  const listed = runSitrep(['events', '--db', db, '--format', 'json']);
  assert.equal(listed.status, 0, said(listed));
  const events = JSON.parse(listed.stdout) as { id: string; documentId: string }[];
  assert.ok(events.length > 0, 'the bombing is found');
  const shown = runSitrep(['show', events[0].id, '--db', db, '--json']);
  assert.equal(shown.status, 0, said(shown));
  const { event, document } = lastJsonLine<ShowJson>(shown.stdout);
  assert.equal(document.id, events[0].documentId);
  assert.deepEqual(
    { title: document.title, published: document.published, outlet: document.outlet, url: document.url, origin: document.origin },
    { title: 'Market bombed in Idlib', published: '2016-07-28', outlet: 'Test Wire', url: 'https://example.org/market', origin: 'stdin' },
  );
  // "on Wednesday" resolves against the publication date given on the command line: the day before.
  assert.deepEqual([event.time?.start, event.time?.end], ['2016-07-27', '2016-07-27']);
  assert.match(shown.stdout, /Market bombed in Idlib.*Test Wire.*2016-07-28/);
});
