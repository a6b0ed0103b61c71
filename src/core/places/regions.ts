// Hand-kept geography that GeoNames cities500 lacks: it holds only populated
// places, so counties, states, continents, seas, rivers, islands, mountain
// ranges and well-known buildings have to come from here. Read by
// scripts/build-gazetteer.mjs at build time only; the detector never imports
// this file, so it costs the bundle nothing beyond the generated data.
//
// A row is [names, countryCode, lat, lon]: names are separated by "|", the
// first is the display name (Norwegian Bokmål where there is one), the rest
// are Nynorsk, English and older spellings. Coordinates are rough centres and
// left out where a point would mislead (oceans, continents get one anyway as
// a map anchor).

import type { PlaceType } from '../model';

export type RegionRow = readonly [names: string, cc: string, lat?: number, lon?: number];

export interface RegionGroup {
  type: PlaceType;
  /** Rows are extra names of an ISO country (merged into its record). */
  countryAliases?: boolean;
  rows: readonly RegionRow[];
}

// Norwegian counties: the 2024 ones, the 2020–2023 ones and the pre-2020 ones.
const NO_COUNTIES: RegionRow[] = [
  ['Østfold', 'NO', 59.3, 11.2], ['Akershus', 'NO', 60.0, 11.0], ['Buskerud', 'NO', 60.2, 9.3],
  ['Innlandet', 'NO', 61.3, 10.4], ['Hedmark', 'NO', 61.4, 11.4], ['Oppland', 'NO', 61.3, 9.3],
  ['Vestfold', 'NO', 59.3, 10.2], ['Telemark', 'NO', 59.4, 8.5], ['Vestfold og Telemark', 'NO', 59.4, 9.0],
  ['Agder', 'NO', 58.6, 7.8], ['Aust-Agder', 'NO', 58.8, 8.3], ['Vest-Agder', 'NO', 58.3, 7.3],
  ['Rogaland', 'NO', 59.0, 6.0], ['Vestland', 'NO', 60.9, 6.3], ['Hordaland', 'NO', 60.3, 6.0],
  ['Sogn og Fjordane', 'NO', 61.5, 6.3], ['Møre og Romsdal', 'NO', 62.6, 7.2],
  ['Trøndelag', 'NO', 63.6, 11.0], ['Sør-Trøndelag', 'NO', 63.0, 10.3], ['Nord-Trøndelag', 'NO', 64.3, 12.3],
  ['Nordland', 'NO', 66.8, 14.2], ['Troms', 'NO', 69.4, 19.0], ['Finnmark', 'NO', 70.1, 24.8],
  ['Troms og Finnmark', 'NO', 69.8, 22.0], ['Viken', 'NO', 60.0, 10.0],
];

// Traditional districts and landscapes that papers use as places.
const NO_DISTRICTS: RegionRow[] = [
  ['Østlandet|Austlandet', 'NO', 60.5, 10.5], ['Vestlandet', 'NO', 61.0, 6.0], ['Sørlandet', 'NO', 58.3, 7.8],
  ['Nord-Norge|Nord-Noreg|Northern Norway', 'NO', 68.5, 17.0], ['Midt-Norge|Midt-Noreg', 'NO', 63.4, 10.4],
  ['Sør-Norge|Sør-Noreg|Southern Norway', 'NO', 60.0, 9.0], ['Vest-Norge|Vest-Noreg', 'NO', 61.0, 6.0],
  ['Øst-Norge|Aust-Noreg', 'NO', 60.5, 10.5], ['Nordvestlandet', 'NO', 62.3, 6.5],
  ['Sunnmøre', 'NO', 62.3, 6.5], ['Nordmøre', 'NO', 63.0, 8.3], ['Romsdal', 'NO', 62.6, 7.5], ['Møre', 'NO', 62.5, 7.0],
  ['Sogn', 'NO', 61.2, 7.0], ['Sunnfjord', 'NO', 61.4, 5.8], ['Nordfjord', 'NO', 61.9, 6.0], ['Fjordane', 'NO', 61.6, 6.0],
  ['Hardanger', 'NO', 60.3, 6.6], ['Nordhordland', 'NO', 60.7, 5.3], ['Sunnhordland', 'NO', 59.8, 5.5], ['Midhordland', 'NO', 60.3, 5.4],
  ['Ryfylke', 'NO', 59.3, 6.2], ['Jæren', 'NO', 58.7, 5.6], ['Dalane', 'NO', 58.4, 6.1], ['Haugalandet', 'NO', 59.4, 5.4],
  ['Setesdal', 'NO', 59.1, 7.5], ['Lister', 'NO', 58.2, 6.8],
  ['Hallingdal', 'NO', 60.6, 8.9], ['Numedal', 'NO', 60.1, 9.1], ['Valdres', 'NO', 61.0, 9.2],
  ['Gudbrandsdalen', 'NO', 61.6, 9.8], ['Østerdalen', 'NO', 61.6, 11.0], ['Hadeland', 'NO', 60.4, 10.5],
  ['Toten', 'NO', 60.7, 10.8], ['Hedmarken', 'NO', 60.8, 11.2], ['Solør', 'NO', 60.6, 12.0], ['Odalen', 'NO', 60.3, 11.6],
  ['Romerike', 'NO', 60.1, 11.1], ['Follo', 'NO', 59.7, 10.8], ['Indre Østfold', 'NO', 59.6, 11.2],
  ['Vest-Telemark', 'NO', 59.5, 8.0], ['Midt-Telemark', 'NO', 59.4, 9.1], ['Øst-Telemark', 'NO', 59.7, 9.0], ['Grenland', 'NO', 59.1, 9.6],
  ['Namdalen', 'NO', 64.5, 12.0], ['Innherred', 'NO', 63.8, 11.4], ['Fosen', 'NO', 63.8, 10.0], ['Gauldalen', 'NO', 62.9, 10.5],
  ['Helgeland', 'NO', 65.8, 13.2], ['Salten', 'NO', 67.2, 15.0], ['Ofoten', 'NO', 68.4, 17.0],
  ['Finnmarksvidda', 'NO', 69.3, 24.0], ['Varanger', 'NO', 70.1, 29.5], ['Vest-Finnmark', 'NO', 70.3, 23.0], ['Øst-Finnmark', 'NO', 70.2, 28.5],
  ['Sør-Troms', 'NO', 68.7, 17.0], ['Nord-Troms', 'NO', 69.7, 21.0], ['Midt-Troms', 'NO', 69.1, 18.5],
  ['Hardangervidda', 'NO', 60.1, 7.5], ['Jotunheimen', 'NO', 61.6, 8.3], ['Dovrefjell', 'NO', 62.3, 9.5],
  ['Rondane', 'NO', 61.9, 9.8], ['Trollheimen', 'NO', 62.8, 9.2], ['Saltfjellet', 'NO', 66.7, 15.4],
  ['Nordmarka', 'NO', 60.05, 10.7], ['Østmarka', 'NO', 59.9, 10.95], ['Sørkedalen', 'NO', 60.0, 10.6],
];

