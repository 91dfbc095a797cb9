import { registerTranslations } from '@/lib/i18n';

/** The strings of account-errors (Korean and English), loaded with its lazy chunk and registered before it renders. */
export const accountErrorsTranslations = registerTranslations({
  ko: {
    apiError: {
      codes: {
        email_taken: '이미 다른 계정이 쓰는 이메일입니다.',
        last_admin: '마지막 관리자는 역할을 바꾸거나 사용을 중지할 수 없습니다.',
        weak_password: '비밀번호가 너무 약합니다. 더 길고 짐작하기 어렵게 정해 주세요.',
        wrong_password: '현재 비밀번호가 맞지 않습니다.',
      },
    },
    accounts: {
      errors: {
        email_taken: '이미 같은 이메일 주소의 계정이 있습니다.',
        last_admin: '마지막 관리자입니다. 다른 계정을 먼저 관리자로 정해 주세요.',
        wrong_password: '지금 비밀번호가 맞지 않습니다.',
        forbidden: '관리자만 할 수 있는 일입니다.',
        not_found: '계정을 찾을 수 없습니다. 목록을 새로 불러옵니다.',
        validation_failed: '입력한 내용을 확인해 주세요.',
        unknown: '요청을 처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
        weak: {
          too_short: '비밀번호는 {{min}}자 이상이어야 합니다.',
          too_long: '비밀번호가 너무 깁니다.',
          same_as_email: '비밀번호를 이메일 주소와 같게 정할 수 없습니다.',
          published: '공개된 데모 비밀번호는 쓸 수 없습니다.',
          unchanged: '새 비밀번호가 지금 비밀번호와 같습니다.',
        },
      },
    },
  },
  en: {
    apiError: {
      codes: {
        email_taken: 'Another account already uses this email address.',
        last_admin: 'The last administrator cannot change role or be deactivated.',
        weak_password: 'The password is too weak. Choose a longer one that is harder to guess.',
        wrong_password: 'The current password is not correct.',
      },
    },
    accounts: {
      errors: {
        email_taken: 'An account with this email address already exists.',
        last_admin: 'This is the last admin. Make another account admin first.',
        wrong_password: 'The current password is wrong.',
        forbidden: 'Only admins can do this.',
        not_found: 'The account does not exist. The list is reloaded.',
        validation_failed: 'Check what you entered.',
        unknown: 'The request failed. Try again in a moment.',
        weak: {
          too_short: 'The password needs at least {{min}} characters.',
          too_long: 'The password is too long.',
          same_as_email: 'The password cannot be the email address.',
          published: 'The published demo password cannot be used.',
          unchanged: 'The new password is the current one.',
        },
      },
    },
  },
});
