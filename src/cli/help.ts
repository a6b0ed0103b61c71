// The --help text; the exit codes and input rules here are the CLI's contract.
export const USAGE = 'usage: kilde annotate FILE... [--format json|jsonl|brat|md] [--lang auto|nb|nn|en]\n       kilde review FILE [--format json|claimreview|md] [--fact-checker NAME [--fact-checker-url URL]]';

export const HELP = `kilde: marks places, numbers, sources and claims in Norwegian news text

${USAGE}
       kilde --help | --version

Commands
  annotate FILE...    annotate each FILE; "-" reads standard input
  review FILE         the fact-check of FILE: its claims with the verdicts and
                      notes kept in FILE.kilde.json (what Kilde in VS Code
                      writes), anchored again to the text as it is now

Options
  -f, --format FMT    json   one file: the analysis as indented JSON (the
                             prediction shape of ANNOTATION.md plus metadata);
                             several files: JSON lines as with jsonl
                      jsonl  one JSON object per line and file, with a "file" field
                      brat   brat standoff (.ann) lines; several files get a
                             "# FILE" line before each
                      md     a Markdown report: claims table, sources, places, figures
                      (default: json)
                      review: json (every review, where it is anchored and
                      its claim), claimreview (schema.org ClaimReview JSON-LD
                      for each claim with a verdict), md (a report by verdict)
  -l, --lang LANG     auto, nb, nn or en (default: auto)
      --fact-checker NAME, --fact-checker-url URL
                      review --format claimreview: who publishes the fact-check
  -h, --help          show this help
  -V, --version       print the version

Input
  Text must be UTF-8. JSON offsets are UTF-16 code units, as VS Code counts
  them; brat offsets count Unicode code points, as brat does. A UTF-8
  byte-order mark is stripped before analysis, as VS Code does, so JSON
  offsets match what the editor shows (brat offsets still count the mark,
  since brat reads the file with it). CRLF line endings are kept. Invalid
  UTF-8 is decoded with U+FFFD replacement characters and a warning. Binary
  files (NUL bytes near the start) are refused.

Exit status
  0  every file was annotated (review: the fact-check was printed)
  1  the analysis failed for at least one file (the others are still printed)
  2  usage error, or an input could not be read: missing, a directory,
     binary or unreadable (the other files are still processed); for
     review also a missing, unreadable or unknown FILE.kilde.json

Errors are one line on stderr; set KILDE_DEBUG=1 for stack traces.
`;