// Oslo's and Bergen's boroughs, named in local news as places.
const NO_BOROUGHS: RegionRow[] = [
  ['Gamle Oslo', 'NO', 59.9, 10.78], ['Grünerløkka|Grunerløkka', 'NO', 59.925, 10.76], ['Sagene', 'NO', 59.94, 10.75],
  ['St. Hanshaugen', 'NO', 59.927, 10.74], ['Frogner', 'NO', 59.92, 10.71], ['Ullern', 'NO', 59.925, 10.65],
  ['Vestre Aker', 'NO', 59.96, 10.67], ['Nordre Aker', 'NO', 59.955, 10.76], ['Bjerke', 'NO', 59.94, 10.81],
  ['Grorud', 'NO', 59.96, 10.88], ['Stovner', 'NO', 59.96, 10.92], ['Alna', 'NO', 59.93, 10.86],
  ['Østensjø', 'NO', 59.89, 10.83], ['Nordstrand', 'NO', 59.86, 10.8], ['Søndre Nordstrand', 'NO', 59.84, 10.82],
  ['Majorstuen|Majorstua', 'NO', 59.93, 10.715], ['Tøyen', 'NO', 59.915, 10.77],
  ['Bjørvika', 'NO', 59.906, 10.755], ['Aker brygge', 'NO', 59.91, 10.727], ['Holmenkollen', 'NO', 59.96, 10.67],
  ['Bygdøy', 'NO', 59.905, 10.68], ['Bislett', 'NO', 59.925, 10.733], ['Vika', 'NO', 59.913, 10.73],
  ['Arna', 'NO', 60.42, 5.47], ['Bergenhus', 'NO', 60.39, 5.32], ['Fana', 'NO', 60.27, 5.35],
  ['Fyllingsdalen', 'NO', 60.35, 5.29], ['Laksevåg', 'NO', 60.38, 5.28], ['Ytrebygda', 'NO', 60.3, 5.25],
  ['Årstad', 'NO', 60.37, 5.34], ['Åsane', 'NO', 60.46, 5.33], ['Bryggen', 'NO', 60.397, 5.324],
];

