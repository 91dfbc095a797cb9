/**
 * Hashes and checks passwords. The server uses scrypt from node:crypto; the browser mock uses PBKDF2 from Web
 * Crypto. Each hash string names its algorithm and parameters, so either can read what it wrote.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}
