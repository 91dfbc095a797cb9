import { registerTranslations } from '@/lib/i18n';

/** The strings of setup (Korean and English), loaded with its lazy chunk and registered before it renders. */
export const setupTranslations = registerTranslations({
  ko: {
    apiError: {
      codes: {
        already_set_up: '첫 관리자가 이미 만들어졌습니다. 로그인해 주세요.',
        invalid_setup_token: '설정 링크가 올바르지 않습니다. 서버가 시작할 때 알려 준 링크를 써 주세요.',
      },
    },
    setup: {
      title: '첫 관리자 만들기',
      intro: '이 서버에는 아직 계정이 없습니다. 서버가 시작할 때 알려 준 링크로 첫 관리자 계정을 만드세요. 다른 계정은 이 관리자가 만듭니다.',
      name: '이름',
      email: '이메일',
      password: '비밀번호',
      passwordHint: '{{count, number}}자 이상',
      submit: '관리자 만들기',
      submitting: '만드는 중…',
      noToken: '설정 링크에 토큰이 없습니다. 서버가 시작할 때 출력한 링크를 그대로 여세요.',
      invalidToken: '설정 링크가 맞지 않습니다. 서버가 가장 최근에 시작할 때 출력한 링크를 여세요.',
      alreadySetUp: '이 서버에는 이미 관리자가 있습니다. 로그인하거나 관리자에게 계정을 요청하세요.',
      goToSignIn: '로그인 화면으로',
      invalid: '입력한 내용을 확인하세요: {{fields}}',
      failed: '관리자를 만들지 못했습니다. 잠시 뒤 다시 시도하세요.',
    },
  },
  en: {
    apiError: {
      codes: {
        already_set_up: 'The first administrator exists already. Please sign in.',
        invalid_setup_token: 'The set-up link is not valid. Use the link the server printed when it started.',
      },
    },
    setup: {
      title: 'Create the first admin',
      intro: 'This server has no account yet. Create the first admin with the link the server printed when it started; this admin then creates the other accounts.',
      name: 'Name',
      email: 'Email',
      password: 'Password',
      passwordHint: 'At least {{count, number}} characters',
      submit: 'Create admin',
      submitting: 'Creating…',
      noToken: 'The setup link has no token. Open the link exactly as the server printed it at start.',
      invalidToken: 'The setup link is not valid. Open the link the server printed the last time it started.',
      alreadySetUp: 'This server has an admin already. Sign in, or ask an admin for an account.',
      goToSignIn: 'Go to sign in',
      invalid: 'Check what you entered: {{fields}}',
      failed: 'Could not create the admin. Try again in a moment.',
    },
  },
});