// Norwegian municipalities (2024, and those merged away in 2020) whose
// name is not already a populated place in GeoNames: a newspaper names the
// municipality ("i Norddal", "Fræna kommune") even when its centre has another name.
const NO_MUNICIPALITIES: RegionRow[] = [
  // Østfold, Akershus, Buskerud
  ['Hvaler', 'NO'], ['Råde', 'NO'], ['Skiptvet', 'NO'], ['Rakkestad', 'NO'], ['Marker', 'NO'], ['Aremark', 'NO'],
  ['Bærum', 'NO'], ['Lillestrøm', 'NO'], ['Nordre Follo', 'NO'], ['Ullensaker', 'NO'], ['Nesodden', 'NO'], ['Frogn', 'NO'],
  ['Vestby', 'NO'], ['Enebakk', 'NO'], ['Lørenskog', 'NO'], ['Rælingen', 'NO'], ['Aurskog-Høland', 'NO'], ['Gjerdrum', 'NO'],
  ['Nittedal', 'NO'], ['Lunner', 'NO'], ['Jevnaker', 'NO'], ['Nannestad', 'NO'], ['Eidsvoll', 'NO'], ['Hurdal', 'NO'],
  ['Ringerike', 'NO'], ['Hole', 'NO'], ['Lier', 'NO'], ['Øvre Eiker', 'NO'], ['Nedre Eiker', 'NO'], ['Modum', 'NO'],
  ['Krødsherad', 'NO'], ['Flå', 'NO'], ['Nesbyen', 'NO'], ['Gol', 'NO'], ['Hol', 'NO'], ['Ål', 'NO'], ['Sigdal', 'NO'],
  ['Flesberg', 'NO'], ['Rollag', 'NO'], ['Nore og Uvdal', 'NO'], ['Hobøl', 'NO'], ['Spydeberg', 'NO'], ['Trøgstad', 'NO'],
  ['Eidsberg', 'NO'], ['Rygge', 'NO'], ['Oppegård', 'NO'], ['Skedsmo', 'NO'], ['Fet', 'NO'], ['Sørum', 'NO'], ['Hurum', 'NO'], ['Røyken', 'NO'],
  // Innlandet
  ['Ringsaker', 'NO'], ['Løten', 'NO'], ['Stange', 'NO'], ['Nord-Odal', 'NO'], ['Sør-Odal', 'NO'], ['Eidskog', 'NO'], ['Grue', 'NO'],
  ['Åsnes', 'NO'], ['Trysil', 'NO'], ['Åmot', 'NO'], ['Stor-Elvdal', 'NO'], ['Rendalen', 'NO'], ['Engerdal', 'NO'], ['Tolga', 'NO'],
  ['Tynset', 'NO'], ['Alvdal', 'NO'], ['Folldal', 'NO'], ['Dovre', 'NO'], ['Lesja', 'NO'], ['Skjåk', 'NO'], ['Lom', 'NO'], ['Vågå', 'NO'],
  ['Nord-Fron', 'NO'], ['Sel', 'NO'], ['Sør-Fron', 'NO'], ['Ringebu', 'NO'], ['Øyer', 'NO'], ['Gausdal', 'NO'], ['Østre Toten', 'NO'],
  ['Vestre Toten', 'NO'], ['Søndre Land', 'NO'], ['Nordre Land', 'NO'], ['Sør-Aurdal', 'NO'], ['Etnedal', 'NO'], ['Nord-Aurdal', 'NO'],
  ['Vestre Slidre', 'NO'], ['Øystre Slidre', 'NO'], ['Vang', 'NO'],
  // Vestfold, Telemark, Agder
  ['Færder', 'NO'], ['Nøtterøy', 'NO'], ['Tjøme', 'NO'], ['Stokke', 'NO'], ['Andebu', 'NO'], ['Lardal', 'NO'], ['Re', 'NO'], ['Hof', 'NO'],
  ['Siljan', 'NO'], ['Bamble', 'NO'], ['Drangedal', 'NO'], ['Nome', 'NO'], ['Seljord', 'NO'], ['Hjartdal', 'NO'], ['Tinn', 'NO'],
  ['Kviteseid', 'NO'], ['Nissedal', 'NO'], ['Fyresdal', 'NO'], ['Tokke', 'NO'], ['Vinje', 'NO'], ['Sauherad', 'NO'],
  ['Lindesnes', 'NO'], ['Gjerstad', 'NO'], ['Vegårshei', 'NO'], ['Froland', 'NO'], ['Birkenes', 'NO'], ['Åmli', 'NO'], ['Iveland', 'NO'],
  ['Evje og Hornnes', 'NO'], ['Bygland', 'NO'], ['Valle', 'NO'], ['Bykle', 'NO'], ['Åseral', 'NO'], ['Hægebostad', 'NO'],
  ['Kvinesdal', 'NO'], ['Sirdal', 'NO'], ['Songdalen', 'NO'], ['Søgne', 'NO'], ['Marnardal', 'NO'], ['Audnedal', 'NO'],
  // Rogaland, Vestland
  ['Eigersund', 'NO'], ['Sokndal', 'NO'], ['Bjerkreim', 'NO'], ['Hå', 'NO'], ['Klepp', 'NO'], ['Time', 'NO'], ['Gjesdal', 'NO'],
  ['Randaberg', 'NO'], ['Hjelmeland', 'NO'], ['Suldal', 'NO'], ['Kvitsøy', 'NO'], ['Bokn', 'NO'], ['Tysvær', 'NO'], ['Karmøy', 'NO'],
  ['Utsira', 'NO'], ['Vindafjord', 'NO'], ['Forsand', 'NO'], ['Finnøy', 'NO'], ['Rennesøy', 'NO'], ['Ølen', 'NO'],
  ['Kinn', 'NO'], ['Etne', 'NO'], ['Sveio', 'NO'], ['Bømlo', 'NO'], ['Fitjar', 'NO'], ['Tysnes', 'NO'], ['Kvinnherad', 'NO'],
  ['Ullensvang', 'NO'], ['Eidfjord', 'NO'], ['Ulvik', 'NO'], ['Kvam', 'NO'], ['Samnanger', 'NO'], ['Bjørnafjorden', 'NO'],
  ['Austevoll', 'NO'], ['Øygarden', 'NO'], ['Askøy', 'NO'], ['Vaksdal', 'NO'], ['Modalen', 'NO'], ['Osterøy', 'NO'], ['Alver', 'NO'],
  ['Austrheim', 'NO'], ['Fedje', 'NO'], ['Masfjorden', 'NO'], ['Gulen', 'NO'], ['Solund', 'NO'], ['Hyllestad', 'NO'],
  ['Luster', 'NO'], ['Askvoll', 'NO'], ['Fjaler', 'NO'], ['Sunnfjord', 'NO'], ['Bremanger', 'NO'], ['Stad', 'NO'], ['Gloppen', 'NO'],
  ['Fusa', 'NO'], ['Jondal', 'NO'], ['Granvin', 'NO'], ['Radøy', 'NO'], ['Meland', 'NO'], ['Lindås', 'NO'], ['Fjell', 'NO'], ['Sund', 'NO'],
  ['Flora', 'NO'], ['Vågsøy', 'NO'], ['Selje', 'NO'], ['Eid', 'NO'], ['Hornindal', 'NO'], ['Leikanger', 'NO'], ['Balestrand', 'NO'],
  ['Gaular', 'NO'], ['Jølster', 'NO'], ['Naustdal', 'NO'],
  // Møre og Romsdal, Trøndelag
  ['Vanylven', 'NO'], ['Sande', 'NO'], ['Herøy', 'NO'], ['Hareid', 'NO'], ['Stranda', 'NO'], ['Sykkylven', 'NO'], ['Sula', 'NO'],
  ['Giske', 'NO'], ['Vestnes', 'NO'], ['Rauma', 'NO'], ['Aukra', 'NO'], ['Averøy', 'NO'], ['Gjemnes', 'NO'], ['Tingvoll', 'NO'],
  ['Sunndal', 'NO'], ['Surnadal', 'NO'], ['Smøla', 'NO'], ['Aure', 'NO'], ['Fjord', 'NO'], ['Hustadvika', 'NO'], ['Haram', 'NO'],
  ['Norddal', 'NO'], ['Stordal', 'NO'], ['Ørskog', 'NO'], ['Skodje', 'NO'], ['Sandøy', 'NO'], ['Midsund', 'NO'], ['Nesset', 'NO'],
  ['Fræna', 'NO'], ['Eide', 'NO'], ['Halsa', 'NO'],
  ['Frøya', 'NO'], ['Osen', 'NO'], ['Rennebu', 'NO'], ['Holtålen', 'NO'], ['Midtre Gauldal', 'NO'], ['Melhus', 'NO'], ['Skaun', 'NO'],
  ['Malvik', 'NO'], ['Selbu', 'NO'], ['Tydal', 'NO'], ['Meråker', 'NO'], ['Frosta', 'NO'], ['Snåsa', 'NO'], ['Lierne', 'NO'],
  ['Røyrvik', 'NO'], ['Namsskogan', 'NO'], ['Grong', 'NO'], ['Høylandet', 'NO'], ['Overhalla', 'NO'], ['Flatanger', 'NO'], ['Leka', 'NO'],
  ['Inderøy', 'NO'], ['Indre Fosen', 'NO'], ['Heim', 'NO'], ['Hitra', 'NO'], ['Ørland', 'NO'], ['Åfjord', 'NO'], ['Orkland', 'NO'],
  ['Nærøysund', 'NO'], ['Rindal', 'NO'], ['Agdenes', 'NO'], ['Snillfjord', 'NO'], ['Hemne', 'NO'], ['Meldal', 'NO'], ['Orkdal', 'NO'],
  ['Rissa', 'NO'], ['Leksvik', 'NO'], ['Roan', 'NO'], ['Bjugn', 'NO'], ['Namdalseid', 'NO'], ['Verran', 'NO'], ['Klæbu', 'NO'],
  ['Vikna', 'NO'], ['Nærøy', 'NO'], ['Fosnes', 'NO'], ['Mosvik', 'NO'],
  // Nordland, Troms, Finnmark
  ['Bindal', 'NO'], ['Sømna', 'NO'], ['Brønnøy', 'NO'], ['Vega', 'NO'], ['Vevelstad', 'NO'], ['Alstahaug', 'NO'], ['Leirfjord', 'NO'],
  ['Vefsn', 'NO'], ['Grane', 'NO'], ['Hattfjelldal', 'NO'], ['Dønna', 'NO'], ['Nesna', 'NO'], ['Hemnes', 'NO'], ['Rana', 'NO'],
  ['Lurøy', 'NO'], ['Træna', 'NO'], ['Rødøy', 'NO'], ['Meløy', 'NO'], ['Gildeskål', 'NO'], ['Beiarn', 'NO'], ['Saltdal', 'NO'],
  ['Sørfold', 'NO'], ['Steigen', 'NO'], ['Lødingen', 'NO'], ['Evenes', 'NO'], ['Røst', 'NO'], ['Værøy', 'NO'], ['Flakstad', 'NO'],
  ['Vestvågøy', 'NO'], ['Vågan', 'NO'], ['Hadsel', 'NO'], ['Øksnes', 'NO'], ['Andøy', 'NO'], ['Moskenes', 'NO'], ['Hamarøy', 'NO'],
  ['Tysfjord', 'NO'], ['Ballangen', 'NO'],
  ['Kvæfjord', 'NO'], ['Tjeldsund', 'NO'], ['Ibestad', 'NO'], ['Gratangen', 'NO'], ['Lavangen', 'NO'], ['Bardu', 'NO'], ['Salangen', 'NO'],
  ['Målselv', 'NO'], ['Sørreisa', 'NO'], ['Dyrøy', 'NO'], ['Balsfjord', 'NO'], ['Karlsøy', 'NO'], ['Lyngen', 'NO'],
  ['Storfjord', 'NO'], ['Kåfjord', 'NO'], ['Skjervøy', 'NO'], ['Nordreisa', 'NO'], ['Kvænangen', 'NO'], ['Lenvik', 'NO'],
  ['Torsken', 'NO'], ['Tranøy', 'NO'], ['Skånland', 'NO'],
  ['Sør-Varanger', 'NO'], ['Karasjok', 'NO'], ['Kautokeino', 'NO'], ['Loppa', 'NO'], ['Hasvik', 'NO'], ['Måsøy', 'NO'],
  ['Nordkapp', 'NO'], ['Porsanger', 'NO'], ['Lebesby', 'NO'], ['Gamvik', 'NO'], ['Tana', 'NO'], ['Berlevåg', 'NO'],
  ['Båtsfjord', 'NO'], ['Nesseby', 'NO'], ['Kvalsund', 'NO'],
];

