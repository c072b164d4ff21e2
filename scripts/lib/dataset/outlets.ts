import type { DiplomaticEvent } from '../../../src/lib/data/event.generated.ts';

/**
 * Outlets whose stories other sites carry under their own name, as the publisher of such a copy credits them in
 * brackets: "Star Tribune (AP)", "Yahoo News (CNN)". A bracket that names none of these describes the page
 * ("Pravda.ru (EN)", "President of Ukraine (official website)") and says nothing about who wrote it. Lower case.
 * A new agency goes here, or the copy is credited "(citing X)", which is read as an agency whatever X is.
 */
export const KNOWN_AGENCIES: ReadonlySet<string> = new Set([
  'abc news',
  'afp',
  'agence france-presse',
  'al-shorouk',
  'ani',
  'ansa',
  'anadolu',
  'anadolu agency',
  'ap',
  'askanews',
  'associated press',
  'belta',
  'bloomberg',
  'cns',
  'cnn',
  'crux',
  'dpa',
  'dw',
  'efe',
  'gb news',
  'india today',
  'interfax',
  'interfax-ukraine',
  'kuna',
  'kyodo',
  'libération',
  'miami herald',
  'npr',
  'pa',
  'pap',
  'pti',
  'reuters',
  'ria novosti',
  'rfe/rl',
  'rfi',
  'sputnik',
  'storyful',
  'swissinfo',
  'tass',
  'tvc',
  'ukrainska pravda',
  'ukrinform',
  'unian',
  'xinhua',
  'yonhap',
  'настоящее время',
]);

/**
 * Sites that carry many publishers' pages, under one host: social networks, aggregators, blog platforms and web
 * archives. Two pages on one of these may come from two outlets; on any other site, they come from one.
 */
const PLATFORMS: ReadonlySet<string> = new Set([
  'archive.is',
  'archive.org',
  'archive.ph',
  'archive.today',
  'blogspot.com',
  'dzen.ru',
  'facebook.com',
  'flipboard.com',
  'google.com',
  'instagram.com',
  'livejournal.com',
  'medium.com',
  'msn.com',
  'ok.ru',
  'substack.com',
  't.me',
  'telegra.ph',
  'tiktok.com',
  'twitter.com',
  'vk.com',
  'wordpress.com',
  'x.com',
  'yahoo.com',
  'youtu.be',
  'youtube.com',
]);

/** Second-level labels under which a country's domains are registered: bbc.co.uk, pravda.com.ua, aa.com.tr. */
const COUNTRY_SECOND_LEVELS = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gob',
  'gov',
  'mil',
  'ne',
  'net',
  'or',
  'org',
]);

/**
 * The name a site is registered under, which its subdomains share: "www.dw.com" and "amp.dw.com" are
 * "dw.com", "www.bbc.co.uk" is "bbc.co.uk". Undefined for an address that cannot be read. A close reading of
 * the public suffix list is not needed: only hosts within one event are compared.
 */
export function registrableHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  const tld = labels.at(-1)!;
  const keep = tld.length === 2 && labels.length >= 3 && COUNTRY_SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The bracket at the end of a publisher's name, and the name before it: "Star Tribune (AP)". */
function splitPublisher(publisher: string): { name: string; note: string | undefined } {
  const note = /\(([^()]+)\)\s*$/.exec(publisher)?.[1]?.trim();
  return { name: publisher.replace(/\s*\([^()]*\)\s*$/, '').trim(), note };
}

/**
 * Who wrote a source's story, lower case: the agency of a syndicated copy ("Star Tribune (AP)" → "ap", "X
 * (citing Anadolu)" → "anadolu", "X (Reuters, Anadolu)" → both), the page's own publisher otherwise ("TASS (via
 * news-pravda)" → "tass", "Pravda.ru (EN)" → "pravda.ru").
 */
export function storyAuthors(publisher: string): string[] {
  const { name, note } = splitPublisher(publisher);
  const own = [name.toLowerCase()];
  if (note === undefined || /^via\b/i.test(note)) return own;
  const citing = /^citing\s+(.+)$/i.exec(note)?.[1];
  if (citing !== undefined) return [citing.trim().toLowerCase()];
  const credited = note.split(/\s*,\s*/).map((a) => a.toLowerCase());
  return credited.every((a) => KNOWN_AGENCIES.has(a)) ? credited : own;
}

/**
 * The outlets behind an event's sources, each as the publisher names of its sources. Two sources are one
 * outlet when they tell one author's story (two copies of an AP story), or when the site itself wrote both and
 * they are pages of one site ("DW" and "Deutsche Welle" on dw.com). A page that credits another outlet or was
 * found on a mirror ("via") is the other outlet's, whatever site carries it.
 */
export function outlets(e: Pick<DiplomaticEvent, 'sources'>): string[][] {
  const parent = e.sources.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  const join = (key: string, i: number) => {
    const j = owner.get(key);
    if (j === undefined) owner.set(key, i);
    else parent[find(i)] = find(j);
  };
  e.sources.forEach((s, i) => {
    const authors = storyAuthors(s.publisher);
    for (const a of authors) join(`author:${a}`, i);
    const host = registrableHost(s.url);
    const ownStory = authors.length === 1 && authors[0] === splitPublisher(s.publisher).name.toLowerCase();
    const { note } = splitPublisher(s.publisher);
    if (host && ownStory && !(note && /^via\b/i.test(note)) && !PLATFORMS.has(host)) join(`host:${host}`, i);
  });
  const groups = new Map<number, string[]>();
  e.sources.forEach((s, i) => {
    const root = find(i);
    const names = groups.get(root) ?? [];
    if (!names.includes(s.publisher)) names.push(s.publisher);
    groups.set(root, names);
  });
  return [...groups.values()];
}
