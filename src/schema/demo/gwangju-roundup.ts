import type { JSONContent } from '@tiptap/core';
import type { RoundupMetadata } from '../roundup-metadata';

/**
 * The model roundup (Newsis "[광주소식]", 2017-12-06) as structured data: the demo seed for the mock and the server,
 * and the fixture for schema, counting and renderer tests. Only the story is here; the dateline, `◇` markers and
 * caption suffixes are produced by the house style.
 */
export const gwangjuRoundupMetadata: RoundupMetadata = {
  kicker: '광주소식',
  headline: '광산구, 사회적경제·일자리창출 대상 등',
  region: '광주',
  outlet: '뉴시스',
  houseStyle: 'newsis',
  // The source page hides the real address behind an e-mail obfuscator; a neutral one stands in.
  reporters: [{ name: '신대희', email: 'reporter@newsis.com' }],
  registeredAt: '2017-12-06T17:35:58+09:00',
};

export const gwangjuRoundupPhotoIds = {
  sleepCoaching: 'demo-sleep-coaching',
  fireStation: 'demo-fire-station',
} as const;

function paragraph(text: string): JSONContent {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function heading(text: string): JSONContent {
  return { type: 'briefHeading', content: [{ type: 'text', text }] };
}

function figure(photoId: string, alt: string, caption: string, credit: string): JSONContent {
  return {
    type: 'figure',
    attrs: { photoId, alt, width: 960, height: 640 },
    content: [
      { type: 'figureCaption', content: [{ type: 'text', text: caption }] },
      { type: 'figureCredit', content: [{ type: 'text', text: credit }] },
    ],
  };
}

export const gwangjuRoundupBriefTexts = [
  {
    heading: '광산구, 사회적경제·일자리창출 대상',
    paragraphs: [
      "광주 광산구는 6일 보건복지부의 '2017년 지역 복지사업 평가'에서 사회적경제 및 사회서비스 일자리창출 부문 대상을 받았다고 밝혔다.",
      '광산구는 자활센터, 노인·장애인·종합복지관 등 4곳을 직영으로 전환하고, 이곳을 거점으로 공공성 제고와 일자리 창출을 이뤄 좋은 평가를 받았다고 설명했다.',
      '광산구는 직영 복지시설을 거점 삼아 협동조합 등 사회적경제 방식으로 일자리·복지 사업을 펼쳤다.',
      "광산구 장애인복지관은 사회적협동조합 '다인' 설립을 도왔다.",
      '지난 2015년 6월 출범한 다인은 활동보조원을 지원해 나들이, 가사 등 중증장애인들의 활동을 돕고 있다.',
      '조합원 6명으로 시작한 다인협동조합은 현재 장애인활동보조원 100여 명을 채용할 정도로 규모가 커졌다.',
      "2012년 12월 출범한 광주 1호 협동조합 '더불어락협동조합'도 평가 심사단의 호평을 받았다.",
      '더불어락복지관의 노인들이 설립한 협동조합은 두부마을, 밥상마실, 북카페로 사업 영역을 확장했다.',
      "광산구의 '상상마을프로젝트'도 사회돌봄사업 모델로서 이목을 끌었다.",
      '슬럼지역으로 빠져드는 지역의 영구임대아파트 주민들이 이웃을 돌보며 건강과 유대감을 회복하도록 돕는 게 핵심이다.',
      '아파트 복지관이 경력단절여성, 어르신 등을 채용해 마을 공동식당과 돌봄플랫폼을 운영한다. 지난 3월 시작한 이 사업은 현재 5명을 고용해 시범 운영 중이다.',
      '보건복지부는 ▲예산 지원 및 실적 ▲특화사업 개발 ▲우수사례 등을 기준으로 전국 지자체의 사회서비스 일자리 창출 사업을 평가했다.',
    ],
  },
  {
    heading: "광산구 '영유아 수면 코칭사업' 협약식 개최",
    paragraphs: [
      '광주 광산구는 6일 영유아 수면 코칭사업 협약을 맺고 수면 코치 양성에 착수했다고 밝혔다.',
      '구와 협약한 단체는 공익활동지원센터, 아기잠연구소, 더블유여성병원, 광주빛고을여성병원, 광산수완미래아동병원, 아이퍼스트 아동병원, 북구 미래아동병원, 대한사회복지회 편한집, 비투코리아, 광주어깨동무공동육아 사회적협동조합이다.',
      '유아 수면 코치는 방문 또는 전화로 수면장애 등 육아 전반을 조언한다.',
      '아이의 건강한 성장을 돕고 부모의 고충을 해결하면서, 경력단절여성 등에게 취업 기회를 제공하는 새로운 직업군이다.',
      "이 사업은 광산구와 공익활동지원센터 그리고 지역사회가 함께 추진하는 '아이키우기 좋은 마을 광산'의 하나다.",
      '구는 내년 3월 공개모집으로 자원자를 선발해 30여 명을 우선 영유아 수면 코치로 양성할 계획이다.',
      '병원, 협동조합, 대학 등 지역사회 관계 기관들이 협업해 교육 과정을 마련한다.',
    ],
  },
  {
    heading: '북부소방서, 퇴직 소방관 초청 간담회',
    paragraphs: [
      '광주 북부소방서는 6일 퇴직 선배 소방관을 초청, 대형화재 진압 경험을 공유하는 소통의 장을 마련했다고 밝혔다.',
      '이날 오전 열린 간담회에는 퇴직 소방공무원 4명과 현직 소방공무원 50여명이 참여했다.',
      '퇴직 소방관은 재직 당시 경험한 대형화재 진압 노하우를 후배 소방관에게 설명했다. 현직 소방관들은 위험한 상황에서의 대처법, 공포와 긴장을 극복하는 방법 등을 물었다.',
      '북구에서는 1990년 3월 임동 일신방직 화재, 1992년 2월 용봉동 해양도시가스 폭발화재(소방관 18명이 부상) 등 크고 작은 화재가 종종 발생한 바 있다.',
    ],
  },
] as const;

export const gwangjuRoundupCaptions = {
  sleepCoaching: {
    caption:
      '광주 광산구는 6일 영유아 수면 코칭사업 협약을 맺고 수면 코치 양성에 착수했다고 밝혔다. 구와 협약한 단체는 공익활동지원센터, 아기잠연구소, 더블유여성병원, 광주빛고을여성병원, 광산수완미래아동병원, 아이퍼스트 아동병원, 북구 미래아동병원, 대한사회복지회 편한집, 비투코리아, 광주어깨동무공동육아 사회적협동조합이다.',
    credit: '광산구 제공',
    alt: '영유아 수면 코칭사업 협약식에 참석한 기관 대표들이 협약서를 들고 기념 촬영을 하고 있다.',
  },
  fireStation: {
    caption:
      '광주 북부소방서는 6일 퇴직 선배 소방관을 초청, 과거 발생한 대형화재 진압 경험을 전수받는 소통의 장을 마련했다고 밝혔다.',
    credit: '광주 북부소방서 제공',
    alt: '퇴직 소방관과 현직 소방관들이 간담회장에 둘러앉아 이야기를 나누고 있다.',
  },
} as const;

const [welfareBrief, sleepBrief, fireBrief] = gwangjuRoundupBriefTexts;

/** The body: three briefs; the second and third each carry their photo right after the heading. */
export const gwangjuRoundupBody: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'brief',
      attrs: { id: 'b-welfare-award' },
      content: [heading(welfareBrief.heading), ...welfareBrief.paragraphs.map(paragraph)],
    },
    {
      type: 'brief',
      attrs: { id: 'b-sleep-coaching' },
      content: [
        heading(sleepBrief.heading),
        figure(
          gwangjuRoundupPhotoIds.sleepCoaching,
          gwangjuRoundupCaptions.sleepCoaching.alt,
          gwangjuRoundupCaptions.sleepCoaching.caption,
          gwangjuRoundupCaptions.sleepCoaching.credit,
        ),
        ...sleepBrief.paragraphs.map(paragraph),
      ],
    },
    {
      type: 'brief',
      attrs: { id: 'b-fire-station' },
      content: [
        heading(fireBrief.heading),
        figure(
          gwangjuRoundupPhotoIds.fireStation,
          gwangjuRoundupCaptions.fireStation.alt,
          gwangjuRoundupCaptions.fireStation.caption,
          gwangjuRoundupCaptions.fireStation.credit,
        ),
        ...fireBrief.paragraphs.map(paragraph),
      ],
    },
  ],
};
