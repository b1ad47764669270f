// html-validate: every built page must pass the recommended rules, with no exceptions so far.
// Add one only with a comment that justifies it.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
});