// Norwegian islands, archipelagos and dependencies.
const NO_ISLANDS: RegionRow[] = [
  ['Svalbard', 'SJ', 78.5, 16.0], ['Spitsbergen', 'SJ', 78.7, 16.0], ['Jan Mayen', 'SJ', 71.0, -8.5],
  ['Bjørnøya', 'SJ', 74.4, 19.0], ['Hopen', 'SJ', 76.5, 25.0], ['Nordaustlandet', 'SJ', 79.8, 22.4],
  ['Bouvetøya|Bouvetøy|Bouvet Island', 'BV', -54.4, 3.4], ['Peter I Øy|Peter I øy', 'AQ', -68.8, -90.6],
  ['Dronning Maud Land', 'AQ', -72.0, 2.0],
  ['Lofoten', 'NO', 68.2, 14.0], ['Vesterålen', 'NO', 68.7, 15.0], ['Senja', 'NO', 69.3, 17.4], ['Hinnøya', 'NO', 68.5, 16.0],
  ['Andøya', 'NO', 69.1, 15.8], ['Langøya', 'NO', 68.7, 14.8], ['Sørøya', 'NO', 70.6, 22.4], ['Magerøya', 'NO', 71.0, 25.7],
  ['Kvaløya', 'NO', 69.7, 18.6], ['Ringvassøya', 'NO', 69.9, 19.2], ['Seiland', 'NO', 70.4, 23.2],
  ['Hitra', 'NO', 63.5, 8.8], ['Frøya', 'NO', 63.7, 8.7], ['Smøla', 'NO', 63.4, 8.0],
  ['Sotra', 'NO', 60.3, 5.1], ['Stord', 'NO', 59.8, 5.5], ['Tysnesøy', 'NO', 60.0, 5.6], ['Osterøy', 'NO', 60.5, 5.5],
  ['Utøya', 'NO', 60.02, 10.25], ['Hovedøya', 'NO', 59.895, 10.73], ['Jeløya', 'NO', 59.43, 10.6], ['Nøtterøy', 'NO', 59.2, 10.4],
  ['Tromsøya', 'NO', 69.65, 18.95], ['Helgøya', 'NO', 60.7, 10.9],
];

// US states, Canadian provinces, and other first-level regions papers name.
const WORLD_REGIONS: RegionRow[] = [
  ['Alabama', 'US', 32.8, -86.8], ['Alaska', 'US', 64.0, -150.0], ['Arizona', 'US', 34.3, -111.7], ['Arkansas', 'US', 34.9, -92.4],
  ['California|Kalifornia', 'US', 37.2, -119.5], ['Colorado', 'US', 39.0, -105.5], ['Connecticut', 'US', 41.6, -72.7],
  ['Delaware', 'US', 39.0, -75.5], ['Florida', 'US', 28.6, -82.4], ['Georgia', 'US', 32.7, -83.4], ['Hawaii', 'US', 20.8, -156.3],
  ['Idaho', 'US', 44.4, -114.6], ['Illinois', 'US', 40.0, -89.2], ['Indiana', 'US', 39.9, -86.3], ['Iowa', 'US', 42.1, -93.5],
  ['Kansas', 'US', 38.5, -98.4], ['Kentucky', 'US', 37.5, -85.3], ['Louisiana', 'US', 31.1, -92.0], ['Maine', 'US', 45.4, -69.2],
  ['Maryland', 'US', 39.0, -76.8], ['Massachusetts', 'US', 42.3, -71.8], ['Michigan', 'US', 44.3, -85.4],
  ['Minnesota', 'US', 46.3, -94.3], ['Mississippi', 'US', 32.7, -89.7], ['Missouri', 'US', 38.4, -92.5],
  ['Montana', 'US', 47.0, -109.6], ['Nebraska', 'US', 41.5, -99.8], ['Nevada', 'US', 39.3, -116.6],
  ['New Hampshire', 'US', 43.7, -71.6], ['New Jersey', 'US', 40.2, -74.7], ['New Mexico', 'US', 34.4, -106.1],
  ['New York State', 'US', 42.9, -75.5], ['North Carolina|Nord-Carolina', 'US', 35.6, -79.4],
  ['North Dakota|Nord-Dakota', 'US', 47.5, -100.5], ['Ohio', 'US', 40.3, -82.8], ['Oklahoma', 'US', 35.6, -97.5],
  ['Oregon', 'US', 43.9, -120.6], ['Pennsylvania', 'US', 40.9, -77.8], ['Rhode Island', 'US', 41.7, -71.5],
  ['South Carolina|Sør-Carolina', 'US', 33.9, -80.9], ['South Dakota|Sør-Dakota', 'US', 44.4, -100.2],
  ['Tennessee', 'US', 35.9, -86.4], ['Texas', 'US', 31.5, -99.3], ['Utah', 'US', 39.3, -111.7], ['Vermont', 'US', 44.1, -72.7],
  ['Virginia', 'US', 37.5, -78.9], ['Washington State', 'US', 47.4, -120.5],
  ['West Virginia|Vest-Virginia', 'US', 38.6, -80.6], ['Wisconsin', 'US', 44.6, -89.9], ['Wyoming', 'US', 43.0, -107.6],
  ['Puerto Rico', 'PR', 18.2, -66.5], ['Guam', 'GU', 13.4, 144.8],
  ['Ontario', 'CA', 50.0, -85.0], ['Québec|Quebec', 'CA', 52.0, -72.0], ['British Columbia', 'CA', 54.0, -125.0],
  ['Alberta', 'CA', 55.0, -115.0], ['Manitoba', 'CA', 55.0, -97.0], ['Saskatchewan', 'CA', 54.0, -106.0],
  ['Nova Scotia', 'CA', 45.0, -63.0], ['Newfoundland', 'CA', 49.0, -56.0], ['Yukon', 'CA', 63.0, -135.0], ['Nunavut', 'CA', 70.0, -90.0],
  ['England', 'GB', 52.5, -1.5], ['Skottland|Scotland', 'GB', 56.8, -4.2], ['Wales', 'GB', 52.3, -3.7],
  ['Nord-Irland|Northern Ireland', 'GB', 54.6, -6.7],
  ['Bayern|Bavaria', 'DE', 48.9, 11.4], ['Baden-Württemberg', 'DE', 48.5, 9.0], ['Nordrhein-Westfalen|North Rhine-Westphalia', 'DE', 51.5, 7.5],
  ['Niedersachsen|Lower Saxony', 'DE', 52.8, 9.5], ['Hessen', 'DE', 50.6, 9.0], ['Sachsen|Saxony', 'DE', 51.0, 13.3],
  ['Thüringen|Thuringia', 'DE', 50.9, 11.0], ['Brandenburg', 'DE', 52.4, 13.0], ['Schleswig-Holstein', 'DE', 54.2, 9.7],
  ['Mecklenburg-Vorpommern', 'DE', 53.6, 12.5], ['Sachsen-Anhalt', 'DE', 52.0, 11.7], ['Rheinland-Pfalz', 'DE', 49.9, 7.4],
  ['Katalonia|Catalonia|Cataluña', 'ES', 41.8, 1.6], ['Andalucía|Andalusia', 'ES', 37.5, -4.7], ['Baskerland|Baskerlandet|Basque Country', 'ES', 43.0, -2.6],
  ['Galicia', 'ES', 42.8, -7.9],
  ['Toscana|Tuscany', 'IT', 43.4, 11.0], ['Lombardia|Lombardy', 'IT', 45.6, 9.8], ['Piemonte|Piedmont', 'IT', 45.1, 7.9],
  ['Veneto', 'IT', 45.6, 11.9], ['Sicilia|Sicily', 'IT', 37.5, 14.1], ['Sardinia|Sardegna', 'IT', 40.1, 9.0],
  ['Bretagne|Brittany', 'FR', 48.2, -2.9], ['Normandie|Normandy', 'FR', 49.1, 0.3], ['Provence', 'FR', 43.9, 6.0],
  ['Korsika|Corsica', 'FR', 42.1, 9.1], ['Alsace', 'FR', 48.3, 7.4], ['Rivieraen|Den franske riviera|French Riviera', 'FR', 43.6, 7.1],
  ['Flandern|Flanders', 'BE', 51.0, 4.0], ['Vallonia|Wallonia', 'BE', 50.4, 4.8],
  ['Skåne|Scania', 'SE', 55.9, 13.6], ['Lappland|Lapland', 'SE', 67.0, 20.0], ['Jämtland', 'SE', 63.2, 14.5], ['Värmland', 'SE', 59.7, 13.2],
  ['Gotland', 'SE', 57.5, 18.5], ['Jylland|Jutland', 'DK', 56.0, 9.2], ['Sjælland|Zealand', 'DK', 55.5, 11.8], ['Fyn|Funen', 'DK', 55.3, 10.4],
  ['Bornholm', 'DK', 55.1, 14.9],
  ['Krim|Krym|Crimea', 'UA', 45.3, 34.4], ['Donbas|Donbass', 'UA', 48.0, 38.5], ['Donetsk oblast', 'UA', 48.0, 37.8],
  ['Luhansk oblast', 'UA', 48.6, 39.3], ['Kherson oblast', 'UA', 46.7, 33.5], ['Zaporizjzja oblast', 'UA', 47.5, 35.5],
  ['Kharkiv oblast', 'UA', 49.5, 36.5], ['Kursk oblast', 'RU', 51.7, 36.2], ['Belgorod oblast', 'RU', 50.7, 37.4],
  ['Tsjetsjenia|Chechnya', 'RU', 43.4, 45.7], ['Dagestan', 'RU', 42.9, 47.0], ['Tatarstan', 'RU', 55.5, 50.9],
  ['Sibir|Siberia', 'RU', 60.0, 100.0], ['Karelen|Karelia', 'RU', 63.0, 33.0], ['Kolahalvøya|Kola|Kola Peninsula', 'RU', 67.7, 36.0],
  ['Tsjukotka|Chukotka', 'RU', 66.0, 171.0], ['Jakutia|Yakutia', 'RU', 66.0, 129.0], ['Abkhasia|Abkhazia', 'GE', 43.0, 41.0],
  ['Sør-Ossetia|South Ossetia', 'GE', 42.3, 44.0], ['Transnistria', 'MD', 47.2, 29.4], ['Nagorno-Karabakh', 'AZ', 39.8, 46.7],
  ['Xinjiang', 'CN', 41.0, 85.0], ['Tibet', 'CN', 31.0, 88.0], ['Guangdong', 'CN', 23.3, 113.4], ['Indre Mongolia|Inner Mongolia', 'CN', 44.0, 113.0],
  ['Kashmir', 'IN', 34.0, 76.0], ['Punjab', 'IN', 31.0, 75.0], ['Bengal', 'IN', 23.0, 88.0],
  ['Kurdistan', 'IQ', 36.5, 44.0], ['Darfur', 'SD', 13.5, 24.0], ['Tigray', 'ET', 14.0, 39.0], ['Somaliland', 'SO', 9.5, 46.0],
  ['Gaza|Gazastripen|Gaza Strip', 'PS', 31.4, 34.4], ['Vestbredden|Vestbreidda|West Bank', 'PS', 32.0, 35.25],
  ['Golanhøydene|Golan|Golan Heights', 'SY', 33.0, 35.8], ['Galilea|Galilee', 'IL', 32.8, 35.4], ['Negev', 'IL', 30.8, 34.8],
  ['Sinai|Sinaihalvøya', 'EG', 29.5, 33.8], ['Patagonia', 'AR', -45.0, -69.0],
  ['Queensland', 'AU', -22.0, 144.0], ['New South Wales', 'AU', -32.0, 147.0], ['Tasmania', 'AU', -42.0, 146.6],
  ['Vest-Australia|Western Australia', 'AU', -25.0, 122.0],
];

