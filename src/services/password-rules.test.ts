import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './password-rules';
import { createTemporaryPassword } from './temporary-password';

describe('password rules', () => {
  it('wants ten characters, counting a Korean syllable as one', () => {
    expect(weakPasswordReason('123456789', 'desk@bureau.test')).toBe('too_short');
    expect(weakPasswordReason('1234567890', 'desk@bureau.test')).toBeNull();
    expect(weakPasswordReason('광주소식광주소식광주', 'desk@bureau.test')).toBeNull();
    expect(weakPasswordReason('x'.repeat(1025), 'desk@bureau.test')).toBe('too_long');
  });

  it('refuses the address, its name part and the published demo password, whatever the case', () => {
    expect(weakPasswordReason('Kim.Desk@Bureau.test', 'kim.desk@bureau.test')).toBe('same_as_email');
    expect(weakPasswordReason('KIM.DESK.SEOUL', 'kim.desk.seoul@bureau.test')).toBe('same_as_email');
    expect(weakPasswordReason('Bureau-Demo', 'kim.desk@bureau.test')).toBe('published');
  });

  it('makes temporary passwords that pass the rules and differ every time', () => {
    const made = new Set(Array.from({ length: 50 }, () => createTemporaryPassword()));
    expect(made.size).toBe(50);
    for (const password of made) {
      expect(password).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
      expect(weakPasswordReason(password, 'desk@bureau.test')).toBeNull();
    }
  });
});
