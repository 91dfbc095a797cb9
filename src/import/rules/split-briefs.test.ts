import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { validateRoundupBody } from '@/schema/validate-roundup-body';
import { importRoundupText, type ImportResult } from '../import-roundup-text';

const dateline = '(광주=연합뉴스) 홍길동 기자 = ';

function imported(text: string): Extract<ImportResult, { ok: true }> {
  const result = importRoundupText(text);
  if (!result.ok) throw new Error(result.error.message);
  const validation = validateRoundupBody(result.body);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return result;
}

function textOf(node: JSONContent | undefined): string {
  return (node?.content ?? []).map((child) => child.text ?? '').join('');
}

/** Each brief as its heading followed by its paragraphs' text (figures as `[photo: credit]`). */
function outline(result: Extract<ImportResult, { ok: true }>): string[][] {
  return (result.body.content ?? []).map((brief) =>
    (brief.content ?? []).map((node) => (node.type === 'figure' ? `[photo: ${textOf(node.content?.[1])}]` : textOf(node))),
  );
}

function codes(result: ImportResult): string[] {
  return result.warnings.map((warning) => warning.code);
}

describe('split-briefs: markers', () => {
  it.each(['◇', '◇ ', '■', '▲ ', '◆', '○', '□', '●', '◈', '◎'])('opens a brief at each %s', (marker) => {
    const result = imported(
      `${dateline}${marker}광주 동구, 김장 나눔\n\n광주 동구는 5일 김장을 했다고 밝혔다.\n\n${marker}광주 서구, 제설 점검\n\n광주 서구는 5일 제설 장비를 점검했다.`,
    );
    expect(outline(result)).toEqual([
      ['광주 동구, 김장 나눔', '광주 동구는 5일 김장을 했다고 밝혔다.'],
      ['광주 서구, 제설 점검', '광주 서구는 5일 제설 장비를 점검했다.'],
    ]);
    expect(codes(result).filter((code) => code.startsWith('heading'))).toEqual([]);
  });

  it('opens briefs at 1. 2. 3. in sequence only', () => {
    const result = imported(
      `${dateline}1. 광주 동구, 김장 나눔\n\n광주 동구는 김장을 했다.\n\n3. 셋째 항목은 번호가 건너뛰어 문단으로 남는다.\n\n2. 광주 서구, 제설 점검\n\n광주 서구는 점검했다.\n\n2. 다시 나온 2도 문단이다`,
    );
    expect(outline(result)).toEqual([
      ['광주 동구, 김장 나눔', '광주 동구는 김장을 했다.', '3. 셋째 항목은 번호가 건너뛰어 문단으로 남는다.'],
      ['광주 서구, 제설 점검', '광주 서구는 점검했다.', '2. 다시 나온 2도 문단이다'],
    ]);
  });

  it('keeps lines with another marker inside a brief as paragraphs: the first marked heading sets the family', () => {
    const result = imported(
      `${dateline}◇광주시, 축제 개최\n\n주요 프로그램은 다음과 같다.\n\n▲개막식\n\n▲불꽃놀이\n\n◇광주 북구, 공원 조성\n\n북구는 공원을 만든다.`,
    );
    expect(outline(result)).toEqual([
      ['광주시, 축제 개최', '주요 프로그램은 다음과 같다.', '▲개막식', '▲불꽃놀이'],
      ['광주 북구, 공원 조성', '북구는 공원을 만든다.'],
    ]);
  });

  it('reads a heading and its first paragraph on one line (◇제목 = 본문)', () => {
    const result = imported(`${dateline}▲ 대구 수성구, 축제 재개 = 대구 수성구는 축제를 연다고 7일 밝혔다.\n\n축제는 사흘간 열린다.`);
    expect(outline(result)).toEqual([['대구 수성구, 축제 재개', '대구 수성구는 축제를 연다고 7일 밝혔다.', '축제는 사흘간 열린다.']]);
  });

  it('keeps marked sentences as the text of briefs without heading, with a warning each', () => {
    const result = imported(
      `${dateline}▲광주 동구는 5일 김장김치를 담가 이웃에 전달했다고 밝혔다.\n\n행사에는 80여명이 참여했다.\n\n▲광주 서구는 5일 제설 장비를 점검했다.`,
    );
    expect(outline(result)).toEqual([
      ['', '광주 동구는 5일 김장김치를 담가 이웃에 전달했다고 밝혔다.', '행사에는 80여명이 참여했다.'],
      ['', '광주 서구는 5일 제설 장비를 점검했다.'],
    ]);
    expect(codes(result).filter((code) => code === 'heading_missing')).toHaveLength(2);
  });
});

