/**
 * How to say a wait of `seconds`: in seconds under a minute, else in whole minutes rounded up (a lock of 121 s reads
 * "3 minutes", never less than the truth).
 */
export function waitDuration(seconds: number): { key: 'auth.waitSeconds' | 'auth.waitMinutes'; count: number } {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? { key: 'auth.waitSeconds', count: whole } : { key: 'auth.waitMinutes', count: Math.ceil(whole / 60) };
}
