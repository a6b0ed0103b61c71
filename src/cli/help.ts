// The --help text; the exit codes and input rules here are the CLI's contract.
export const USAGE = 'usage: kilde annotate FILE|FOLDER... [--format json|jsonl|brat|md] [--lang auto|nb|nn|en] [--jobs N]\n       kilde review FILE [--format json|claimreview|md] [--fact-checker NAME [--fact-checker-url URL]]';

export const HELP = `kilde: marks places, numbers, sources and claims in Norwegian news text

${USAGE}
       kilde --help | --version

Commands
  annotate FILE...    annotate each FILE; "-" reads standard input. A FOLDER
                      stands for every .txt, .news and .md file in it and in
                      its subfolders (hidden ones skipped), in name order,
                      printed as JSON lines by default
  review FILE         the fact-check of FILE: its claims with the verdicts and
                      notes kept in FILE.kilde.json (what Kilde in VS Code
                      writes), anchored again to the text as it is now

Options
  -f, --format FMT    json   one file: the analysis as indented JSON (the
                             prediction shape of ANNOTATION.md plus metadata);
                             several files or a folder: JSON lines as with jsonl
                      jsonl  one JSON object per line and file, with a "file" field
                      brat   brat standoff (.ann) lines; several files get a
                             "# FILE" line before each
                      md     a Markdown report: claims table, sources, places, figures
                      (default: json)
                      review: json (every review, where it is anchored and
                      its claim), claimreview (schema.org ClaimReview JSON-LD
                      for each claim with a verdict), md (a report by verdict)
  -l, --lang LANG     auto, nb, nn or en (default: auto)
  -j, --jobs N        annotate: files analysed at once, each on a thread of its
                      own (default: one per CPU core once the files hold
                      about 50 MB or more; 1 keeps to one thread). The
                      output keeps the order of the files
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
  2  usage error, or an input could not be read: missing, binary or
     unreadable, or a folder with no articles in it or that cannot be read
     (the other files are still processed); for
     review also a missing, unreadable or unknown FILE.kilde.json

Errors are one line on stderr; set KILDE_DEBUG=1 for stack traces.
`;
