import { describe, expect, it } from 'vitest';
import { isStrength } from './polarity.ts';

describe('isStrength', () => {
  it('recognises strengths and absences of concern', () => {
    for (const t of ['Good self-esteem and a positive sense of identity', 'Attends school regularly and on time',
      'No concerns about housing or home conditions', 'Consistent routines and boundaries at home']) expect(isStrength(t), t).toBe(true);
  });
  it('does not mistake needs for strengths', () => {
    for (const t of ['Inconsistent parenting, with few boundaries or routines', 'Not making expected progress at school',
      'Being bullied at school or online', 'Significant developmental delay in a child under 5', 'Lack of emotional warmth from parents'])
      expect(isStrength(t), t).toBe(false);
  });
});
