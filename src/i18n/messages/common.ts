/** Messages shared by every area: CLI, generic faults (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const common: Record<string, Entry> = {
  'severity.error': { ja: 'エラー', en: 'error' },
  'severity.warning': { ja: '警告', en: 'warning' },
  'severity.info': { ja: '情報', en: 'info' },
  'problem.expectedFound': {
    ja: '（期待: {expected}、実際: {found}）',
    en: ' (expected: {expected}; found: {found})',
  },
  'problem.expectedOnly': { ja: '（期待: {expected}）', en: ' (expected: {expected})' },
  'problem.foundOnly': { ja: '（実際: {found}）', en: ' (found: {found})' },
  'problem.empty': { ja: '空欄', en: 'empty' },
  'problem.nothing': { ja: 'なし', en: 'nothing' },
  'fault.diskFull': {
    ja: 'ディスクがいっぱいで書き込めませんでした。',
    en: 'The disk is full; nothing could be written.',
  },
  'fault.diskFull.hint': {
    ja: '空き容量を確保してから、もう一度実行してください。以前の提出物は変更されていません。',
    en: 'Free some space and run again. Earlier submissions were not changed.',
  },
  'fault.notWritable': {
    ja: 'フォルダーに書き込む権限がありません: {path}',
    en: 'The folder is not writable: {path}',
  },
  'fault.notWritable.hint': {
    ja: 'ケースフォルダーを書き込み可能にしてから、もう一度実行してください。',
    en: 'Make the case folder writable and run again.',
  },
  'fault.tempMissing': {
    ja: '一時フォルダー {dir} がありません（フォルダーではありません）。',
    en: 'The temporary folder {dir} does not exist (or is not a folder).',
  },
  'fault.tempFull': {
    ja: '一時フォルダー {dir} がいっぱいで書き込めませんでした。',
    en: 'The temporary folder {dir} is full; nothing could be written to it.',
  },
  'fault.tempNotWritable': {
    ja: '一時フォルダー {dir} に書き込めません。',
    en: 'The temporary folder {dir} is not writable.',
  },
  'fault.temp.hint': {
    ja: '環境変数 TMPDIR に、空き容量のある書き込み可能なフォルダーを指定してから、もう一度実行してください。入力ファイルの問題ではありません。',
    en: 'Point the TMPDIR environment variable at an existing, writable folder with free space and run again. Your files are not at fault.',
  },
  'fault.memory': {
    ja: 'メモリが足りなくなったため中止しました（使用 {used} MiB、上限 {limit} MiB）。',
    en: 'Stopped: out of memory ({used} MiB used of {limit} MiB).',
  },
  'fault.memory.rows': {
    ja: 'このファイルを {rows} 行読んだところでメモリが足りなくなったため中止しました（使用 {used} MiB、上限 {limit} MiB）。',
    en: 'Stopped after {rows} rows of this file: out of memory ({used} MiB used of {limit} MiB).',
  },
  'fault.memory.need': {
    ja: 'このファイルを {rows} 行読んだところで中止しました。ここまでの行だけで照合と出力に約 {need} MiB のメモリが要り、上限 {limit} MiB の 9 割を超えます（使用中 {used} MiB）。',
    en: 'Stopped after {rows} rows of this file: the rows read so far need about {need} MiB to reconcile and write, more than 90% of the {limit} MiB limit ({used} MiB in use).',
  },
  'fault.memory.hint': {
    ja: 'ファイルを期間ごとに分けるか、メモリの多いコンピューターで NODE_OPTIONS=--max-old-space-size={mib} を付けて実行してください。入力や以前の提出物は変更されていません。',
    en: 'Split the file by period, or run on a machine with more memory with NODE_OPTIONS=--max-old-space-size={mib}. No input and no earlier submission was changed.',
  },
  'fault.internal': { ja: '内部エラー: {detail}', en: 'Internal error: {detail}' },
  'fault.internal.hint': {
    ja: '--debug を付けて再実行し、出力を添えて報告してください。',
    en: 'Run again with --debug and report the output.',
  },
  'cli.problems': {
    ja: '{count} 件の問題があります。',
    en: '{count, plural, one {# problem} other {# problems}} found.',
  },
  'cli.summary': {
    ja: 'エラー {errors} 件、警告 {warnings} 件。',
    en: '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  },
  'cli.ok': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  'cli.okWarnings': {
    ja: 'エラーはありません。警告が {count} 件あります（上記）。',
    en: 'No errors; {count, plural, one {# warning} other {# warnings}} above.',
  },
  'cli.warnings': {
    ja: '{count} 件の警告があります。',
    en: '{count, plural, one {# warning} other {# warnings}}.',
  },
  'cli.badKind': {
    ja: '--kind は authenticity か performance です（指定値: {value}）。',
    en: '--kind is authenticity or performance (given: {value}).',
  },
  'cli.badLang': {
    ja: '--lang は ja か en です（指定値: {value}）。',
    en: '--lang is ja or en (given: {value}).',
  },
  // commander's usage errors (src/commands/usage.ts)
  'cli.usage.missingArgument': {
    ja: '引数 <{name}> がありません。',
    en: 'The argument <{name}> is missing.',
  },
  'cli.usage.tooMany': {
    ja: '引数が多すぎます（{expected} 個のところ {got} 個）。',
    en: 'Too many arguments ({got}; this command takes {expected}).',
  },
  'cli.usage.unknownCommand': {
    ja: 'コマンド {name} はありません。',
    en: 'There is no command {name}.',
  },
  'cli.usage.unknownOption': {
    ja: 'オプション {name} はありません。',
    en: 'There is no option {name}.',
  },
  'cli.usage.optionArgument': {
    ja: 'オプション {name} に値がありません。',
    en: 'The option {name} needs a value.',
  },
  'cli.usage.optionInvalid': {
    ja: 'オプション {name} の値 {value} は使えません。',
    en: 'The value {value} of the option {name} is not valid.',
  },
  'cli.usage.didYouMean': { ja: '{name} の誤りではありませんか。', en: 'Did you mean {name}?' },
  'cli.usage.help': {
    ja: '使い方は --help で表示されます。',
    en: 'Run with --help to see how to use it.',
  },
  'progress.records': { ja: '記録を読み込んでいます', en: 'Reading the records' },
  'progress.documents': { ja: '書類を確認しています', en: 'Checking the documents' },
  'progress.render': { ja: '報告書を組版しています', en: 'Typesetting the report' },
  'progress.publish': { ja: '提出物を書き出しています', en: 'Writing the submission' },
};
