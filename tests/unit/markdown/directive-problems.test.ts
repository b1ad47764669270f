import { describe, expect, it } from 'vitest';
import { directiveProblems } from '../../../src/markdown/directive-problems.ts';
import { parseBody } from './body-elements-pipeline.ts';

const stray = (line: string) =>
  `"${line}" opens or closes no callout; expected :::name, with no space, to open one (:::note, :::tip, :::caution, :::danger) and a line of ::: to close it`;

describe('directive problems', () => {
  const problems = (body: string) => directiveProblems(parseBody(body), body);

  it('finds none in callouts of every kind, nested with longer fences, and in text with colons and titled images', () => {
    const body =
      'Intro at 12:30pm, Note:this, ratio 3:1.\n\n:::note\nA.\n:::\n\n:::tip[Title]\nB.\n:::\n\n::::caution\nC.\n:::danger\nD.\n:::\n::::\n\n' +
      'See ![a chart](c.png "Hover") in text.\n\n![A](a.png "Caption")\n\n::leaf\n';
    expect(problems(body)).toEqual([]);
  });

  it('names an unknown container with the callouts it could be', () => {
    expect(problems('Text.\n\n:::warning\nCareful.\n:::\n')).toEqual([
      { line: 3, message: 'unknown callout :::warning; expected one of :::note, :::tip, :::caution, :::danger' },
    ]);
  });

  it('suggests the callout a misspelt name meant', () => {
    expect(problems(':::danegr\nX.\n:::\n\n:::notes[T]\nY.\n:::\n')).toEqual([
      { line: 1, message: 'unknown callout :::danegr; expected one of :::note, :::tip, :::caution, :::danger', hint: 'did you mean :::danger?' },
      { line: 5, message: 'unknown callout :::notes; expected one of :::note, :::tip, :::caution, :::danger', hint: 'did you mean :::note?' },
    ]);
  });

  it('finds a container never closed, at its opening line', () => {
    expect(problems('Intro.\n\n:::caution\nRestart it.\n\nThe rest of the article.\n')).toEqual([
      { line: 3, message: 'unclosed :::caution; expected a line of ::: after its content' },
    ]);
    expect(problems('> :::tip\n> In a quote.\n\nOutside.\n')).toEqual([{ line: 1, message: 'unclosed :::tip; expected a line of ::: after its content' }]);
    expect(problems('::::note\nA.\n:::\n')).toEqual([
      { line: 1, message: 'unclosed ::::note; expected a line of :::: after its content' },
      { line: 3, message: stray(':::') },
    ]);
  });

  it('explains a callout nested in another with a fence as short, and the fence left over', () => {
    expect(problems(':::note\nOuter.\n\n:::tip\nInner.\n:::\n:::\n')).toEqual([
      {
        line: 1,
        message: 'unclosed :::note; expected a line of ::: after its content',
        hint: 'the ::: line closing :::tip closed this callout too; open and close the outer one with ::::',
      },
      { line: 7, message: stray(':::') },
    ]);
  });

  it('gives no such hint when neither callout is closed', () => {
    expect(problems(':::note\nOuter.\n\n:::tip\nInner.\n')).toEqual([
      { line: 1, message: 'unclosed :::note; expected a line of ::: after its content' },
      { line: 4, message: 'unclosed :::tip; expected a line of ::: after its content' },
    ]);
  });

  it('finds a callout opened with a space after the colons', () => {
    expect(problems('::: note\nText.\n:::\n')).toEqual([
      { line: 1, message: stray('::: note') },
      { line: 3, message: stray(':::') },
    ]);
  });

  it('finds an unknown container that is also unclosed twice over', () => {
    expect(problems(':::warnng\nText.\n').map((problem) => problem.message)).toEqual([
      'unknown callout :::warnng; expected one of :::note, :::tip, :::caution, :::danger',
      'unclosed :::warnng; expected a line of ::: after its content',
    ]);
  });
});
