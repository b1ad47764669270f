/**
 * Team view island, on scorecard pages beside the reader's own worksheet: a facilitator adds
 * several people's results (their JSON exports, their result links, or their own scores) and sees each area's
 * scores, mean and spread, disagreements first, as a table and a chart. The team is kept in
 * this browser. Every name and text from a file is set as text, never as HTML.
 */
import { maxImportBytes } from '../domain/assessment.ts';
import { scorecardEvents, selector, type ActionName } from '../domain/page-ids.ts';
import { readResultLink } from '../domain/result-link.ts';
import { chartLayout, teamScoreChart } from '../domain/score-chart.ts';
import { teamActions, teamHooks } from '../domain/scorecard-hooks.ts';
import {
  cleanMemberName,
  defaultMemberName,
  formatMean,
  formatSpread,
  importMember,
  readTeam,
  teamStorageKey,
  teamSummary,
  writeTeam,
  type TeamMember,
} from '../domain/team-view.ts';
import { clientText } from '../domain/ui-text/client-text.ts';
import { onActionClick, onFilesChosen } from './controls.ts';
import { element, svg } from './dom.ts';
import { openStore } from './local-store.ts';
import { savedAssessment } from './saved-scorecard.ts';
import { worksheetTemplate } from './worksheet-template.ts';

