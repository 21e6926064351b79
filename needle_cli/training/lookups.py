"""Generated tool families: facts about things (a country's capital, a song's lyrics, a package's licence).

Each kind of thing (a country, a city, a company...) comes with its attributes, and each attribute is one tool:
`country_capital`, `city_population`, `company_ceo`. A catalog often holds several attributes of one thing (corpus
catalogs draw siblings of a domain), so the model must choose the tool by the attribute the request asks about,
which only the tool's name and description say, and copy the thing's name into its parameter: the reading that
tools it has never seen need. About a fifth of the corpus's families, from a table a page long.

Training families only, like entities.py's: never held out, never in the held-out split's catalogs, so the
benchmark's held-out requests stay what they were. Things and attributes close to a held-out family (a film's
details, a player's statistics, a city's local time or sights, exchange rates) are left out, and so are those a
hand-written family already answers (a song's lyrics, a city's air quality, a site's whois record...).
"""

from __future__ import annotations

from .families import F, P
from .values import E, ints

YEAR = ints(1990, 2026)
LIMIT = ints(3, 25)
# An attribute: (key, description, request templates ({x} is the thing), optional parameters with how a request
# adds each). Templates use families.py's mini-language; an optional parameter's group may appear in them too.
Attr = tuple[str, str, str, list]

IN_YEAR = (P("year", YEAR, 0, "as_of", "Year the figure is for"), "[ in {year}]")
IN_UNIT = (P("unit", E("meters: meters|m; feet: feet|ft"), 0, "units", "Unit of the answer"), "[ in {unit}]")
TOP_N = (P("limit", LIMIT, 0, "max_results count", "At most this many"), "[, top {limit}]")
IN_CURRENCY = (P("currency", "currency", 0, "quote_currency vs", "Currency to express it in"), "[ in {currency}]")

