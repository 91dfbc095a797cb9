// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody, gwangjuRoundupCaptions, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { layoutRoundup } from './layout-roundup';
import { RoundupArticle } from './roundup-article';
import { roundupBuilders as build } from './testing/roundup-builders';

const seedLayout = layoutRoundup({ meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody }, { photoUrl: build.photoUrl });

describe('RoundupArticle', () => {
  it('renders the header: kicker, headline and 등록 time', () => {
    render(<RoundupArticle layout={seedLayout} />);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'ko');
    expect(article).toHaveClass('bureau-article', 'bureau-article--desktop');
    // A <header> inside an <article> has no landmark role in browsers, so find it by element.
    const header = article.querySelector('header')!;
    expect(within(header).getByText('[광주소식]').tagName).toBe('P');
    expect(within(header).getByRole('heading', { level: 1 })).toHaveTextContent('광산구, 사회적경제·일자리창출 대상 등');
    const registered = within(header).getByText('2017.12.06 17:35:58');
    expect(registered.tagName).toBe('TIME');
    expect(registered).toHaveAttribute('datetime', '2017-12-06T17:35:58+09:00');
    expect(registered.parentElement).toHaveTextContent(/^등록 2017\.12\.06 17:35:58$/);
  });

  it('renders each brief as a section named by its ◇ heading, carrying the brief id', () => {
    render(<RoundupArticle layout={seedLayout} />);
    const names = ['◇광산구, 사회적경제·일자리창출 대상', "◇광산구 '영유아 수면 코칭사업' 협약식 개최", '◇북부소방서, 퇴직 소방관 초청 간담회'];
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      `【광주=뉴시스】신대희 기자 = ${names[0]}`,
      names[1],
      names[2],
    ]);
    const sections = screen.getAllByRole('region');
    expect(sections.map((section) => section.tagName)).toEqual(['SECTION', 'SECTION', 'SECTION']);
    expect(sections.map((section) => section.getAttribute('data-brief-id'))).toEqual([
      'b-welfare-award',
      'b-sleep-coaching',
      'b-fire-station',
    ]);
    for (const [index, name] of names.entries()) {
      expect(screen.getByRole('region', { name })).toBe(sections[index]);
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
  });

  it('renders photos as figures with alt, size, lazy loading and the full caption line', () => {
    render(<RoundupArticle layout={seedLayout} />);
    const photo = screen.getByRole('img', { name: gwangjuRoundupCaptions.fireStation.alt });
    expect(photo).toHaveAttribute('src', build.photoUrl('demo-fire-station'));
    expect(photo).toHaveAttribute('width', '960');
    expect(photo).toHaveAttribute('height', '640');
    expect(photo).toHaveAttribute('loading', 'lazy');
    const figure = photo.closest('figure');
    expect(figure?.querySelector('figcaption')).toHaveTextContent(
      `【광주=뉴시스】신대희 기자 = ${gwangjuRoundupCaptions.fireStation.caption} 2017.12.06. (사진 = 광주 북부소방서 제공) photo@newsis.com`,
      { normalizeWhitespace: false },
    );
    expect(figure?.closest('section')).toHaveAttribute('data-brief-id', 'b-fire-station');
  });

  it('ends with the reporter e-mail', () => {
    const { container } = render(<RoundupArticle layout={seedLayout} />);
    const article = container.querySelector('article')!;
    expect(article.lastElementChild?.tagName).toBe('FOOTER');
    expect(article.lastElementChild).toHaveTextContent(/^reporter@newsis\.com$/);
  });

  it('draws a placeholder box instead of a broken image when the photo is missing', () => {
    const layout = layoutRoundup(
      {
        meta: build.meta(),
        body: build.doc(build.brief('b-1', build.heading('사진 없는 단신'), build.figure({ alt: '' }, [build.text('캡션')], ''))),
      },
      { photoUrl: build.photoUrl },
    );
    const { container } = render(<RoundupArticle layout={layout} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: '사진 없음' })).toHaveClass('bureau-article__photo-placeholder');
  });

  it('renders marks as strong, em and safe links', () => {
    const layout = layoutRoundup(
      {
        meta: build.meta(),
        body: build.doc(
          build.brief(
            'b-1',
            build.heading('제목'),
            build.paragraph(
              build.text('굵게', [{ type: 'bold' }]),
              build.text('기울여', [{ type: 'italic' }]),
              build.text('광산구청', [{ type: 'link', attrs: { href: 'https://www.gwangsan.go.kr/' } }]),
              build.text('가짜 링크', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
            ),
          ),
        ),
      },
      { photoUrl: build.photoUrl },
    );
    render(<RoundupArticle layout={layout} />);
    expect(screen.getByText('굵게').tagName).toBe('STRONG');
    expect(screen.getByText('기울여').tagName).toBe('EM');
    expect(screen.getByRole('link', { name: '광산구청' })).toHaveAttribute('href', 'https://www.gwangsan.go.kr/');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText(/가짜 링크/)).toBeInTheDocument();
  });

  it('draws a link with its normalised address, a fixed rel and nothing it carries besides', () => {
    const overlay = { href: ' HTTPS://X.test', class: 'overlay', target: '_blank', rel: 'opener', title: 't', style: 'position:fixed;inset:0' };
    const layout = layoutRoundup(
      {
        meta: build.meta(),
        body: build.doc(build.brief('b-1', build.heading('제목'), build.paragraph(build.text('덮개', [{ type: 'link', attrs: overlay }])))),
      },
      { photoUrl: build.photoUrl },
    );
    render(<RoundupArticle layout={layout} />);
    const link = screen.getByRole('link', { name: '덮개' });
    expect(Object.fromEntries(link.getAttributeNames().map((name) => [name, link.getAttribute(name)]))).toEqual({
      class: 'bureau-article__link',
      href: 'https://x.test/',
      rel: 'noopener noreferrer nofollow',
    });
  });

  it.each(['mobile', 'print'] as const)('marks the %s viewport for the stylesheet', (viewport) => {
    render(<RoundupArticle layout={seedLayout} viewport={viewport} />);
    expect(screen.getByRole('article')).toHaveClass(`bureau-article--${viewport}`);
  });

  it('renders a brand-new empty roundup', () => {
    const layout = layoutRoundup(
      { meta: build.meta({ kicker: '', headline: '', reporters: [] }), body: build.doc(build.brief(null, build.heading(''), build.paragraph())) },
      { photoUrl: build.photoUrl },
    );
    render(<RoundupArticle layout={layout} />);
    expect(screen.getByRole('heading', { level: 1 })).toBeEmptyDOMElement();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('【광주=뉴시스】 ◇');
  });
});
