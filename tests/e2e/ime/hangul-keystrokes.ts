/**
 * What a 2-beolsik (두벌식) Korean IME does with a string: the composition states it shows and the text it commits,
 * keystroke by keystroke. The tests drive Chromium with these, so they must be what the OS input method sends,
 * including the moment a final consonant moves on to the next syllable (한 + ㅏ → 하 committed, 나 composed).
 */

const syllableBase = 0xac00;
const syllableLast = 0xd7a3;
const initials = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];
const vowels = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅘ', 'ㅙ', 'ㅚ', 'ㅛ', 'ㅜ', 'ㅝ', 'ㅞ', 'ㅟ', 'ㅠ', 'ㅡ', 'ㅢ', 'ㅣ'];
const finals = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];
const compoundVowels: Record<string, [string, string]> = {
  ㅘ: ['ㅗ', 'ㅏ'], ㅙ: ['ㅗ', 'ㅐ'], ㅚ: ['ㅗ', 'ㅣ'], ㅝ: ['ㅜ', 'ㅓ'], ㅞ: ['ㅜ', 'ㅔ'], ㅟ: ['ㅜ', 'ㅣ'], ㅢ: ['ㅡ', 'ㅣ'],
};
const compoundFinals: Record<string, [string, string]> = {
  ㄳ: ['ㄱ', 'ㅅ'], ㄵ: ['ㄴ', 'ㅈ'], ㄶ: ['ㄴ', 'ㅎ'], ㄺ: ['ㄹ', 'ㄱ'], ㄻ: ['ㄹ', 'ㅁ'], ㄼ: ['ㄹ', 'ㅂ'], ㄽ: ['ㄹ', 'ㅅ'],
  ㄾ: ['ㄹ', 'ㅌ'], ㄿ: ['ㄹ', 'ㅍ'], ㅀ: ['ㄹ', 'ㅎ'], ㅄ: ['ㅂ', 'ㅅ'],
};

function combine(table: Record<string, [string, string]>, first: string, second: string): string | null {
  for (const [whole, [a, b]] of Object.entries(table)) if (a === first && b === second) return whole;
  return null;
}

function syllable(initial: string, vowel: string, final = ''): string {
  return String.fromCharCode(
    syllableBase + (initials.indexOf(initial) * vowels.length + vowels.indexOf(vowel)) * finals.length + finals.indexOf(final),
  );
}

export function isHangulSyllable(character: string): boolean {
  const code = character.charCodeAt(0);
  return code >= syllableBase && code <= syllableLast;
}

/** The keys (jamo) typed for one precomposed syllable, in order. */
export function jamoOf(character: string): string[] {
  const offset = character.charCodeAt(0) - syllableBase;
  const initial = initials[Math.floor(offset / (vowels.length * finals.length))];
  const vowel = vowels[Math.floor(offset / finals.length) % vowels.length];
  const final = finals[offset % finals.length];
  if (initial === undefined || vowel === undefined || final === undefined) throw new Error(`not a syllable: ${character}`);
  return [initial, ...(compoundVowels[vowel] ?? [vowel]), ...(final === '' ? [] : (compoundFinals[final] ?? [final]))];
}

/** One thing the IME tells the page: show this composition, or commit this text. */
export type ImeStep = { kind: 'compose'; text: string } | { kind: 'commit'; text: string };

interface Block {
  initial: string;
  vowel: string;
  final: string;
}

function shown(block: Block): string {
  if (block.vowel === '') return block.initial;
  if (block.initial === '') return block.vowel;
  return syllable(block.initial, block.vowel, block.final);
}

/**
 * The steps a 2-beolsik IME produces for Hangul text typed key by key. The last syllable is left composing (as it
 * is until something ends it); `commitLast` ends it as a space or a click would.
 */
export function hangulSteps(text: string, { commitLast = true } = {}): ImeStep[] {
  const steps: ImeStep[] = [];
  let block: Block = { initial: '', vowel: '', final: '' };
  const empty = (): Block => ({ initial: '', vowel: '', final: '' });
  const commit = () => {
    if (block.initial !== '' || block.vowel !== '') steps.push({ kind: 'commit', text: shown(block) });
    block = empty();
  };
  for (const character of text) {
    if (!isHangulSyllable(character)) throw new Error(`hangulSteps types syllables only, not ${JSON.stringify(character)}`);
    for (const jamo of jamoOf(character)) {
      if (!vowels.includes(jamo)) {
        if (block.initial !== '' && block.vowel !== '') {
          const compound = block.final === '' ? null : combine(compoundFinals, block.final, jamo);
          if (block.final === '' && finals.includes(jamo)) block.final = jamo;
          else if (compound !== null) block.final = compound;
          else {
            commit();
            block.initial = jamo;
          }
        } else {
          commit();
          block.initial = jamo;
        }
      } else if (block.initial !== '' && block.vowel === '') {
        block.vowel = jamo;
      } else if (block.vowel !== '' && block.final === '') {
        const compound = combine(compoundVowels, block.vowel, jamo);
        if (compound !== null && block.initial !== '') block.vowel = compound;
        else {
          commit();
          block.vowel = jamo;
        }
      } else if (block.final !== '') {
        // The final consonant (or the second half of a compound one) becomes the next syllable's initial.
        const split = compoundFinals[block.final];
        const moving = split === undefined ? block.final : split[1];
        block.final = split === undefined ? '' : split[0];
        commit();
        block.initial = moving;
        block.vowel = jamo;
      } else {
        commit();
        block.vowel = jamo;
      }
      steps.push({ kind: 'compose', text: shown(block) });
    }
  }
  if (commitLast) commit();
  return steps;
}
