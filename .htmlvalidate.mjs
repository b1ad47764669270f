// html-validate: every built page must pass the recommended rules. Exceptions, each justified:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // remark-gfm's task-list checkboxes are serialised as `<input ... />`; the self-closing
    // form is valid HTML5 and we do not rewrite Markdown output with a rehype plugin.
    'void-style': 'off',
  },
};
