import { analyze } from '../../src/core/analyze';
const t = process.argv[2];
const a = analyze(t, { language: process.argv[3] as 'nb' ?? 'nb' });
for (const c of a.claims) console.log('claim', JSON.stringify(c.source), '|', c.cue, '|', c.text);
