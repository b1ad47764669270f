/**
 * The content check's questions about callout fences, asked of a body parsed as the pages parse it:
 * a container that is not a callout (`:::warning`), a container never closed, and a fence line that
 * opens or closes nothing. The renderer cannot tell: it turns an unknown container back into text
 * (directive-restoration.ts), and an unclosed one swallows the rest of the text around it.
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { closestMatch } from '../domain/near-miss.ts';
import { calloutKinds, isCalloutKind } from './callouts.ts';
import { closingFence, openingFence } from './directive-source.ts';

/** A problem at a line of the source given (1-based), when the tree has positions. */
export interface DirectiveProblem {
  line: number | undefined;
  message: string;
  /** A likely fix, such as the callout a misspelt name meant. */
  hint?: string;
}

const expectedKinds = calloutKinds.map((kind) => `:::${kind}`).join(', ');

function unknownKind(node: ContainerDirective, fence: string): DirectiveProblem {
  const suggestion = closestMatch(node.name, calloutKinds);
  return {
    line: node.position?.start.line,
    message: `unknown callout ${fence}${node.name}; expected one of ${expectedKinds}`,
    ...(suggestion ? { hint: `did you mean ${fence}${suggestion}?` } : {}),
  };
}

function unclosed(node: ContainerDirective, fence: string, source: string): DirectiveProblem {
  const problem = { line: node.position?.start.line, message: `unclosed ${fence}${node.name}; expected a line of ${fence} after its content` };
  // A fence as long as this container's, closing the container inside it, closes this one too:
  // the line the author meant for this one is then left over.
  const inner = node.children.at(-1);
  if (inner?.type !== 'containerDirective' || inner.position?.end.offset !== node.position?.end.offset) return problem;
  const innerFence = closingFence(inner, source);
  if (innerFence === undefined || innerFence.length < fence.length) return problem;
  const hint = `the ${innerFence} line closing ${openingFence(inner, source)}${inner.name} closed this callout too; open and close the outer one with ${':'.repeat(fence.length + 1)}`;
  return { ...problem, hint };
}

/** Lines in a paragraph that look like fences (a callout opened with a space, or a closing line with nothing open). */
function strayFences(tree: Root, source: string): DirectiveProblem[] {
  const lines = source.split('\n');
  const problems: DirectiveProblem[] = [];
  visit(tree, 'paragraph', (node) => {
    const { start, end } = node.position ?? {};
    if (!start || !end || node.data?.directiveLabel) return;
    for (let line = start.line; line <= end.line; line++) {
      const fence = /^[ \t>]*(:{3,}.*?)\s*$/.exec(lines[line - 1] ?? '')?.[1];
      if (fence === undefined) continue;
      problems.push({
        line,
        message: `"${fence}" opens or closes no callout; expected :::name, with no space, to open one (${expectedKinds}) and a line of ::: to close it`,
      });
    }
  });
  return problems;
}

/** Every problem with callout fences in the body, in the order of its lines. */
export function directiveProblems(tree: Root, source: string): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  visit(tree, 'containerDirective', (node) => {
    const fence = openingFence(node, source);
    if (!isCalloutKind(node.name)) problems.push(unknownKind(node, fence));
    if (closingFence(node, source) === undefined) problems.push(unclosed(node, fence, source));
  });
  problems.push(...strayFences(tree, source));
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
