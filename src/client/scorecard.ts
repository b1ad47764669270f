/**
 * Self-assessment island: restores and saves entries in localStorage on every change,
 * redraws the chart and summary, exports and imports. Loaded only on scorecard pages;
 * without it the page is a blank printable worksheet.
 */
import type { Assessment } from '../schemas/assessment.ts';
import {
  areaFieldNames,
  averageScore,
  emptyAssessment,
  isOlderVersionKey,
  maturityLevel,
  maxImportBytes,
  parseImport,
  readStored,
  storageKey,
  toCsv,
  toJson,
  toMarkdownTable,
  weakestArea,
} from '../domain/assessment.ts';
import { scorecardEvents, selector, type ActionName } from '../domain/page-ids.ts';
import { scoreChart } from '../domain/score-chart.ts';
import { scorecardActions, scorecardHooks, scoreChartHooks } from '../domain/scorecard-hooks.ts';
import { oneDecimal } from '../domain/numbers.ts';
import { clientText } from '../domain/ui-text/client-text.ts';
import { download } from './download.ts';
import { onActionClick, onFilesChosen } from './controls.ts';
import { openStore } from './local-store.ts';
import { worksheetTemplate } from './worksheet-template.ts';

export function mountScorecard(root: Document): void {
  const page = worksheetTemplate(root);
  const tools = root.querySelector<HTMLElement>(selector(scorecardHooks.tools));
  const status = root.querySelector<HTMLElement>(selector(scorecardHooks.status));
  const results = root.querySelector<HTMLElement>(selector(scorecardHooks.results));
  const fileInput = root.querySelector<HTMLInputElement>(selector(scorecardHooks.fileInput));
  if (!page || !tools || !status || !results || !fileInput) return;
  const { worksheet: form, template } = page;
  const store = openStore(storageKey(template));
  const language = root.documentElement.lang;
  const client = clientText(language);
  const text = client.scorecard;
  const say = (message: string) => (status.textContent = message);

  const textArea = (id: string) => form.querySelector<HTMLTextAreaElement>(`#${id}`)!;

  function readForm(): Assessment {
    const assessment = emptyAssessment(template);
    for (const area of template.areas) {
      const checked = form.querySelector<HTMLInputElement>(`input[name="${areaFieldNames(area.id).score}"]:checked`);
      assessment.areas[area.id] = {
        score: checked ? Number(checked.value) : null,
        evidence: textArea(areaFieldNames(area.id).evidence).value,
        nextMove: textArea(areaFieldNames(area.id).nextMove).value,
      };
    }
    return assessment;
  }

  function fillForm(assessment: Assessment): void {
    for (const area of template.areas) {
      const entry = assessment.areas[area.id];
      for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${areaFieldNames(area.id).score}"]`)) {
        radio.checked = entry?.score !== null && Number(radio.value) === entry?.score;
      }
      textArea(areaFieldNames(area.id).evidence).value = entry?.evidence ?? '';
      textArea(areaFieldNames(area.id).nextMove).value = entry?.nextMove ?? '';
    }
  }

  function showResults(assessment: Assessment): void {
    const chart = scoreChart(assessment, template);
    for (const bar of chart.bars) {
      const group = results!.querySelector(selector(scoreChartHooks.bar, bar.areaId));
      group?.querySelector(selector(scoreChartHooks.barFill))?.setAttribute('width', String(bar.barWidth));
      const value = group?.querySelector(selector(scoreChartHooks.barValue));
      if (value) value.textContent = bar.valueText;
    }
    const description = results!.querySelector(selector(scoreChartHooks.description));
    if (description) description.textContent = client.charts.scores(chart.bars);
    const average = averageScore(assessment, template);
    const level = maturityLevel(average, template.scale);
    const weakest = weakestArea(assessment, template);
    results!.querySelector(selector(scorecardHooks.average))!.textContent =
      average === null ? text.notScoredYet : text.outOfFive(oneDecimal(average, language));
    results!.querySelector(selector(scorecardHooks.level))!.textContent = level ? `${level.score}: ${level.label}. ${level.descriptor}` : text.notScoredYet;
    results!.querySelector(selector(scorecardHooks.firstMove))!.textContent = weakest ? `${weakest.title}: ${weakest.nextMovePrompt}` : text.noFirstMove;
    results!.toggleAttribute(scorecardHooks.empty, average === null);
  }

  function save(): void {
    const assessment = readForm();
    showResults(assessment);
    if (store && !store.write(toJson(assessment))) say(text.storageFull);
  }

  function restore(): void {
    if (!store) {
      say(text.noStorage);
      return;
    }
    const stored = readStored(store.read(), template, client.scorecardRead);
    if (stored.status === 'restored') {
      fillForm(stored.assessment);
      showResults(stored.assessment);
      say(text.restored);
    } else if (stored.status === 'corrupt') {
      // The button's own label, so the message names what the reader sees in any language.
      const startFresh = tools!.querySelector(selector(scorecardHooks.action, scorecardActions.startFresh))?.textContent?.trim() ?? '';
      say(text.corrupt(stored.message, startFresh));
    } else if (store.keys().some((key) => isOlderVersionKey(key, template))) {
      say(text.olderVersion);
    }
  }

  const baseName = `${template.id}-scorecard`;
  const actions: Record<ActionName<typeof scorecardActions>, () => void> = {
    [scorecardActions.print]: () => window.print(),
    [scorecardActions.exportMarkdown]: () => download(`${baseName}.md`, 'text/markdown', toMarkdownTable(readForm(), template, client.scorecardColumns)),
    [scorecardActions.exportCsv]: () => download(`${baseName}.csv`, 'text/csv', toCsv(readForm(), template, client.scorecardColumns)),
    [scorecardActions.exportJson]: () => download(`${baseName}.json`, 'application/json', toJson(readForm())),
    [scorecardActions.importJson]: () => fileInput.click(),
    [scorecardActions.startFresh]: () => {
      const current = readForm();
      const hasEntries = Object.values(current.areas).some((entry) => entry.score !== null || entry.evidence || entry.nextMove);
      if (hasEntries && !window.confirm(text.confirmStartFresh)) return;
      store?.clear();
      const empty = emptyAssessment(template);
      fillForm(empty);
      showResults(empty);
      say(text.startedFresh);
    },
  };

  onActionClick(tools, scorecardHooks.action, actions);
  onFilesChosen(fileInput, ([file]) => {
    if (!file) return;
    if (file.size > maxImportBytes) {
      say(text.tooLarge(file.name));
      return;
    }
    // A file that cannot be read (moved, or access withdrawn) is reported, not left as an unhandled rejection.
    file.text().then(
      (json) => {
        const result = parseImport(json, template, client.scorecardRead);
        if (!result.ok) {
          say(result.message);
          return;
        }
        fillForm(result.assessment);
        save();
        say(text.imported(file.name));
      },
      () => say(text.unreadableFile(file.name)),
    );
  });
  // "Load as mine" on a shared result (client/result-link.ts): the reader's entries are replaced only if they agree.
  root.addEventListener(scorecardEvents.loadAsMine, (event) => {
    const shared = (event as CustomEvent<Assessment>).detail;
    const current = readForm();
    const hasEntries = Object.values(current.areas).some((entry) => entry.score !== null || entry.evidence || entry.nextMove);
    if (hasEntries && !window.confirm(text.confirmLoadShared)) return;
    fillForm(shared);
    save();
    say(text.loadedShared);
  });
  form.addEventListener('input', save);
  form.addEventListener('change', save);

  tools.hidden = false;
  restore();
}