// Continents, world regions and the broad regions news writing uses.
const CONTINENTS: RegionRow[] = [
  ['Europa|Europe', '', 54.0, 15.0], ['Asia', '', 34.0, 100.0], ['Afrika|Africa', '', 2.0, 21.0],
  ['Amerika|The Americas', '', 15.0, -90.0], ['Nord-Amerika|North America', '', 45.0, -100.0],
  ['Sør-Amerika|South America', '', -15.0, -60.0], ['Latin-Amerika|Latin America', '', -5.0, -65.0],
  ['Mellom-Amerika|Sentral-Amerika|Central America', '', 13.0, -86.0], ['Oseania|Oceania', '', -20.0, 150.0],
  ['Antarktis|Antarctica', 'AQ', -80.0, 0.0], ['Arktis|Arctic', '', 80.0, 0.0], ['Nordområdene', '', 72.0, 25.0],
  ['Polarområdene|Polarområda', '', 80.0, 0.0],
  ['Midtøsten|Midt-Østen|Middle East', '', 29.0, 42.0], ['Nære Østen|Near East', '', 33.0, 38.0],
  ['Det fjerne Østen|Fjerne Østen|Far East', '', 35.0, 120.0], ['Orienten|The Orient', '', 30.0, 60.0],
  ['Vesten|The West', '', 45.0, -20.0], ['Østen', '', 35.0, 100.0], ['Østblokken', '', 52.0, 25.0],
  ['Balkan|Balkans|Balkanhalvøya', '', 43.0, 21.0], ['Skandinavia|Scandinavia', '', 62.0, 14.0],
  ['Norden|The Nordics|Nordic countries', '', 62.0, 15.0], ['Baltikum|Baltics', '', 57.0, 24.0],
  ['Kaukasus|Caucasus', '', 42.5, 45.0], ['Sentral-Asia|Central Asia', '', 43.0, 65.0],
  ['Sørøst-Asia|Søraust-Asia|Southeast Asia', '', 5.0, 110.0], ['Øst-Asia|Aust-Asia|East Asia', '', 35.0, 120.0],
  ['Sør-Asia|South Asia', '', 22.0, 78.0], ['Vest-Asia|Western Asia', '', 30.0, 45.0],
  ['Vest-Europa|Western Europe', '', 48.0, 5.0], ['Øst-Europa|Aust-Europa|Eastern Europe', '', 52.0, 28.0],
  ['Nord-Europa|Northern Europe', '', 60.0, 15.0], ['Sør-Europa|Southern Europe', '', 41.0, 15.0],
  ['Sentral-Europa|Mellom-Europa|Central Europe', '', 49.0, 15.0],
  ['Nord-Afrika|North Africa', '', 27.0, 14.0], ['Vest-Afrika|West Africa', '', 12.0, -3.0],
  ['Øst-Afrika|Aust-Afrika|East Africa', '', 0.0, 36.0], ['Sentral-Afrika|Central Africa', '', 3.0, 20.0],
  ['Det sørlige Afrika|Southern Africa', '', -22.0, 25.0], ['Afrikas Horn|Horn of Africa', '', 8.0, 45.0],
  ['Sahel', '', 15.0, 5.0], ['Karibia|Caribbean', '', 16.0, -72.0], ['Polynesia', '', -15.0, -150.0],
  ['Skandinavia-halvøya|Den skandinaviske halvøy', '', 63.0, 15.0], ['Den arabiske halvøy|Arabian Peninsula', '', 23.0, 46.0],
  ['Gulfen|Persiagulfen|Gulf States', '', 26.0, 52.0], ['Levanten|Levant', '', 33.5, 36.0],
  ['Maghreb', '', 31.0, 2.0], ['Mesopotamia', '', 33.0, 44.0], ['Skandinavien', '', 62.0, 14.0], ['Sápmi|Sameland', '', 68.5, 22.0],
];

