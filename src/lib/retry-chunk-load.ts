/** Wait before the second try of a failed code download: long enough for a flaky connection to come back. */
export const chunkRetryDelayMs = 500;

/**
 * Loads a lazy module, trying once more when the download fails (a flaky connection, or a request that raced a
 * deploy). A second failure is the boundary's to show: after a deploy replaced the hashed files, only a reload helps.
 */
export async function retryChunkLoad<T>(load: () => Promise<T>, delayMs: number = chunkRetryDelayMs): Promise<T> {
  try {
    return await load();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return load();
  }
}
