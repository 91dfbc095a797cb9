import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRoundupText } from '@/import/import-roundup-text';
import { layoutRoundup } from '@/render/layout-roundup';
import { briefSummariesOf } from './brief-summaries';

const seed = readFileSync(new URL('../../../../tests/fixtures/import/newsis-gwangju-roundup-2017-12-06.txt', import.meta.url), 'utf8');

describe('briefSummariesOf', () => {
  it('counts the paragraphs and lists the photos of each brief', () => {
    const result = importRoundupText(seed);
    if (!result.ok) throw new Error(result.error.message);
    const summaries = briefSummariesOf(layoutRoundup({ meta: result.meta, body: result.body }, { photoUrl: () => null }));
    expect(summaries.map((brief) => brief.heading)).toEqual([
      '광산구, 사회적경제·일자리창출 대상',
      "광산구 '영유아 수면 코칭사업' 협약식 개최",
      '북부소방서, 퇴직 소방관 초청 간담회',
    ]);
    expect(summaries[0]).toMatchObject({ paragraphs: 12, photos: [] });
    expect(summaries[1]!.photos).toEqual([{ caption: expect.stringMatching(/^광주 광산구는 6일 영유아 수면 코칭사업/), credit: '광산구 제공' }]);
    expect(summaries[2]!.photos[0]!.credit).toBe('광주 북부소방서 제공');
  });
});