export function mountTeamView(root: Document): void {
  const section = root.querySelector<HTMLElement>(selector(teamHooks.section));
  const page = worksheetTemplate(root);
  if (!section || !page) return;
  const { template } = page;
  const fileInput = section.querySelector<HTMLInputElement>(selector(teamHooks.fileInput))!;
  const linkInput = section.querySelector<HTMLInputElement>(selector(teamHooks.linkInput))!;
  const status = section.querySelector<HTMLElement>(selector(teamHooks.status))!;
  const results = section.querySelector<HTMLElement>(selector(teamHooks.results))!;
  const memberList = section.querySelector<HTMLElement>(selector(teamHooks.members))!;
  const head = section.querySelector<HTMLElement>(selector(teamHooks.head))!;
  const body = section.querySelector<HTMLElement>(selector(teamHooks.body))!;
  const chart = section.querySelector<SVGSVGElement>(selector(teamHooks.chart))!;
  const chartDescription = section.querySelector<SVGElement>(selector(teamHooks.chartDescription))!;
  const store = openStore(teamStorageKey(template));
  const language = root.documentElement.lang;
  const client = clientText(language);
  const text = client.teamView;
  const say = (message: string) => (status.textContent = message);

  let members: TeamMember[] = [];

  function save(): void {
    if (!store) say(text.noStorage);
    else if (!store.write(writeTeam(members))) say(text.storageFull);
  }

  function drawMembers(): void {
    memberList.replaceChildren(
      ...members.map((member, index) => {
        const item = element('li');
        const name = element('input');
        name.type = 'text';
        name.value = member.name;
        name.maxLength = 40;
        name.setAttribute('aria-label', text.nameOf(index + 1));
        name.addEventListener('change', () => {
          member.name = cleanMemberName(name.value, index, text);
          name.value = member.name;
          save();
          draw();
        });
        const remove = element('button', text.remove);
        remove.type = 'button';
        remove.setAttribute('aria-label', text.removeName(member.name));
        remove.addEventListener('click', () => {
          members.splice(index, 1);
          save();
          draw();
          say(text.removed(member.name));
        });
        item.append(name, remove);
        return item;
      }),
    );
  }

  function drawTable(): ReturnType<typeof teamSummary> {
    const areas = teamSummary(members, template);
    const headRow = element('tr');
    const { area: areaColumn, mean, spread, discuss } = text.columns;
    for (const label of [areaColumn, ...members.map((member) => member.name), mean, spread, discuss]) {
      const cell = element('th', label);
      cell.scope = 'col';
      headRow.append(cell);
    }
    head.replaceChildren(headRow);
    body.replaceChildren(
      ...areas.map((area) => {
        const row = element('tr', undefined, area.disagree ? 'team-disagree' : undefined);
        const title = element('th', area.title);
        title.scope = 'row';
        row.append(title, ...area.scores.map((score) => element('td', score === null ? '–' : String(score))));
        row.append(element('td', formatMean(area.mean, language)), element('td', formatSpread(area, text)));
        row.append(element('td', area.disagree && area.spread !== null ? text.discuss(area.spread) : text.noDiscussion));
        return row;
      }),
    );
    return areas;
  }

  function drawChart(areas: ReturnType<typeof teamSummary>): void {
    const { labelWidth, rowHeight, barHeight } = chartLayout;
    const drawn = teamScoreChart(areas, language);
    chart.setAttribute('viewBox', `0 0 ${drawn.width} ${drawn.height}`);
    chartDescription.textContent = client.charts.team(areas);
    chart.replaceChildren(
      chartDescription,
      ...drawn.rows.map((row) => {
        const group = svg('g', {});
        const middle = row.y + rowHeight / 2;
        const top = row.y + (rowHeight - barHeight) / 2;
        const below = top + barHeight;
        group.append(
          svg('text', { x: labelWidth - 8, y: middle, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart-label' }, row.label),
          svg('rect', { x: labelWidth, y: top, width: drawn.plotWidth, height: barHeight, class: 'chart-track' }),
          svg('rect', { x: labelWidth, y: top, width: row.meanWidth, height: barHeight, class: 'chart-bar' }),
          // The spread runs just under the bar, where it never sits on the bar's colour.
          svg('line', { x1: labelWidth + row.minX, x2: labelWidth + row.maxX, y1: below + 3, y2: below + 3, class: 'chart-spread' }),
          svg('line', { x1: labelWidth + row.minX, x2: labelWidth + row.minX, y1: below, y2: below + 6, class: 'chart-spread' }),
          svg('line', { x1: labelWidth + row.maxX, x2: labelWidth + row.maxX, y1: below, y2: below + 6, class: 'chart-spread' }),
          svg('text', { x: labelWidth + drawn.plotWidth + 8, y: middle, 'dominant-baseline': 'middle', class: 'chart-value' }, row.valueText),
        );
        return group;
      }),
    );
  }

  function draw(): void {
    results.hidden = members.length === 0;
    if (members.length === 0) return;
    drawMembers();
    drawChart(drawTable());
  }

  async function addFiles(files: File[]): Promise<void> {
    const messages: string[] = [];
    let added = 0;
    for (const file of files) {
      let content: string;
      try {
        // A file too large to be an export is refused before it is read.
        content = file.size > maxImportBytes ? '' : await file.text();
      } catch {
        messages.push(text.unreadableFile(file.name));
        continue;
      }
      const result = importMember({ name: file.name, size: file.size, text: content }, template, members.length, client);
      if (result.ok) {
        members.push(result.member);
        added++;
      } else messages.push(result.message);
    }
    save();
    draw();
    say([text.added(added), ...messages].join(' '));
  }

  // "Add to team view" on a shared result (client/result-link.ts).
  root.addEventListener(scorecardEvents.addToTeam, (event) => {
    const name = defaultMemberName(members.length, text);
    members.push({ name, assessment: (event as CustomEvent<TeamMember['assessment']>).detail });
    save();
    draw();
    say(text.sharedAdded(name));
  });

  function addLink(): void {
    const link = linkInput.value.trim();
    const hash = link.includes('#') ? link.slice(link.indexOf('#')) : link;
    const read = readResultLink(hash, template, client);
    if (!read.ok) {
      say(text.linkRefused(read.message));
      return;
    }
    const name = defaultMemberName(members.length, text);
    members.push({ name, assessment: read.assessment });
    linkInput.value = '';
    save();
    draw();
    say(text.linkAdded(name));
  }

  const actions: Record<ActionName<typeof teamActions>, () => void> = {
    [teamActions.addFiles]: () => fileInput.click(),
    [teamActions.addLink]: addLink,
    [teamActions.addMine]: () => {
      const mine = savedAssessment(template, client);
      if (mine.status !== 'restored') {
        say(text.scoreFirst);
        return;
      }
      members.push({ name: text.me, assessment: mine.assessment });
      save();
      draw();
      say(text.mineAdded);
    },
    [teamActions.clear]: () => {
      if (members.length && !window.confirm(text.confirmClear)) return;
      members = [];
      store?.clear();
      draw();
      say(text.cleared);
    },
  };

  onActionClick(section, teamHooks.action, actions);
  onFilesChosen(fileInput, (files) => void addFiles(files));
  linkInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addLink();
  });

  const stored = readTeam(store?.read() ?? null, template, client);
  if (stored.status === 'restored') members = stored.members;
  else if (stored.status === 'unreadable') say(text.unreadable);
  section.hidden = false;
  draw();
}
