/**
 * Word lists the sentence splitter consults when a period may or may not end a sentence. Kept
 * as data, apart from the rules, so a missed abbreviation is a one-line fix. All entries are
 * lower case, without their periods.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Titles and name prefixes: they precede a name, so a capital after them is no new sentence. */
export const NAME_TITLES: ReadonlySet<string> = words(`
  mr mrs ms mmes messrs dr drs prof profs sen sens rep reps gov govs lt gen gens col cols maj
  capt cmdr cmdt adm brig sgt cpl pvt pfc spc ens det insp supt atty pres rev revs msgr fr hon
  amb sec mt ft pt mme mlle sra srta dir asst assoc gov-elect comdr cdr rt ald alds ofc tpr
  dep commr cmsr supv
`);

/** Abbreviations that stand before a number ("No. 5", "p. 55", "Vol. 3"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = words(`
  no nos n° nr p pp vol vols fig figs art arts sec secs ch chap ex op para pt pts ed eds rev
  ver tel ph approx ca c cir ref ser div dist rt rte hwy ste apt bldg rm cl reg pg pgs ln mi
  km lb lbs oz ft yd yds gal hr hrs min mins sq cu est tbsp tsp
`);

/** Month abbreviations: followed by a day number they never end a sentence. */
export const MONTHS: ReadonlySet<string> = words(`
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Abbreviations after which the sentence goes on whatever follows ("e.g. The Times"). */
export const NEVER_FINAL: ReadonlySet<string> = words(`
  e.g i.e cf viz vs v eg ie incl esp resp al
`);

/**
 * Abbreviations that close a name or phrase ("Briggs & Co.", "Smith Jr.", "Main St.") and so
 * may well end a sentence; they do when the next word is one that opens sentences.
 */
export const ABBREVIATIONS: ReadonlySet<string> = words(`
  inc corp co cos ltd llc plc bros jr sr esq phd etc st ste ave av blvd rd pkwy hwy dept depts
  univ assn intl natl govt admin misc approx mfg mgr yr yrs mos wk wks ibid seq pct avg gop
`);

/**
 * Abbreviations of US states and Canadian provinces in AP style ("Springfield, Ill."). Many are
 * also words ("ill", "mass"), so they count only when written with a capital.
 */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = words(`
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
  mont neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo alta ont que sask man
  dem rep d r
`);

/** Unit words after "a.m."/"p.m." that keep the time going ("3 p.m. Eastern Thursday"). */
export const TIME_CONTINUATIONS: ReadonlySet<string> = words(`
  et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eastern central mountain
  pacific local monday tuesday wednesday thursday friday saturday sunday today tomorrow
  tonight january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec hawaii alaska atlantic london washington
  moscow beijing tokyo paris berlin new
`);

/** Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith went ..."). */
export const FRONTING_PREPOSITIONS: ReadonlySet<string> = words(`
  at by until till before after around about from since on shortly just starting beginning
  between past near circa toward towards as
`);

/**
 * Function words that open sentences but are never names: after an ambiguous abbreviation
 * ("the U.S.", "Briggs & Co.") one of these means a new sentence has begun.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = words(`
  the a an this that these those he she it they we i you his her its their our my your there
  here but and or nor so yet however meanwhile still then now also in on at for after before
  when while if although though as since because what who whom whose why how where which
  whether no not yes some many most all both each every few several such other others another
  is are was were do does did has have had would should could can cannot must shall to with
  without from of about over under during until unless once instead indeed even only just
  yesterday today tomorrow later earlier thus hence therefore moreover furthermore besides
  nevertheless nonetheless otherwise please let let’s let's among despite through throughout
  within into him them us me one two three four five six seven eight nine ten everyone
  everything nobody nothing someone something anyone anything none neither either asked last
  next according ultimately finally first second third often sometimes never always perhaps
  maybe already again more less much very
`);

/** Company suffixes: a capital after one opens a sentence unless it names a role there. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = words(`
  inc corp co cos ltd llc plc bros lp llp ag sa nv
`);

/** Role words that follow a company name inside a sentence ("Acme Corp. Chief Executive"). */
export const ROLE_WORDS: ReadonlySet<string> = words(`
  chief ceo cfo coo cto president vice chairman chairwoman chair executive director founder
  cofounder co-founder managing general senior board spokesman spokeswoman spokesperson
  owner partner analyst analysts shareholders subsidiary unit division
`);
