/**
 * Luhn check (ISO/IEC 7812-1) over a string of ASCII digits: from the right, every second
 * digit is doubled (minus 9 when it exceeds 9) and the total must be a multiple of 10.
 * Returns `false` for an empty string or any character that is not `0`–`9`.
 *
 * @example
 * luhnValid("222309627") //=> true
 * luhnValid("222309628") //=> false
 */
export function luhnValid(digits: string): boolean {
  const n = digits.length;
  if (n === 0) return false;
  let sum = 0;
  let double = false;
  for (let i = n - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * The digit to append to `payload` so that the whole passes {@link luhnValid}.
 * Returns `undefined` when `payload` holds anything but ASCII digits.
 *
 * @example
 * luhnCheckDigit("22230962") //=> 7
 */
export function luhnCheckDigit(payload: string): number | undefined {
  let sum = 0;
  // The check digit will sit at the far right, undoubled: the payload's last digit is doubled.
  let double = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The sum of the ASCII digits of `digits` (La Poste's SIRET rule needs it to be a multiple of 5).
 * Returns `-1` when `digits` holds anything but ASCII digits.
 *
 * @example
 * digitSum("35600000000048") //=> 26
 */
export function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d;
  }
  return sum;
}
