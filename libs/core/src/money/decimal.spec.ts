import { decimalCompare, decimalMulDiv, decimalMultiply, decimalTrim } from './decimal';

describe('exact decimals', () => {
  it('multiplies without float rounding', () => {
    expect(decimalMultiply('2850000.0000', 5000)).toBe('14250000000.0000');
    expect(decimalMultiply('0.1', '0.2')).toBe('0.02');
    expect(decimalMultiply('3.95', 1234.567)).toBe('4876.53965');
    expect(decimalTrim(decimalMultiply('11.8000', 5000))).toBe('59000');
  });
  it('converts with a rounded division', () => {
    // 2,850,000 IRR at 600,000 IRR per EUR → 4.75 EUR
    expect(decimalMulDiv('2850000', '1', '600000', 4)).toBe('4.7500');
    expect(decimalMulDiv('1', '1', '3', 4)).toBe('0.3333');
    expect(decimalMulDiv('2', '1', '3', 4)).toBe('0.6667');
    expect(decimalMulDiv('10', '35.5', '1', 2)).toBe('355.00');
  });
  it('compares', () => {
    expect(decimalCompare('4.75', '4.7500')).toBe(0);
    expect(decimalCompare('3.95', '4.75')).toBe(-1);
    expect(decimalCompare('10', '9.9999')).toBe(1);
  });
});
