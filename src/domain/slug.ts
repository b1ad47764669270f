/** An article's slug is its file name: `content/insights/a/b/my-playbook.mdx` → `my-playbook`. */
export function slugFromPath(path: string): string {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return fileName.replace(/\.[^.]+$/, '');
}
