import { emailAddressSource, obfuscatedEmailPattern, obfuscatedEmailSource } from '../email-address';
import type { ImportRule } from '../import-draft';
import { findWireOutletByEmail } from '../wire-outlets';

interface FoundAddress {
  readonly name: string | null;
  /** Null when the page hid the address. */
  readonly address: string | null;
  readonly line: number;
}

const entry = String.raw`(?:([가-힣]{2,5})\s*(?:기자|특파원)\s*)?(${emailAddressSource}|${obfuscatedEmailSource})`;
const closingLine = new RegExp(String.raw`^(?:${entry}[\s,·/]*){1,10}$`, 'i');
const entries = new RegExp(entry, 'gi');

/**
 * Reads the reporters' e-mail line at the end of the story (`sdhdream@newsis.com`, `hong@yna.co.kr kim@yna.co.kr`,
 * `신대희 기자 sdh@newsis.com`) and gives each reporter their address, by name when the line names them, else in
 * order. An address hidden by the page's obfuscator cannot be recovered: the reporter keeps an empty address and a
 * warning says so.
 */
export const readClosingEmails: ImportRule = {
  name: 'read-closing-emails',
  apply(draft, warn) {
    const found: FoundAddress[] = [];
    for (const line of draft.lines) {
      if (line.role !== 'content' || line.text.length > 400 || !closingLine.test(line.text)) continue;
      line.role = 'closing';
      for (const match of line.text.matchAll(entries)) {
        const [, name, token = ''] = match;
        const hidden = obfuscatedEmailPattern.test(token);
        found.push({ name: name ?? null, address: hidden ? null : token, line: line.number });
        if (!hidden) {
          const outlet = findWireOutletByEmail(token);
          if (outlet !== null) draft.meta.outletHints.push(outlet.name);
        }
      }
    }

    const { reporters } = draft.meta;
    if (reporters.length === 0) {
      for (const address of found) {
        if (address.name === null) continue;
        reporters.push({ name: address.name, email: address.address ?? '' });
        if (address.address === null) {
          warn('email_obfuscated', `The page hid ${address.name}'s e-mail address ("[email protected]"); fill it in.`, address.line);
        }
      }
    } else {
      const unnamed = found.filter((address) => address.name === null);
      reporters.forEach((reporter, index) => {
        const byName = found.find((address) => address.name === reporter.name);
        const match = byName ?? unnamed[index];
        if (match === undefined) {
          warn('email_not_found', `No e-mail address for ${reporter.name} was found; fill it in.`);
          return;
        }
        if (match.address === null) {
          warn('email_obfuscated', `The page hid ${reporter.name}'s e-mail address ("[email protected]"); fill it in.`, match.line);
          return;
        }
        reporter.email = match.address;
      });
    }
  },
};
