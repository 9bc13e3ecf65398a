import type { InputHTMLAttributes } from 'react';

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** A fraction may be typed (a quantity), not only whole digits (a percentage, a code). */
  decimal?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'inputMode' | 'dir'>;

/**
 * A number as typed, in any of the reader's digits: the numeric keypad, read left to right
 * in every language. Other props (a Field's id and aria) go to the input.
 */
export function NumberInput({ value, onChange, decimal, ...rest }: Props) {
  return (
    <input
      {...rest}
      inputMode={decimal ? 'decimal' : 'numeric'}
      dir="ltr"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
