import { seedFile as seed, type ContentEdit } from './fixture-content.ts';

const policy = 'insights/policy-gated-ai.mdx';
const at = (file: string, line: number | string = '\\d+') => new RegExp(`${file.replace(/[.]/g, '\\.')}:${line} {2}`);

/**
 * Every kind of content error: the edit that makes it, and what the message must say. The
 * command-line check and the dev server's overlay are both held to this list. One case a line,
 * read as a table, so the formatter leaves it as written.
 */
// prettier-ignore
export const errorKinds: [string, ContentEdit[], (string | RegExp)[]][] = [
  ['missing required field', [{ file: seed, replace: [/^cta: .*\n/m, ''] }], [at(seed, 2), 'cta: expected text, received nothing (the field is missing)']],
  ['wrong type', [{ file: seed, replace: ['position: 2', 'position: "two"'] }], [at(seed, 6), 'position: expected a number, received the text "two"']],
  ['unknown field with a near miss', [{ file: seed, replace: ['takeaways:', 'takeaway:'] }], [/takeaway: unknown field; expected one of: .*\(hint: did you mean "takeaways"\?\)/]],
  ['nested field path', [{ file: seed, replace: [/(id: rhythm-stability[\s\S]*?operatorChecks:\n {8}- ).*/, '$1'] }], [/framework\.steps\[2\]\.operatorChecks\[0\]: expected text, received null/]],
  ['YAML syntax', [{ file: seed, replace: ['position: 2', 'position: [2'] }], [/\(YAML syntax\): /]],
  ['text with an unquoted colon', [{ file: seed, replace: ['  - Freedom to improvise', '  - Lesson: freedom to improvise'] }], ['takeaways[0]: expected text, received a group of fields', 'hint: text that contains ": " must be wrapped in quotes']],
  ['missing frontmatter', [{ file: 'insights/empty-playbook.mdx', text: '# Just a heading\n' }], ['insights/empty-playbook.mdx:1  (frontmatter): expected YAML frontmatter']],
  ['MDX syntax', [{ file: seed, replace: ['<Objections />', '<Objections'] }], [at(seed), '(MDX body): MDX syntax error']],
  ['undefined name in the body', [{ file: seed, replace: ['The ensemble craft side', 'Ship it {count} times. The ensemble craft side'] }], [at(seed), '(MDX body): `count` is not defined in this body; import or export it, or write \\{ for a literal brace']],
  ['import that finds nothing', [{ file: seed, replace: ['<Tldr />', "import Chart from './chart.astro';\n\n<Tldr />"] }], [at(seed), '(MDX body): import "./chart.astro" finds no file or package']],
  ['missing image', [{ file: seed, replace: ['The ensemble craft side', '![Band](./band.png)\n\nThe ensemble craft side'] }], [at(seed), '(MDX body): image ./band.png not found (looked for']],
  ['unknown callout', [{ file: seed, replace: ['The ensemble craft side', ':::warning\nMind the gap.\n:::\n\nThe ensemble craft side'] }], [at(seed), '(MDX body): unknown callout :::warning']],
  ['unclosed callout', [{ file: seed, replace: ['The ensemble craft side', ':::note\nMind the gap.\n\nThe ensemble craft side'] }], [at(seed), '(MDX body): unclosed :::note; expected a line of ::: after its content']],
  ['impossible date', [{ file: seed, replace: ['published: 2026-10-06', 'published: 2026-02-31'] }], [at(seed, 4), 'published: expected a real calendar date written YYYY-MM-DD', '(February 2026 has 28 days)']],
  ['remote image', [{ file: seed, replace: ['The ensemble craft side', '![Band](https://example.com/band.png)\n\nThe ensemble craft side'] }], [at(seed), "image https://example.com/band.png is on another site, which the site's Content-Security-Policy does not load", 'save the picture beside the article']],
  ['duplicate slug', [{ file: `insights/archive/jazz-and-reliable-systems.mdx`, copyOf: seed, replace: ['position: 2', 'position: 9'] }], ['duplicate slug "jazz-and-reliable-systems"']],
  ['duplicate series position', [{ file: policy, replace: ['position: 3', 'position: 1'] }], ['position: duplicate series position 1', 'the next free position is 3']],
  ['unknown scorecard template', [{ file: seed, replace: ['template: ensemble-reliability', 'template: ensemble-reliabilty'] }], ['scorecard.template: no scorecard template "ensemble-reliabilty"', 'did you mean "ensemble-reliability"?']],
  ['template that does not match the steps', [{ file: 'scorecards/ensemble-reliability.yaml', replace: ['id: post-set-debrief', 'id: post-set-review'] }], ['scorecards/ensemble-reliability.yaml does not match framework.steps one to one']],
  ['invalid scorecard template', [{ file: 'scorecards/ensemble-reliability.yaml', replace: ['version: 1', 'version: 0'] }], ['scorecards/ensemble-reliability.yaml:2  version: expected at least 1, received number 0']],
  ['duplicate step id', [{ file: seed, replace: ['id: rhythm-stability', 'id: shared-form'] }], ['framework.steps[2].id: duplicate step id "shared-form"; framework.steps[0] already uses it']],
  ['empty framework', [{ file: seed, replace: [/ {2}steps:\n[\s\S]*?(?=^scorecard:)/m, '  steps: []\n'] }], ['framework.steps: expected at least one item, received an empty list']],
  ['missing part', [{ file: seed, replace: ['<Cadence />\n', ''] }], ['<Cadence />: missing from the body']],
  ['part out of order', [{ file: seed, replace: ['<Tldr />', ''] }, { file: seed, replace: ['<ClosingCta />', '<ClosingCta />\n\n<Tldr />'] }], [/<Tldr \/>: out of order; expected it before <ClosingCta \/>/]],
  ['unknown component', [{ file: seed, replace: ['<Cadence />', '<Cadense />'] }], ['<Cadense />: unknown component', 'did you mean <Cadence />?']],
  ['link to a page that does not exist', [{ file: seed, replace: ['The ensemble craft side', 'See [the map](/insights/five-failure-mode/). The ensemble craft side'] }], ['(MDX body): link /insights/five-failure-mode/ points to no page of the site', 'did you mean /insights/five-failure-modes/?']],
  ['link to a section that does not exist', [{ file: seed, replace: ['The ensemble craft side', 'See [alerts](/insights/five-failure-modes/#step-alert-fatigues). The ensemble craft side'] }], ['points to no section "#step-alert-fatigues"', 'did you mean #step-alert-fatigue?']],
  ['hand-typed non-canonical article URL', [{ file: seed, replace: ['The ensemble craft side', 'https://www.playbooks.example.org/insights/policy-gated-ai/ next. The ensemble craft side'] }], ["does not match the article's canonical URL; expected https://playbooks.example.org/insights/policy-gated-ai/"]],
  ['description over its limit', [{ file: seed, replace: [/^description: .*$/m, `description: ${'Long description words. '.repeat(14)}`] }], [at(seed, 3), /description: expected at most 300 characters, received 3\d\d characters/, '✗ content: 1 problem found']],
  ['teaser over LinkedIn\'s limit', [{ file: seed, replace: [/^teaser: .*$/m, `teaser: Short hook. ${'More words for the post. '.repeat(120)}`] }], [/teaser: expected the LinkedIn post .* to fit LinkedIn's 3000 characters, received \d+/]],
  ['file name that is not a slug', [{ file: 'insights/My Playbook.mdx', copyOf: seed, replace: ['position: 2', 'position: 7'] }], ['insights/My Playbook.mdx  (file name): expected a file name of lowercase words', 'rename it to "my-playbook.mdx"']],
  ['published with scaffold placeholders', [{ file: seed, replace: [/^cta: .*$/m, 'cta: "TODO: the closing question"'] }], ['cta: a published article still has scaffold placeholders ("TODO:") in cta', 'keep draft: true']],
  ['updated before published', [{ file: seed, replace: ['published: 2026-10-06', 'published: 2026-10-06\nupdated: 2026-01-01'] }], ['updated: expected the updated date to be on or after the published date']],
];
