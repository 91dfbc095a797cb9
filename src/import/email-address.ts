/** An e-mail address as written in bylines and captions. */
export const emailAddressSource = String.raw`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}`;

/**
 * What Cloudflare's e-mail obfuscation leaves in copied page text instead of the address. The real address lives in
 * the page's script, not in its text, so it cannot be recovered from a copy.
 */
export const obfuscatedEmailSource = String.raw`\[email ?protected\]`;

export const emailAddressPattern = new RegExp(`^${emailAddressSource}$`);
export const obfuscatedEmailPattern = new RegExp(`^${obfuscatedEmailSource}$`, 'i');
