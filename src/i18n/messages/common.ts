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
  'fault.internal': { ja: '内部エラー: {detail}', en: 'Internal error: {detail}' },
  'fault.internal.hint': {
    ja: '--debug を付けて再実行し、出力を添えて報告してください。',
    en: 'Run again with --debug and report the output.',
  },
  'cli.problems': {
    ja: '{count} 件の問題があります。',
    en: '{count, plural, one {# problem} other {# problems}} found.',
  },
  'cli.ok': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
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
  'progress.records': { ja: '記録を読み込んでいます', en: 'Reading the records' },
  'progress.documents': { ja: '書類を確認しています', en: 'Checking the documents' },
  'progress.render': { ja: '報告書を組版しています', en: 'Typesetting the report' },
  'progress.publish': { ja: '提出物を書き出しています', en: 'Writing the submission' },
};
