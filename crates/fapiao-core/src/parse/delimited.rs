//! Delimited text: CSV, TSV, `;`, `|`, and cells pasted from Excel, WPS or a web page.

use crate::diag::Diagnostic;
use crate::parse::limits::{exceeded, Limits};
use crate::parse::table::{Row, Table};

/// Delimiters tried, in order of preference when they fit equally well.
const CANDIDATES: [char; 4] = ['\t', ',', ';', '|'];

/// Lines looked at to choose the delimiter.
const SAMPLE_LINES: usize = 50;

/// Chooses the delimiter that splits the sample lines into the same number of fields most
/// often (quoted text ignored); `,` when no candidate appears.
pub fn detect_delimiter(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SAMPLE_LINES)
        .collect();
    let mut best = (',', 0usize);
    for d in CANDIDATES {
        let counts: Vec<usize> = lines.iter().map(|l| count_unquoted(l, d)).collect();
        // The most common non-zero count, and how many lines have it.
        let mut modal = (0usize, 0usize);
        for &c in counts.iter().filter(|&&c| c > 0) {
            let n = counts.iter().filter(|&&x| x == c).count();
            if n > modal.1 || (n == modal.1 && c > modal.0) {
                modal = (c, n);
            }
        }
        if modal.1 > best.1 {
            best = (d, modal.1);
        }
    }
    best.0
}

fn count_unquoted(line: &str, d: char) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == d && !quoted {
            n += 1;
        }
    }
    n
}

/// Refuses a file with a physical line longer than the limit before anything else reads it,
/// so a 100 MB line costs one scan for line ends rather than a CSV parse.
pub fn check_line_lengths(file: &str, bytes: &[u8], limits: &Limits) -> Result<(), Diagnostic> {
    let mut start = 0usize;
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    for (line, end) in (1u64..).zip(ends) {
        if end - start > limits.line_bytes {
            return Err(exceeded(
                file,
                &format!("第 {line} 行过长"),
                &format!("line {line} is too long"),
                limits.line_bytes as u64,
            ));
        }
        start = end + 1;
    }
    Ok(())
}

/// Splits decoded text into rows, numbered by the line each record starts on.
/// Stops with an error at the first line or row past the limits.
pub fn read_rows(
    file: &str,
    text: &str,
    delimiter: char,
    limits: &Limits,
) -> Result<Table, Diagnostic> {
    let mut delim = [0u8; 4];
    let delim = delimiter.encode_utf8(&mut delim).as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if delim.len() == 1 { delim[0] } else { b',' })
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells: u64 = 0;
    let mut record = csv::ByteRecord::new();
    // A record's cells one after another, copied from `text` (see `record_text`).
    let mut spliced = String::new();
    let bytes = text.as_bytes();
    // Line counting runs alongside the reader: `counted_to` is the byte up to which `line`
    // (1-based) is known.
    let (mut counted_to, mut line) = (0usize, 1u32);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Invalid UTF-8 cannot happen in decoded text; treat any error as the end.
            Err(_) => break,
        }
        // The record starts after any blank lines the reader skipped.
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        let start = start.max(counted_to);
        line = line.saturating_add(newlines(&bytes[counted_to..start]));
        counted_to = start;
        let end = (reader.position().byte() as usize).min(bytes.len());
        if end.saturating_sub(start) > limits.line_bytes {
            return Err(exceeded(
                file,
                &format!("第 {line} 行过长"),
                &format!("line {line} is too long"),
                limits.line_bytes as u64,
            ));
        }
        if record.len() > limits.row_cells {
            return Err(exceeded(
                file,
                &format!("第 {line} 行字段过多"),
                &format!("line {line} has too many fields"),
                limits.row_cells as u64,
            ));
        }
        cells += record.len() as u64;
        if cells > limits.cells {
            return Err(exceeded(file, "单元格过多", "too many cells", limits.cells));
        }
        let Some(cells_text) = record_text(text, start, end, &record, &mut spliced) else {
            break;
        };
        rows.push(Row::of_record(
            line,
            cells_text,
            record.len(),
            record.iter().map(<[u8]>::len),
        ));
    }
    Ok(Table {
        sheet: None,
        rows,
        from_text: true,
    })
}

