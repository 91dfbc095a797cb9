import type { CDPSession, Page } from '@playwright/test';
import { hangulSteps, isHangulSyllable, type ImeStep } from './hangul-keystrokes';

/** Keys a reporter presses while a syllable is still composing. */
type ComposingKey = 'Enter' | 'Backspace' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/**
 * Real IME composition in Chromium through the DevTools protocol: `Input.imeSetComposition` for each state the input
 * method shows (ㅎ, 하, 한), `Input.insertText` to commit. The page sees what an OS input method produces:
 * compositionstart/update/end, `insertCompositionText` input events and the IME's text in the DOM.
 */
export class Ime {
  private composing = '';
  private ended = 0;

  private constructor(private readonly page: Page, private readonly session: CDPSession) {}

  static async attach(page: Page): Promise<Ime> {
    return new Ime(page, await page.context().newCDPSession(page));
  }

  /** Compositions this IME has ended itself, by committing or cancelling them. */
  get endedCompositions(): number {
    return this.ended;
  }

  /** The text of the composition in progress ('' when none). */
  get current(): string {
    return this.composing;
  }

  /** Show `text` as the composition, the caret at its end (what a Korean IME does for every jamo). */
  async set(text: string): Promise<void> {
    await this.session.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    this.composing = text;
  }

  /** Commit `text` in place of the composition (or at the caret when none is open). */
  async commit(text: string): Promise<void> {
    await this.session.send('Input.insertText', { text });
    if (this.composing !== '') this.ended += 1;
    this.composing = '';
  }

  /**
   * The keydown Chromium sends for the key that starts a composition (key code 229, before the IME shows anything):
   * the page's last chance to act before the composition begins.
   */
  async startComposing(): Promise<void> {
    await this.session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyT', windowsVirtualKeyCode: 229 });
    await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyT', windowsVirtualKeyCode: 229 });
  }

  /** Commits what is composing, if anything, as the IME does before a key it does not compose (space, digits, Latin). */
  async finish(): Promise<void> {
    if (this.composing !== '') await this.commit(this.composing);
  }

  /**
   * Sends the steps back to back, as fast typing does: the protocol keeps them in order and the page handles each
   * (its input events, ProseMirror's DOM read) before the next, without a round trip to the test in between.
   */
  async run(steps: readonly ImeStep[]): Promise<void> {
    await Promise.all(steps.map((step) => (step.kind === 'compose' ? this.set(step.text) : this.commit(step.text))));
  }

  /**
   * Types Hangul syllables jamo by jamo. With `leaveComposing` the last syllable stays in composition (the reporter
   * has not yet pressed anything that ends it); otherwise it is committed.
   */
  async typeHangul(text: string, { leaveComposing = false } = {}): Promise<void> {
    await this.run(hangulSteps(text, { commitLast: !leaveComposing }));
  }

  /**
   * Types mixed text as a reporter switching between Korean and Latin input would: Hangul runs composed, everything
   * else (Latin, digits, spaces, punctuation) as ordinary keystrokes after committing the syllable before it.
   */
  async type(text: string): Promise<void> {
    let run = '';
    const flushRun = async () => {
      if (run !== '') await this.typeHangul(run);
      run = '';
    };
    for (const character of text) {
      if (isHangulSyllable(character)) {
        run += character;
        continue;
      }
      await flushRun();
      await this.page.keyboard.type(character);
    }
    await flushRun();
  }

  /**
   * Presses a key while the composition is still open, in the order Chromium delivers it with a Korean IME: first a
   * keydown marked `isComposing` with key code 229 (its `key` is the key's name on macOS, 'Process' on Windows: the
   * macOS form is sent, since handlers that read only `key` would act on it), then the IME commits its text, then
   * the key itself arrives as an ordinary keydown. Backspace the IME keeps for itself.
   */
  async pressDuringComposition(key: ComposingKey): Promise<void> {
    const pending = this.composing;
    await this.session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: 229 });
    await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: 229 });
    if (key === 'Backspace') {
      await this.backspaceInComposition(pending);
      return;
    }
    await this.commit(pending);
    await this.page.keyboard.press(key);
  }

  /** A Korean IME takes Backspace itself while composing: it removes the last jamo (한 → 하 → ㅎ → nothing). */
  private async backspaceInComposition(pending: string): Promise<void> {
    const previous = previousCompositionState(pending);
    if (previous === '') {
      // An empty composition is how the IME cancels it: nothing is left and nothing is committed.
      await this.set('');
      this.ended += 1;
      this.composing = '';
    } else {
      await this.set(previous);
    }
  }
}

/** The composition one jamo back: 한 → 하, 하 → ㅎ, ㅎ → ''. */
export function previousCompositionState(composition: string): string {
  if (!isHangulSyllable(composition)) return '';
  const steps = hangulSteps(composition, { commitLast: false }).filter((step) => step.kind === 'compose');
  return steps.at(-2)?.text ?? '';
}

/** Attaches to the page and types `steps` (each intermediate state, then the commit). */
export async function compose(page: Page, steps: readonly ImeStep[]): Promise<Ime> {
  const ime = await Ime.attach(page);
  await ime.run(steps);
  return ime;
}
