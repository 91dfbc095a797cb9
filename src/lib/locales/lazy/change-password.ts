import { registerTranslations } from '@/lib/i18n';

/** The strings of change-password (Korean and English), loaded with its lazy chunk and registered before it renders. */
export const changePasswordTranslations = registerTranslations({
  ko: {
    changePassword: {
      title: '비밀번호 변경',
      help: '바꾸면 다른 기기와 브라우저의 로그인은 끝나고, 이 창의 로그인은 그대로 남습니다.',
      current: '지금 비밀번호',
      new: '새 비밀번호',
      newHint: '{{min}}자 이상, 이메일 주소와 다르게',
      repeat: '새 비밀번호 확인',
      mismatch: '새 비밀번호가 서로 다릅니다.',
      required: '지금 비밀번호를 적어 주세요.',
      submit: '바꾸기',
      saving: '바꾸는 중…',
      done: '비밀번호를 바꿨습니다. 다른 기기의 로그인은 끝났습니다.',
    },
  },
  en: {
    changePassword: {
      title: 'Change password',
      help: 'Sign-ins on other devices and browsers end; this one stays signed in.',
      current: 'Current password',
      new: 'New password',
      newHint: 'At least {{min}} characters, not the email address',
      repeat: 'Repeat the new password',
      mismatch: 'The new passwords differ.',
      required: 'Enter your current password.',
      submit: 'Change',
      saving: 'Changing…',
      done: 'Your password is changed. Sign-ins on other devices have ended.',
    },
  },
});