// Seas, oceans, lakes, fjords and rivers.
const WATERS: RegionRow[] = [
  ['Atlanterhavet|Atlantic Ocean|Atlantic', '', 20.0, -40.0], ['Nord-Atlanteren|North Atlantic', '', 55.0, -30.0],
  ['Stillehavet|Pacific Ocean|Pacific', '', 0.0, -160.0], ['Det indiske hav|Indiahavet|Indian Ocean', '', -20.0, 80.0],
  ['Polhavet|Nordishavet|Arctic Ocean', '', 85.0, 0.0], ['Sørishavet|Southern Ocean', '', -65.0, 0.0],
  ['Nordsjøen|North Sea', '', 56.0, 3.0], ['Norskehavet|Norwegian Sea', '', 68.0, 2.0], ['Barentshavet|Barents Sea', '', 74.0, 36.0],
  ['Grønlandshavet|Greenland Sea', '', 76.0, -5.0], ['Karahavet|Kara Sea', '', 76.0, 70.0], ['Kvitsjøen|White Sea', '', 65.5, 38.0],
  ['Østersjøen|Austersjøen|Baltic Sea', '', 58.0, 20.0], ['Skagerrak', '', 57.8, 9.0], ['Kattegat', '', 56.8, 11.5],
  ['Øresund|Øresund-sundet', '', 55.9, 12.7], ['Den engelske kanal|Kanalen|English Channel', '', 50.2, -1.0],
  ['Middelhavet|Mediterranean Sea|Mediterranean', '', 35.0, 18.0], ['Svartehavet|Black Sea', '', 43.0, 34.0],
  ['Azovhavet|Sea of Azov', '', 46.0, 36.5], ['Kaspihavet|Det kaspiske hav|Caspian Sea', '', 41.5, 50.5],
  ['Rødehavet|Raudehavet|Red Sea', '', 20.0, 38.5], ['Adriaterhavet|Adriatic Sea', '', 43.0, 15.0],
  ['Egeerhavet|Aegean Sea', '', 39.0, 25.0], ['Det joniske hav|Ionian Sea', '', 38.0, 19.0],
  ['Det tyrrenske hav|Tyrrhenian Sea', '', 40.0, 12.0], ['Biscaya|Biscayabukta|Bay of Biscay', '', 45.0, -4.0],
  ['Karibhavet|Caribbean Sea', '', 15.0, -75.0], ['Mexicogolfen|Gulf of Mexico', '', 25.0, -90.0],
  ['Persiabukta|Persian Gulf', '', 26.5, 52.0], ['Adenbukta|Gulf of Aden', '', 12.5, 48.0],
  ['Hormuzstredet|Strait of Hormuz', '', 26.6, 56.3], ['Bosporos|Bosporus', '', 41.1, 29.05],
  ['Gibraltarstredet|Strait of Gibraltar', '', 35.95, -5.6], ['Suezkanalen|Suez Canal', '', 30.5, 32.35],
  ['Panamakanalen|Panama Canal', '', 9.1, -79.7], ['Beringstredet|Bering Strait', '', 66.0, -169.0],
  ['Sørkinahavet|Sør-Kinahavet|South China Sea', '', 12.0, 113.0], ['Østkinahavet|East China Sea', '', 29.0, 125.0],
  ['Japanhavet|Sea of Japan', '', 40.0, 135.0], ['Taiwanstredet|Taiwan Strait', '', 24.0, 119.5],
  ['Gulf of Finland|Finskebukta', '', 60.0, 26.0], ['Bottenviken|Bottenvika', '', 64.5, 22.0],
  ['Oslofjorden', 'NO', 59.5, 10.6], ['Trondheimsfjorden', 'NO', 63.6, 10.5], ['Sognefjorden', 'NO', 61.1, 6.0],
  ['Hardangerfjorden', 'NO', 60.2, 6.2], ['Geirangerfjorden', 'NO', 62.1, 7.0], ['Nordfjorden', 'NO', 61.9, 6.0],
  ['Vestfjorden', 'NO', 67.9, 14.5], ['Varangerfjorden', 'NO', 70.0, 30.0], ['Boknafjorden', 'NO', 59.2, 5.6],
  ['Lysefjorden', 'NO', 59.0, 6.2], ['Storfjorden', 'NO', 62.4, 6.7],
  ['Mjøsa', 'NO', 60.9, 10.7], ['Femunden', 'NO', 62.2, 11.9], ['Randsfjorden', 'NO', 60.5, 10.4], ['Tyrifjorden', 'NO', 60.0, 10.2],
  ['Glomma|Glåma', 'NO', 60.5, 11.4], ['Lågen|Gudbrandsdalslågen', 'NO', 61.5, 9.8], ['Drammenselva', 'NO', 59.75, 10.0],
  ['Numedalslågen', 'NO', 59.6, 9.9], ['Altaelva', 'NO', 69.8, 23.4], ['Tanaelva', 'NO', 70.2, 28.2],
  ['Akerselva', 'NO', 59.925, 10.755], ['Otra', 'NO', 58.5, 7.8], ['Namsen', 'NO', 64.5, 12.0], ['Orkla', 'NO', 63.0, 9.8],
  ['Gaula', 'NO', 63.1, 10.4], ['Nidelva', 'NO', 63.4, 10.4],
  ['Vänern', 'SE', 58.9, 13.2], ['Vättern', 'SE', 58.3, 14.5], ['Mälaren', 'SE', 59.4, 17.0], ['Ladoga|Ladogasjøen', 'RU', 61.0, 31.5],
  ['Genfersjøen|Lake Geneva', 'CH', 46.45, 6.5], ['Bodensjøen|Lake Constance', 'DE', 47.6, 9.4], ['Gardasjøen|Lake Garda', 'IT', 45.6, 10.65],
  ['Bajkalsjøen|Bajkal|Lake Baikal', 'RU', 53.5, 108.0], ['Victoriasjøen|Lake Victoria', '', -1.0, 33.0],
  ['Dødehavet|Dead Sea', '', 31.5, 35.5], ['Genesaretsjøen|Sea of Galilee', 'IL', 32.8, 35.6],
  ['Great Lakes|De store sjøene', '', 45.0, -84.0], ['Titicacasjøen|Lake Titicaca', '', -15.9, -69.3],
  ['Rhinen|Rhine', '', 50.0, 7.6], ['Donau|Danube', '', 45.0, 24.0], ['Elben|Elbe', '', 52.5, 11.0], ['Oder', '', 52.5, 14.6],
  ['Themsen|Thames', 'GB', 51.5, -0.5], ['Seinen|Seine', 'FR', 49.0, 1.5], ['Loire', 'FR', 47.3, 0.5], ['Rhône|Rhone', 'FR', 45.0, 4.8],
  ['Tiberen|Tiber', 'IT', 42.5, 12.4], ['Po', 'IT', 45.0, 10.5], ['Volga', 'RU', 52.0, 47.0],
  ['Dnepr|Dnipro-elva|Dnieper', 'UA', 48.5, 34.0], ['Don', 'RU', 48.0, 41.0], ['Neva', 'RU', 59.9, 30.5], ['Ural-elva', 'RU', 51.0, 55.0],
  ['Jenisej|Yenisei', 'RU', 65.0, 87.0], ['Amur', 'RU', 50.0, 127.0], ['Nilen|Nile', '', 20.0, 32.5], ['Kongoelva|Congo River', '', -2.0, 17.0],
  ['Niger-elva|Niger River', '', 14.0, 0.0], ['Sambesi|Zambezi', '', -16.0, 28.0], ['Amazonas|Amazon River', '', -3.0, -60.0],
  ['Mississippi-elva|Mississippi River', 'US', 35.0, -90.0], ['Hudson River|Hudson-elva', 'US', 42.0, -73.9],
  ['Rio Grande', '', 29.0, -104.0], ['Colorado-elva|Colorado River', 'US', 36.0, -112.0],
  ['Eufrat|Euphrates', '', 34.5, 41.0], ['Tigris', '', 34.5, 43.5], ['Jordanelva|Jordan River', '', 32.0, 35.55],
  ['Ganges', 'IN', 25.3, 83.0], ['Indus', 'PK', 28.0, 69.0], ['Mekong', '', 15.0, 105.8], ['Yangtze|Yangtzeelva|Jangtse', 'CN', 30.5, 112.0],
  ['Den gule elv|Huang He|Yellow River', 'CN', 36.0, 110.0], ['Liffey', 'IE', 53.35, -6.27],
];

