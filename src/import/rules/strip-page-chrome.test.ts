import { describe, expect, it } from 'vitest';
import { importRoundupText, type ImportResult } from '../import-roundup-text';

function imported(text: string): Extract<ImportResult, { ok: true }> {
  const result = importRoundupText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function paragraphs(result: Extract<ImportResult, { ok: true }>): string[] {
  return (result.body.content ?? []).flatMap((brief) =>
    (brief.content ?? []).filter((node) => node.type === 'paragraph').map((node) => node.content?.[0]?.text ?? ''),
  );
}

const story = '[광주=뉴시스] 신대희 기자 = ◇광산구, 협약식 개최\n\n광주 광산구는 6일 협약을 맺었다고 밝혔다.';

describe('strip-page-chrome', () => {
  it('drops everything above the title, silently', () => {
    const result = imported(`뉴시스\n전체기사\n[속보] 오늘 오후 광주 도심 교통 통제, 우회 도로를 이용해 달라는 안내가 나왔다\n[광주소식]광산구, 협약식 개최\n\n${story}`);
    expect(paragraphs(result)).toEqual(['광주 광산구는 6일 협약을 맺었다고 밝혔다.']);
    expect(result.warnings.map((warning) => warning.code)).not.toContain('text_dropped');
  });

  it('drops a long line between the title and the story, with a warning', () => {
    const result = imported(`[광주소식]광산구, 협약식 개최\n등록 2017.12.06 17:35:58\n기사내용 요약: 광산구가 영유아 수면 코칭사업 협약을 맺고 코치 양성에 나섰다\n\n${story}`);
    expect(result.warnings.find((warning) => warning.code === 'text_dropped')).toMatchObject({ rule: 'strip-page-chrome', line: 3 });
    expect(paragraphs(result)).toEqual(['광주 광산구는 6일 협약을 맺었다고 밝혔다.']);
  });

  it('drops page buttons inside the story', () => {
    const result = imported(`${story}\n\n이미지 확대\n\n• 공유하기\n\n구는 내년 3월 코치를 뽑는다.`);
    expect(paragraphs(result)).toEqual(['광주 광산구는 6일 협약을 맺었다고 밝혔다.', '구는 내년 3월 코치를 뽑는다.']);
  });

  it.each([
    '(끝)',
    '많이 본 기사',
    '관련 뉴스',
    '<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>',
    '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
    'Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지.',
    '공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다.',
    '제보는 카카오톡 okjebo',
    '▶ 네이버에서 뉴시스 구독하기',
  ])('ends the story at %s', (end) => {
    const result = imported(`${story}\n\n${end}\n\n1 광주 도심 곳곳 가을 단풍 절정이라는 소식이 이어지고 있어 시민들이 나들이에 나섰다.`);
    expect(paragraphs(result)).toEqual(['광주 광산구는 6일 협약을 맺었다고 밝혔다.']);
  });

  it('does not end the story at a handout caption’s resale notice', () => {
    const result = imported(`${story}\n\n광산구 관계자들이 협약서를 들고 있다. [광산구 제공. 재판매 및 DB 금지]\n\n구는 내년 3월 코치를 뽑는다.`);
    expect(paragraphs(result)).toEqual(['광주 광산구는 6일 협약을 맺었다고 밝혔다.', '구는 내년 3월 코치를 뽑는다.']);
  });
});
