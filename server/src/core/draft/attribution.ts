/**
 * Attribution (SPEC section 3): a sentence that names who says what it says.
 * Someone named (a person, office or organisation, or a document of one)
 * with a reporting word, in either order ("police said", "said the
 * minister", "according to the KP PDMA", "a PDMA report shows"), a pronoun
 * for someone named ("he said"), someone described ("a nurse who asked not
 * to be named told me"), "citing X", "data from X", "(Source: X)", "X put
 * the toll at". A passive or a hedge names no one ("was reported missing",
 * "were said to be", "reportedly"), and neither do "reports said" or
 * "initial reports".
 *
 * Headline credits ("...: ISPR", "– CS Kindiki") and dateline credits
 * ("KATHMANDU, Nepal (AP) —") are read per block: see `creditedBlock`.
 */
import { PhraseSet } from '../grammar/pattern';
import {
  AGENCY_CREDITS, ATTRIBUTING_PHRASES, DECLARED_ACTS, CASUALTY_WORDS, DOCUMENT_NOUNS, FUNCTION_WORDS, HEDGE_WORDS, MONTHS, PASSIVE_AUXILIARIES, PUT_OBJECTS, REPORTING_VERBS,
  PEOPLE_NOUNS, SHOWING_VERBS, SOURCE_NOUNS, SOURCE_PRONOUNS, UNNAMED_SOURCES, WEEKDAYS,
} from '../grammar/words';
import type { Token } from '../text/tokens';
import { isEnglishWord } from '../claims/englishWords';
import { wordValue } from '../claims/numberWords';

const REPORTING = new Set<string>(REPORTING_VERBS);
/** Verbs of naming: a report only when an office or organisation names ("Police named the victims"). */
const NAMING = new Set(['named', 'identified']);
const SHOWING = new Set<string>(SHOWING_VERBS);
const SOURCE = new Set<string>(SOURCE_NOUNS);
const PEOPLE = new Set<string>(PEOPLE_NOUNS);
const DOCUMENT = new Set<string>(DOCUMENT_NOUNS);
const PRONOUN = new Set<string>(SOURCE_PRONOUNS);
const UNNAMED = new Set<string>(UNNAMED_SOURCES);
const PASSIVE = new Set<string>(PASSIVE_AUXILIARIES);
const HEDGES = new Set<string>(HEDGE_WORDS);
const FUNCTION = new Set<string>(FUNCTION_WORDS);
const ATTRIBUTING = new PhraseSet(ATTRIBUTING_PHRASES);
const PUT_OBJECT = new PhraseSet(PUT_OBJECTS);
const CALENDAR = new Set([...MONTHS.map((m) => m.name.toLowerCase()), ...WEEKDAYS.map((w) => w.name.toLowerCase())]);
const MONTH_NAMES = new Set(MONTHS.flatMap((m) => [m.name, ...m.abbreviations].map((n) => n.toLowerCase())));
const AGENCIES = new PhraseSet(AGENCY_CREDITS.map((a) => a.toLowerCase()));
const ACTS = new Set<string>(DECLARED_ACTS);

/** Words between a subject and its reporting verb that are neither ("police also said", "he had claimed", "officials later confirmed"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['also', 'later', 'earlier', 'had', 'has', 'have', 'would', 'will', 'could', 'further', 'then', 'again', 'already', 'previously', 'separately', 'subsequently', 'initially', 'first', 'last', 'officially', 'publicly', 'separately', 'did', 'does', 'do', 'repeatedly', 'today', 'yesterday', 'reportedly']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'one', 'another', 'each']);
/** Determiners that point at a document named before ('the statement', 'its report'); 'a' does not. */
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '.', '?', '!']);

