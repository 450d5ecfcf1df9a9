/**
 * commander's own usage errors (missing argument, unknown option or command …) said in the
 * user's language: the --lang given, else the language of a case folder named on the command
 * line, else the environment's. Errors commander may add later pass through unchanged.
 */
import { t, type Lang } from '../i18n/catalogue.js';
import { cliLang, peekCaseLang } from '../output.js';

/** The language of a command line before commander has parsed it. */
export function argvLang(argv: readonly string[]): Lang {
  let option: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') option = argv[i + 1];
    else if (a.startsWith('--lang=')) option = a.slice('--lang='.length);
  }
  if (option === 'ja' || option === 'en') return option;
  for (const a of argv) {
    if (a.startsWith('-')) continue;
    const peeked = peekCaseLang(a);
    if (peeked) return peeked;
  }
  return cliLang();
}

const RULES: [RegExp, string, (m: RegExpExecArray) => Record<string, string>][] = [
  [
    /^error: missing required argument '([^']+)'/,
    'cli.usage.missingArgument',
    (m) => ({ name: m[1]! }),
  ],
  [
    /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    'cli.usage.tooMany',
    (m) => ({ expected: m[2]!, got: m[3]! }),
  ],
  [/^error: unknown command '([^']+)'/, 'cli.usage.unknownCommand', (m) => ({ name: m[1]! })],
  [/^error: unknown option '([^']+)'/, 'cli.usage.unknownOption', (m) => ({ name: m[1]! })],
  [
    /^error: option '([^']+)' argument missing/,
    'cli.usage.optionArgument',
    (m) => ({ name: m[1]! }),
  ],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid/,
    'cli.usage.optionInvalid',
    (m) => ({ name: m[1]!, value: m[2]! }),
  ],
];

/** One commander error text in `lang` (with its "Did you mean …?" suggestion, if any). */
export function translateUsage(text: string, lang: Lang): string {
  for (const [re, key, params] of RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const near = /\(Did you mean (.+)\?\)/.exec(text);
    let out = `${t('severity.error')[lang]}: ${t(key, params(m))[lang]}`;
    if (near) out += `\n${t('cli.usage.didYouMean', { name: near[1]! })[lang]}`;
    return `${out}\n`;
  }
  return text;
}

/** commander's output settings: errors translated, a short hint instead of the English help. */
export function usageOutput(lang: Lang) {
  return {
    outputError: (text: string, write: (s: string) => void) => write(translateUsage(text, lang)),
  };
}
