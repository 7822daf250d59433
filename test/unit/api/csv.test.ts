import { csvCell, csvLine } from '../../../src/api/csv';

describe('CSV cells', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    ['plain', 'plain'],
    [42, '42'],
    [false, 'false'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['é 😀', 'é 😀'],
    [{ HOMEOWNER: 'yes' }, '"{""HOMEOWNER"":""yes""}"'],
    // Spreadsheet formula injection: a leading ' keeps each of these text.
    ['=1+1', "'=1+1"],
    ['+15551234567', "'+15551234567"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r=x', `"'\r=x"`],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['a=b', 'a=b'],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value as never)).toBe(cell);
  });

  it('ends each line with CRLF', () => {
    expect(csvLine(['id', null, 'x,y'])).toBe('id,,"x,y"\r\n');
  });
});
