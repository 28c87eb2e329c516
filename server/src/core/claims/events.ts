/**
 * Which event a count or a date is about when no fact entry says so, for
 * internal-inconsistency (SPEC section 4): the same place named as a place
 * ("in Dunmarrow"), or the same event phrase, a named one ("the Eastgate
 * riot") or the same definite event noun ("the fire", "the attack") in a
 * draft that names no other event of that kind. An organisation's name is no
 * place and no event ("the Office for National Statistics").
 */
import { PhraseSet } from '../grammar/pattern';
import { EVENT_NOUNS, INSTITUTION_NOUNS, LOCATIVES } from '../grammar/words';
import type { Token } from '../text/tokens';
import type { DateClaim } from './claim';
import { bare } from './properNouns';
import type { SentenceClaims } from './readClaims';

const EVENT = new PhraseSet(EVENT_NOUNS);
const INSTITUTION = new Set<string>(INSTITUTION_NOUNS);
const LOCATIVE = new Set<string>(LOCATIVES);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/** An event a claim is about: keys to match on (any shared key is the same event) and words for the message. */
export interface EventRef {
  keys: string[];
  label: string;
}

/** An event phrase as written: its noun and the proper words that name it ("Harlow" of "the Harlow market bombing"). */
interface EventPhrase {
  noun: string;
  qualifier: string;
  /** Token indexes: the phrase's first token, its noun, and one past its end (its place phrase included). */
  from: number;
  at: number;
  to: number;
}

/**
 * Reads the draft's event phrases once: a noun names one event only where
 * the draft names no other event of its kind ("the fire" after "the
 * Eastgate fire" and "the Westgate fire" is neither).
 */
export class EventNamer {
  private readonly qualifiers = new Map<string, Set<string>>();

  constructor(sentences: readonly SentenceClaims[], private readonly proper: Set<string>) {
    for (const s of sentences) {
      for (const p of this.phrasesIn(s.tokens)) {
        const set = this.qualifiers.get(p.noun) ?? new Set();
        if (p.qualifier) set.add(p.qualifier);
        this.qualifiers.set(p.noun, set);
      }
    }
  }

  /** The event a count's own clause names: an event phrase or a place named as a place. */
  ofClause(tokens: readonly Token[], from: number, to: number): EventRef | undefined {
    const keys: string[] = [];
    let label: string | undefined;
    for (const p of this.phrasesIn(tokens)) {
      if (tokens[p.at]!.start < from || tokens[p.at]!.end > to) continue;
      const key = this.keyOf(p);
      if (!key) continue;
      keys.push(key);
      label ??= phraseText(tokens, p);
    }
    for (const place of this.placesIn(tokens)) {
      if (place.start < from || place.end > to) continue;
      keys.push(`place:${place.text.toLowerCase()}`);
      label ??= place.text;
    }
    return keys.length ? { keys, label: label! } : undefined;
  }

  /**
   * The event a date is said of in its own clause (SPEC section 4): "the
   * bombing at the Harlow market on 4 March", "the Harlow bombing of 5
   * March". A date after a verb ("the inquiry into the bombing opened on 20
   * March") or of another noun ("the funeral on 8 March") is not the event's.
   */
  ofDate(s: SentenceClaims, date: DateClaim): EventRef | undefined {
    const tokens = s.tokens;
    const at = tokens.findIndex((t) => t.start === date.start);
    const link = tokens[at - 1]?.lower;
    if (link !== 'of' && link !== 'on') return undefined;
    for (const p of this.phrasesIn(tokens)) {
      if (p.to !== at - 1) continue;
      const key = this.keyOf(p);
      return key ? { keys: [key], label: phraseText(tokens, p) } : undefined;
    }
    return undefined;
  }

  private keyOf(p: EventPhrase): string | undefined {
    const named = this.qualifiers.get(p.noun) ?? new Set();
    if (named.size <= 1) return `event:${p.noun}`;
    return p.qualifier ? `event:${p.noun}|${p.qualifier}` : undefined;
  }

  /**
   * Definite event phrases: a determiner, proper or plain words, the event
   * noun ("the Harlow market bombing"), and a place phrase after it ("at the
   * Harlow market") up to the next clause break or verb.
   */
  private phrasesIn(tokens: readonly Token[]): EventPhrase[] {
    const out: EventPhrase[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const n = EVENT.lengthAt(tokens, i);
      if (!n) continue;
      let from = i;
      const qualifier: string[] = [];
      while (from > 0 && from > i - 4 && tokens[from - 1]!.kind === 'word' && !DEFINITE.has(tokens[from - 1]!.lower) && !CLAUSE_ENDS.has(tokens[from - 1]!.text)) {
        const w = tokens[from - 1]!;
        if (this.proper.has(bare(w))) qualifier.unshift(bare(w));
        else if (!/^\p{Ll}+$/u.test(w.text) && !/['\u2019]s$/.test(w.text)) break;
        from--;
      }
      const definite = DEFINITE.has(tokens[from - 1]?.lower ?? '') || /['\u2019]s$/.test(tokens[from - 1]?.text ?? '') || qualifier.length > 0;
      if (!definite) continue;
      const noun = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
      let to = i + n;
      // "the bombing at the Harlow market": the place phrase belongs to the event phrase.
      while (to < tokens.length && LOCATIVE.has(tokens[to]!.lower)) {
        let k = to + 1;
        if (tokens[k]?.lower === 'the') k++;
        let any = false;
        while (k < tokens.length && tokens[k]!.kind === 'word' && !CLAUSE_ENDS.has(tokens[k]!.text) && (this.proper.has(bare(tokens[k]!)) || /^\p{Ll}+$/u.test(tokens[k]!.text)) && !/ed$/.test(tokens[k]!.lower) && tokens[k]!.lower !== 'on' && tokens[k]!.lower !== 'of') {
          if (this.proper.has(bare(tokens[k]!))) qualifier.push(bare(tokens[k]!));
          any = true;
          k++;
        }
        if (!any) break;
        to = k;
      }
      out.push({ noun, qualifier: qualifier.join(' ').toLowerCase(), from, at: i, to });
      i += n - 1;
    }
    return out;
  }

  /** Places named as places: a locative and a run of proper words that is no institution's name ("in Karachi", "at the Keldon stadium"). */
  private placesIn(tokens: readonly Token[]): { text: string; start: number; end: number }[] {
    const out: { text: string; start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!LOCATIVE.has(tokens[i]!.lower)) continue;
      let k = i + 1;
      if (tokens[k]?.lower === 'the') k++;
      const run: Token[] = [];
      while (k < tokens.length && tokens[k]!.kind === 'word' && this.proper.has(bare(tokens[k]!))) run.push(tokens[k++]!);
      if (!run.length || INSTITUTION.has(bare(run[run.length - 1]!).toLowerCase())) continue;
      // "at the Dhaka Medical College Hospital morgue": a run that goes on into an institution is one's name.
      if (INSTITUTION.has(tokens[k]?.lower ?? '') && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) continue;
      out.push({ text: run.map(bare).join(' '), start: run[0]!.start, end: run[run.length - 1]!.end });
    }
    return out;
  }
}

function phraseText(tokens: readonly Token[], p: EventPhrase): string {
  return tokens.slice(p.from, p.at + 1).map((t) => t.text).join(' ');
}
