/**
 * Exact decimal arithmetic on the decimal strings money travels as: values are scaled
 * BigInts, never floats, so that a total or a conversion is the figure a person would
 * compute by hand.
 */
interface Scaled {
  value: bigint;
  scale: number;
}

function parse(text: string | number): Scaled {
  const s = typeof text === 'number' ? numberToDecimal(text) : text.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!match) throw new Error(`Not a decimal: ${s}`);
  const [, sign, whole, fraction = ''] = match;
  const value = BigInt(whole + fraction);
  return { value: sign ? -value : value, scale: fraction.length };
}

/** A JS number (e.g. a `numeric` quantity read as a number) as its shortest decimal string. */
function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

const pow10 = (n: number) => 10n ** BigInt(n);

function format({ value, scale }: Scaled): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

/** Rounds half away from zero to `scale` decimals. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** a × b, exact (the scale is the sum of both scales). */
export function decimalMultiply(a: string | number, b: string | number): string {
  const x = parse(a);
  const y = parse(b);
  return format({ value: x.value * y.value, scale: x.scale + y.scale });
}

/** a × b ÷ c rounded (half away from zero) to `scale` decimals. */
export function decimalMulDiv(
  a: string | number,
  b: string | number,
  c: string | number,
  scale: number,
): string {
  const x = parse(a);
  const y = parse(b);
  const z = parse(c);
  if (z.value === 0n) throw new Error('Division by zero');
  // x·y / z = (xv·yv / 10^(xs+ys)) / (zv / 10^zs); scaled by 10^scale.
  const numerator = x.value * y.value * pow10(z.scale + scale);
  const denominator = z.value * pow10(x.scale + y.scale);
  return format({ value: divideRounded(numerator, denominator), scale });
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function decimalCompare(a: string | number, b: string | number): number {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  const xv = x.value * pow10(scale - x.scale);
  const yv = y.value * pow10(scale - y.scale);
  return xv < yv ? -1 : xv > yv ? 1 : 0;
}

/** Trailing zeros after the point dropped ("12.5000" → "12.5", "3.000" → "3"). */
export function decimalTrim(a: string): string {
  return a.includes('.') ? a.replace(/0+$/, '').replace(/\.$/, '') : a;
}

/** Whether `code` is an ISO 4217 currency code (class-validator's list). */
export { isISO4217CurrencyCode as isISO4217Code } from 'class-validator';