// Islands, peninsulas, mountains, deserts and other natural features abroad.
const LANDFORMS: RegionRow[] = [
  ['Kanariøyene|Kanariøyane|Canary Islands', 'ES', 28.3, -15.6], ['Gran Canaria', 'ES', 27.95, -15.6],
  ['Tenerife', 'ES', 28.3, -16.6], ['Lanzarote', 'ES', 29.0, -13.6], ['Fuerteventura', 'ES', 28.4, -14.0], ['La Palma', 'ES', 28.7, -17.9],
  ['Mallorca', 'ES', 39.6, 3.0], ['Ibiza', 'ES', 39.0, 1.4], ['Menorca', 'ES', 39.95, 4.1], ['Balearene|Balearic Islands', 'ES', 39.5, 3.0],
  ['Kreta|Crete', 'GR', 35.2, 24.9], ['Rhodos|Rhodes', 'GR', 36.2, 28.0], ['Kos', 'GR', 36.85, 27.2], ['Korfu|Corfu', 'GR', 39.6, 19.9],
  ['Lesbos', 'GR', 39.2, 26.3], ['Samos', 'GR', 37.75, 26.8], ['Santorini', 'GR', 36.4, 25.4], ['Kykladene|Cyclades', 'GR', 37.0, 25.0],
  ['Madeira', 'PT', 32.75, -16.95], ['Azorene|Azores', 'PT', 38.5, -28.0], ['Kapp Verde-øyene', 'CV', 16.0, -24.0],
  ['Capri', 'IT', 40.55, 14.24],
  ['Shetland|Shetlandsøyene', 'GB', 60.3, -1.3], ['Orknøyene|Orkney', 'GB', 59.0, -3.0], ['Hebridene|Hebrides', 'GB', 57.5, -7.0],
  ['Bali', 'ID', -8.4, 115.2], ['Java', 'ID', -7.5, 110.0],
  ['Sumatra', 'ID', 0.0, 102.0], ['Borneo', '', 1.0, 114.0], ['Phuket', 'TH', 7.9, 98.35], ['Hokkaido', 'JP', 43.2, 142.8],
  ['Okinawa', 'JP', 26.5, 128.0], ['Hawaiiøyene', 'US', 20.8, -156.3], ['Long Island', 'US', 40.8, -73.0],
  ['Manhattan', 'US', 40.78, -73.97], ['Brooklyn', 'US', 40.65, -73.95], ['Galápagos|Galapagosøyene', 'EC', -0.7, -90.5],
  ['Sakhalin|Sakhalin-øya', 'RU', 50.0, 143.0], ['Kurilene|Kuril Islands', 'RU', 46.5, 151.0],
  ['Novaja Semlja|Novaya Zemlya', 'RU', 74.0, 57.0], ['Frans Josefs land|Franz Josef Land', 'RU', 81.0, 55.0],
  ['Alpene|Alps', '', 46.5, 10.0], ['Pyreneene|Pyrenees', '', 42.7, 0.5], ['Karpatene|Carpathians', '', 47.5, 25.0],
  ['Uralfjellene|Ural', 'RU', 60.0, 59.0], ['Himalaya', '', 28.0, 84.0], ['Andes|Andesfjellene', '', -15.0, -70.0],
  ['Klippefjellene|Rocky Mountains', '', 45.0, -110.0], ['Atlasfjellene', '', 31.0, -6.0], ['Apenninene', 'IT', 43.0, 13.0],
  ['Mount Everest|Everest', '', 27.99, 86.93], ['Kilimanjaro', 'TZ', -3.07, 37.35], ['Mont Blanc', '', 45.83, 6.86],
  ['Matterhorn', '', 45.98, 7.66], ['Etna', 'IT', 37.75, 14.99], ['Vesuv|Vesuvius', 'IT', 40.82, 14.43],
  ['Sahara', '', 23.0, 13.0], ['Gobi|Gobiørkenen', '', 42.5, 103.0], ['Kalahari', '', -23.0, 22.0], ['Amazonasjungelen', '', -3.0, -60.0],
  ['Kjølen', '', 66.0, 15.0],
  ['Galdhøpiggen', 'NO', 61.64, 8.31], ['Glittertind', 'NO', 61.65, 8.56], ['Snøhetta', 'NO', 62.32, 9.27],
  ['Preikestolen', 'NO', 58.99, 6.19], ['Trolltunga', 'NO', 60.12, 6.74], ['Besseggen', 'NO', 61.5, 8.7], ['Kjerag', 'NO', 59.03, 6.58],
  ['Jostedalsbreen', 'NO', 61.7, 7.0], ['Folgefonna', 'NO', 60.0, 6.3], ['Svartisen', 'NO', 66.6, 13.9], ['Nordkapp', 'NO', 71.17, 25.78],
  ['Stad|Stadlandet', 'NO', 62.2, 5.1], ['Lindesnes fyr', 'NO', 57.98, 7.05], ['Hornelen', 'NO', 61.85, 5.3],
];

// Famous buildings and facilities papers use as places (and as metonyms).
const FACILITIES: RegionRow[] = [
  ['Det hvite hus|Det kvite huset|White House|The White House', 'US', 38.898, -77.037], ['Kreml|Kremlin', 'RU', 55.752, 37.617],
  ['Pentagon', 'US', 38.871, -77.056], ['Capitol Hill|Kongressbygningen', 'US', 38.89, -77.009],
  ['Buckingham Palace', 'GB', 51.501, -0.142], ['Elyséepalasset|Élysée', 'FR', 48.870, 2.317],
  ['Slottet|Det kongelige slott', 'NO', 59.917, 10.727],
  ['Holmenkollbakken', 'NO', 59.964, 10.667], ['Ullevaal stadion|Ullevål stadion', 'NO', 59.949, 10.734],
  ['Gardermoen|Oslo lufthavn', 'NO', 60.197, 11.1], ['Flesland|Bergen lufthavn', 'NO', 60.293, 5.218],
  ['Værnes', 'NO', 63.457, 10.924], ['Torp|Sandefjord lufthavn', 'NO', 59.186, 10.259], ['Kastrup', 'DK', 55.618, 12.656],
  ['Arlanda', 'SE', 59.65, 17.93], ['Heathrow', 'GB', 51.47, -0.454], ['Gatwick', 'GB', 51.153, -0.182],
  ['Oslo S|Oslo sentralstasjon', 'NO', 59.911, 10.752], ['Operaen|Operahuset', 'NO', 59.907, 10.753],
  ['Vigelandsparken|Frognerparken', 'NO', 59.927, 10.7], ['Akershus festning', 'NO', 59.907, 10.736],
  ['Rikshospitalet', 'NO', 59.95, 10.714], ['Ullevål sykehus|Ullevål', 'NO', 59.936, 10.736], ['Haukeland universitetssykehus|Haukeland', 'NO', 60.373, 5.358],
  ['Eiffeltårnet|Eiffel Tower', 'FR', 48.858, 2.294], ['Louvre', 'FR', 48.861, 2.336], ['Colosseum', 'IT', 41.89, 12.492],
  ['Akropolis|Acropolis', 'GR', 37.972, 23.726], ['Central Park', 'US', 40.78, -73.966], ['Ground Zero', 'US', 40.711, -74.013], ['Guantánamo|Guantanamo|Guantánamo Bay', 'CU', 19.9, -75.1],
  ['Zaporizjzja kjernekraftverk|Zaporizhzhia nuclear power plant', 'UA', 47.51, 34.585], ['Tsjernobyl|Chernobyl|Tjernobyl', 'UA', 51.389, 30.099],
  ['Fukushima Daiichi', 'JP', 37.421, 141.033], ['Sellafield', 'GB', 54.42, -3.5],
];

