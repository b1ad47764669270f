/**
 * Vocabulary for the synthetic corpus. Real-sounding phrases (not lorem ipsum) so the pages,
 * the search index and the gzip ratios look like Setlist's real articles, with enough variety
 * that Pagefind indexes a realistic number of distinct words.
 */

/** Other crafts an article compares operations with; they give titles and ledes. */
export const domains = [
  'Jazz', 'Aviation', 'Sailing', 'Kitchen Brigades', 'Theatre', 'Orchestras', 'Mountaineering',
  'Relay Running', 'Chess', 'Gardening', 'Cartography', 'Air Traffic Control', 'Surgery',
  'Firefighting', 'Brewing', 'Architecture', 'Rowing', 'Film Editing', 'Beekeeping', 'Glassblowing',
  'Lighthouse Keeping', 'Rally Driving', 'Bookbinding', 'Improv Comedy', 'Choir Singing', 'Cycling Teams',
] as const;

export const topics = [
  'Reliable Systems', 'Incident Response', 'Change Management', 'On-Call Health', 'Platform Ownership',
  'Release Safety', 'Capacity Planning', 'Data Pipelines', 'Vendor Risk', 'AI Guardrails',
  'Service Ownership', 'Disaster Recovery', 'Security Operations', 'Cost Control', 'Observability',
  'Migration Programs', 'Dependency Management', 'Operational Reviews',
] as const;

export const titlePatterns = [
  (domain: string, topic: string) => `What ${domain} Teaches About ${topic}`,
  (domain: string, topic: string) => `${domain} and ${topic}`,
  (domain: string, topic: string) => `${topic} Lessons From ${domain}`,
  (domain: string, topic: string) => `The ${domain} Guide to ${topic}`,
  (domain: string, topic: string) => `${topic} the ${domain} Way`,
] as const;

export const tags = [
  'reliability', 'incident response', 'leadership', 'operating model', 'governance', 'on-call',
  'release engineering', 'risk', 'platform', 'observability', 'security', 'data', 'ai', 'cost',
] as const;

/** Step titles are "<quality> <capability>", like "Shared Form" or "Contextual Handoff". */
export const stepQualities = [
  'Shared', 'Contextual', 'Explicit', 'Steady', 'Bounded', 'Layered', 'Visible', 'Rehearsed',
  'Measured', 'Graceful', 'Deliberate', 'Traceable', 'Predictable', 'Scoped', 'Durable', 'Calm',
  'Adaptive', 'Honest', 'Staged', 'Guarded',
] as const;

export const stepCapabilities = [
  'Form', 'Handoff', 'Rhythm', 'Ownership', 'Escalation', 'Recovery', 'Review', 'Boundary',
  'Signal', 'Runbook', 'Cadence', 'Debrief', 'Control', 'Capacity', 'Budget', 'Rollback',
  'Dependency Map', 'Alerting', 'Change Window', 'Readiness',
] as const;

export const frameworkKinds = ['Discipline', 'Method', 'Loop', 'Model', 'Playbook', 'Practice'] as const;

export const subjects = [
  'Every tier-1 service', 'Each on-call shift', 'Every critical dependency', 'Each release train',
  'Every shared interface', 'Each incident review', 'Every customer-facing API', 'Each data pipeline',
  'Every paging alert', 'Each runbook', 'Every production change', 'Each vendor integration',
  'Every model in production', 'Each escalation path', 'Every feature flag', 'Each backup job',
] as const;

export const predicates = [
  'has a named owner and a one-page chart of purpose and dependencies',
  'ends with a written handoff of open risks and in-flight changes',
  'has a documented degraded mode the team has entered on purpose',
  'is exercised in a realistic drill with the people who would be paged',
  'is reviewed in the weekly operations review with a visible trend',
  'has written entry criteria and a matching response',
  'is tested at realistic peak load with the kill switches in place',
  'names its escalation path and the backup for that person',
  'produces at most three actions with owners and due dates',
  'is announced in one agreed channel ahead of any dependency',
  'has a rollback that someone other than its author has run',
  'carries a service level that customers would recognise',
] as const;

export const qualifiers = [
  'in the last 90 days', 'every quarter', 'before each release', 'within five working days',
  'at least once a month', 'and the result is tracked to closure', 'without relying on one expert',
  'and the evidence is linked from the service page', 'before the change window opens',
  'and misses are counted in the monthly review',
] as const;

