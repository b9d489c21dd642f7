// A benchmark returns tables of figures; main.ts prints them. Targets are printed beside the figures.
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export type Bench = () => Promise<BenchTable[]>;