describe('split-briefs: without markers', () => {
  it('takes short lines before paragraphs as headings, each with a warning', () => {
    const result = imported(`${dateline}광주 동구, 김장 나눔\n\n광주 동구는 5일 김장김치 2000포기를 담가 이웃에 전달했다고 밝혔다.\n\n광주 서구, 제설 점검\n\n광주 서구는 5일 구청 차고지에서 제설 장비를 점검했다고 밝혔다.`);
    expect(outline(result).map((brief) => brief[0])).toEqual(['광주 동구, 김장 나눔', '광주 서구, 제설 점검']);
    expect(codes(result).filter((code) => code === 'heading_guessed')).toHaveLength(2);
  });

  it('leaves a short unmarked line a paragraph in a marked roundup unless a credited paragraph follows', () => {
    const result = imported(
      `${dateline}◇광주 동구, 김장 나눔\n\n광주 동구는 5일 김장을 했다고 밝혔다.\n\n문의 062-608-2000\n\n광주 남구, 조명 점등\n\n광주 남구 주민들이 5일 점등식에 참석해 산책로를 걷고 있다. /광주 남구 제공`,
    );
    expect(outline(result)).toEqual([
      ['광주 동구, 김장 나눔', '광주 동구는 5일 김장을 했다고 밝혔다.', '문의 062-608-2000'],
      ['광주 남구, 조명 점등', '[photo: 광주 남구 제공]', '광주 남구 주민들이 5일 점등식에 참석해 산책로를 걷고 있다.'],
    ]);
    expect(codes(result)).toEqual(expect.arrayContaining(['heading_guessed', 'caption_from_text', 'photo_missing']));
  });
});

describe('split-briefs: text and captions around the headings', () => {
  it('heads text before the first heading with the headline, without its 등', () => {
    const result = imported(`[울산소식] 울산시, 한파 대책 추진 등\n\n${dateline}울산시는 한파 대책을 추진한다고 20일 밝혔다.\n\n◇ 울산 중구, 조명 축제\n\n중구는 조명 축제를 연다.`);
    expect(outline(result)).toEqual([
      ['울산시, 한파 대책 추진', '울산시는 한파 대책을 추진한다고 20일 밝혔다.'],
      ['울산 중구, 조명 축제', '중구는 조명 축제를 연다.'],
    ]);
    expect(codes(result)).toContain('heading_guessed');
  });

  it('leaves that heading empty, with a warning, when there is no headline', () => {
    const result = imported(`${dateline}울산시는 한파 대책을 추진한다고 20일 밝혔다.\n\n◇ 울산 중구, 조명 축제\n\n중구는 조명 축제를 연다.`);
    expect(outline(result)[0]).toEqual(['', '울산시는 한파 대책을 추진한다고 20일 밝혔다.']);
    expect(codes(result)).toContain('heading_missing');
  });

  it('gives a heading with nothing after it an empty paragraph, with a warning', () => {
    const result = imported(`${dateline}◇광주 동구, 김장 나눔\n\n광주 동구는 김장을 했다.\n\n◇광주 서구, 제설 점검`);
    expect(outline(result)[1]).toEqual(['광주 서구, 제설 점검', '']);
    expect(codes(result)).toContain('brief_empty');
  });

  it('gives a caption printed above the first heading to the first brief, and flags a credit without caption', () => {
    const result = imported(
      `광주 동구 주민들이 김장을 하고 있다. (사진=광주 동구 제공)\n\n[광주 동구 제공. 재판매 및 DB 금지]\n\n${dateline}◇광주 동구, 김장 나눔\n\n광주 동구는 김장을 했다.`,
    );
    expect(outline(result)).toEqual([['광주 동구, 김장 나눔', '[photo: 광주 동구 제공]', '[photo: 광주 동구 제공]', '광주 동구는 김장을 했다.']]);
    expect(codes(result)).toContain('caption_missing');
  });
});
