import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { contentsLines } from './contents.ts';

const para = (text: string): Block => ({ kind: 'paragraph', span: { text, page: 1, bbox: null } });

describe('contentsLines', () => {
  it('finds the section titles of a contents list that names the levels', () => {
    const blocks = ['Introduction', 'Stages of Support', 'Level 1 - Open to all', 'Level 2 - Extra support', 'Level 3 - Close support',
      'Level 4 - Protective support', 'Agreement and Record Keeping', 'Useful Links'].map(para);
    expect([...contentsLines(blocks)].sort()).toEqual([1, 6]); // 'Introduction' and 'Useful Links' are cues and stay
  });
  it('leaves a menu of levels followed by short needs alone', () => {
    const blocks = ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Health', 'Poor diet', 'Missed checks', 'Housing problems'].map(para);
    expect(contentsLines(blocks).size).toBe(0);
  });
  it('leaves levels with items between them alone', () => {
    const blocks = ['Level 1', 'Attends School Regularly', 'Level 2', 'Some Missed Days', 'Level 3', 'Persistent Absence'].map(para);
    expect(contentsLines(blocks).size).toBe(0);
  });
  it('reads a question entry as part of the contents, and the titles after it too', () => {
    const blocks = ['Background', 'Stages of Support', 'Stage 1 - Open to all', 'Stage 2 - Extra support', 'Stage 3 - Close support',
      'Stage 4 - Protective support', 'Who answers when I call?', 'Agreement and Passing On Records', 'Other Services Nearby'].map(para);
    expect([...contentsLines(blocks)].sort()).toEqual([1, 6, 7, 8]);
  });
});