export const checklistVerbs = [
  'Name', 'Write down', 'Publish', 'Review', 'Rehearse', 'Agree', 'Document', 'Measure', 'Retire',
  'Book', 'Cap', 'Track', 'Map', 'Test',
] as const;

export const checklistObjects = [
  'an owner for every tier-1 service', 'the incident roles and who can take each one tonight',
  'a handoff template for the on-call rotation', 'the release cadence and every exception to it',
  'the error-budget threshold that triggers a change freeze', 'entry criteria for each severity level',
  'a degraded mode for each critical dependency', 'the last 30 days of pages and the ones that led nowhere',
  'a blameless review slot for every serious incident', 'the actions from each review at three',
  'the dependencies nobody has looked at this year', 'the rollback path for the riskiest change',
  'the scorecard with engineering, operations, risk and product', 'one near miss a month as if it were an incident',
] as const;

export const checklistEndings = [
  'and publish it where on-call can reach it in one click.', 'this week.', 'before the next release.',
  'and record the weakest area as the first move.', 'in the weekly review.', 'with a due date.',
  'and share the result with adjacent teams.', 'so nobody has to guess during an incident.',
] as const;

export const objections = [
  'Is this too heavy for our current team size?', 'Can we add this once we scale?',
  'Will this slow delivery?', 'Our tooling already covers this, does it not?',
  'Who has time for another review meeting?', 'Is this not just process for its own sake?',
  'What if leadership does not back it?', 'We are a platform team, why should product care?',
  'Does this work with a fully remote team?', 'Can we not just hire more senior people?',
  'Will engineers see this as surveillance?', 'How is this different from the last framework we tried?',
] as const;

export const rebuttals = [
  'Start narrow and prioritise the highest-risk paths first.',
  'Lightweight structure applied consistently is cheaper than an emergency retrofit after trust is lost.',
  'Later usually means after an avoidable incident, when every change costs more.',
  'Undisciplined velocity creates hidden rework that shows up as incident drag.',
  'Tools record what happened; the discipline decides what the team does next.',
  'The review replaces ad hoc escalations, so the total time spent goes down.',
  'Measure one workflow for a month and let the numbers make the case.',
  'Shared language across teams is what turns one good fix into a reusable pattern.',
  'Written handoffs work better remotely than hallway conversations ever did in an office.',
  'Senior people leave; a form everyone shares stays with the team.',
  'The scores describe the system, never a person, and that is said out loud at every session.',
  'Each step is small enough to try in a week and drop if it shows no signal.',
] as const;

export const rhythms = [
  { interval: 'Weekly', ritual: 'Operational review', metric: 'Review actions past their due date and actionable pages per shift' },
  { interval: 'Biweekly', ritual: 'Threshold tuning', metric: 'Share of pages that led to action, target 80% or more' },
  { interval: 'Monthly', ritual: 'Maturity scoring', metric: 'Scorecard average and the weakest area against last month' },
  { interval: 'Quarterly', ritual: 'Architecture revalidation', metric: 'Critical dependencies with a rehearsed degraded mode' },
  { interval: 'Per release', ritual: 'Readiness check', metric: 'Releases shipped with a tested rollback' },
  { interval: 'Monthly', ritual: 'Near-miss review', metric: 'Near misses reviewed in the incident format' },
] as const;

export const failureSignals = [
  'Repeated ownership confusion in incident channels.', 'Recurring policy exceptions with no root change.',
  'Dependency on one person to explain critical decisions.', 'Review actions that roll over month after month.',
  'Alerts that everyone has learned to ignore.', 'Handoffs that happen in private messages only.',
  'Releases that bypass the cadence without a named approver.', 'Scorecard sessions that are skipped or rushed.',
  'Runbooks that nobody has opened since they were written.', 'Escalations that start with "what is going on?"',
] as const;

export const leadershipQuestions = [
  'Which workflows improved measurably this month, and what changed to create that improvement?',
  'Which risks are recurring despite awareness, and who owns closure of those patterns?',
  'Where is velocity being protected by disciplined design versus masked by heroic effort?',
  'What one control or runbook update would reduce next-month incident cost the most?',
  'Which team would struggle most if its most experienced engineer took a month off?',
  'Where did we accept a policy exception, and is it still needed?',
  'Which scorecard area has not moved in a quarter, and why?',
  'What did the last near miss teach us that the last incident did not?',
  'Which handoffs still depend on someone remembering to send a message?',
] as const;

