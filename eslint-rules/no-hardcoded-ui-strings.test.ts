import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { noHardcodedUiStrings } from './no-hardcoded-ui-strings.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

function invalid(code: string, errors = 1) {
  return { code, errors: Array.from({ length: errors }, () => ({ messageId: 'hardcoded' })) };
}

ruleTester.run('no-hardcoded-ui-strings', noHardcodedUiStrings, {
  valid: [
    // Text from t(), whatever the expression around it.
    "<p>{t('dashboard.title')}</p>",
    "<button aria-label={t('common.dismiss')} title={t('common.dismiss')}>×</button>",
    "<p>{busy ? t('common.loading') : t('common.open')}</p>",
    "<p title={`${t('toolbar.bold')} (${shortcut})`}>{count}</p>",
    // No letters: symbols, punctuation, numbers, whitespace.
    '<span aria-hidden="true">◇</span>',
    "<p>{a}{' · '}{b}</p>",
    '<p>— 3 / 5 —</p>',
    '<button>&times;</button>',
    '<p>&nbsp;&middot;&nbsp;</p>',
    '<p>\n  {a}\n</p>',
    "<input placeholder=\"2026-12-01\" />",
    // A URL with a scheme, and keyboard shortcuts with a modifier.
    '<input placeholder="https://" />',
    '<input placeholder="https://www.example.com/news" />',
    '<button title="Ctrl+Alt+Enter" />',
    '<button aria-label="⌘K" />',
    // Attributes nobody reads, and strings that are not shown.
    '<div className="roundup-brief" data-state="open" role="group" type="button" />',
    "const kind = 'draft'; if (kind === 'draft') run();",
    "element.setAttribute('role', 'status');",
    "element.dataset.type = 'brief';",
    "element.className = 'roundup-figure';",
    "form.append('file', blob);",
    "throw new Error('useCurrentUser must be used inside the signed-in part of the app');",
    // Text handed over from the locale, in the sinks.
    "toast.show({ tone: 'error', message: t('export.failed'), action: { label: t('common.undo'), run } });",
    "if (window.confirm(t('dashboard.deleteConfirm'))) remove();",
    "document.title = t('preview.label');",
    "element.setAttribute('aria-label', labels.group);",
    'handle.textContent = \'⠿\';',
    // A local function of the same name as a browser dialog.
    "function confirm() {} confirm();",
    "dialog.confirm('yes');",
  ],
  invalid: [
    // JSX text, in any script.
    invalid('<p>저장됨</p>'),
    invalid('<button>Save</button>'),
    invalid('<p>\n  {count} briefs\n</p>'),
    invalid('<svg><title>Close</title></svg>'),
    invalid('<>Ünïcödé</>'),
    invalid('<p>Delete</p>'),
    // A literal in a JSX expression, including both branches of a condition and a template.
    invalid("<p>{'Loading…'}</p>"),
    invalid("<p>{busy ? '저장 중' : t('saved')}</p>"),
    invalid("<p>{error && 'Failed'}</p>"),
    invalid('<p>{`${count} briefs`}</p>'),
    invalid("<p>{'브리프 ' + count}</p>"),
    // Text attributes.
    invalid('<button aria-label="닫기" />'),
    invalid("<div aria-description={'Drag to move'} />"),
    invalid('<div role="slider" aria-valuetext="three of five" />'),
    invalid('<button title="Bold" />'),
    invalid('<input placeholder="Search roundups" />'),
    invalid('<img alt="Photo" src={src} />'),
    invalid('<TextField label="Headline" hint="Keep it short" value={v} onChange={set} />', 2),
    invalid('<button title={`Bold (${shortcut})`} />'),
    invalid('<input placeholder="http://example.com or a name" />'),
    // The sinks the app shows text through.
    invalid("toast.show({ message: 'Saved' });"),
    invalid("toast.show({ message: t('x'), action: { label: 'Undo', run } });"),
    invalid("window.confirm('Delete this roundup?');"),
    invalid("confirm('Delete?');"),
    invalid("window.alert(`Failed: ${message}`);"),
    invalid("document.title = 'Preview';"),
    invalid("element.title = 'Move up';"),
    invalid("element.setAttribute('aria-label', 'Brief');"),
    invalid("element.setAttribute('title', '위로');"),
    invalid("handle.textContent = 'Drag';"),
    invalid("label.innerText = 'Alt text';"),
    invalid("input.placeholder = 'Describe the photo';"),
    invalid("button.ariaLabel = 'Remove';"),
    invalid("parent.append(document.createTextNode('No photo'));"),
    // Korean is UI text wherever it is written, even in a constant far from where it is shown.
    invalid("const savedLabel = '저장됨';"),
    invalid('const heading = `브리프 ${position}`;'),
    // One report per string, however many checks it meets.
    invalid("<button aria-label={'닫기'}>{'닫기'}</button>", 2),
  ],
});
