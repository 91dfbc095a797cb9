// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { loadI18n } from '@/lib/i18n';
import { createUploadProgressStore } from '../lib/upload-progress-store';
import { PhotoUploadProgress } from './photo-upload-progress';

async function renderWith(language: 'ko' | 'en') {
  const i18n = await loadI18n(language);
  const uploads = createUploadProgressStore();
  render(
    <I18nextProvider i18n={i18n}>
      <PhotoUploadProgress uploads={uploads} />
    </I18nextProvider>,
  );
  return uploads;
}

describe('photo upload progress', () => {
  it('shows nothing until a photo is uploading, then a labelled bar that follows the bytes sent', async () => {
    const uploads = await renderWith('ko');
    expect(screen.queryByRole('progressbar')).toBeNull();

    let handle = 0;
    act(() => {
      handle = uploads.start();
    });
    const bar = screen.getByRole('progressbar', { name: '사진 1장 올리는 중…' });
    expect(bar).not.toHaveAttribute('value');
    expect(screen.getByText('사진 준비 중')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('사진 1장 올리는 중…');

    act(() => uploads.progress(handle, { loaded: 450, total: 1000 }));
    expect(bar).toHaveAttribute('value', '45');
    expect(screen.getByText('45%')).toBeInTheDocument();

    act(() => uploads.progress(handle, { loaded: 1000, total: 1000 }));
    expect(bar).toHaveAttribute('value', '100');
    expect(screen.getByText('서버에서 처리 중')).toBeInTheDocument();

    act(() => uploads.finish(handle));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('adds up several uploads, in English too', async () => {
    const uploads = await renderWith('en');
    act(() => {
      const first = uploads.start();
      const second = uploads.start();
      uploads.progress(first, { loaded: 100, total: 400 });
      uploads.progress(second, { loaded: 300, total: 400 });
    });
    expect(screen.getByRole('progressbar', { name: 'Uploading 2 photos…' })).toHaveAttribute('value', '50');
  });
});
