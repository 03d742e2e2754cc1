const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whether the `YYYY-MM-DD` date that starts `iso` exists in the calendar (2024-02-29 yes, 2023-02-29 no). */
export function isRealDate(iso: string): boolean {
  const m = DATE.exec(iso);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
