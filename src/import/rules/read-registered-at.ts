import type { ImportRule } from '../import-draft';

const label = String.raw`(등록|입력|기사입력|최초\s*입력|송고시간|송고|승인|게재|수정|최종\s*수정|업데이트)`;
const date = String.raw`(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?\.?`;
const time = String.raw`(?:(오전|오후|AM|PM)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?`;
const timestampPattern = new RegExp(String.raw`^${label}\s*(?:일시|시간)?\s*[:：]?\s*${date}\s*${time}`, 'i');
const registeredLabels = /^(등록|입력|기사입력|최초\s*입력|송고시간|송고|승인|게재)$/;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** A Korea-time wall clock as ISO 8601 with its offset, or null when a field is out of range. */
function koreaIso(year: number, month: number, day: number, hour: number, minute: number, second: number): string | null {
  const valid =
    month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59 &&
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  if (!valid) return null;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(second)}+09:00`;
}

/**
 * Reads 등록 (Newsis `등록 2017.12.06 17:35:58`, Yonhap `송고시간2017-12-06 17:35`, News1 `등록 2017-12-06 17:35`,
 * `입력 2017.12.06 오후 5:35`) as Korea time. 수정 lines are recognised too, so they leave the story, but the form
 * has no field for them.
 */
export const readRegisteredAt: ImportRule = {
  name: 'read-registered-at',
  apply(draft, warn) {
    for (const line of draft.lines) {
      if (line.role !== 'content' || line.text.length > 120) continue;
      const match = timestampPattern.exec(line.text);
      if (match === null) continue;
      line.role = 'timestamp';
      const [, which = '', year, month, day, meridiem, hour, minute, second] = match;
      if (draft.meta.registeredAt !== null || !registeredLabels.test(which.replace(/\s+/g, ' '))) continue;
      let hours = Number(hour);
      const afternoon = meridiem === '오후' || meridiem?.toUpperCase() === 'PM';
      const morning = meridiem === '오전' || meridiem?.toUpperCase() === 'AM';
      if (afternoon && hours < 12) hours += 12;
      if (morning && hours === 12) hours = 0;
      draft.meta.registeredAt = koreaIso(Number(year), Number(month), Number(day), hours, Number(minute), Number(second ?? 0));
    }
    if (draft.meta.registeredAt === null) {
      warn('registered_at_not_found', 'No 등록 (publication) time was found; fill it in if the roundup is to keep it.');
    }
  },
};
