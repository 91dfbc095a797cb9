import { describe, expect, it } from 'vitest';
import { fillLineTemplate, fillTemplatePart } from './fill-line-template';

describe('fillLineTemplate', () => {
  const dateline = { parts: ['【{region}={outlet}】', '{reporters} 기자 ='], separator: '' };

  it('fills every part', () => {
    expect(fillLineTemplate(dateline, { region: '광주', outlet: '뉴시스', reporters: '신대희' })).toBe(
      '【광주=뉴시스】신대희 기자 =',
    );
  });

  it('leaves out a part whose value is missing or empty, with its separator', () => {
    expect(fillLineTemplate(dateline, { region: '광주', outlet: '뉴시스', reporters: '' })).toBe('【광주=뉴시스】');
    const caption = { parts: ['{date}', '(사진 = {credit})', 'photo@newsis.com'], separator: ' ' };
    expect(fillLineTemplate(caption, { date: '2017.12.06.', credit: '' })).toBe('2017.12.06. photo@newsis.com');
  });

  it('inserts values as text and never expands placeholders inside them', () => {
    expect(fillTemplatePart('{headline}', { headline: '{kicker} $& $1' , kicker: 'x' })).toBe('{kicker} $& $1');
  });

  it('ignores inherited object keys', () => {
    expect(fillTemplatePart('{constructor}', {})).toBeNull();
  });
});
