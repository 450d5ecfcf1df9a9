/**
 * `--help` in the user's language (the one src/cli.ts knows before commander parses). The
 * descriptions of the program, its commands, arguments and options are catalogue keys
 * (`help.*`, src/i18n/messages/help.ts), and so are commander's own words: the section titles,
 * "[options]" and "[command]" of the usage line, "(default: …)", the built-in --help, --version
 * and help command. Option flags, argument names and the example command lines stay as typed.
 *
 * commander measures text by its length and wraps it at spaces only: a Japanese description
 * (two columns a character, no spaces) would run past the terminal. Here widths are display
 * columns and Japanese wraps after 、。・ or between phrases (BudouX's phrases that ICU also
 * ends a word at: BudouX alone cuts 上|書き), never before 、。） or after （, nor inside a run of
 * ASCII such as a flag or a file name. English help is commander's own, word for word.
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { displayWidth } from '../export/cells.js';
import { tr, type Lang, type Params } from '../i18n/catalogue.js';
import { NO_LINE_END, NO_LINE_START } from '../render/linebreak.js';
import { phraseBounds, wordBounds } from '../render/phrases.js';

/** The help text `help.<key>` in one language. */
export type HelpText = (key: string, params?: Params) => string;

export function helpText(lang: Lang): HelpText {
  return (key, params) => tr(lang, `help.${key}`, params);
}

/**
 * An examples block for `addHelpText('after', …)`: the heading from the catalogue ("Example:"
 * or "Examples:"), then each command line after `  $ `.
 */