/** Narrative sentences for the body; placed between the parts like the seed's prose. */
export const narrativeSentences = [
  'Production pressure exposes hidden ambiguity fast.',
  'Unclear ownership, implicit control assumptions and weak escalation paths convert ordinary variation into recurring incident cost.',
  'When teams design for operator clarity first, they reduce this cost before scale amplifies it.',
  'That shift improves trust across engineering, operations, risk and leadership functions.',
  'The practical consequence is momentum.',
  'Teams spend less time recovering from preventable confusion and more time delivering useful capability.',
  'Across organisations the same dynamic repeats once boundaries and controls are explicit.',
  'The stack may look similar on paper, but operational behaviour becomes materially stronger.',
  'Strong execution in one workflow is useful; integrated execution across adjacent workflows is leverage.',
  'Build explicit bridges between product, operations and governance so improvements are reused elsewhere.',
  'In practice this means carrying forward reusable controls, scorecard language and runbook patterns.',
  'Teams that do this well improve faster with each release cycle.',
  'The first month is mostly about making the current state visible, not about fixing it.',
  'Nobody needs a reorganisation to start; one owner and one weekly review are enough.',
  'The weakest area on the scorecard is the first move, not a verdict on the team.',
  'Good operators are calm because the form tells them what happens next.',
] as const;

export const exampleOpenings = [
  'A release window repeatedly collapsed into conflicting commands.',
  'A data pipeline failed quietly for three nights before anyone noticed.',
  'A vendor outage turned into a four-hour incident because nobody knew who owned the integration.',
  'A routine configuration change took down checkout during the busiest hour of the week.',
  'An on-call engineer spent forty minutes finding the runbook for an alert that fired twice a week.',
] as const;

export const tableHeaders = ['Signal', 'Owner', 'Reviewed'] as const;
export const owners = ['Service owner', 'Incident lead', 'Platform team', 'Release manager', 'Risk partner', 'Product lead'] as const;
export const reviewIntervals = ['Weekly', 'Biweekly', 'Monthly', 'Quarterly', 'Per release'] as const;

export const ctas = [
  'What non-technical domain changed how you lead technical work?',
  'Which of these steps would your team struggle with first?',
  'What is the one handoff in your organisation that still depends on luck?',
  'Where would you start if you had only one week?',
  'Which signal do you watch that nobody else does?',
] as const;

/** The label of a body's `<Note>` (the corpus's one component). */
export const noteLabels = ['From the field', 'In practice', 'Worth knowing', 'A lesson learned'] as const;

/** Callout titles, for the callouts that have one (`:::tip[Start small]`). */
export const calloutTitles = ['Start small', 'Before you change anything', 'A common trap', 'When in doubt', 'Keep it visible'] as const;

export const calloutTexts = [
  'Pick one service and one review before rolling the form out to every team.',
  'Write the owner down before the incident, not during it; the middle of an outage is the worst time to negotiate.',
  'A threshold nobody has looked at for a quarter is a guess, not a control.',
  'If two people think they own the same escalation path, nobody does.',
  'Rehearse the handoff in a quiet week so the loud week has a script to follow.',
] as const;

/** Code blocks in a few languages, so highlighting loads more than one grammar, with the sentence before each; each names an article's step. */
export const codeSamples = [
  (step: string) => ({
    leadIn: 'The rule that now pages the owner is short:',
    language: 'yaml',
    code: `alert: ${step}-drift\nexpr: rate(handoff_failures_total{step="${step}"}[15m]) > 0.05\nfor: 10m\nlabels:\n  severity: page\nannotations:\n  runbook: runbooks/${step}.md`,
  }),
  (step: string) => ({
    leadIn: 'The check the on-call engineer runs before every change:',
    language: 'bash',
    code: `# Who owns ${step}, and what is still open?\nops owner show --step ${step}\nops review list --step ${step} --since 7d | grep -c open`,
  }),
  (step: string) => ({
    leadIn: 'One small piece of automation made the step visible:',
    language: 'ts',
    code: `// ${step}: an owner, a threshold and a recent review, or it is not done.\nexport function isHealthy(step: Step, now: Date): boolean {\n  const reviewedDaysAgo = (now.getTime() - step.reviewedAt.getTime()) / 86_400_000;\n  return step.owner !== undefined && step.errorRate < step.threshold && reviewedDaysAgo <= 7;\n}`,
  }),
  (step: string) => ({
    leadIn: 'Each step is written down as data the review can read:',
    language: 'json',
    code: `{\n  "step": "${step}",\n  "owner": "service-owner",\n  "threshold": 0.05,\n  "review": "weekly"\n}`,
  }),
] as const;
