import { readFileSync } from 'node:fs';
import { dataPath } from '../data-files/data-path.js';

/**
 * The lists the corpus generator swaps names from (data/corpus/*.txt, one entry a line).
 * Example: { places: ['Aleppo', 'Idlib', …], people: ['Rami Abdulrahman', …], organisations: […], states: ['Russia', …], outlets: ['Reuters', …], noEventParagraphs: […] }
 */
export interface CorpusWordLists {
  places: string[];
  people: string[];
  organisations: string[];
  states: string[];
  outlets: string[];
  noEventParagraphs: string[];
}

function readList(name: string): string[] {
  const path = dataPath('corpus', name);
  const entries = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
  if (entries.length < 2) throw new Error(`${path} needs at least two entries to swap between; add names, one a line.`);
  return entries;
}

export function loadCorpusWordLists(): CorpusWordLists {
  return {
    places: readList('places.txt'),
    people: readList('people.txt'),
    organisations: readList('organisations.txt'),
    states: readList('states.txt'),
    outlets: readList('outlets.txt'),
    noEventParagraphs: readList('no-event-paragraphs.txt'),
  };
}
