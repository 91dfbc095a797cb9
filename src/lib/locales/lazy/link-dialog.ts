import { registerTranslations } from '@/lib/i18n';

/** The strings of link-dialog (Korean and English), loaded with its lazy chunk and registered before it renders. */
export const linkDialogTranslations = registerTranslations({
  ko: {
    link: {
      title: '링크',
      address: '주소 (http, https, mailto)',
      invalid: 'http://, https:// 또는 mailto: 주소만 넣을 수 있습니다.',
      apply: '적용',
      remove: '링크 지우기',
    },
  },
  en: {
    link: {
      title: 'Link',
      address: 'Address (http, https, mailto)',
      invalid: 'Only http://, https:// or mailto: addresses are allowed.',
      apply: 'Apply',
      remove: 'Remove link',
    },
  },
});
