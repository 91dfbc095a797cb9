/** A web address found in running text, with the href it should link to. Offsets are UTF-16 indexes into the text. */
export interface FoundUrl {
  start: number;
  end: number;
  href: string;
}

// ASCII only: Korean copy runs particles straight on ("https://example.kr에서"), and those are not part of the URL.
const urlPattern = /(?<![\w./@-])(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi;
const trailingPunctuation = /[.,;:!?'"]$/;

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Sentence punctuation after a URL is not part of it; a closing bracket is, when the URL opened one (Wikipedia). */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (trailingPunctuation.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, ')') > count(url, '(')) url = url.slice(0, -1);
    else if (url.endsWith(']') && count(url, ']') > count(url, '[')) url = url.slice(0, -1);
    else return url;
  }
}

/**
 * The http(s) and `www.` addresses in a piece of text, as a reader would see them. E-mail addresses are left
 * alone: the reporter's address that closes every roundup is a byline, not a link.
 */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(urlPattern)) {
    const url = trimUrl(match[0]);
    const href = /^www\./i.test(url) ? `https://${url}` : url;
    if (!/^https?:\/\/[^/?#]*[A-Za-z0-9]\.[A-Za-z]/i.test(href)) continue;
    found.push({ start: match.index, end: match.index + url.length, href });
  }
  return found;
}
