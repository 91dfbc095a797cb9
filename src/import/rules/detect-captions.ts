import { parseCaptionLine } from '../caption-line';
import { obfuscatedEmailSource } from '../email-address';
import type { DraftBlock, ImportRule } from '../import-draft';

const obfuscatedEmails = new RegExp(String.raw`\s*${obfuscatedEmailSource}`, 'gi');

/**
 * Turns the story lines into blocks: a line ending like a photo caption (`(사진 = 광산구 제공) photo@newsis.com`,
 * `[광산구 제공. 재판매 및 DB 금지]`, `2017.12.6/뉴스1`, `ⓒ 뉴스1 이승현 기자`) becomes a caption with its credit;
 * any other line is text. A hidden address (`[email protected]`) left inside text is removed with a warning.
 */
export const detectCaptions: ImportRule = {
  name: 'detect-captions',
  apply(draft, warn) {
    const blocks: DraftBlock[] = [];
    for (const line of draft.lines) {
      if (line.role !== 'content') continue;
      const caption = parseCaptionLine(line.text);
      if (caption !== null) {
        draft.meta.outletHints.push(...caption.outlets);
        blocks.push({ kind: 'caption', line: line.number, caption: caption.caption, credit: caption.credit });
        continue;
      }
      let text = line.text;
      if (/\[email ?protected\]/i.test(text)) {
        text = text.replace(obfuscatedEmails, '').trim();
        warn('email_obfuscated', 'Removed an e-mail address the page had hidden ("[email protected]"); add it back if it matters.', line.number);
        if (text === '') continue;
      }
      blocks.push({ kind: 'text', line: line.number, text });
    }
    draft.blocks = blocks;
  },
};
