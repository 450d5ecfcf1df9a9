/**
 * GS1 check digit (JAN/EAN-13 from 12 digits, UPC-A from 11): weights 3 and 1 alternate from
 * the rightmost digit of the body.
 */
export function withCheckDigit(body) {
  const sum = [...body].reverse().reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}
