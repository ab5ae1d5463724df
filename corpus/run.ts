/**
 * npm run corpus [-- --seed N --count N --family NAME --json <file> --show-misses N]
 *
 * Generates the layout corpus, runs each layout through the product's analysis
 * (recognition, validation, rating), scores it against the generator's truth, and
 * prints a table per family, the most common misreads, and the closing line
 * `corpus: N layouts, tables F/E, rows F/E, codes C/E, ratings R/E, false tables X`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, USAGE, type CorpusArgs } from './args';
import { COUNTED, describeLayout, describeTruth } from './describe';
import { FAMILIES } from './families';
import { generateLayout, indexOfId, layoutIndices } from './generate';
import type { Layout } from './model';
import { runProduct } from './product';
import {
  addLayout,
  familyTable,
  finalLine,
  newResult,
  toJson,
  topMisreads,
  type CorpusResult,
} from './report';
import { scoreLayout } from './score-layout';
import { writeLayout } from './write-xlsx';

function indices(args: CorpusArgs): number[] {
  if (args.ids) return args.ids.map(indexOfId);
  return layoutIndices({ seed: args.seed, count: args.count, family: args.family });
}

interface Progress {
  result: CorpusResult;
  details: string[];
  shown: number;
}

async function runOne(layout: Layout, args: CorpusArgs, p: Progress): Promise<void> {
  if (args.truth) console.log(describeTruth(layout).join('\n'));
  const found = runProduct(layout.snapshot);
  const score = scoreLayout(layout, found);
  addLayout(p.result, layout.family, score.counts, score.misses);
  if (p.shown < args.showMisses) {
    // --id shows every miss of the layouts asked for; otherwise only those the closing line counts
    const counted = score.misses
      .filter((m) => args.ids || COUNTED.has(m.kind))
      .slice(0, args.showMisses - p.shown);
    if (counted.length > 0) {
      p.details.push(...describeLayout(layout, found, counted));
      p.shown += counted.length;
    }
  }
  if (args.write) await writeLayout(layout, args.write);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    console.log(`families: ${FAMILIES.map((f) => f.name).join(', ')}`);
    return;
  }
  const started = Date.now();
  const p: Progress = { result: newResult(), details: [], shown: 0 };
  for (const i of indices(args)) await runOne(generateLayout(args.seed, i), args, p);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `corpus seed ${args.seed}: ${p.result.total.layouts} layouts generated and scored in ${seconds} s\n`,
  );
  console.log(familyTable(p.result).join('\n'));
  console.log(`\nmost common misreads (count, kind, [families], layouts):`);
  console.log(topMisreads(p.result.misses, args.top).join('\n'));
  if (p.details.length > 0) console.log(`\nfirst ${p.shown} misreads:\n${p.details.join('\n')}`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(toJson(p.result, args.seed), null, 2)}\n`);
  console.log(`\n${finalLine(p.result.total)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
