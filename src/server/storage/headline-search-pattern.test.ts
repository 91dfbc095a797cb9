import { describe, expect, it } from 'vitest';
import { headlineMatches } from '../../services/headline-matches';
import { headlineSearchKey } from './headline-search-key';
import { headlineSearchPattern } from './headline-search-pattern';

/** What SQL `text LIKE pattern ESCAPE '\'` answers, for checking patterns without a database. */
function like(text: string, pattern: string): boolean {
  const literal = (character: string) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let expression = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index]!;
    if (character === '\\') expression += literal(pattern[(index += 1)]!);
    else if (character === '%') expression += '.*';
    else if (character === '_') expression += '.';
    else expression += literal(character);
  }
  return new RegExp(`^${expression}$`, 'su').test(text);
}

const headlines = ['광산구 소식', 'Gwangsan 소식', '100% 참여', '북구_소식', 'a\\b', 'ÄRZTE', 'İstanbul', 'STRASSE', 'ΣΟΦΙΑ', ''];
const queries = ['광산', '광산'.normalize('NFD'), 'gwangsan', '%', '_', '\\', 'ärzte', 'i̇stanbul', 'strasse', 'σοφια', ' 소식 ', 'x'];

describe('headlineSearchPattern', () => {
  it('finds exactly what headlineMatches finds', () => {
    for (const headline of headlines) {
      for (const query of queries) {
        const pattern = headlineSearchPattern({ headline: query });
        const found = pattern === null || like(headlineSearchKey(headline), pattern);
        expect({ headline, query, found }).toEqual({ headline, query, found: headlineMatches(headline, query) });
      }
    }
  });

  it('lists everything for an absent, empty or blank query', () => {
    expect(headlineSearchPattern({})).toBeNull();
    expect(headlineSearchPattern({ headline: '' })).toBeNull();
    expect(headlineSearchPattern({ headline: '   ' })).toBeNull();
  });

  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(headlineSearchPattern({ headline: '100%_\\' })).toBe('%100\\%\\_\\\\%');
  });
});