SUBJECTS: dict[str, tuple[str, str, str, list[Attr]]] = {
    # thing: (value kind, parameter names (the first is its key), domain, attributes)
    "country": ("country", "country country_name nation", "geography", [
        ("capital", "Capital city of a country",
         "what's the capital of {x}?|which city is the capital of {x}?|capital of {x}", []),
        ("population", "How many people live in a country",
         "how many people live in {x}[ in {year}]?|population of {x}[ in {year}]", [IN_YEAR]),
        ("currency", "The currency a country uses",
         "what currency do they use in {x}?|which money (is used|do I need) in {x}?|{x} currency", []),
        ("official_languages", "Official languages of a country",
         "what language(s|) (do they speak|is spoken) in {x}?|official language(s|) of {x}", []),
        ("calling_code", "International dialing code of a country",
         "what's the dialing code for {x}?|phone prefix (for|to call) {x}|{x} calling code", []),
        ("gdp", "Gross domestic product, in US dollars",
         "what's the GDP of {x}[ in {year}]?|how big is the economy of {x}[ in {year}]?|{x} GDP[ {year}]", [IN_YEAR])]),
    "city": ("city", "city city_name location", "geography", [
        ("population", "How many people live in a city",
         "how many people live in {x}[ in {year}]?|population of {x}[ in {year}]|how big is {x}?", [IN_YEAR]),
        ("elevation", "Height of a city above sea level",
         "how high (up |)is {x}[ in {unit}]?|elevation of {x}[ in {unit}]|altitude of {x}", [IN_UNIT]),
        ("mayor", "Current mayor of a city", "who is the mayor of {x}?|who runs {x}?|{x} mayor", []),
        ("area_codes", "Telephone area codes of a city",
         "what's the area code (for|in) {x}?|phone area code(s|) of {x}", []),
        ("cost_of_living", "Cost of living index of a city",
         "how expensive is it to live in {x}?|cost of living in {x}|is {x} an expensive city?", []),
        ("public_transit", "Public transport lines of a city",
         "what public transport does {x} have?|how do I get around {x} by (bus|metro|tram)?|transit in {x}", [])]),
    "book": ("book", "title book book_title", "books", [
        ("author", "Who wrote a book", "who wrote {x}?|author of {x}|who's the author of {x}?", []),
        ("page_count", "Number of pages of a book", "how many pages is {x}?|how long is the book {x}?|{x} page count",
         []),
        ("summary", "Short summary of a book's plot", "what is {x} about?|summari(z|s)e the book {x}|plot of {x}",
         []),
        ("reviews", "Reader reviews of a book", "what do readers say about {x}[, top {limit}]?|reviews of {x}",
         [TOP_N]),
        ("first_published", "Year a book was first published",
         "when was {x} (first |)published?|what year did {x} come out?", [])]),
    "song": ("song", "song title track", "music", [
        ("chords", "Chords to play a song",
         "how do I play {x}[ on the {instrument}]?|chords (for|of) {x}[ on {instrument}]",
         [(P("instrument", E("guitar; piano; ukulele: ukulele|uke"), 0, "", "Instrument"), "[ on the {instrument}]")]),
        ("tempo", "Tempo of a song in beats per minute", "what's the tempo of {x}?|how many bpm is {x}?|{x} bpm",
         []),
        ("performer", "Who sings or plays a song", "who sings {x}?|who (recorded|performed) {x}?|artist of {x}",
         [])]),
    "artist": ("artist", "artist name musician", "music", [
        ("discography", "Albums an artist has released", "what albums has {x} released?|{x} discography", []),
        ("tour_dates", "Upcoming concerts of an artist",
         "when is {x} (playing|touring)[ in {city}]?|{x} concerts[ in {city}]|is {x} on tour?",
         [(P("city", "city", 0, "location", "Only concerts in this city"), "[ in {city}]")]),
        ("biography", "Short biography of an artist", "tell me about {x}|who is {x}?|{x} biography", []),
        ("similar_artists", "Artists similar to an artist",
         ("who sounds like {x}[, top {limit}]?|artists similar to {x}[, top {limit}]|I like {x}, who else should I "
         "listen to?"), [TOP_N])]),
    "company": ("company", "company company_name organization", "business", [
        ("ceo", "Chief executive of a company", "who is the CEO of {x}?|who runs {x}?|{x} CEO", []),
        ("headquarters", "Where a company is headquartered",
         "where is {x} (headquartered|based)?|{x} headquarters|where's {x}'s head office?", []),
        ("employee_count", "How many people a company employs",
         "how many employees does {x} have[ in {year}]?|{x} headcount[ {year}]", [IN_YEAR]),
        ("founding", "When and by whom a company was founded",
         "when was {x} founded?|who founded {x}?|{x} founding year", []),
        ("competitors", "Main competitors of a company",
         "who are {x}'s (main |)competitors[, top {limit}]?|companies competing with {x}", [TOP_N])]),
    "ticker": ("ticker", "symbol ticker stock", "finance", [
        ("dividend_yield", "Dividend yield of a stock", ("what's the dividend yield (of|on) {x}?|does {x} pay a "
         "dividend?|{x} dividend"), []),
        ("market_cap", "Market capitalisation of a stock",
         "what's {x}'s market cap[ in {currency}]?|market cap of {x}[ in {currency}]", [IN_CURRENCY]),
        ("earnings_date", "Next earnings report date of a stock",
         "when does {x} report earnings?|next earnings date for {x}|{x} earnings date", []),
        ("analyst_ratings", "Analysts' buy, hold and sell ratings of a stock",
         "what do analysts say about {x}?|is {x} a buy?|analyst ratings (on|for) {x}", []),
        ("pe_ratio", "Price-to-earnings ratio of a stock", "what's the P/E (ratio |)of {x}?|{x} pe ratio", [])]),
    "food": ("food", "food item ingredient", "nutrition", [
        ("calories", "Calories in a food",
         "how many calories (are |)in (a |an |){x}[ per {grams} g]?|calories (in|of) {x}[ per {grams} g]",
         [(P("grams", ints(10, 500), 0, "serving_g amount_g", "Serving size in grams"), "[ per {grams} g]")]),
        ("protein", "Grams of protein in a food", "how much protein is in (a |an |){x}?|protein (in|content of) {x}",
         []),
        ("allergens", "Common allergens a food contains", ("what allergens are in {x}?|is {x} safe for allergies?|"
         "allergens (in|of) {x}"), []),
        ("glycemic_index", "Glycemic index of a food", ("what's the glycemic index of {x}?|GI of {x}|does {x} spike "
         "blood sugar?"), [])]),
    "team": ("team", "team team_name club", "sports", [
        ("roster", "Current players of a team", "who plays for the {x}?|{x} roster|list the {x} players", []),
        ("next_game", "A team's next scheduled game",
         "when do the {x} play next?|next {x} game|who are the {x} playing next?", []),
        ("head_coach", "Head coach of a team", "who coaches the {x}?|{x} head coach|who is the {x}'s coach?", []),
        ("stadium", "Home stadium of a team", ("where do the {x} play (home games|at home)?|{x} stadium|what's the "
         "{x}'s home ground?"), [])]),
    "language": ("language", "language lang", "language", [
        ("native_speakers", "How many people speak a language natively",
         "how many people speak {x}?|number of {x} speakers|how widely is {x} spoken?", []),
        ("writing_system", "The script a language is written in",
         "what alphabet does {x} use?|how is {x} written?|{x} script", []),
        ("countries", "Countries where a language is official",
         "where is {x} spoken?|which countries speak {x}?|countries with {x} as an official language", [])]),
    "med": ("med", "medication drug medicine", "health", [
        ("side_effects", "Known side effects of a medication",
         "what are the side effects of {x}?|does {x} have side effects?|{x} side effects", []),
        ("interactions", "Drugs that interact with a medication",
         "what does {x} interact with?|can I take {x} with {other}?|{x} drug interactions",
         [(P("other", "med", 0, "with_drug other_drug", "A second drug to check against"), "[ and {other}]")]),
        ("generic_name", "Generic name of a brand-name medication",
         "what's the generic (name |)(of|for) {x}?|is there a generic {x}?", []),
        ("max_daily_dose", "Largest safe daily dose of a medication",
         "how much {x} can I take in a day?|max daily dose of {x}|what's the most {x} I can take?", [])]),
    "coin": ("coin", "coin symbol cryptocurrency", "crypto", [
        ("market_cap", "Market capitalisation of a cryptocurrency",
         "what's the market cap of {x}[ in {currency}]?|{x} market cap[ in {currency}]", [IN_CURRENCY]),
        ("circulating_supply", "How many coins are in circulation",
         "how many {x} are there?|circulating supply of {x}|{x} supply", []),
        ("all_time_high", "Highest price a cryptocurrency reached",
         "what's the all-time high of {x}[ in {currency}]?|{x} ATH|highest {x} has ever been", [IN_CURRENCY])]),
    "domain": ("domain", "domain hostname site", "web", [
        ("uptime", "A site's uptime over recent days",
         "how reliable has {x} been[ over the last {days} days]?|uptime (of|for) {x}[ over {days} days]",
         [(P("days", ints(1, 90), 0, "window_days period", "How many days back"), "[ over the last {days} days]")])]),
    "pypkg": ("pypkg", "package package_name name", "packages", [
        ("latest_version", "Newest released version of a Python package",
         "what's the latest version of {x}?|newest {x} release|is there a new {x}?", []),
        ("license", "Licence of a Python package", ("what license is {x} under?|{x} licen(s|c)e|can I use {x} "
         "commercially?"), []),
        ("weekly_downloads", "Downloads of a Python package in the last week",
         "how popular is {x}?|how many downloads does {x} get?|{x} downloads", []),
        ("dependencies", "What a Python package depends on",
         "what does {x} depend on?|dependencies of {x}|{x} requirements", [])]),
    "repo": ("repo", "repo repository", "git", [
        ("stars", "How many stars a repository has", "how many stars does {x} have?|{x} stars|how popular is {x}?",
         []),
        ("open_issues", "Open issues of a repository",
         "how many open issues does {x} have?|open issues (in|on) {x}[, top {limit}]", [TOP_N]),
        ("contributors", "Top contributors to a repository",
         "who contributes to {x}[, top {limit}]?|(top |)contributors (of|to) {x}[, top {limit}]", [TOP_N]),
        ("latest_release", "Newest release of a repository",
         "what's the latest release of {x}?|newest {x} release|when did {x} last release?", [])]),
    "album": ("album", "album album_title record", "music", [
        ("tracklist", "Songs on an album", "what songs are on {x}?|tracklist of {x}|{x} track listing", []),
        ("release_year", "Year an album came out", "when did {x} come out?|what year was {x} released?", []),
        ("producer", "Who produced an album", "who produced {x}?|producer of {x}", [])]),
    "show": ("show", "show series title", "entertainment", [
        ("seasons", "How many seasons a TV show has", "how many seasons (does|of) {x} (have|are there)?|{x} seasons",
         []),
        ("cast", "Main cast of a TV show", "who's in {x}?|who stars in {x}?|{x} cast", [])]),
    "restaurant": ("restaurant", "restaurant name venue", "food", [
        ("opening_hours", "When a restaurant is open",
         "when is {x} open[ on {day}]?|is {x} open (now|tonight)?|{x} (opening |)hours[ on {day}]",
         [(P("day", E("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"), 0, "weekday",
             "Day of the week"), "[ on {day}]")]),
        ("menu", "A restaurant's menu", "what's on the menu at {x}?|{x} menu|what can I eat at {x}?", []),
        ("phone_number", "A restaurant's phone number", "what's the number for {x}?|how do I call {x}?|{x} phone",
         [])]),
}