/// The text of a record's cells one after another. The `csv` crate's own `StringRecord` checks
/// every record's bytes as UTF-8 again, about a tenth of reading a table although `text` is
/// already a `str`: a record without quotes is copied from `text` itself instead, cell by cell
/// (each cell lies between two delimiters, so slicing `text` checks only its two ends). A
/// record with quotes (or anything that does not add up) is checked as before.
fn record_text<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    record: &'a csv::ByteRecord,
    spliced: &'a mut String,
) -> Option<&'a str> {
    let span = text.as_bytes().get(start..end)?;
    if memchr::memchr(b'"', span).is_none() {
        spliced.clear();
        let mut at = start;
        let mut whole = true;
        for cell in record {
            match text.get(at..at + cell.len()) {
                Some(s) => spliced.push_str(s),
                None => {
                    whole = false;
                    break;
                }
            }
            // One delimiter byte after each cell (`read_rows` gives `csv` a one-byte delimiter).
            at += cell.len() + 1;
        }
        // What follows the last cell must be the line's end and nothing else.
        let last_end = at.saturating_sub(1);
        if whole
            && last_end <= end
            && text.as_bytes()[last_end..end]
                .iter()
                .all(|b| matches!(b, b'\r' | b'\n'))
        {
            return Some(spliced.as_str());
        }
    }
    std::str::from_utf8(record.as_slice()).ok()
}

fn newlines(b: &[u8]) -> u32 {
    u32::try_from(memchr::memchr_iter(b'\n', b).count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_by_consistency() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), ',');
        assert_eq!(detect_delimiter("a\tb,x\tc\n1\t2\t3\n"), '\t');
        assert_eq!(detect_delimiter("a;b;c\n\"1,5\";2;3\n"), ';');
        assert_eq!(detect_delimiter("a|b|c\n1|2|3\n"), '|');
        assert_eq!(detect_delimiter("只有一列\n1\n"), ',');
    }

    #[test]
    fn a_line_past_the_limit_is_refused_before_parsing() {
        let limits = Limits {
            line_bytes: 8,
            ..Limits::DEFAULT
        };
        assert!(check_line_lengths("x.csv", b"12345678\n1234\n", &limits).is_ok());
        let err = check_line_lengths("x.csv", b"1234\n123456789\n", &limits).unwrap_err();
        assert_eq!(err.id, "read.limit");
        assert!(err.message.en.contains("line 2"), "{}", err.message.en);
        assert!(check_line_lengths("x.csv", b"1\n123456789", &limits).is_err());
    }

    proptest::proptest! {
        /// A row's cells are the ones the `csv` crate reads, whatever the quoting and line ends.
        #[test]
        fn rows_hold_the_cells_csv_reads(text in "\u{feff}?[a发 ,\"\r\n]{0,40}") {
            let table = read_rows("x.csv", &text, ',', &Limits::DEFAULT).unwrap();
            let expected: Vec<Vec<String>> = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text.as_bytes())
                .records()
                .map(|r| r.unwrap().iter().map(str::to_string).collect())
                .collect();
            let got: Vec<Vec<String>> = table
                .rows
                .iter()
                .map(|r| r.cells().map(str::to_string).collect())
                .collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn a_record_without_quotes_is_copied_from_the_text_itself() {
        let text = "a,发票,c\r\n\"x,y\",z\n";
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut record = csv::ByteRecord::new();
        let mut spliced = String::new();
        assert!(reader.read_byte_record(&mut record).unwrap());
        let end = reader.position().byte() as usize;
        let got = record_text(text, 0, end, &record, &mut spliced).unwrap();
        assert_eq!(got, "a发票c");
        assert_eq!(got.as_ptr(), spliced.as_ptr(), "not spliced from the text");
        let start = end;
        assert!(reader.read_byte_record(&mut record).unwrap());
        let end = reader.position().byte() as usize;
        let got = record_text(text, start, end, &record, &mut spliced).unwrap();
        assert_eq!(got, "x,yz");
        assert_eq!(
            got.as_ptr(),
            record.as_slice().as_ptr(),
            "quotes: the record's own text"
        );
    }

    #[test]
    fn rows_keep_line_numbers_and_quotes() {
        let t = read_rows("x.csv", "a,b\n\n\"1,\n5\",2\n3,4\n", ',', &Limits::DEFAULT).unwrap();
        let lines: Vec<u32> = t.rows.iter().map(|r| r.number).collect();
        assert_eq!(lines, vec![1, 3, 5]);
        assert_eq!(t.rows[1].cells().collect::<Vec<_>>(), ["1,\n5", "2"]);
    }
}
