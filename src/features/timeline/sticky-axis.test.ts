import { describe, expect, it } from 'vitest';
import { axisWanted } from './sticky-axis';

describe('axisWanted', () => {
  it('is not wanted while the axis is in sight, even in part', () => {
    expect(axisWanted(60, 1400, 60)).toBe(false);
    expect(axisWanted(1, 1400, 60)).toBe(false);
  });

  it('is wanted once the axis has scrolled out above and the lanes go on below it', () => {
    expect(axisWanted(0, 1400, 60)).toBe(true);
    expect(axisWanted(-800, 500, 60)).toBe(true);
  });

  it('goes once no more of the lanes than the copy would cover is left in sight', () => {
    expect(axisWanted(-1300, 60, 60)).toBe(false);
    expect(axisWanted(-1300, 61, 60)).toBe(true);
    expect(axisWanted(-2000, -300, 60)).toBe(false);
  });
});
