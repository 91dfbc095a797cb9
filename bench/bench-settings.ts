import { z } from 'zod';

const integerSetting = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The knobs of `npm run bench:server`, from the environment, each bounded so no run can go on forever. */
const benchSettingsSchema = z.object({
  runs: integerSetting(3, 1, 7),
  clients: integerSetting(50, 1, 200),
  warmupMs: integerSetting(2_000, 0, 30_000),
  durationMs: integerSetting(10_000, 1_000, 60_000),
  /** The editor's autosave fires after 1.5 s without typing (src/features/editor/lib/autosave-controller.ts). */
  pacedIntervalMs: integerSetting(1_500, 100, 60_000),
  /**
   * Profile the server's main thread during one phase (one run; results are not written): `1` or `saturate` for the
   * back-to-back partial saves, `at-goal` for the partial saves offered at the goal's rate.
   */
  cpuProfile: z
    .enum(['0', '1', 'saturate', 'at-goal'])
    .default('0')
    .transform((value) => (value === '0' ? null : value === 'at-goal' ? ('at-goal' as const) : ('saturate' as const))),
});

export type BenchSettings = z.infer<typeof benchSettingsSchema>;

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return benchSettingsSchema.parse({
    runs: env.BENCH_RUNS,
    clients: env.BENCH_CLIENTS,
    warmupMs: env.BENCH_WARMUP_MS,
    durationMs: env.BENCH_DURATION_MS,
    pacedIntervalMs: env.BENCH_PACED_INTERVAL_MS,
    cpuProfile: env.BENCH_CPU_PROFILE,
  });
}
