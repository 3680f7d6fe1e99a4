/**
 * The form a document number is stored and looked up in: upper case, only A-Z and 0-9, so that `x-1234 567`,
 * `X 1234 567` and `X1234567` are the same number. The seed and the import fill `number_normalized` with it.
 */
export function normalizeDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]+/g, '');
}

/**
 * A normalized number with the letters O and I read as the digits 0 and 1, the misreadings officers and OCR make most.
 * Must stay the same as the generated column `number_confusable` (`translate(number_normalized, 'OI', '01')`).
 */
export function confusableDocumentNumber(normalized: string): string {
  return normalized.replace(/O/g, '0').replace(/I/g, '1');
}