# The same attribute of different things could answer one request ("the population of Singapore"), so such
# families never share a catalog (corpus `similar`).
SHARED = {"population": ["country.population", "city.population"], "market_cap": ["ticker.market_cap",
                                                                                  "coin.market_cap"],
          "latest": ["pypkg.latest_version", "repo.latest_release"],
          "issues": ["repo.open_issues", "github.list_issues"]}


def _similar(fid: str) -> str:
    return " ".join(other for group in SHARED.values() if fid in group for other in group if other != fid)


def _families(thing: str, value_kind: str, keys: str, domain: str, attrs: list[Attr]) -> None:
    key, *alt = keys.split()
    article = "an" if thing[0] in "aeiou" else "a"
    for attr, desc, phrasings, optional in attrs:
        words = attr.replace("_", " ")
        groups = "".join(group for _, group in optional)
        templates = _split(phrasings)
        templates += [f"!(get|look up|find|tell me) the {words} (of|for) (the {thing} |){{x}}{groups}",
                      f"{{x}} {words}{groups}", f"(what's|what is) the {words} of {{x}}{groups}?"]
        text = "\n".join(templates).replace("{x}", f"{{{key}}}")
        par = f"!(get|compare) the {words} of {{{key}}} and {{{key}^}}"
        descs = (f"{desc}. | Look up the {words} of {article} {thing}. | Returns the {words} for the given {thing}.")
        names = f"get_{thing}_{attr} {thing}_{attr} ={thing}.{attr} lookup_{thing}_{attr}"
        params = [P(key, value_kind, 1, " ".join(alt), f"The {thing}, e.g. {{ex}}"), *(p for p, _ in optional)]
        fid = f"{thing}.{attr}"
        F(fid, domain, names, descs, params, text, par=par, similar=_similar(fid), train_only=True)


def _split(phrasings: str) -> list[str]:
    """Split on the `|` between templates, not those inside a template's (a|b) choices."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(phrasings):
        depth += ch == "(" or ch == "["
        depth -= ch == ")" or ch == "]"
        if ch == "|" and depth == 0:
            out.append(phrasings[start:i].strip())
            start = i + 1
    out.append(phrasings[start:].strip())
    return out


for _thing, (_kind, _keys, _domain, _attrs) in SUBJECTS.items():
    _families(_thing, _kind, _keys, _domain, _attrs)
