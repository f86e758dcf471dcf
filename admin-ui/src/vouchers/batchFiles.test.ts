import { describe, expect, it } from 'vitest';
import { fileNameOf, withPolicy } from './batchFiles';

describe('a batch file', () => {
  it('is saved under the name the server gives it, if it gives one', () => {
    expect(fileNameOf('attachment; filename="vouchers-b-1.csv"')).toBe('vouchers-b-1.csv');
    expect(fileNameOf(null)).toBeUndefined();
  });

  it('keeps the cards\' Content-Security-Policy inside the page, since a blob URL carries no header', () => {
    const policy = "default-src 'none'; style-src 'unsafe-inline'";

    expect(withPolicy('<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Cards</title>', policy))
      .toBe(`<!DOCTYPE html>\n<html lang="en">\n<head><meta http-equiv="Content-Security-Policy" content="${policy}">\n<title>Cards</title>`);
    expect(withPolicy('<p>cards</p>', null)).toBe('<p>cards</p>');
  });
});
