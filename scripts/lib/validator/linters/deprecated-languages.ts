/**
 * What IANA's Language Subtag Registry (File-Date 2025-08-25) deprecates, with the code to write instead ("" where
 * it names none), as "deprecated:current" pairs. Copied from the devDependency language-subtag-registry, whose
 * data deprecated-languages.test.ts compares it with: when that package is updated, the test says what changed.
 * A table in the code rather than the registry read at each run: the registry is a megabyte of JSON, and the
 * validator's speed is a target.
 */
function table(lines: readonly string[]): ReadonlyMap<string, string> {
  return new Map(
    lines
      .flatMap((line) => line.split(' '))
      .map((pair): [string, string] => {
        const [deprecated = '', current = ''] = pair.split(':');
        return [deprecated, current];
      }),
  );
}

/** Deprecated primary language subtags ("iw" for Hebrew, now "he"). */
export const DEPRECATED_LANGUAGES: ReadonlyMap<string, string> = table([
  'in:id iw:he ji:yi jw:jv mo:ro aam:aas adp:dz agp: ais: ajp:apc ajt:aeb aoh: asd:snz aue:ktz ayx:nun',
  'ayy: baz: bbz: bgm:bcg bhk: bic:bir bij: bjd:drl bjq: bkb: blg:iba bmy: bpb: btb: btl: bxx: byy:',
  'cbe: cbh: cca: ccq:rki cdg: cjr:mom cka:cmr cmk:xch coy:pij cqu:quh cug: cum: daf: dap: dek:sqm dgu:',
  'dha: dit:dif djl: dkl: drh:khk drr:kzk drw:prs dud: duj: dwl: ekc: elp: emo: gav:dev gbc: gfx:vaj',
  'ggn:gvr ggo: ggr: gio: gji: gli:kzk gti:nyc guv:duz hrr:jal iap: ibi:opa ill: ilw:gal ime: izi: jar:',
  'jeg:oyb kbf: kdv: kgc:tdf kgd: kgh:kml kgm:plu kjf: koj:kwv kox: kpp: krm:bmf ksa: ktr:dtp kvs:gdj',
  'kwq:yam kxe:tvd kxl:kru kxu: kzh: kzj:dtp kzt:dtp lak:ksp lba: leg: lii:raq llo:ngt lmm:rmx lmz:',
  'lno: lsg: meg:cir mgx: mhh: mja: mld: mnt: mof: mst:mry mvm: mwd: mwj:vaj mwx: mwy: myd:aog myi:',
  'myq: myt:mry nad:xny nbf: nbx: ncp:kdz ngo: nln: nlr: nns:nbr nnx:ngv nom:cbr noo: nte:eko nts:pij',
  'nxu:bpp ome: oun:vaj pat:kxr pbz: pcr:adx pgy: pii: plj: plp: pmc:huw pmk:crr pmu:phr pod: ppa:bfy',
  'ppr:lcq prb: prp:gu pry:prt puk: puz:pub rie: rmr: rna: rsi: sap: sca:hle sdm: sgl: sgo: skk:oyb',
  'slq: smd:kmb snb:iba snh: sul: sum: svr: szd:umi tbb: tdu:dtp tgg: thc:tpo thw:ola thx:oyb tid:',
  'tie:ras tkk:twm tlw:weo tmk:tdg tmp:tyj tne:kak tnf:prs toe: tpw:tpn tsf:taj unp: uok:ema uun: vki:',
  'wgw: wit: wiw: wra: wrd: wya: xba:cax xbx: xia:acn xip: xkh:waw xrq:dmw xss:zko xtz: ybd:rki yds:',
  'yen: yiy: yma:lrr ymt:mtm ynh: yos:zom yri: yuu:yug zir:scv zkb:kjh zua:',
]);

/**
 * Deprecated extended language subtags after their prefix ("ar-ajp", South Levantine Arabic), with the registry's
 * Preferred-Value: a language code, which may itself be deprecated ("ajp", now "apc").
 */
export const DEPRECATED_EXTLANGS: ReadonlyMap<string, string> = table([
  'ar-ajp:ajp ar-bbz:bbz sgn-lsg:lsg sgn-rsi:rsi sgn-yds:yds',
]);

/** Deprecated region subtags ("BU" for Burma, now "MM"; "YU" for Yugoslavia, with no successor). */
export const DEPRECATED_REGIONS: ReadonlyMap<string, string> = table([
  'AN: BU:MM CS: DD:DE FX:FR NT: SU: TP:TL YD:YE YU: ZR:CD',
]);

/**
 * Whole tags deprecated as written ("zh-yue" for Cantonese, now "yue"), in the registry's case: a tag's case means
 * nothing, so compare them in lower case.
 */
export const DEPRECATED_TAGS: ReadonlyMap<string, string> = table([
  'art-lojban:jbo cel-gaulish: en-GB-oed:en-GB-oxendict i-ami:ami i-bnn:bnn i-enochian: i-hak:hak',
  'i-klingon:tlh i-lux:lb i-navajo:nv i-pwn:pwn i-tao:tao i-tay:tay i-tsu:tsu no-bok:nb no-nyn:nn',
  'sgn-BE-FR:sfb sgn-BE-NL:vgt sgn-CH-DE:sgg zh-guoyu:cmn zh-hakka:hak zh-min: zh-min-nan:nan',
  'zh-xiang:hsn sgn-BR:bzs sgn-CO:csn sgn-DE:gsg sgn-DK:dsl sgn-ES:ssp sgn-FR:fsl sgn-GB:bfi sgn-GR:gss',
  'sgn-IE:isg sgn-IT:ise sgn-JP:jsl sgn-MX:mfs sgn-NI:ncs sgn-NL:dse sgn-NO:nsl sgn-PT:psr sgn-SE:swl',
  'sgn-US:ase sgn-ZA:sfs zh-cmn:cmn zh-cmn-Hans:cmn-Hans zh-cmn-Hant:cmn-Hant zh-gan:gan zh-wuu:wuu',
  'zh-yue:yue',
]);

/** Deprecated variant subtags ("heploc", now "alalc97"; "arevela" with none), in the registry's (lower) case. */
export const DEPRECATED_VARIANTS: ReadonlyMap<string, string> = table([
  'arevela: arevmda: heploc:alalc97 laukika: vaidika:',
]);

/**
 * The tag the registry prefers to a deprecated variant after its prefix ("hy-arevmda" is now "hyw"), which it gives
 * only in a comment ("Preferred tag is hyw"): the whole of it replaces the prefix and the variant.
 */
export const PREFERRED_VARIANT_TAGS: ReadonlyMap<string, string> = table([
  'hy-arevela:hy hy-arevmda:hyw ja-Latn-hepburn-heploc:ja-Latn-alalc97 sa-laukika:cls sa-vaidika:vsn',
]);
