import { readBriefMarker } from '../brief-markers';
import { parseCaptionLine } from '../caption-line';
import { parseDateline } from '../dateline';
import type { DraftLine, ImportRule } from '../import-draft';

/** Buttons and labels news pages print around the story (share, print, font size, photo viewer). */
const pageLabels = new Set([
  '이메일 보내기', '이메일', '메일', '프린터', '인쇄', '인쇄하기', 'pdf', '스크랩', '공유', '공유하기', '기사 공유',
  '글자크기', '글자 크기', '글자크기 설정', '글자크기 조정', '글씨 크기', '페이스북', '트위터', 'x', '카카오톡',
  '카카오스토리', '네이버', '밴드', '네이버 밴드', '유튜브', '인스타그램', '텔레그램', '링크 복사', '링크복사',
  'url 복사', 'url복사', '주소 복사', '좋아요', '싫어요', '기사듣기', '기사 듣기', '음성으로 듣기', '번역',
  '이미지 확대', '사진 확대', '확대', '축소', '닫기', '광고', 'ad', '북마크', '구독', '구독하기', '기자 페이지',
  '기자페이지', '기자 구독', '목록', '기사 목록', '이전 기사', '다음 기사', '맨 위로', 'top',
]);
const bullet = /^[•·▪‣◦∙]\s*/;

/** Lines that end the story on a page: what follows is the site, not the roundup. */
const storyEnds: readonly RegExp[] = [
  /^\(끝\)$/,
  /^(?:가장\s*)?많이\s*본\s*(?:기사|뉴스)/,
  /^(?:관련|인기|추천|주요|최신|포토|오늘의|이\s*시각|핫)\s*(?:기사|뉴스)(?:\s*(?:더보기|보기))?$/,
  /^(?:기사\s*)?제보(?:하기|는)?(?:\s|$)/,
  /^(?:\d+\s*개의\s*)?댓글(?:\s*\d+)?$/,
  /제보를\s*기다립니다/,
  /^▶/,
];
const copyright = /copyright|저작권자|무단\s*(?:전재|복제|배포)|재배포\s*금지|all rights reserved/i;
const handoutNotice = /재판매\s*및\s*DB\s*금지/;

function isPageLabel(text: string): boolean {
  return pageLabels.has(text.replace(bullet, '').trim().toLowerCase());
}

function endsStory(text: string): boolean {
  if (storyEnds.some((pattern) => pattern.test(text))) return true;
  return text.length <= 200 && copyright.test(text) && !handoutNotice.test(text);
}

const byline = /^[가-힣]{2,5}\s*(?:기자|특파원|통신원)(?:\s|$)/;

function couldBeHeading(text: string): boolean {
  return text.length >= 4 && text.length <= 50 && !/[.!?。]$/.test(text) && !byline.test(text) && !isPageLabel(text) && !text.includes('>');
}

function storyText(line: DraftLine): string {
  return parseDateline(line.text)?.rest ?? line.text;
}

/** Where the story starts: a dateline, a marked heading, a caption, or else the first long line. */
function isStoryStart(line: DraftLine): boolean {
  if (parseDateline(line.text) !== null || readBriefMarker(line.text) !== null) return true;
  return parseCaptionLine(storyText(line)) !== null || line.text.length >= 40;
}

/**
 * Drops the page around the story. Above: everything before the title, and the short lines (share buttons, 등록,
 * bylines) between the title and the story; a long line there is dropped with a warning. Below: everything from
 * `많이 본 기사`, a copyright line, `(끝)` and the like. Inside: lines that are only a page button (`이메일 보내기`).
 */
export const stripPageChrome: ImportRule = {
  name: 'strip-page-chrome',
  apply(draft, warn) {
    const { lines } = draft;
    const titleIndex = lines.findIndex((line) => line.role === 'title');
    const datelineIndex = lines.findIndex((line, index) => index > titleIndex && line.role === 'content' && parseDateline(line.text) !== null);
    let start = lines.findIndex((line, index) => index > titleIndex && line.role === 'content' && isStoryStart(line));
    if (datelineIndex >= 0) {
      // Photos above the first brief print their captions before the dateline line; they are story.
      const firstCaption = lines.findIndex(
        (line, index) => index > titleIndex && index < datelineIndex && line.role === 'content' && parseCaptionLine(storyText(line)) !== null,
      );
      start = firstCaption >= 0 ? firstCaption : datelineIndex;
    }
    if (start < 0) start = lines.length;
    // Without a dateline the first brief may open with a short unmarked heading just above the first long line.
    const above = lines[start - 1];
    if (datelineIndex < 0 && above !== undefined && start - 1 > titleIndex && above.role === 'content' && couldBeHeading(above.text)) {
      start -= 1;
    }

    lines.forEach((line, index) => {
      if (line.role !== 'content') return;
      if (index < titleIndex) {
        line.role = 'chrome';
      } else if (index < start) {
        line.role = 'chrome';
        if (line.text.length >= 40 && !isPageLabel(line.text)) {
          warn('text_dropped', 'Dropped a line above the story that looks like text; add it back if it belongs to the roundup.', line.number);
        }
      } else if (isPageLabel(line.text)) {
        line.role = 'chrome';
      }
    });

    const end = lines.findIndex((line, index) => index >= start && line.role === 'content' && endsStory(line.text));
    if (end >= 0) {
      for (const line of lines.slice(end)) line.role = 'chrome';
    }
  },
};