export function examples(
  lang: Lang,
  lines: readonly string[],
  heading: 'example' | 'examples' = 'example',
): string {
  return `\n${tr(lang, `help.${heading}`)}\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

/** commander's section titles (lib/help.js formatHelp) and their catalogue keys. */
const TITLES: Record<string, string> = {
  'Usage:': 'title.usage',
  'Arguments:': 'title.arguments',
  'Options:': 'title.options',
  'Global Options:': 'title.globalOptions',
  'Commands:': 'title.commands',
};

// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[\d*(;\d*)*m/g;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/;
const ASCII = /[\x21-\x7e]/;
const DIGIT = /[0-9]/;
const SPACE = /\s/;
/** Japanese punctuation a line may break after. */
const BREAK_AFTER = /[、。・，．]/;

/**
 * Where `line` may break: 0 = a good place (before a run of spaces, after 、。・, between
 * phrases that are also words), 1 = a place for a line that would otherwise run too long or
 * end too early (between any two Japanese characters). Never inside an ASCII run, before
 * 、。）ー or after （「 (禁則), nor between a number and its counter (365日).
 */
function breaks(line: string): [number, 0 | 1][] {
  const phrases = phraseBounds(line);
  const words = wordBounds(line);
  const out: [number, 0 | 1][] = [];
  for (let i = 1; i < line.length; i++) {
    const before = line[i - 1]!;
    const after = line[i]!;
    if (SPACE.test(before) || /[\udc00-\udfff]/.test(after)) continue;
    if (SPACE.test(after)) out.push([i, 0]);
    else if (
      NO_LINE_START.has(after) ||
      NO_LINE_END.has(before) ||
      (ASCII.test(before) && ASCII.test(after)) ||
      (DIGIT.test(before) && !ASCII.test(after))
    )
      continue;
    else if (BREAK_AFTER.test(before) || (phrases.has(i) && words.has(i))) out.push([i, 0]);
    else out.push([i, 1]);
  }
  return out;
}

/**
 * One line of text in lines of at most `width` columns: each line as long as a good break
 * allows, or filled up to any break when the good one would leave it less than half full (a
 * run without any break stays whole, as commander leaves a long word).
 */
function wrapLine(line: string, width: number): string[] {
  const cuts = breaks(line);
  const lines: string[] = [];
  let start = 0;
  while (displayWidth(line.slice(start)) > width) {
    let good = -1;
    let any = -1;
    let first = -1;
    for (const [at, quality] of cuts) {
      if (at <= start) continue;
      if (first < 0) first = at;
      if (displayWidth(line.slice(start, at).trimEnd()) > width) break;
      if (quality === 0) good = at;
      any = at;
    }
    const half = (at: number) => displayWidth(line.slice(start, at)) * 2 >= width;
    const cut = good > 0 && (half(good) || any === good) ? good : any > 0 ? any : first;
    if (cut < 0) break;
    lines.push(line.slice(start, cut).trimEnd());
    start = cut;
    while (start < line.length && SPACE.test(line[start]!)) start++;
  }
  lines.push(line.slice(start));
  return lines;
}

/** An argument as the usage line writes it: <dir>, [rev]. */
function argumentName(argument: Argument): string {
  const name = argument.name() + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** commander's Help, in `lang`: to be given to `configureHelp` before commands are added. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const h = helpText(lang);
  const words: Record<string, string> = {
    '[options]': h('usage.options'),
    '[command]': h('usage.command'),
  };
  const localWords = (s: string) =>
    s
      .split(' ')
      .map((w) => words[w] ?? w)
      .join(' ');
  const withExtra = (description: string, extra: string[]) => {
    if (!extra.length) return description;
    const joined = extra.join(h('extra.separator'));
    return description
      ? h('extra', { description, extra: joined })
      : h('extra.only', { extra: joined });
  };
  const choices = (values: readonly string[]) =>
    h('choices', { values: values.map((c) => JSON.stringify(c)).join(h('extra.separator')) });

  const config: HelpConfiguration = {
    styleTitle: (title: string) => (TITLES[title] ? h(TITLES[title]) : title),
    commandUsage(this: Help, cmd: Command) {
      return localWords(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return localWords(Help.prototype.subcommandTerm.call(this, cmd));
    },
    // the same extras, in the same order, as commander's own optionDescription
    optionDescription(option: Option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(choices(option.argChoices));
      if (
        option.defaultValue !== undefined &&
        (option.required ||
          option.optional ||
          (option.isBoolean() && typeof option.defaultValue === 'boolean'))
      )
        extra.push(
          h('default', {
            value: option.defaultValueDescription || JSON.stringify(option.defaultValue),
          }),
        );
      if (option.presetArg !== undefined && option.optional)
        extra.push(h('preset', { value: JSON.stringify(option.presetArg) }));
      if (option.envVar !== undefined) extra.push(h('env', { name: option.envVar }));
      return withExtra(option.description, extra);
    },
    argumentDescription(argument: Argument) {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(choices(argument.argChoices));
      if (argument.defaultValue !== undefined)
        extra.push(
          h('default', {
            value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue),
          }),
        );
      return withExtra(argument.description, extra);
    },
    displayWidth: (s: string) => displayWidth(s.replace(SGR, '')),
    boxWrap(this: Help, str: string, width: number) {
      if (!WIDE.test(str) || width < this.minWidthToWrap)
        return Help.prototype.boxWrap.call(this, str, width);
      return str
        .split(/\r\n|\n/)
        .map((line) => wrapLine(line, width).join('\n'))
        .join('\n');
    },
  };
  if (lang === 'ja') {
    // the argument list names them as the usage line and the usage errors do: <dir>, [rev]
    config.argumentTerm = argumentName;
    // the list of commands leaves out [オプション] (each command's own usage line shows it): the
    // widest term, "diff <dir> [revA] [revB]", leaves 50 of 80 columns to the descriptions beside
    // it instead of 39; below commander's 40 columns the descriptions would not be wrapped at all
    config.subcommandTerm = function (this: Help, cmd: Command) {
      return localWords(Help.prototype.subcommandTerm.call(this, cmd))
        .split(' ')
        .filter((w) => w !== words['[options]'])
        .join(' ');
    };
    config.minWidthToWrap = 30;
  }
  return config;
}