/** Whether a sentence's tokens attribute it to someone named (SPEC section 3). */
export function isAttributed(tokens: readonly Token[]): boolean {
  if (statementOpener(tokens) || postCredit(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrase = ATTRIBUTING.lengthAt(tokens, i);
    if (phrase && namedAfter(tokens, i + phrase)) return true;
    if (t.kind !== 'word') continue;
    // A capitalised one inside the sentence is part of a name ("the Borno State capital").
    if ((REPORTING.has(t.lower) || SHOWING.has(t.lower)) && (negated(tokens, i) || asNoun(tokens, i) || (i > 0 && /^\p{Lu}/u.test(t.text)))) continue;
    // "claiming the lives of 84 people", "claimed 19 soldiers": a casualty verb here, not a verb of saying.
    if (/^claim/.test(t.lower) && (tokens[i + 1]?.kind === 'number' || tokens[i + 1]?.lower === 'lives' || tokens[i + 2]?.lower === 'lives')) continue;
    // "10 passengers declared deceased", "two confirmed dead": a passive participle said of casualties names no one.
    if (CASUALTY_WORDS[tokens[i + 1]?.lower ?? '']?.after && /ed$/.test(t.lower)) continue;
    // "Ecuador declares prison emergency", "announced three days of mourning": an act, not a report.
    if (REPORTING.has(t.lower) && declaresAnAct(tokens, i)) continue;
    if (REPORTING.has(t.lower) && closingAttribution(tokens, i)) return true;
    if (REPORTING.has(t.lower) && reportingAttributes(tokens, i)) return true;
    if (SHOWING.has(t.lower) && showingAttributes(tokens, i)) return true;
  }
  return false;
}

/**
 * An embedded post's credit closing the sentence: "— Serbnews (@serbnews),
 * November 1, 2024". The account is named by its handle.
 */
function postCredit(tokens: readonly Token[]): boolean {
  let dash = -1;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 14); k--) if (['—', '–', '-'].includes(tokens[k]!.text)) { dash = k; break; }
  if (dash < 1) return false;
  let k = dash + 1;
  const nameFrom = k;
  while (k < tokens.length && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  if (k === nameFrom || k - nameFrom > 4) return false;
  if (tokens[k]?.text !== '(' || tokens[k + 1]?.text !== '@') return false;
  // the handle ("coastwatch_bd"), its closing bracket, then at most the post's date
  k += 2;
  const handleFrom = k;
  while (k < tokens.length && (tokens[k]!.kind !== 'punct' || tokens[k]!.text === '_')) k++;
  if (k === handleFrom || tokens[k]?.text !== ')') return false;
  return tokens.slice(k + 1).every((t) => t.kind === 'number' || [',', '.'].includes(t.text) || CALENDAR.has(t.lower.replace(/\.$/, '')));
}

