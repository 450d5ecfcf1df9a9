import { describe, expect, test } from 'vitest';
import { parseDate, parseFlag, parseId, parseInteger } from '../../src/records/values.js';

const val = <T>(r: { ok: boolean; value?: T; reason?: string }) => (r.ok ? r.value : r.reason);

describe('parseDate', () => {
  test.each([
    ['2026-03-04T10:21:33+09:00', '2026-03-04'],
    // Late evening in the US is the next day in UTC: the date as written is kept.
    ['2026-03-04T23:30:00-08:00', '2026-03-04'],
    ['2026-03-04T00:30:00+09:00', '2026-03-04'],
    ['2026-03-04T10:21:33Z', '2026-03-04'],
    ['2026-03-04 10:21:33 JST', '2026-03-04'],
    ['2026-03-04', '2026-03-04'],
    ['2026/3/4', '2026-03-04'],
    ['2026/03/04 9:05', '2026-03-04'],
    ['04-MAR-2026', '2026-03-04'],
    ['4-Mar-2026', '2026-03-04'],
    ['2026年3月4日', '2026-03-04'],
    ['２０２６年３月４日', '2026-03-04'],
    ['2026年3月4日(水)', '2026-03-04'],
    ['13/03/2026', '2026-03-13'],
    ['03/13/2026', '2026-03-13'],
    ['04-03-2026', '2026-03-04'],
    ['04.03.2026', '2026-03-04'],
    ['Mar 4, 2026', '2026-03-04'],
    ['March 4, 2026 11:59:59 PM PST', '2026-03-04'],
    ['2026-03-04T10:21:33.000Z', '2026-03-04'],
  ])('%s → %s', (input, expected) => {
    expect(val(parseDate(input))).toBe(expected);
  });

  test('ambiguous slash dates need an order', () => {
    expect(val(parseDate('03/04/2026'))).toBe('records.cell.dateAmbiguous');
    expect(val(parseDate('03/04/2026', { order: 'MDY' }))).toBe('2026-03-04');
    expect(val(parseDate('03/04/2026', { order: 'DMY' }))).toBe('2026-04-03');
  });

  test('impossible and unreadable dates', () => {
    expect(val(parseDate('2026-02-30'))).toBe('records.cell.dateInvalid');
    expect(val(parseDate('yesterday'))).toBe('records.cell.date');
    expect(val(parseDate(''))).toBe('records.cell.date');
  });

  test('excel cells: Date read in UTC, serial numbers', () => {
    expect(val(parseDate(new Date(Date.UTC(2026, 2, 4))))).toBe('2026-03-04');
    expect(val(parseDate(46085))).toBe('2026-03-04');
  });

  test('month-only for ledger summaries', () => {
    expect(val(parseDate('03/2026', { monthOnly: true }))).toBe('2026-03-01');
  });
});

describe('parseInteger', () => {
  test.each([
    ['2', 2],
    [' 12 ', 12],
    ['1,200', 1200],
    ['３', 3],
    [7, 7],
  ])('%s → %s', (input, expected) => expect(val(parseInteger(input))).toBe(expected));
  test.each(['1.5', 'abc', '-1', '', '1e3', 1.5])('rejects %s', (input) =>
    expect(val(parseInteger(input))).toBe('records.cell.int'),
  );
  test('signed for ledger quantities', () => expect(val(parseInteger('-3', true))).toBe(-3));
});

describe('parseId', () => {
  test('strings stay as written', () => {
    expect(val(parseId('00123-A'))).toBe('00123-A');
    expect(val(parseId('0777'))).toBe('0777');
    expect(val(parseId('12345678901234567890'))).toBe('12345678901234567890');
  });
  test('numbers: padded by a 000 format, exact or refused', () => {
    expect(val(parseId('0777'))).toBe('0777');
    expect(val(parseId(777, '0000'))).toBe('0777');
    expect(val(parseId(4901234567894))).toBe('4901234567894');
    expect(val(parseId(12345678901234567890))).toBe('records.cell.idLostDigits');
  });
});

test('parseFlag', () => {
  expect(val(parseFlag(''))).toBe(false);
  expect(val(parseFlag('はい'))).toBe(true);
  expect(val(parseFlag('yes'))).toBe(true);
  expect(val(parseFlag('maybe'))).toBe('records.cell.flag');
});
