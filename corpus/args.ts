/** The command line of `npm run corpus`. */
export interface CorpusArgs {
  seed: number;
  count: number;
  family?: string;
  json?: string;
  showMisses: number;
  write?: string;
  /** only these layouts ("L0042,L0107") */
  ids?: string[];
  /** how many kinds of misread to list */
  top: number;
  /** print each layout's truth and grid */
  truth: boolean;
  help: boolean;
}

export const USAGE = `npm run corpus [-- options]
  --seed N           corpus seed (default 1)
  --count N          layouts (default 1000; with --family, layouts of that family)
  --family NAME      only that family's layouts (same ids as in the full corpus)
  --id L0042[,L..]   only these layouts
  --json FILE        write the scores as JSON
  --show-misses N    print the first N misreads with the layout's grid
  --top N            kinds of misread to list (default 10)
  --truth            print each layout's expected tables, rows and grid (with --id or a small --count)
  --write DIR        write each layout as .xlsx (and its truth as .json) for inspection`;

function int(name: string, v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < 0)
    throw new Error(`${name} needs a whole number, not "${v ?? ''}"`);
  return n;
}

export function parseArgs(argv: string[]): CorpusArgs {
  const out: CorpusArgs = { seed: 1, count: 1000, showMisses: 0, top: 10, truth: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string | undefined => argv[++i];
    if (a === '--seed') out.seed = int(a, next());
    else if (a === '--count') out.count = int(a, next());
    else if (a === '--family') out.family = next();
    else if (a === '--json') out.json = next();
    else if (a === '--show-misses') out.showMisses = int(a, next());
    else if (a === '--top') out.top = int(a, next());
    else if (a === '--write') out.write = next();
    else if (a === '--id') out.ids = (next() ?? '').split(',').filter(Boolean);
    else if (a === '--truth') out.truth = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return out;
}
