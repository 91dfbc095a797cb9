import { registerTranslations } from '@/lib/i18n';

/** The strings of preview (Korean and English), loaded with its lazy chunk and registered before it renders. */
export const previewTranslations = registerTranslations({
  ko: {
    preview: {
      viewport: '화면',
      desktop: '데스크톱',
      mobile: '모바일',
      print: '인쇄',
      printNow: '인쇄하기',
      exportHtml: 'HTML 내보내기',
      exported: 'HTML 파일을 내보냈습니다.',
      exportFailed: 'HTML을 내보내지 못했습니다.',
      unsaved: '저장되지 않은 내용도 미리보기에 반영됩니다.',
    },
  },
  en: {
    preview: {
      viewport: 'View',
      desktop: 'Desktop',
      mobile: 'Mobile',
      print: 'Print',
      printNow: 'Print',
      exportHtml: 'Export HTML',
      exported: 'HTML exported.',
      exportFailed: 'The HTML could not be exported.',
      unsaved: 'Unsaved changes show in the preview too.',
    },
  },
});
