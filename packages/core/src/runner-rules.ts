/** Findings that the runner itself reports, with a one-line description each (for docs and SARIF). */
export const RUNNER_RULES: Record<string, string> = {
  'core/unused-disable': 'An inline design-check-disable directive that suppresses nothing.',
  'input/too-large': 'The document is larger than the size limit.',
  'input/not-text': 'The file is not text (it contains a NUL byte).',
  'input/bad-encoding': 'The file is not valid UTF-8; its invalid bytes are read as U+FFFD and the rest is checked.',
  'input/unreadable': 'The file cannot be read (no permission, a symbolic link loop, not a regular file).',
  'input/outside-root': 'The file is a symbolic link to a file outside the project root, which is never read.',
  'input/parse-error': 'The markdown nests 64 or more quotes and lists on one line, or the parser failed on it.',
  'input/parse-timeout': 'The markdown parser ran past its time budget on a very large or crafted document.',
  'internal/rule-crash': 'A rule threw an error; the other rules still ran.',
  'internal/rule-timeout': 'A rule ran past its time budget and was stopped.',
  'internal/check-crash': 'The check of a document failed outside any rule; the other files were still checked.',
};
