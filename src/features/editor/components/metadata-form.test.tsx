// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import { createI18n } from '@/lib/i18n';
import { MetadataForm } from './metadata-form';

function Harness({ initial, onValue }: { initial: RoundupMetadata; onValue: (value: RoundupMetadata) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <MetadataForm
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

function setup(initial: RoundupMetadata = gwangjuRoundupMetadata) {
  const values: RoundupMetadata[] = [];
  render(
    <I18nextProvider i18n={createI18n()}>
      <Harness initial={initial} onValue={(value) => values.push(value)} />
    </I18nextProvider>,
  );
  return { last: () => values.at(-1) };
}

describe('metadata form', () => {
  it('shows the 등록 time in Korea time and stores it with +09:00', async () => {
    const user = userEvent.setup();
    const form = setup();
    const field = screen.getByLabelText('등록 시각 (한국 시간)');
    expect(field).toHaveValue('2017-12-06T17:35');
    await user.clear(field);
    await user.type(field, '2017-12-07T09:05');
    expect(form.last()?.registeredAt).toBe('2017-12-07T09:05:00+09:00');
  });

  it('switches the outlet with the house style unless the reporter typed another outlet', async () => {
    const user = userEvent.setup();
    const form = setup();
    await user.selectOptions(screen.getByLabelText('표기 스타일'), '연합뉴스');
    expect(form.last()).toMatchObject({ houseStyle: 'yonhap', outlet: '연합뉴스' });
    await user.clear(screen.getByLabelText('매체'));
    await user.type(screen.getByLabelText('매체'), '광주일보');
    await user.selectOptions(screen.getByLabelText('표기 스타일'), '뉴스1');
    expect(form.last()).toMatchObject({ houseStyle: 'news1', outlet: '광주일보' });
  });

  it('explains a kicker typed with brackets and a malformed reporter email next to the field', async () => {
    const user = userEvent.setup();
    setup();
    await user.clear(screen.getByLabelText('문패'));
    await user.type(screen.getByLabelText('문패'), '[[광주소식]');
    expect(screen.getByText('문패는 대괄호 없이 30자 이내로 입력하세요.')).toBeInTheDocument();
    expect(screen.getByLabelText('문패')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(screen.getByLabelText('기자 1 이메일'));
    await user.type(screen.getByLabelText('기자 1 이메일'), 'not-an-email');
    expect(screen.getByText('이메일 주소 형식이 올바르지 않습니다.')).toBeInTheDocument();
  });

  it('adds and removes reporters', async () => {
    const user = userEvent.setup();
    const form = setup();
    await user.click(screen.getByRole('button', { name: '기자 추가' }));
    await user.type(screen.getByLabelText('기자 2 이름'), '홍길동');
    expect(form.last()?.reporters).toEqual([
      { name: '신대희', email: 'reporter@newsis.com' },
      { name: '홍길동', email: '' },
    ]);
    await user.click(screen.getByRole('button', { name: '기자 1 빼기' }));
    expect(form.last()?.reporters).toEqual([{ name: '홍길동', email: '' }]);
  });
});
