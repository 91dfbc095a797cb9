/** Small named facts a backend remembers about itself, such as "the demo was seeded at …". */
export interface MarkerStore {
  get(name: string): Promise<string | null>;
  put(name: string, value: string): Promise<void>;
}
