import type { HouseStyleId } from '@/schema/house-style-id';

/** What the import knows of an outlet whose house style Bureau renders. A new outlet is one more entry. */
export interface WireOutlet {
  /** The name written in the dateline and stored in `meta.outlet`. */
  readonly name: string;
  /** Other spellings seen in datelines and photo credits. */
  readonly aliases: readonly string[];
  readonly houseStyle: HouseStyleId;
  /** Domains of the outlet's reporter and photo desk addresses. */
  readonly emailDomains: readonly string[];
}

export const wireOutlets: readonly WireOutlet[] = [
  { name: '뉴시스', aliases: ['NEWSIS', 'Newsis'], houseStyle: 'newsis', emailDomains: ['newsis.com'] },
  { name: '연합뉴스', aliases: ['연합', 'Yonhap'], houseStyle: 'yonhap', emailDomains: ['yna.co.kr', 'yonhapnews.co.kr'] },
  { name: '뉴스1', aliases: ['News1', 'NEWS1', '뉴스1코리아'], houseStyle: 'news1', emailDomains: ['news1.kr'] },
];

export function findWireOutlet(name: string): WireOutlet | null {
  const wanted = name.trim();
  return wireOutlets.find((outlet) => outlet.name === wanted || outlet.aliases.includes(wanted)) ?? null;
}

export function findWireOutletByEmail(address: string): WireOutlet | null {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return wireOutlets.find((outlet) => outlet.emailDomains.includes(domain)) ?? null;
}
