import { ProblemException } from '@niaz/core';
import { assertHsCodesExist, unknownHsCodes } from './hs-check';

describe('unknownHsCodes', () => {
  it('names each code HS 2022 does not hold by its place', () => {
    expect(unknownHsCodes(['848210', '849999', '8482', '8499'])).toEqual([
      expect.objectContaining({ field: 'hsCodes.1', code: 'hsCodeUnknown' }),
      expect.objectContaining({ field: 'hsCodes.3', code: 'hsCodeUnknown' }),
    ]);
  });
  it('takes national codes by their 6-digit subheading, and another field name', () => {
    expect(unknownHsCodes(['8482101000', '84821090'])).toEqual([]);
    expect(unknownHsCodes(['8482700000'], 'changes.hsCodes')).toEqual([
      expect.objectContaining({ field: 'changes.hsCodes.0' }),
    ]);
    expect(unknownHsCodes(undefined)).toEqual([]);
  });
  it('throws a 400 problem only when a code is unknown', () => {
    expect(() => assertHsCodesExist(['848210'])).not.toThrow();
    expect(() => assertHsCodesExist(['0000'])).toThrow(ProblemException);
  });
});
