/**
 * The page the dev server answers with while the content has errors: every problem (file, line,
 * field, what was expected) with a link that opens the file at its line in the author's editor;
 * it reloads by itself once a save fixes them (told by Vite's client, or seen by asking). A page, not a thrown
 * error: Astro would log a thrown error again on every request of every open tab.
 */

/**
 * Where the dev server says whether the content is valid now (`valid` or `problems`), for the
 * page to ask. The dev server also tells every open page to reload once a save fixes the content,
 * but a page that is reloading just then is not listening, and would wait for the next save.
 */
export const contentStatusPath = '/__setlist/content-status';

/** Where the dev server opens a file in the author's editor (Vite's own route). */
const openInEditorPath = '/__open-in-editor';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export interface PageProblem {
  text: string;
  /** The file's absolute path, and the line to open it at. */
  path: string;
  line: number | undefined;
}

export function problemsPageHtml(summary: string, problems: readonly PageProblem[], hint: string): string {
  const items = problems
    .map(({ text, path, line }) => {
      const editorLink = `${openInEditorPath}?file=${encodeURIComponent(`${path}:${line ?? 1}`)}`;
      return `<li><pre>${escapeHtml(text)}</pre><a href="${escapeHtml(editorLink)}">Open in the editor</a></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your content needs a fix</title>
<script type="module" src="/@vite/client"></script>
<script type="module">
setInterval(async () => {
  const status = await fetch('${contentStatusPath}', { cache: 'no-store' }).then((response) => response.text(), () => '');
  if (status === 'valid') location.reload();
}, 1000);
</script>
</head>
<body>
<main>
<h1>Your content needs a fix</h1>
<p>${escapeHtml(summary)}</p>
<ol>
${items}
</ol>
<p>${escapeHtml(hint)}</p>
</main>
</body>
</html>
`;
}
