/**
 * Small non-negative integers packed into printable, JSON-safe characters:
 * base 32, most significant group first, so 0–31 take one character and
 * 32–1023 two. The last digit of a number comes from the first half of the
 * alphabet and the others from the second half, so numbers need no delimiter
 * and a list is just their digits in a row.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LAST_DIGITS = 32;

/** Digit value (0–63) per character code; -1 outside the alphabet. */
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

/**
 * One character per small code (0–63), for fixed-width code columns.
 * @example codeChar(2) // 'C'
 */
export function codeChar(code: number): string {
  if (!(code >= 0 && code < ALPHABET.length)) throw new RangeError(`code ${code} out of range`);
  return ALPHABET[code]!;
}

/**
 * The code of a character written by codeChar.
 * @example codeAt('xC', 1) // 2
 */
export function codeAt(text: string, index: number): number {
  const value = VALUE_OF[text.charCodeAt(index)] ?? -1;
  if (value < 0) throw new RangeError(`not a code character at ${index}`);
  return value;
}

/**
 * Digits of one non-negative integer.
 * @example encodeInt(5) // 'F'; encodeInt(40) // 'hI'
 */
export function encodeInt(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot pack ${value}`);
  let digits = ALPHABET[value % LAST_DIGITS]!;
  for (let rest = Math.floor(value / LAST_DIGITS); rest > 0; rest = Math.floor(rest / LAST_DIGITS)) {
    digits = ALPHABET[LAST_DIGITS + (rest % LAST_DIGITS)]! + digits;
  }
  return digits;
}

/**
 * A list of non-negative integers as one string.
 * @example encodeInts([1, 0, 40]) // 'BAhI'
 */
export function encodeInts(values: readonly number[]): string {
  let text = '';
  for (const value of values) text += encodeInt(value);
  return text;
}

/** Signed to unsigned, small magnitudes staying small: 0, -1, 1, -2… → 0, 1, 2, 3… */
export const zigzag = (value: number): number => (value < 0 ? -2 * value - 1 : 2 * value);
export const unzigzag = (value: number): number => (value % 2 === 1 ? -(value + 1) / 2 : value / 2);

/**
 * Reads integers written by encodeInt one after another from a position in a
 * string (a record may go on with other text after its numbers).
 * @example const reader = new IntReader('BAhI'); [reader.next(), reader.next(), reader.next()] // [1, 0, 40]
 */
export class IntReader {
  constructor(
    private readonly text: string,
    public position = 0,
  ) {}

  get done(): boolean {
    return this.position >= this.text.length;
  }

  next(): number {
    let value = 0;
    for (;;) {
      const digit = VALUE_OF[this.text.charCodeAt(this.position++)] ?? -1;
      if (digit < 0) throw new RangeError(`not a packed integer at ${this.position - 1}`);
      if (digit < LAST_DIGITS) return value * LAST_DIGITS + digit;
      value = value * LAST_DIGITS + digit - LAST_DIGITS;
    }
  }
}

/**
 * The whole string read back as a list.
 * @example decodeInts('BAhI') // [1, 0, 40]
 */
export function decodeInts(text: string): number[] {
  const reader = new IntReader(text);
  const values: number[] = [];
  while (!reader.done) values.push(reader.next());
  return values;
}
