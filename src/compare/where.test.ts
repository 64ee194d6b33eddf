import { describe, expect, it } from 'vitest';
import { where } from './where.ts';
import { fenmarsh, saltmere } from './__fixtures__/profiles.ts';

describe('where', () => {
  it('finds the closest indicator in each authority and the band it implies', () => {
    const r = where('a teenager who self-harms and has suicidal thoughts', [fenmarsh, saltmere]);
    const [f, s] = r.answers;
    expect(f.matches[0].indicator.text).toMatch(/self-harms repeatedly/);
    expect(f.bands).toEqual(['child_in_need', 'child_protection']);
    expect(s.bands).toEqual(['targeted_early_help']);
    expect(s.level).toBe('Intensive');
    expect(['low', 'medium', 'high']).toContain(s.confidence);
    expect(f.matches.length).toBeLessThanOrEqual(3);
  });

  it('claims nothing when nothing is similar', () => {
    const r = where('zebra crossing maintenance schedule', [fenmarsh]);
    expect(r.answers[0]).toMatchObject({ confidence: 'none', bands: [], level: null });
  });
});