// Streets and squares known beyond their city.
const STREETS: RegionRow[] = [
  ['Karl Johans gate|Karl Johan', 'NO', 59.913, 10.74], ['Rådhusplassen', 'NO', 59.912, 10.733],
  ['Youngstorget', 'NO', 59.915, 10.749], ['Downing Street', 'GB', 51.503, -0.128], ['Wall Street', 'US', 40.706, -74.009],
  ['Times Square', 'US', 40.758, -73.986], ['Tahrir-plassen|Tahrirplassen|Tahrir Square', 'EG', 30.044, 31.236],
  ['Den røde plass|Røde plass|Red Square', 'RU', 55.754, 37.62], ['Maidan|Majdan', 'UA', 50.45, 30.524],
  ['Tiananmen-plassen|Den himmelske freds plass|Tiananmen Square', 'CN', 39.905, 116.391],
  ['Champs-Élysées', 'FR', 48.87, 2.307], ['Fifth Avenue', 'US', 40.775, -73.965], ['Strøget', 'DK', 55.678, 12.575],
];

// Countries that no longer exist, under their own records.
const HISTORIC: RegionRow[] = [
  ['Sovjetunionen|Sovjet|Soviet Union|Sovjetsamveldet', 'SU', 55.75, 37.62], ['Jugoslavia|Yugoslavia', 'YU', 44.8, 20.47],
  ['Tsjekkoslovakia|Czechoslovakia', 'CS', 50.08, 14.42], ['Øst-Tyskland|Aust-Tyskland|East Germany', 'DD', 52.52, 13.4],
  ['Vest-Tyskland|West Germany', 'DE', 50.73, 7.1], ['Romerriket|Romarriket|Roman Empire', '', 41.9, 12.5],
  ['Det osmanske riket|Ottoman Empire', '', 41.0, 29.0], ['Preussen|Prussia', '', 52.5, 13.4],
  ['Persia', 'IR', 35.7, 51.4], ['Ceylon', 'LK', 6.9, 79.86], ['Siam', 'TH', 13.75, 100.5],
  ['Zaire', 'CD', -4.3, 15.3], ['Rhodesia', 'ZW', -17.8, 31.05],
];

// Unions of states that news text names as places ("i EU", "EUs grenser").
const UNIONS: RegionRow[] = [
  ['Den europeiske union|Den europeiske unionen|Europeiske union|European Union', '', 50.84, 4.38],
  ['EØS-området|Det europeiske økonomiske samarbeidsområdet', '', 50.84, 4.38],
  ['Schengen-området|Schengenområdet', '', 50.84, 4.38],
];

// Other names of ISO countries than i18n-iso-countries and Intl.DisplayNames give.
const COUNTRY_ALIASES: RegionRow[] = [
  ['Burma', 'MM'], ['Holland', 'NL'], ['Swaziland', 'SZ'], ['Makedonia|Macedonia|Nord-Makedonia|North Macedonia', 'MK'],
  ['Hviterussland|Kviterussland|Belarus', 'BY'],
  ['Palestina|Palestine|De palestinske områdene|De palestinske selvstyreområdene', 'PS'],
  ['Storbritannia|Great Britain|Britain|Det forente kongerike|Det sameinte kongeriket', 'GB'],
  ['Kongo|Den demokratiske republikken Kongo|DR Kongo|Kongo-Kinshasa', 'CD'], ['Elfenbenskysten|Ivory Coast', 'CI'],
  ['Amerikas forente stater|De forente stater|United States', 'US'], ['Emiratene|De arabiske emiratene', 'AE'],
  ['Sør-Sudan|South Sudan', 'SS'], ['Øst-Timor|East Timor|Timor-Leste', 'TL'], ['Tyrkia|Türkiye|Turkey', 'TR'],
  ['Færøyene|Færøyane|Faroe Islands|Faroes', 'FO'], ['Åland|Ålandsøyene', 'AX'], ['Falklandsøyene|Falklands', 'FK'],
  ['St. Helena|Saint Helena|Sankt Helena', 'SH'], ['Grønland|Greenland', 'GL'], ['Island|Iceland', 'IS'],
  ['Tsjekkia|Tsjekkia|Czech Republic|Czechia', 'CZ'], ['Sør-Korea|Republikken Korea|South Korea', 'KR'],
  ['Nord-Korea|North Korea|DPRK', 'KP'], ['Vatikanstaten|Vatikanet|Vatican City', 'VA'], ['Hongkong|Hong Kong', 'HK'],
  ['Kosovo', 'XK'], ['Kapp Verde|Cape Verde', 'CV'], ['Mikronesia', 'FM'], ['Bosnia|Bosnia-Hercegovina|Bosnia and Herzegovina', 'BA'],
  ['Russland|Russia|Den russiske føderasjonen', 'RU'], ['Ukraina|Ukraine', 'UA'], ['Kina|China|Folkerepublikken Kina', 'CN'],
  ['Taiwan|Republikken Kina', 'TW'], ['Iran', 'IR'], ['Syria', 'SY'], ['Laos', 'LA'], ['Moldova|Moldavia', 'MD'],
];

export const REGION_GROUPS: readonly RegionGroup[] = [
  { type: 'region', rows: NO_COUNTIES },
  { type: 'region', rows: NO_DISTRICTS },
  { type: 'place', rows: NO_BOROUGHS },
  { type: 'town', rows: NO_MUNICIPALITIES },
  { type: 'landform', rows: NO_ISLANDS },
  { type: 'region', rows: WORLD_REGIONS },
  { type: 'continent', rows: CONTINENTS },
  { type: 'water', rows: WATERS },
  { type: 'landform', rows: LANDFORMS },
  { type: 'facility', rows: FACILITIES },
  { type: 'street', rows: STREETS },
  { type: 'region', rows: UNIONS },
  { type: 'country', rows: HISTORIC },
  { type: 'country', rows: COUNTRY_ALIASES, countryAliases: true },
];

/** All-caps abbreviations that name a place. They match only in exactly this
 *  case ("USA", never "Usa"), and nothing else written in capitals ever
 *  matches a place by case-folding. The target is an ISO code or a name in
 *  the tables above. */
export const ACRONYMS: ReadonlyArray<readonly [acronym: string, target: string, type: 'country' | 'region' | 'city']> = [
  ['USA', 'US', 'country'], ['US', 'US', 'country'], ['U.S.', 'US', 'country'], ['U.S.A.', 'US', 'country'],
  ['UK', 'GB', 'country'], ['U.K.', 'GB', 'country'], ['UAE', 'AE', 'country'], ['DRC', 'CD', 'country'],
  ['DDR', 'DD', 'country'], ['USSR', 'SU', 'country'], ['UdSSR', 'SU', 'country'], ['SSSR', 'SU', 'country'],
  ['EU', 'Den europeiske union', 'region'], ['NY', 'New York', 'city'], ['NYC', 'New York', 'city'], ['LA', 'Los Angeles', 'city'],
  ['L.A.', 'Los Angeles', 'city'], ['D.C.', 'Washington', 'city'], ['DC', 'Washington', 'city'],
];
