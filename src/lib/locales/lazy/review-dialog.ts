import { registerTranslations } from '@/lib/i18n';

/** The strings of review-dialog (Korean and English), loaded with its lazy chunk and registered before it renders. */
export const reviewDialogTranslations = registerTranslations({
  ko: {
    review: {
      dialog: {
        note: '메모',
        reason: '사유',
        publishAt: '출고 시각 (한국 시간)',
        confirm: '확인',
        required: '내용을 적어 주세요.',
        futureRequired: '앞으로의 시각을 골라 주세요.',
      },
    },
  },
  en: {
    review: {
      dialog: {
        note: 'Note',
        reason: 'Reason',
        publishAt: 'Publish at (Korea time)',
        confirm: 'Confirm',
        required: 'Please write something.',
        futureRequired: 'Choose a time in the future.',
      },
    },
  },
});
