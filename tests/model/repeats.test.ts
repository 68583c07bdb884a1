import { describe, expect, it } from 'vitest';
import { findRepeatedPhrase } from '../../src/model/repeats.js';

describe('findRepeatedPhrase', () => {
  it('finds a phrase written twice in a row, the shortest at the first place', () => {
    expect(findRepeatedPhrase('完成情况情况良好')).toBe('情况');
    expect(findRepeatedPhrase('情况情况情况情况')).toBe('情况');
    expect(findRepeatedPhrase('用于 用于采购')).toBe('用于');
    expect(findRepeatedPhrase('用于采购设备')).toBeNull();
  });

  it('counts a character outside the BMP as one', () => {
    expect(findRepeatedPhrase('𠀀𠀁𠀀𠀁')).toBe('𠀀𠀁');
    expect(findRepeatedPhrase('a𠀀𠀁𠀀𠀁')).toBe('𠀀𠀁');
  });

  it('leaves reduplication, numbers and allowed words alone', () => {
    expect(findRepeatedPhrase('干干净净')).toBeNull();
    expect(findRepeatedPhrase('一个一个检查')).toBeNull();
    expect(findRepeatedPhrase('编号1111')).toBeNull();
    expect(findRepeatedPhrase('研究研究方案', ['研究'])).toBeNull();
  });
});