/** A reporting verb whose object, within a few words and before "that", is an act it performs (an emergency, mourning, a curfew). */
function declaresAnAct(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < Math.min(tokens.length, v + 6); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || CLAUSE_BREAKS.has(t.text)) return false;
    if (ACTS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "In a statement issued on Tuesday, the company accepted the fine", "In
 * its report, the commission found": the document is that of the clause's
 * subject, named after the opener's comma.
 */
function statementOpener(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'in' || !['a', 'an', 'its', 'their', 'his', 'her', 'the'].includes(tokens[1]?.lower ?? '') || !DOCUMENT.has(tokens[2]?.lower ?? '')) return false;
  for (let k = 3; k < Math.min(tokens.length, 20); k++) {
    if (tokens[k]!.text !== ',') continue;
    const subject = DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const t = tokens[subject];
    if (t?.kind === 'word' && !CALENDAR.has(t.lower) && (names(tokens, subject) || DEFINITE.has(tokens[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** "police said", "said the minister", "he had claimed"; not "was reported", "were said to be", "reports said". */
function reportingAttributes(tokens: readonly Token[], v: number): boolean {
  if (isPassive(tokens, v)) return tokens[v + 1]?.lower === 'by' && namedAfter(tokens, v + 2);
  // "Police named the dead": naming attributes only from an office; "the family named the baby Angel" cites nothing.
  if (NAMING.has(tokens[v]!.lower)) {
    const h = subjectHead(tokens, v);
    return h !== undefined && (SOURCE.has(tokens[h]!.lower) || isProper(tokens, h)) && !PEOPLE.has(tokens[h]!.lower);
  }
  // Participles open an aside of the sentence's own subject ("Kindiki appealed ..., saying 46 people had been lost").
  if (/ing$/.test(tokens[v]!.lower) && namedInClauseBefore(tokens, v, true)) return true;
  return subjectNamed(tokens, v) || namedAfter(tokens, v + 1, true);
}

/** "UKHSA data shows", "a report by PICSS found", "X put the toll at": showing verbs need a document or a toll. */
function showingAttributes(tokens: readonly Token[], v: number): boolean {
  if (isPassive(tokens, v)) return tokens[v + 1]?.lower === 'by' && namedAfter(tokens, v + 2);
  const w = tokens[v]!.lower;
  if (w === 'put' || w === 'puts') {
    const at = tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1;
    return PUT_OBJECT.lengthAt(tokens, at) > 0 && subjectNamed(tokens, v);
  }
  // "released a report on Friday that found": a relative clause of a document someone named issued.
  if (['that', 'which'].includes(tokens[v - 1]?.lower ?? '')) return documentOfNamed(tokens, v - 1);
  // "A PDMA report issued on August 28 shows": the document may stand a few words before its verb.
  for (let k = v - 1; k >= Math.max(0, v - 12); k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text) && t.text !== '(' && t.text !== ')') return false;
    if (t.kind === 'word' && (DOCUMENT.has(t.lower) || k === v - 1) && isDocument(tokens, k)) return true;
  }
  return false;
}

/**
 * "the state government", "a report", "its count", "initial reports said":
 * after a determiner, or before a verb of saying, the word is a noun.
 */
function asNoun(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  // "that report" is a noun; "a report that confirmed" a relative clause's verb.
  const relative = (before?.lower === 'that' || before?.lower === 'which') && (/(?:ed|s)$/.test(tokens[v]!.lower) || ['found', 'said', 'told', 'wrote', 'put'].includes(tokens[v]!.lower));
  if (before !== undefined && !relative && (DETERMINERS.has(before.lower) || /['\u2019]s$/.test(before.text) || before.lower === 'no')) return true;
  // "three confirmed deaths", "12 reported cases": after a count the word is an adjective of the count's noun.
  if (before !== undefined && (before.kind === 'number' || wordValue(before.lower) !== undefined)) return true;
  const after = tokens[v + 1];
  if (after !== undefined && REPORTING.has(after.lower) && /s$/.test(tokens[v]!.lower)) return true;
  // "Going by official reports, ...": a lone adjective with no article before it makes "reports" a noun ("an official reports" is a verb).
  const beforeThat = tokens[v - 2];
  return /s$/.test(tokens[v]!.lower) && before !== undefined && before.kind === 'word' && /^\p{Ll}/u.test(before.text) && !/s$/.test(before.lower)
    && (beforeThat === undefined || beforeThat.kind === 'punct' || (FUNCTION.has(beforeThat.lower) && !['a', 'an', 'one', 'each', 'every'].includes(beforeThat.lower)));
}

/**
 * A clause that closes the sentence and only says who said it: ", the
 * district coordinator confirmed.", ", said a spokesman for the ministry."
 * Whoever it describes is someone (SPEC section 3: described but not named).
 */
function closingAttribution(tokens: readonly Token[], v: number): boolean {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ',') end--;
  let start = v;
  while (start > 0 && tokens[start - 1]!.text !== ',') start--;
  if (start === 0 || end - start > 9 || end - start < 2 || isPassive(tokens, v)) return false;
  const words = tokens.slice(start, end);
  if (words.some((w) => w.kind !== 'word' && w.text !== '(' && w.text !== ')')) return false;
  // The verb ends the clause ("the coordinator confirmed") or opens it ("said the coordinator"), with a determiner or name beside it.
  const first = tokens[start]!;
  if (v === end - 1) return DETERMINERS.has(first.lower) || isProper(tokens, start) || PEOPLE.has(first.lower) || SOURCE.has(first.lower);
  if (v === start) return DETERMINERS.has(tokens[v + 1]?.lower ?? '') || isProper(tokens, v + 1);
  return false;
}

/** "has still not explained", "did not say", "declined to confirm": a denial of saying attributes nothing. */
function negated(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['still', 'yet', 'also', 'ever', 'even', 'so', 'far'].includes(tokens[k]!.lower)) k--;
  const w = tokens[k]?.lower ?? '';
  if (w === 'not' || w === 'never' || /n't$/.test(w)) return true;
  return w === 'to' && ['declined', 'refused', 'failed', 'unable', 'reluctant'].includes(tokens[k - 1]?.lower ?? '');
}

/** A reporting verb after a passive auxiliary ("was reported", "were said", "had been told"). */
function isPassive(tokens: readonly Token[], v: number): boolean {
  // "was speaking" is active: a passive needs a participle, not an -ing form.
  if (/ing$/.test(tokens[v]!.lower)) return false;
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const w = tokens[k]!.lower;
    if (PASSIVE.has(w)) return true;
    if (!HEDGES.has(w) && !['still', 'also', 'now', 'widely', 'initially', 'first', 'later', 'not', 'being'].includes(w)) return false;
  }
  return false;
}

/** The index of the word just before the verb that heads its subject, skipping auxiliaries and adverbs. */
function subjectHead(tokens: readonly Token[], v: number): number | undefined {
  let k = v - 1;
  // "was speaking", "is saying": the progressive's auxiliary stands between them too.
  const progressive = /ing$/.test(tokens[v]!.lower);
  while (k >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) || (progressive && ['was', 'were', 'is', 'are', 'been'].includes(tokens[k]!.lower)))) k--;
  // "the Inter-Services Public Relations (ISPR) said": step over the bracketed abbreviation;
  // "Noma Mahlalela (44), a resident, says": the appositive before the comma is who says it.
  if (tokens[k]?.text === ',') k--;
  // "Ahijon, 36, said": the age set off after the name.
  if (tokens[k]?.kind === 'number' && tokens[k - 1]?.text === ',') k -= 2;
  if (tokens[k]?.text === ')') {
    while (k > 0 && tokens[k]!.text !== '(') k--;
    k--;
  }
  return k >= 0 && tokens[k]!.kind === 'word' ? k : undefined;
}

/** The verb's subject names someone; or, where its head is an ordinary noun, someone named stands earlier in its clause. */
function subjectNamed(tokens: readonly Token[], v: number): boolean {
  const h = subjectHead(tokens, v);
  if (h === undefined) return false;
  const head = tokens[h]!;
  if (UNNAMED.has(head.lower)) return false;
  if (head.lower === 'that' || head.lower === 'which') return documentOfNamed(tokens, h);
  if (DOCUMENT.has(head.lower)) return definiteDocument(tokens, h);
  if (names(tokens, h)) return true;
  return namedInClauseBefore(tokens, h, false) || appositiveOfNamed(tokens, h);
}

/**
 * "The BC Coroners Service released a report on Tuesday that confirmed
 * ...": a relative pronoun whose antecedent is a document, issued by someone
 * named earlier in its clause or itself definite ("the report, which found").
 */
function documentOfNamed(tokens: readonly Token[], relative: number): boolean {
  for (let k = relative - 1; k >= Math.max(0, relative - 6); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.text !== ',') return false;
    if (!DOCUMENT.has(t.lower)) continue;
    return definiteDocument(tokens, k) || namedInClauseBefore(tokens, k, false);
  }
  return false;
}

/** "Amina Yusuf (61), a trader, says": the appositive stands for the name before its comma. */
function appositiveOfNamed(tokens: readonly Token[], h: number): boolean {
  let k = h;
  while (k > 0 && tokens[k]!.text !== ',' && h - k < 6) k--;
  if (tokens[k]?.text !== ',' || !DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return false;
  let j = k - 1;
  if (tokens[j]?.text === ')') {
    while (j > 0 && tokens[j]!.text !== '(') j--;
    j--;
  }
  return j >= 0 && (isProper(tokens, j) || PRONOUN.has(tokens[j]!.lower));
}

/** "a nurse who asked not to be named told me", "the officer in charge of the investigation said". */
function namedInClauseBefore(tokens: readonly Token[], from: number, anywhere: boolean): boolean {
  for (let k = from - 1; k >= Math.max(0, from - (anywhere ? 40 : 9)); k--) {
    const t = tokens[k]!;
    if (!anywhere && CLAUSE_BREAKS.has(t.text)) return false;
    if (t.kind === 'word' && UNNAMED.has(t.lower) && !definiteDocument(tokens, k)) return false;
    if (t.kind === 'word' && names(tokens, k)) return true;
  }
  return false;
}

/**
 * Whether the word at `k` names someone: a proper noun, a source noun, a
 * noun for people ("residents said"), a pronoun, or a noun a "who" clause
 * describes ("a ferryman who would not give his name told us").
 */
function names(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (PRONOUN.has(t.lower) || SOURCE.has(t.lower) || PEOPLE.has(t.lower)) return true;
  if (tokens[k + 1]?.lower === 'who' && t.kind === 'word' && !FUNCTION.has(t.lower)) return true;
  return isProper(tokens, k);
}

/** A capitalised word that is not a function word opening the sentence, a month or a weekday: a proper noun or acronym. */
function isProper(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || CALENDAR.has(t.lower)) return false;
  // "Four confirmed deaths were recorded": a number opening the sentence names no one.
  if (FUNCTION.has(t.lower) || wordValue(t.lower) !== undefined) return false;
  // "Inquiries indicate", "Statistics show": a common plural opening the sentence is capitalised only for being first.
  return !(firstWord(tokens, k) && /s$/.test(t.lower) && !PEOPLE.has(t.lower) && isEnglishWord(t.lower));
}

function firstWord(tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'number') return false;
  return true;
}

/**
 * "the report", "this statement", "a PDMA report", "a report by PICSS": a
 * document someone issued. "A report said" and "reports said" are no one's.
 */
function definiteDocument(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (UNNAMED.has(t.lower)) return false;
  if (['by', 'from', 'of'].includes(tokens[k + 1]?.lower ?? '') && isProper(tokens, k + 2 + (tokens[k + 2]?.lower === 'the' ? 1 : 0))) return true;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const w = tokens[j]!;
    // "A Provincial Disaster Management Authority (PDMA) report": step over the bracketed abbreviation.
    if (w.text === ')') {
      while (j > 0 && tokens[j]!.text !== '(') j--;
      continue;
    }
    if (isProper(tokens, j) || /['\u2019]s$/.test(w.text) || DEFINITE.has(w.lower)) return true;
    if (w.kind !== 'word' || FUNCTION.has(w.lower)) return false;
  }
  return false;
}

/** A document or a body of data as a subject: "UKHSA data", "a PDMA report", "the statement"; or an organisation itself ("PICSS found"). */
function isDocument(tokens: readonly Token[], k: number): boolean {
  if (isProper(tokens, k)) return true;
  const t = tokens[k]!;
  if (!DOCUMENT.has(t.lower)) return false;
  const before = tokens[k - 1];
  return definiteDocument(tokens, k) || (before !== undefined && (isProper(tokens, k - 1) || SOURCE.has(before.lower)));
}

/**
 * Someone named right after `at` ("according to the KP PDMA", "said the
 * minister", "citing police"); with `strict`, only a person or office (after
 * "said" a plain noun is usually what was said: "said the number might change").
 */
function namedAfter(tokens: readonly Token[], at: number, strict = false): boolean {
  let k = at;
  const modifier = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^(local|state|provincial|federal|district|senior|official|government|police|hospital|rescue|security|military|army|health|interior)$/.test(t.lower);
  // "according to local authorities": a modifier is skipped only where a head noun follows it.
  while (k < tokens.length && (DETERMINERS.has(tokens[k]!.lower) || tokens[k]!.text === ':' || (!strict && modifier(tokens[k]) && tokens[k + 1]?.kind === 'word'))) k++;
  const head = tokens[k];
  if (!head || head.kind !== 'word') return false;
  // "according to police reports": the reports are the police's.
  if (UNNAMED.has(head.lower) && k > at && SOURCE.has(tokens[k - 1]!.lower)) return true;
  if (UNNAMED.has(head.lower) || unnamedBehindAdjectives(tokens, k)) return false;
  if (strict) {
    if (!(SOURCE.has(head.lower) || isProper(tokens, k))) return false;
    // "said the number of dead": a source noun followed by "of" + an ordinary noun is what was said.
    return !(head.lower === 'number' || head.lower === 'toll');
  }
  return SOURCE.has(head.lower) || isProper(tokens, k) || PRONOUN.has(head.lower) || /^\p{Ll}/u.test(head.text);
}

/**
 * "according to early reports", "according to unconfirmed local accounts":
 * lower-case words ending in a noun that names no one, with no source among
 * them ("according to police reports" names the police).
 */
function unnamedBehindAdjectives(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j]!;
    // A possessive owns the reports ("the coastguard's reports").
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || SOURCE.has(t.lower) || PEOPLE.has(t.lower) || /['\u2019]s?$/.test(t.text)) return false;
    if (UNNAMED.has(t.lower)) return true;
  }
  return false;
}

/**
 * A block whose credit cites it (SPEC section 3): a headline that ends in a
 * credit ("Floods have killed 46 people so far – CS Kindiki", "...: ISPR"),
 * or a paragraph opened by a dateline credit ("KATHMANDU, Nepal (AP) —",
 * "(Al Jazeera) –", "LONDON (Reuters) -").
 */
export function creditedBlock(tokens: readonly Token[], kind: 'heading' | 'paragraph' | 'tableRow'): boolean {
  if (kind === 'heading') return headlineCredit(tokens);
  if (kind === 'paragraph') return datelineCredit(tokens);
  return false;
}

/** The last words of a headline after a dash or colon, a few capitalised words or an agency: "– CS Kindiki", ": ISPR", "— AFP". */
function headlineCredit(tokens: readonly Token[]): boolean {
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 6); k--) {
    const t = tokens[k]!;
    if (['-', '–', '—', ':', '|'].includes(t.text)) {
      const credit = tokens.slice(k + 1);
      // "...: Report" names no one (a bare "report" is no one's); "...: Local official" describes someone.
      const last = credit[credit.length - 1];
      const named = credit.every((c) => c.kind === 'word' && (/^\p{Lu}/u.test(c.text) || c.text === 'of'))
        || (last !== undefined && /^\p{Lu}/u.test(credit[0]!.text) && credit.every((c) => c.kind === 'word') && (SOURCE.has(last.lower) || PEOPLE.has(last.lower)));
      return credit.length > 0 && credit.length <= 4 && k > 0 && named
        && !credit.some((c) => CALENDAR.has(c.lower))
        && !(credit.length === 1 && (UNNAMED.has(credit[0]!.lower) || DOCUMENT.has(credit[0]!.lower)));
    }
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * An agency in brackets near the start, followed by a dash: "KATHMANDU, Nepal (AP) —", "(Al Jazeera) –";
 * or a paragraph that is only a dateline, names and a date with no word in lower case
 * ("The Harbour Gazette: 12 May 2023:"): the piece's own line, which cites itself.
 */
function datelineCredit(tokens: readonly Token[]): boolean {
  if (datelineAlone(tokens)) return true;
  for (let k = 0; k < Math.min(tokens.length, 10); k++) {
    if (tokens[k]!.text !== '(') continue;
    const n = AGENCIES.lengthAt(tokens, k + 1);
    const close = k + 1 + n;
    if (n && tokens[close]?.text === ')' && ['-', '–', '—', ':'].includes(tokens[close + 1]?.text ?? '')) return true;
  }
  // "— AFP" or "(AFP)" closing a paragraph: the agency's credit for it.
  const last = tokens.length;
  return last > 2 && tokens[last - 1]!.text === ')' && AGENCIES.lengthBefore(tokens, last - 1) > 0 && tokens[last - 1 - AGENCIES.lengthBefore(tokens, last - 1) - 1]?.text === '(';
}

/** "The Harbour Gazette: 12 May 2023:", "LAGOS, 3rd March 2024": capitalised names and a date with a month, nothing else. */
function datelineAlone(tokens: readonly Token[]): boolean {
  if (tokens.length > 16) return false;
  let name = false;
  let month = false;
  for (const t of tokens) {
    if (t.kind === 'number' || [',', ':', '.', '-', '–', '—', '|'].includes(t.text)) continue;
    if (t.kind !== 'word' || !/^\p{Lu}|^\d/u.test(t.text)) return false;
    if (MONTH_NAMES.has(t.lower.replace(/\.$/, ''))) month = true;
    else if (!/^\d/.test(t.text)) name = true;
  }
  return name && month && tokens.some((t) => t.kind === 'number' || /^\d/.test(t.text));
}
