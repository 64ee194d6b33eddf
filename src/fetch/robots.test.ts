import { describe, expect, it } from 'vitest';
import { parseRobots, robotsAllows } from './robots.ts';

describe('robots.txt', () => {
  const text = [
    '# fictional site',
    'User-agent: *',
    'Disallow: /private/',
    'Disallow: /*.docx$',
    'Allow: /private/levels-of-need.pdf',
    '',
    'User-agent: OtherBot',
    'User-agent: ThresholdAtlas',
    'Disallow: /search',
  ].join('\n');

  it('uses the group naming our token, else "*"', () => {
    const ours = parseRobots(text, 'ThresholdAtlas');
    expect(ours).toEqual({ allow: [], disallow: ['/search'] });
    expect(robotsAllows(ours, '/private/x.pdf')).toBe(true);
    expect(robotsAllows(ours, '/search?q=threshold')).toBe(false);
    const other = parseRobots(text, 'SomeoneElse');
    expect(robotsAllows(other, '/private/x.pdf')).toBe(false);
    expect(robotsAllows(other, '/private/levels-of-need.pdf')).toBe(true); // longer Allow wins
    expect(robotsAllows(other, '/docs/t.docx')).toBe(false);
    expect(robotsAllows(other, '/docs/t.docx?v=2')).toBe(true); // "$" anchors the end
    expect(robotsAllows(other, '/public/t.pdf')).toBe(true);
  });

  it('allows everything when empty, and an empty Disallow disallows nothing', () => {
    expect(robotsAllows(parseRobots('', 'ThresholdAtlas'), '/a')).toBe(true);
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow:', 'ThresholdAtlas'), '/a')).toBe(true);
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow: /', 'ThresholdAtlas'), '/a')).toBe(false);
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow: /', 'ThresholdAtlas'), '/robots.txt')).toBe(true);
  });

  it('compares percent-encoded paths by meaning', () => {
    const r = parseRobots('User-agent: *\nDisallow: /levels%2Dof-need', 'ThresholdAtlas');
    expect(robotsAllows(r, '/levels-of-need/1')).toBe(false);
  });
});
