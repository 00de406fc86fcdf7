/**
 * `npm run eval -- quotes|dates DIR`: scores an extractor on an annotated corpus directory.
 */
const [task, dir, ...rest] = process.argv.slice(2);

if (!task || !dir || (task !== 'quotes' && task !== 'dates')) {
  console.error('usage: npm run eval -- quotes|dates DIR [options]');
  process.exit(2);
}

if (task === 'quotes') {
  const { runQuoteEval } = await import('./quotes.ts');
  process.exitCode = await runQuoteEval(dir, rest);
} else {
  const { runDateEval } = await import('./dates.ts');
  process.exitCode = await runDateEval(dir, rest);
}
