import { describe, expect, it } from 'vitest';
import type { ImportRule } from './import-draft';
import { importRules, runImportPipeline } from './pipeline';

describe('the import pipeline', () => {
  it('names every rule once', () => {
    const names = importRules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('takes a new rule without touching the others, and tags its warnings with its name', () => {
    // An outlet that opens every brief with `<브리핑>`: a line rule turns that into a marker the splitter knows.
    const briefingTags: ImportRule = {
      name: 'briefing-tags',
      apply(draft, warn) {
        for (const line of draft.lines) {
          if (!line.text.startsWith('<브리핑>')) continue;
          line.text = `◇${line.text.slice('<브리핑>'.length).trim()}`;
          warn('heading_guessed', 'Read <브리핑> as a brief marker.', line.number);
        }
      },
    };
    const rules = [...importRules];
    rules.splice(rules.findIndex((rule) => rule.name === 'detect-captions'), 0, briefingTags);
    const text = '(광주=뉴스핌) 홍길동 기자 = 광주 소식입니다.\n<브리핑> 광주 동구, 김장 나눔\n광주 동구는 김장을 했다.';
    const { draft, warnings } = runImportPipeline(text, rules);

    expect(draft.briefs.map((brief) => brief.heading)).toEqual(['', '광주 동구, 김장 나눔']);
    expect(warnings.find((warning) => warning.rule === 'briefing-tags')).toMatchObject({ code: 'heading_guessed', line: 2 });
    expect(runImportPipeline(text).draft.briefs.map((brief) => brief.heading)).toEqual(['', '<브리핑> 광주 동구, 김장 나눔']);
  });
});
