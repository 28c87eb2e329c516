import type { Section } from './factBase';

/**
 * How the sections are named in messages: "event \"x\"", "a source". One
 * place, so that every facts-* message speaks of entries the same way.
 */
const SINGULAR: Readonly<Record<Section, string>> = {
  sources: 'source',
  events: 'event',
  people: 'person',
  totals: 'total',
  figures: 'figure',
};

/** "a source", "an event" ... */
export function withArticle(section: Section): string {
  const word = SINGULAR[section];
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** `event "bannu-attack"`: how a message names an entry. */
export function entryLabel(section: Section, id: string): string {
  return `${SINGULAR[section]} "${id}"`;
}

export function isSection(key: string): key is Section {
  return Object.prototype.hasOwnProperty.call(SINGULAR, key);
}
