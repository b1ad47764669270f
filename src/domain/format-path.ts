/** `['framework', 'steps', 2, 'operatorChecks']` → `framework.steps[2].operatorChecks`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(whole file)';
}
