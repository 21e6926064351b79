"""What the values in the corpus's requests look like: value kinds and the pools they draw from.

A `Kind` makes one slot value: gen(rng, state) -> (text written in the request, argument value), with the JSON
schema type of the argument. Most kinds draw from a named pool (`POOL`, lists or `compose()` patterns such as
"{first} {last}"); `kind(name)` gives the kind for a pool name. Standard library only; deterministic for a seed.
"""

from __future__ import annotations

# ================================================================ value kinds


class Kind:
    """A source of slot values: gen(rng, state) -> (text written in the request, argument value)."""

    __slots__ = ("type", "gen", "items", "enum", "copy")

    def __init__(self, type_, gen, items=None, enum=None, copy=True):
        self.type, self.gen, self.items, self.enum, self.copy = type_, gen, items, enum, copy

    def schema(self) -> dict:
        out = {"type": self.type}
        if self.enum is not None:
            out["enum"] = list(self.enum)
        if self.items is not None:
            out["items"] = self.items.schema()
        return out


POOL: dict = {}  # name -> tuple of strings, or callable(rng) -> str; used by compose()


def field_parts(pattern):
    parts, i = [], 0
    while i < len(pattern):
        j = pattern.find("{", i)
        if j < 0:
            parts.append((pattern[i:], None))
            break
        k = pattern.index("}", j)
        parts.append((pattern[i:j], pattern[j + 1:k]))
        i = k + 1
    return parts


def fill(parts, r):
    out = []
    for lit, name in parts:
        out.append(lit)
        if name is not None:
            src = POOL[name]
            out.append(src(r) if callable(src) else r.choice(src))
    return "".join(out)


def compose(*patterns, weights=None):
    """A string source filling `{pool}` fields of one of `patterns` from POOL."""
    compiled = [field_parts(p) for p in patterns]
    if weights is None:
        return lambda r: fill(r.choice(compiled), r)
    cum = []
    t = 0
    for w in weights:
        t += w
        cum.append(t)
    return lambda r: fill(r.choices(compiled, cum_weights=cum)[0], r)


def strings(src, quote_spaces=False):
    """A string Kind from a list or a compose()d source; the request holds the value verbatim."""
    if callable(src):
        pick = src
    else:
        values = tuple(src)
        pick = lambda r: r.choice(values)  # noqa: E731
    if not quote_spaces:
        def gen(r, st):
            v = pick(r)
            return v, v
    else:
        def gen(r, st):
            v = pick(r)
            if " " in v and r.random() < 0.7:
                q = '"' if r.random() < 0.6 else "'"
                return q + v + q, v
            return v, v
    return Kind("string", gen)


NUMWORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()


def ints(lo, hi, words=0.0, commas=False, weights_low=False):
    def gen(r, st):
        if weights_low and r.random() < 0.6:
            v = r.randint(lo, min(hi, lo + (hi - lo) // 5 + 1))
        else:
            v = r.randint(lo, hi)
        if words and 0 <= v <= 12 and r.random() < words:
            return NUMWORDS[v], v
        if commas and v >= 1000 and r.random() < 0.3:
            return f"{v:,}", v
        return str(v), v
    return Kind("integer", gen, copy=False)


def nums(lo, hi, places=2, int_share=0.35, commas=False):
    def gen(r, st):
        if r.random() < int_share:
            v = r.randint(int(lo), int(hi))
        else:
            v = round(r.uniform(lo, hi), r.randint(1, places))
            if v == int(v):
                v = int(v)
        s = f"{v:,}" if commas and isinstance(v, int) and v >= 1000 and r.random() < 0.3 else str(v)
        return s, v
    return Kind("number", gen, copy=False)


def pick_ints(values, type_="integer"):
    values = tuple(values)

    def gen(r, st):
        v = r.choice(values)
        return str(v), v
    return Kind(type_, gen, copy=False)


def join_list(surfs, r):
    if len(surfs) == 1:
        return surfs[0]
    x = r.random()
    if x < 0.5:
        return ", ".join(surfs[:-1]) + " and " + surfs[-1]
    if x < 0.75:
        return ", ".join(surfs)
    if x < 0.9 and len(surfs) > 2:
        return ", ".join(surfs[:-1]) + ", and " + surfs[-1]
    return " and ".join(surfs) if len(surfs) == 2 else ", ".join(surfs)


def listof(kind, lo=2, hi=4):
    def gen(r, st):
        k = r.randint(lo, hi)
        surfs, vals, seen = [], [], set()
        for _ in range(k * 4):
            s, v = kind.gen(r, st)
            if v in seen:
                continue
            seen.add(v)
            surfs.append(s)
            vals.append(v)
            if len(vals) == k:
                break
        return join_list(surfs, r), vals
    return Kind("array", gen, items=kind, copy=kind.copy)


def E(spec):
    """An enum Kind: "value: synonym|synonym; value2; ..." (no synonyms: the value itself is written)."""
    members, surfaces = [], []
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        if ":" in part:
            v, syn = part.split(":", 1)
            syns = tuple(s.strip() for s in syn.split("|") if s.strip())
        else:
            v, syns = part, ()
        v = v.strip()
        members.append(v)
        surfaces.append(syns or (v,))
    type_ = "integer" if all(m.lstrip("-").isdigit() for m in members) else "string"
    vals = [int(m) for m in members] if type_ == "integer" else members
    table = tuple(zip(vals, surfaces))

    def gen(r, st):
        v, syns = r.choice(table)
        return r.choice(syns), v
    return Kind(type_, gen, enum=vals, copy=False)


def _no_gen(r, st):
    raise ValueError("boolean slots must set a literal, e.g. {recursive:=true}")


BOOL = Kind("boolean", _no_gen, copy=False)

# ================================================================ value pools

CITIES = """Paris|London|Tokyo|New York|Berlin|Madrid|Rome|Lisbon|Amsterdam|Vienna|Prague|Budapest|Warsaw|Dublin|
Edinburgh|Manchester|Barcelona|Seville|Valencia|Porto|Milan|Naples|Florence|Venice|Munich|Hamburg|Frankfurt|Cologne|
Zurich|Geneva|Brussels|Antwerp|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Athens|Istanbul|Ankara|Cairo|
Casablanca|Marrakech|Nairobi|Lagos|Accra|Cape Town|Johannesburg|Durban|Addis Ababa|Dakar|Tunis|Dubai|Abu Dhabi|
Doha|Riyadh|Tel Aviv|Amman|Beirut|Tehran|Karachi|Lahore|Mumbai|Delhi|Bangalore|Chennai|Kolkata|Hyderabad|Pune|
Jaipur|Kathmandu|Colombo|Dhaka|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|Phnom Penh|Kuala Lumpur|Singapore|
Jakarta|Bali|Manila|Cebu|Hong Kong|Taipei|Shanghai|Beijing|Shenzhen|Guangzhou|Chengdu|Seoul|Busan|Osaka|Kyoto|
Sapporo|Fukuoka|Nagoya|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Wellington|Christchurch|Honolulu|
Anchorage|Seattle|Portland|San Francisco|Oakland|San Jose|Los Angeles|San Diego|Las Vegas|Phoenix|Tucson|
Salt Lake City|Denver|Boulder|Albuquerque|Santa Fe|Austin|Dallas|Houston|San Antonio|El Paso|Oklahoma City|
Kansas City|Omaha|Minneapolis|St. Paul|Milwaukee|Madison|Chicago|Detroit|Cleveland|Columbus|Cincinnati|
Indianapolis|Louisville|Nashville|Memphis|Atlanta|Charlotte|Raleigh|Durham|Richmond|Washington|Baltimore|
Philadelphia|Pittsburgh|Boston|Providence|Hartford|Buffalo|Albany|Newark|Jersey City|Miami|Orlando|Tampa|
Jacksonville|New Orleans|Birmingham|Charleston|Savannah|St. Louis|Des Moines|Boise|Spokane|Sacramento|Fresno|
Reno|Toronto|Montreal|Vancouver|Calgary|Edmonton|Ottawa|Quebec City|Winnipeg|Halifax|Victoria|Mexico City|
Guadalajara|Monterrey|Cancun|Oaxaca|Havana|San Juan|Panama City|San Jose de Costa Rica|Bogota|Medellin|
Cartagena|Quito|Lima|Cusco|La Paz|Santiago|Valparaiso|Buenos Aires|Cordoba|Mendoza|Montevideo|Asuncion|
Sao Paulo|Rio de Janeiro|Brasilia|Salvador|Recife|Fortaleza|Curitiba|Porto Alegre|Lyon|Marseille|Nice|Bordeaux|
Toulouse|Nantes|Strasbourg|Lille|Montpellier|Glasgow|Liverpool|Leeds|Bristol|Cardiff|Belfast|Oxford|Cambridge|
Brighton|York|Bath|Rotterdam|Utrecht|The Hague|Ghent|Bruges|Luxembourg|Salzburg|Innsbruck|Graz|Krakow|Gdansk|
Wroclaw|Bratislava|Ljubljana|Zagreb|Split|Dubrovnik|Belgrade|Sarajevo|Sofia|Bucharest|Cluj-Napoca|Chisinau|
Kyiv|Lviv|Odesa|Vilnius|Riga|Tallinn|Tbilisi|Yerevan|Baku|Almaty|Tashkent|Ulaanbaatar|Valletta|Palermo|
Bologna|Turin|Genoa|Verona|Pisa|Granada|Malaga|Bilbao|Palma|Ibiza|Faro|Funchal|Santorini|Thessaloniki|Nicosia|
Izmir|Antalya|Bergen|Gothenburg|Malmo|Aarhus|Tampere|Stuttgart|Dresden|Leipzig|Nuremberg|Dusseldorf|Hanover|
Bremen|Basel|Bern|Lausanne|Lucerne|Kigali|Kampala|Zanzibar|Windhoek|Lusaka|Harare|Maputo|Antananarivo|Muscat|
Manama|Kuwait City|Jeddah|Goa|Kochi|Male|Phuket|Krabi|Yangon|Vientiane|Da Nang|Hoi An|Penang|Surabaya|Yogyakarta|
Davao|Macau|Xiamen|Hangzhou|Nanjing|Wuhan|Xi'an|Harbin|Okinawa|Hiroshima|Nara|Incheon|Jeju|Gold Coast|Cairns|
Hobart|Darwin|Queenstown|Fiji|Tahiti|Banff|Whistler|Aspen|Key West|Napa|Sedona|Maui|Santa Barbara|Palm Springs|
Ann Arbor|Burlington|Portland Maine|Asheville|Chattanooga|Knoxville|Lexington|Tulsa|Wichita|Fargo|Sioux Falls|
Billings|Missoula|Cheyenne|Juneau|Eugene|Tacoma|Olympia|Bakersfield|Long Beach|Pasadena|Irvine|Scottsdale|Mesa|
Plano|Fort Worth|Galveston|Baton Rouge|Mobile|Pensacola|Tallahassee|Gainesville|Fort Lauderdale|Boca Raton|
Naples Florida|Sarasota|Myrtle Beach|Wilmington|Norfolk|Annapolis|Princeton|New Haven|Worcester|Springfield""".replace("\n", "").split("|")
CITIES = [c for c in (x.strip() for x in CITIES) if c]

STATES = "CA TX NY WA OR IL MA FL CO GA NC VA PA OH MI MN AZ NV UT TN".split()
COUNTRIES = """France|Germany|Spain|Italy|Portugal|Japan|China|India|Brazil|Mexico|Canada|Australia|New Zealand|
Argentina|Chile|Peru|Colombia|Egypt|Morocco|Kenya|Nigeria|South Africa|Turkey|Greece|Sweden|Norway|Denmark|Finland|
Iceland|Ireland|Poland|Austria|Switzerland|Belgium|the Netherlands|Czech Republic|Hungary|Romania|Croatia|Vietnam|
Thailand|Indonesia|Malaysia|the Philippines|South Korea|Singapore|the UAE|Saudi Arabia|Israel|Jordan|Qatar|
Pakistan|Bangladesh|Sri Lanka|Nepal|Ukraine|Estonia|Latvia|Lithuania|Georgia|Armenia|Kazakhstan|Mongolia|Cuba|
Jamaica|Costa Rica|Panama|Ecuador|Bolivia|Uruguay|Paraguay|Ghana|Senegal|Ethiopia|Tanzania|Rwanda|Uganda|
Zimbabwe|Namibia|Madagascar|Oman|Taiwan|Cambodia|Laos|Myanmar|Fiji|the United States|the United Kingdom|
Scotland|Wales|Luxembourg|Malta|Cyprus|Slovenia|Slovakia|Serbia|Bulgaria""".replace("\n", "").split("|")

FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph
Jessica Thomas Sarah Charles Karen Chris Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra Donald Ashley
Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa
Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy
Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen
Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet
Jack Catherine Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia
Zachary Victoria Douglas Kelly Peter Lauren Kyle Christina Noah Joan Ethan Evelyn Jeremy Judith Walter Megan
Christian Andrea Keith Cheryl Roger Hannah Terry Jacqueline Austin Martha Sean Gloria Gerald Teresa Carl Ann Harold
Sara Dylan Madison Arthur Frances Lawrence Kathryn Jordan Janice Jesse Jean Bryan Abigail Billy Alice Bruce Judy
Gabriel Sophia Logan Grace Alan Denise Juan Amber Wayne Doris Elijah Marilyn Randy Danielle Roy Beverly Vincent
Isabella Ralph Theresa Eugene Diana Russell Natalie Bobby Brittany Mason Charlotte Philip Marie Louis Kayla Priya
Arjun Ananya Rahul Aisha Omar Fatima Yusuf Mei Wei Hiroshi Yuki Kenji Sakura Min-jun Ji-woo Seo-yeon Carlos Sofia
Mateo Valentina Diego Camila Lucas Gabriela Luca Giulia Marco Francesca Pierre Camille Louise Hugo Lena Felix Jonas
Mia Lars Ingrid Sven Astrid Olga Ivan Dmitri Anya Nikolai Zara Kwame Amara Chidi Ngozi Tariq Leila Ravi Deepa
Nikhil Sanjay Tomas Elena Miguel Lucia Rosa Pablo Ines Joao Beatriz Ahmed Noor Hassan Yasmin Kofi Ada Emeka Thandi
Sipho Aroha Tane Kai Leilani Mateus Rafael Andre Bianca Chloe Zoe Liam Ava Ella Leo Nora Theo Ivy Ezra Hazel Finn
Iris Milo Ruby Oscar Stella Jasper Violet Silas Willow Axel Luna Rowan Freya Caleb Maya Isaac Layla Owen Nina""".split()

LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell
Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook
Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks
Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero
Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace West Cole Hayes Bryant Herrera Gibson Ellis
Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy
Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva
Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren
Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kumar
Singh Sharma Gupta Khan Ali Yamamoto Tanaka Suzuki Watanabe Park Choi Wang Zhang Liu Li Huang Müller Schneider
Fischer Weber Becker Rossi Russo Ferrari Bianchi Dubois Moreau Laurent Lefebvre Novak Kowalski Nowak Ivanov Petrov
Jensen Nielsen Hansen Larsen Andersson Johansson Okafor Mensah Abebe Dlamini O'Brien O'Connor MacLeod""".split()

WORDS = """report notes budget draft invoice backup config data results summary photo todo main index server client
utils test readme changelog schedule resume thesis presentation slides agenda minutes proposal contract receipt
statement taxes payroll roster inventory catalog manifest playlist recipe journal diary letter memo outline script
analysis dataset model weights checkpoint metrics logs errors access debug trace dump export import sales revenue
forecast plan roadmap design mockup wireframe sketch logo banner poster flyer brochure newsletter article chapter
episode lecture homework assignment quiz exam grades syllabus transcript interview podcast demo prototype release
build deploy setup install migration schema query cache session token secrets keys certs queue worker scheduler
cron jobs tasks pipeline workflow template layout theme styles assets images videos music archive old new final
v2 v3 copy temp scratch misc personal work family vacation trip wedding birthday holiday party garden kitchen
house car bike taxes2024 q1 q2 q3 q4 annual monthly weekly daily notes2 ideas brainstorm feedback survey
customers users orders products payments accounts billing support tickets""".split()

PROJECTS = """atlas orion phoenix nebula falcon comet aurora zephyr quasar helix apollo gemini mercury titan vega
lyra nova pulse ember cobalt indigo maple cedar willow juniper sequoia aspen summit harbor beacon lantern compass
anchor drift tundra canyon mesa prairie delta sierra bravo kilo tango echo""".split()

EXTS = "txt md py js ts json yaml yml csv log pdf docx xlsx png jpg mp4 mp3 wav zip html css go rs c sh sql toml conf xml ini".split()
DOC_EXTS = "pdf docx txt md odt pptx xlsx".split()
IMG_EXTS = "png jpg jpeg webp gif heic tiff bmp".split()
VID_EXTS = "mp4 mov mkv avi webm".split()
AUD_EXTS = "mp3 wav flac m4a ogg aac".split()

USERS = """alice bob carol dave erin frank grace heidi ivan judy mallory oscar peggy trent victor walter admin deploy
ubuntu ec2-user pi dev jenkins git www-data postgres ops jdoe msmith kchen""".split()

DIRS = """~/Documents|~/Downloads|~/Desktop|~/Pictures|~/Music|~/Videos|/var/log|/etc|/etc/nginx|/tmp|/opt/app|
/srv/www|/usr/local/bin|./src|src|src/components|src/utils|./tests|tests|docs|build|dist|data|data/raw|
data/processed|~/projects|~/code|~/work|/mnt/backup|/media/usb|/var/www/html|/home/{user}|/home/{user}/code|
~/projects/{project}|~/code/{project}|~/Documents/{word}|./{project}|/data/{word}|~/My Documents|
~/Desktop/Work Stuff|~/Documents/Tax Returns|~/Pictures/{year} Trip|/Volumes/External Drive|~/Dropbox/{word}|
~/Downloads/old stuff|notebooks|scripts|config|logs|assets/images|public|static|backups|.github/workflows""".replace("\n", "").split("|")
POOL.update(user=USERS, project=PROJECTS, word=WORDS, ext=EXTS, year=[str(y) for y in range(2015, 2027)],
            first=FIRST, last=LAST, first_l=[f.lower() for f in FIRST], last_l=[x.lower().replace("'", "") for x in LAST],
            city=CITIES, country=COUNTRIES, state=STATES, doc_ext=DOC_EXTS, img_ext=IMG_EXTS, vid_ext=VID_EXTS,
            aud_ext=AUD_EXTS)
POOL["dir"] = compose(*DIRS)
POOL["n2"] = lambda r: str(r.randint(1, 99))
POOL["n3"] = lambda r: str(r.randint(1, 999))
POOL["n4"] = lambda r: str(r.randint(1000, 9999))
POOL["date8"] = lambda r: f"{r.randint(2019, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
POOL["fname"] = compose("{word}.{ext}", "{word}_{word}.{ext}", "{word}-{year}.{ext}", "{word}{n2}.{ext}",
                        "{project}_{word}.{ext}", "{word} {word}.{ext}", "{Word} {year}.{ext}", "{word}_{date8}.{ext}",
                        weights=[5, 3, 2, 1, 2, 1, 1, 1])
POOL["Word"] = [w.capitalize() for w in WORDS]
POOL["path"] = compose("{dir}/{fname}", "{fname}", "./{fname}", weights=[6, 3, 1])
POOL["docname"] = compose("{word}.{doc_ext}", "{word}_{year}.{doc_ext}", "{Word} {word}.{doc_ext}", "{project}-{word}.{doc_ext}")
POOL["docpath"] = compose("{dir}/{docname}", "{docname}", weights=[3, 2])
POOL["imgpath"] = compose("{dir}/{word}.{img_ext}", "IMG_{n4}.{img_ext}", "{word}_{n2}.{img_ext}", "{dir}/IMG_{n4}.{img_ext}",
                          "{word} {word}.{img_ext}", "screenshot-{date8}.{img_ext}")
POOL["vidpath"] = compose("{dir}/{word}.{vid_ext}", "{word}_{n2}.{vid_ext}", "VID_{date8}.{vid_ext}", "{Word} {word}.{vid_ext}",
                          "{dir}/{word}-{year}.{vid_ext}")
POOL["audpath"] = compose("{dir}/{word}.{aud_ext}", "{word}_{n2}.{aud_ext}", "{Word} {word}.{aud_ext}", "track{n2}.{aud_ext}")

GLOBS = """*.log|*.py|*.tmp|*.bak|*.js|*.ts|*.md|*.csv|*.json|*.pdf|*.jpg|*.png|*.mp4|*.zip|*.txt|*.yaml|*.o|*.pyc|
report_*.csv|IMG_*.jpg|*.test.js|test_*.py|*_backup.*|*.{jpg,png}|**/*.md|**/*.go|Dockerfile*|*.swp|core.*|
*.docx|*.xlsx|*.iso|*.dmg|*.tar.gz|*.sql|*.env|*.conf|*.lock|*.svg|*.wav|*.mov|*.rs|*.java|*.class""".replace("\n", "").split("|")
PATTERNS = """TODO|FIXME|error|ERROR|warning|Exception|NullPointerException|connection refused|timeout|def main|
import numpy|console.log|api_key|password|localhost:8080|^ERROR|[0-9]{3}-[0-9]{4}|deprecated|segfault|
OutOfMemoryError|404|500 Internal Server Error|failed to connect|user_id|SELECT \\*|class .*Controller|
async def|useEffect|panic:|Traceback|permission denied|disk full|retrying|CRITICAL|HACK|XXX|@deprecated|
license|copyright|http://|https://|\\bfoo\\b|TODO\\(.*\\)|import React|from django|main()|unsafe|
goto|print\\(|debugger|sk-[A-Za-z0-9]+""".replace("\n", "").split("|")
POOL["glob"] = GLOBS
POOL["pattern"] = PATTERNS

BRANCH_WORDS = """login signup auth oauth cache search payments checkout cart profile settings dark-mode navbar footer
api-v2 rate-limit retry logging metrics docs readme ci tests flaky-test typo crash memory-leak perf refactor cleanup
deps upgrade i18n onboarding billing export import upload avatar notifications webhooks sso mfa""".split()
POOL["bword"] = BRANCH_WORDS
POOL["ver"] = compose("{v1}.{v2}.{v3}", "{v1}.{v2}", weights=[3, 1])
POOL["v1"] = [str(i) for i in range(0, 6)]
POOL["v2"] = [str(i) for i in range(0, 20)]
POOL["v3"] = [str(i) for i in range(0, 12)]
POOL["branch"] = compose("main", "develop", "feature/{bword}", "feat/{bword}", "fix/{bword}", "bugfix/{bword}-{bword}",
                         "release/{ver}", "hotfix/{bword}", "{user}/{bword}", "staging", "dev", "{bword}", "chore/{bword}",
                         weights=[2, 2, 6, 4, 4, 2, 2, 2, 2, 1, 1, 2, 1])
COMMIT_VERBS = "fix add update remove refactor rename bump clean up improve document simplify handle support".split()
POOL["cverb"] = COMMIT_VERBS
POOL["commit_msg"] = compose("{cverb} {bword}", "{cverb} {bword} in {word} module", "fix typo in readme", "bump version to {ver}",
                             "{cverb} {word} tests", "wip", "initial commit", "{cverb} the {bword} flow", "merge {bword} changes",
                             "{cverb} {bword} handling for {word}", "release {ver}", "{cverb} docs for {bword}",
                             weights=[5, 3, 1, 1, 2, 1, 1, 3, 1, 2, 1, 2])
POOL["hex"] = lambda r: "".join(r.choice("0123456789abcdef") for _ in range(r.choice((7, 7, 8, 10, 12))))
POOL["tag"] = compose("v{ver}", "{ver}", "v{ver}-rc{v1}", "release-{ver}", weights=[5, 1, 1, 1])
POOL["remote"] = ["origin", "origin", "upstream", "fork", "github", "gitlab", "backup", "heroku"]
POOL["repo_url"] = compose("https://github.com/{user}/{project}.git", "git@github.com:{user}/{project}.git",
                           "https://github.com/{user}/{project}", "https://gitlab.com/{user}/{project}.git",
                           "git@bitbucket.org:{user}/{project}.git", "https://github.com/{project}-org/{bword}")
POOL["repo"] = compose("{user}/{project}", "{project}-org/{project}", "{user}/{bword}", "acme/{project}")

IMAGES = """nginx|nginx:1.25|nginx:alpine|postgres|postgres:16|redis|redis:7-alpine|python:3.12-slim|python:3.11|node:20|
node:18-alpine|ubuntu:22.04|ubuntu|debian:bookworm|alpine|alpine:3.19|mysql:8|mariadb|mongo:7|grafana/grafana|
prom/prometheus|rabbitmq:3-management|traefik:v3.0|httpd|busybox|golang:1.22|rust:1.77|openjdk:21|
elasticsearch:8.12.0|minio/minio|ghcr.io/{user}/{project}:latest|{user}/{project}:{ver}|localstack/localstack|
jenkins/jenkins:lts|hashicorp/vault|memcached|caddy|nextcloud|pihole/pihole|homeassistant/home-assistant""".replace("\n", "").split("|")
POOL["image"] = compose(*IMAGES)
POOL["container"] = compose("web", "db", "api", "redis-cache", "{project}-{bword}", "worker_1", "{project}_web_1", "nginx-proxy",
                            "postgres-dev", "{bword}-svc", "app", "frontend", "backend", "{project}", "mongo", "grafana",
                            weights=[2, 2, 2, 1, 3, 1, 2, 1, 1, 2, 1, 1, 1, 2, 1, 1])
PROCESSES = """node python3 python chrome firefox java postgres nginx slack zoom code docker spotify mongod redis-server
gunicorn uvicorn Xorg steam discord teams outlook vlc ffmpeg webpack php-fpm httpd mysqld rsync backup.sh
jupyter kubelet containerd dockerd ollama""".split()
POOL["process"] = PROCESSES
SERVICES = """nginx docker ssh sshd postgresql mysql apache2 cron bluetooth NetworkManager redis cups ufw
mongod php8.2-fpm jenkins grafana-server prometheus tailscaled systemd-resolved avahi-daemon fail2ban""".split()
POOL["service"] = SERVICES
PY_PKGS = """requests numpy pandas flask django fastapi pytest black scikit-learn matplotlib torch httpx pydantic
sqlalchemy rich typer beautifulsoup4 pillow boto3 celery jupyter seaborn scipy transformers openpyxl pyyaml
click aiohttp uvicorn gunicorn poetry ruff mypy""".split()
NPM_PKGS = """react express lodash typescript eslint prettier vite axios next jest webpack dotenv zod tailwindcss
@types/node react-router-dom vue svelte nodemon ts-node chalk commander moment dayjs socket.io mongoose prisma""".split()
SYS_PKGS = """htop curl git jq ffmpeg tmux neovim vim ripgrep fzf wget tree nmap imagemagick postgresql-client
build-essential docker.io python3-pip bat fd-find zsh httpie gnupg unzip p7zip-full rsync ncdu btop
openssh-server certbot nodejs golang""".split()
POOL.update(pypkg=PY_PKGS, npmpkg=NPM_PKGS, syspkg=SYS_PKGS)
POOL["pkg"] = compose("{pypkg}", "{npmpkg}", "{syspkg}")
DOMAINS = """google.com github.com example.com wikipedia.org stackoverflow.com openai.com cloudflare.com
amazon.com nytimes.com bbc.co.uk reddit.com apple.com python.org rust-lang.org archlinux.org debian.org
mozilla.org gitlab.com netflix.com spotify.com""".split()
POOL["domain"] = compose("{known_domain}", "{project}.io", "{word}-{project}.com", "api.{project}.dev", "{project}.org",
                         "shop.{project}.com", "{project}.net", weights=[5, 2, 1, 1, 1, 1, 1])
POOL["known_domain"] = DOMAINS
POOL["ip"] = compose("192.168.{o1}.{o2}", "10.0.{o1}.{o2}", "172.16.{o1}.{o2}", "8.8.8.8", "1.1.1.1", "{o3}.{o2}.{o1}.{o2}",
                     weights=[4, 3, 1, 1, 1, 1])
POOL["o1"] = [str(i) for i in range(0, 30)]
POOL["o2"] = [str(i) for i in range(1, 255)]
POOL["o3"] = [str(i) for i in range(11, 223)]
POOL["host"] = compose("{domain}", "{ip}", "db.internal", "{project}-server.local", "{user}-laptop", "prod-{bword}-01",
                       "raspberrypi.local", "nas.local", weights=[6, 4, 1, 1, 1, 1, 1, 1])
URL_PATHS = """docs|api/v1/users|blog/{bword}|releases/latest|download|about|status|health|{word}.html|index.html|
files/{fname}|{project}/{word}|search?q={bword}|v2/{word}s|assets/{word}.{img_ext}|""".replace("\n", "").split("|")
POOL["url_path"] = compose(*URL_PATHS)
POOL["url"] = compose("https://{domain}/{url_path}", "https://{domain}", "http://{host}:{port}/{url_path}",
                      "https://www.{known_domain}/{url_path}", "http://localhost:{port}/{url_path}",
                      weights=[6, 2, 1, 2, 2])
POOL["port"] = ["80", "443", "3000", "5000", "5432", "6379", "8000", "8080", "8443", "8888", "9000", "9090", "3306", "27017"]
POOL["dl_url"] = compose("https://{domain}/files/{fname}", "https://{domain}/releases/{project}-{ver}.tar.gz",
                         "https://{domain}/download/{project}_{ver}.zip", "https://cdn.{domain}/{word}/{fname}",
                         "https://{domain}/{word}.{doc_ext}", "http://{host}/{fname}",
                         "https://github.com/{user}/{project}/archive/refs/heads/main.zip",
                         "https://{domain}/{project}-{ver}-linux-amd64.tar.gz")
POOL["video_url"] = compose("https://www.youtube.com/watch?v={vid}", "https://youtu.be/{vid}", "https://vimeo.com/{n4}{n3}",
                            "https://www.youtube.com/shorts/{vid}")
POOL["vid"] = lambda r: "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))
POOL["email"] = compose("{first_l}.{last_l}@{mail_domain}", "{first_l}{n2}@gmail.com", "{first_l}@{project}.io",
                        "{first_l}_{last_l}@outlook.com", "{last_l}.{first_l}@{known_domain}", "{first_l}@{word}.com",
                        "team-{bword}@{project}.com", weights=[5, 3, 2, 2, 1, 1, 1])
POOL["mail_domain"] = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "acme.com", "company.org",
                       "hotmail.com", "fastmail.com", "uni.edu", "example.com"]
POOL["phone"] = compose("+1 415 555 {n4}", "555-{n4}", "(212) 555-{n4}", "+44 20 7946 {n4}", "07700 900{n3}",
                        "+49 30 1234{n4}", "+33 6 12 34 {d2} {d2}", "+91 98765 {n4}{d1}", "{d3}-{d3}-{n4}",
                        "+61 4 1234 {n4}")
POOL["d1"] = list("0123456789")
POOL["d2"] = [f"{i:02d}" for i in range(100)]
POOL["d3"] = [str(i) for i in range(201, 990)]
POOL["person"] = compose("{first}", "{first} {last}", weights=[1, 1])
POOL["contact"] = compose("{first}", "{first} {last}", "mom", "dad", "my wife", "my husband", "my boss", "grandma",
                          weights=[10, 6, 1, 1, 1, 1, 1, 1])

MONTHS = "January February March April May June July August September October November December".split()
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
RELDATES = """today|tomorrow|tonight|the day after tomorrow|next Monday|next Tuesday|next Wednesday|next Thursday|
next Friday|next Saturday|next Sunday|this Friday|this Saturday|this Sunday|this weekend|next weekend|next week|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next friday|this saturday|tomorrow|in 3 days|in two weeks|
the 21st|the 5th|end of the month|next month|Christmas Eve|New Year's Day""".replace("\n", "").split("|")


def _ordinal(d):
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r):
    x = r.random()
    y, m, d = r.randint(2025, 2027), r.randint(1, 12), r.randint(1, 28)
    if x < 0.38:
        return f"{y}-{m:02d}-{d:02d}"
    if x < 0.48:
        return f"{MONTHS[m - 1]} {d}"
    if x < 0.54:
        return f"{MONTHS[m - 1]} {_ordinal(d)}"
    if x < 0.60:
        return f"{d} {MONTHS[m - 1]}"
    if x < 0.66:
        return f"{MON3[m - 1]} {d}"
    if x < 0.70:
        return f"{m}/{d}/{y}"
    if x < 0.73:
        return f"{m}/{d}"
    if x < 0.76:
        return f"{MONTHS[m - 1]} {d}, {y}"
    return r.choice(RELDATES)


def _time(r):
    x = r.random()
    h, mi = r.randint(1, 12), r.choice((0, 0, 0, 15, 30, 30, 45, 10, 20, 5, 50))
    if x < 0.3:
        return f"{h}{r.choice(('am', 'pm', ' am', ' pm', 'AM', 'PM', ' PM'))}"
    if x < 0.6:
        return f"{h}:{mi:02d}{r.choice(('am', 'pm', ' am', ' pm', ' AM', ' PM'))}"
    if x < 0.9:
        return f"{r.randint(0, 23):02d}:{mi:02d}"
    return r.choice(("noon", "midnight", "6 in the morning", "half past 7", "quarter to 9"))


def _duration(r):
    x = r.random()
    if x < 0.45:
        n = r.choice((1, 2, 3, 4, 5, 5, 7, 8, 10, 10, 12, 15, 15, 20, 25, 30, 30, 40, 45, 50, 60, 90))
        return f"{n} {r.choice(('minutes', 'minutes', 'min', 'mins', 'minute' if n == 1 else 'minutes'))}"
    if x < 0.6:
        n = r.choice((10, 15, 20, 30, 45, 60, 90, 120))
        return f"{n} {r.choice(('seconds', 'secs', 'sec'))}"
    if x < 0.75:
        n = r.choice((1, 1, 2, 3, 4, 6, 8, 12, 24))
        return f"{n} {r.choice(('hours', 'hrs', 'hour' if n == 1 else 'hours'))}"
    if x < 0.9:
        return f"{r.randint(1, 3)}h{r.choice((5, 10, 15, 20, 30, 45))}m"
    return r.choice(("half an hour", "an hour", "a minute", "one and a half hours", "1 hour 15 minutes",
                     "2 hours 30 minutes", "90 seconds", "3 minutes", "an hour and a half", "10m", "25m", "45s"))


def _datetime(r):
    x = r.random()
    if x < 0.35:
        return f"{_date(r)} at {_time(r)}"
    if x < 0.55:
        return f"in {r.choice((5, 10, 15, 20, 30, 45, 90))} minutes"
    if x < 0.65:
        return f"in {r.choice(('an hour', '2 hours', '3 hours', 'half an hour', '1 hour'))}"
    if x < 0.8:
        return f"{r.choice(('tomorrow', 'tonight', 'Friday', 'next Monday', 'this evening', 'tomorrow morning'))} at {_time(r)}"
    if x < 0.9:
        return f"{r.randint(2025, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(6, 22):02d}:{r.choice((0, 15, 30, 45)):02d}"
    return r.choice(("tomorrow morning", "this evening", "tonight", "after lunch", "next week", "on Monday"))


POOL["date"] = _date
POOL["time"] = _time
POOL["duration"] = _duration
POOL["datetime"] = _datetime
POOL["month"] = MONTHS
POOL["weekday"] = WEEKDAYS

AIRPORTS = """JFK LAX SFO LHR CDG NRT HND SIN DXB FRA AMS ORD ATL SEA BOS MAD BCN FCO IST SYD MEL YYZ YVR MEX GRU ICN HKG
DEL BOM DOH ZRH MUC VIE CPH DUB LIS ATH PRG BER EWR DFW DEN MIA LAS PHX AUS MSP DTW OAK SJC PDX SLC IAH""".split()
AIRLINES = "AA UA DL BA LH AF EK QF SQ NH KL IB TK AC WN B6 AS LX QR CX".split()
POOL["airport"] = AIRPORTS
POOL["flight_no"] = compose("{airline}{fn}", "{airline} {fn}", weights=[3, 1])
POOL["airline"] = AIRLINES
POOL["fn"] = lambda r: str(r.randint(10, 9999))
POOL["place"] = compose("{city}", "{airport}", weights=[7, 3])
POOL["city_loc"] = compose("{city}", "{city}, {country}", "{city}, {state}", weights=[8, 1, 1])
HOTEL_BRANDS = """Hilton|Marriott|Hyatt Regency|Holiday Inn|Four Seasons|Ritz-Carlton|Sheraton|Westin|Radisson Blu|Novotel|
Ibis|Best Western|Kimpton|W Hotel|Mandarin Oriental|Fairmont|Hotel Indigo|Ace Hotel|The Standard|Moxy|
Park Hyatt|InterContinental|Sofitel|Courtyard|Hampton Inn""".replace("\n", "").split("|")
POOL["hotel_brand"] = HOTEL_BRANDS
POOL["hotel"] = compose("{hotel_brand} {city}", "{hotel_brand}", "The {Word} Hotel", "Hotel {last}", "{city} {hotel_brand}",
                        weights=[4, 2, 1, 1, 1])
STATIONS = """Penn Station|Gare du Nord|King's Cross|Berlin Hbf|Union Station|Shinjuku|Milano Centrale|Amsterdam Centraal|
Zurich HB|Grand Central|Gare de Lyon|Paddington|Euston|Waterloo|Munich Hbf|Frankfurt Hbf|Roma Termini|Madrid Atocha|
Barcelona Sants|Brussels Midi|Wien Hbf|Praha hlavni nadrazi|Tokyo Station|Kyoto Station|Shin-Osaka|South Station|
30th Street Station|Hamburg Hbf|Koln Hbf|Lyon Part-Dieu|Edinburgh Waverley|Manchester Piccadilly|Oxford|Cambridge|
Bath Spa|Utrecht Centraal|Antwerpen-Centraal|Firenze SMN|Venezia Santa Lucia|Napoli Centrale""".replace("\n", "").split("|")
POOL["station"] = compose("{stationname}", "{city}", weights=[2, 1])
POOL["stationname"] = STATIONS

SONGS = """Bohemian Rhapsody|Blinding Lights|Shape of You|Hotel California|Imagine|Hey Jude|Smells Like Teen Spirit|
Billie Jean|Rolling in the Deep|Uptown Funk|Halo|Yellow|Clocks|Wonderwall|Let It Be|Hallelujah|Bad Guy|Levitating|
Dancing Queen|Take On Me|Sweet Child O' Mine|Africa|Dreams|Landslide|Superstition|Respect|Stairway to Heaven|
Purple Rain|Thriller|Crazy in Love|Umbrella|Viva la Vida|Mr. Brightside|Seven Nation Army|Hurt|Jolene|Creep|
Karma Police|Heroes|Space Oddity|Vienna|Piano Man|Rocket Man|Tiny Dancer|Clair de Lune|Gymnopedie No. 1|
Nuvole Bianche|Time|Weightless|Get Lucky|One More Time|Lose Yourself|HUMBLE.|Alright|Redbone|Feel Good Inc.|
Riptide|Budapest|Skinny Love|Holocene|Ho Hey|Pompeii|Shut Up and Dance|Anti-Hero|Cruel Summer|As It Was|Flowers|
Espresso|Good 4 U|drivers license|Heat Waves|Stay|Peaches|Watermelon Sugar|Sunflower|Circles|Despacito|
La Vie en Rose|Fly Me to the Moon|Take Five|So What|Blue in Green|My Way|Yesterday|Here Comes the Sun|Wish You Were Here""".replace("\n", "").split("|")
ARTISTS = """Queen|The Weeknd|Ed Sheeran|Eagles|John Lennon|The Beatles|Nirvana|Michael Jackson|Adele|Bruno Mars|Beyonce|
Coldplay|Oasis|Leonard Cohen|Billie Eilish|Dua Lipa|ABBA|a-ha|Guns N' Roses|Toto|Fleetwood Mac|Stevie Wonder|
Aretha Franklin|Led Zeppelin|Prince|Rihanna|The Killers|The White Stripes|Johnny Cash|Dolly Parton|Radiohead|
David Bowie|Billy Joel|Elton John|Debussy|Erik Satie|Ludovico Einaudi|Hans Zimmer|Daft Punk|Eminem|Kendrick Lamar|
Childish Gambino|Gorillaz|Vance Joy|George Ezra|Bon Iver|The Lumineers|Bastille|Taylor Swift|Harry Styles|
Miley Cyrus|Sabrina Carpenter|Olivia Rodrigo|Glass Animals|Justin Bieber|Post Malone|Luis Fonsi|Edith Piaf|
Frank Sinatra|Dave Brubeck|Miles Davis|Norah Jones|Arctic Monkeys|Tame Impala|Lorde|SZA|Bad Bunny|Rosalia|
Stromae|BTS|Blackpink|Ms. Lauryn Hill|Fela Kuti|Burna Boy|Tems|Khruangbin|Bonobo|Nils Frahm|Max Richter|
Yo-Yo Ma|Lang Lang|Metallica|Pink Floyd|The Rolling Stones|Bob Dylan|Joni Mitchell|Simon & Garfunkel""".replace("\n", "").split("|")
ALBUMS = """Abbey Road|Rumours|Thriller|Back in Black|The Dark Side of the Moon|Nevermind|OK Computer|Kind of Blue|
Blue|Random Access Memories|To Pimp a Butterfly|21|1989|Folklore|Midnights|After Hours|Currents|Melodrama|
Lemonade|Purple Rain|Led Zeppelin IV|The Joshua Tree|Born to Run|Pet Sounds|Revolver|In Rainbows|
AM|Future Nostalgia|SOS|Un Verano Sin Ti|Channel Orange|Blonde|Discovery|Hounds of Love|Graceland""".replace("\n", "").split("|")
GENRES = """jazz|lo-fi|classical|rock|indie rock|hip hop|pop|country|blues|reggae|techno|house|ambient|folk|soul|funk|
metal|punk|R&B|k-pop|latin|bossa nova|disco|synthwave|drum and bass|gospel|afrobeats|piano|acoustic|chillhop""".replace("\n", "").split("|")
PLAYLISTS = """Morning Chill|Workout Mix|Road Trip|Focus Flow|Deep Focus|Sunday Brunch|Dinner Party|Running|Sleep|
Coding Beats|Throwbacks|Summer Hits|Rainy Day|Study Session|Party Starters|Discover Weekly|Liked Songs|
Chill Vibes|Gym Hype|Coffee Shop|Late Night Drive|{Word} Vibes|{first}'s Mix|{year} Favorites""".replace("\n", "").split("|")
PODCASTS = """The Daily|Serial|Radiolab|This American Life|Hardcore History|Lex Fridman Podcast|Freakonomics Radio|
Planet Money|Reply All|99% Invisible|Stuff You Should Know|The Joe Rogan Experience|Hidden Brain|Huberman Lab|
Syntax|Darknet Diaries|Software Engineering Daily|The Changelog|Acquired|Invisibilia|Criminal|My Favorite Murder|
Conan O'Brien Needs a Friend|SmartLess|TED Radio Hour|Science Vs|The Rest Is History|How I Built This|
Pod Save America|Up First|The Vergecast|Hard Fork|Lore|Making Sense|Dan Carlin's Hardcore History""".replace("\n", "").split("|")
RADIO = """KEXP|BBC Radio 1|BBC Radio 4|NPR|Jazz FM|Classic FM|WNYC|KCRW|Radio Paradise|SomaFM Groove Salad|
Triple J|NTS Radio|Absolute Radio|Capital FM|Hot 97|WFMU|Lofi Girl radio""".replace("\n", "").split("|")
POOL.update(song=SONGS, artist=ARTISTS, album=ALBUMS, genre=GENRES, podcast=PODCASTS, radio=RADIO)
POOL["playlist"] = compose(*PLAYLISTS)
MOVIES = """Inception|The Matrix|Interstellar|Dune: Part Two|Oppenheimer|Barbie|Parasite|Everything Everywhere All at Once|
The Godfather|Pulp Fiction|Spirited Away|Toy Story|Inside Out 2|The Dark Knight|Arrival|Blade Runner 2049|
La La Land|Whiplash|Get Out|Mad Max: Fury Road|Top Gun: Maverick|Poor Things|Past Lives|The Holdovers|Coco|
Amelie|Casablanca|Jaws|Alien|Gladiator II|Wicked|Moana 2|Deadpool & Wolverine|The Wild Robot|Conclave|Anora|
The Grand Budapest Hotel|Knives Out|Her|Up|WALL-E|Jurassic Park|Back to the Future|Ratatouille""".replace("\n", "").split("|")
BOOKS = """Dune|1984|Pride and Prejudice|The Hobbit|Project Hail Mary|The Midnight Library|Sapiens|Atomic Habits|
Educated|Becoming|The Great Gatsby|To Kill a Mockingbird|Beloved|Circe|Klara and the Sun|The Martian|
Thinking, Fast and Slow|The Pragmatic Programmer|Clean Code|Designing Data-Intensive Applications|
Tomorrow, and Tomorrow, and Tomorrow|Lessons in Chemistry|Fourth Wing|The Three-Body Problem|Neuromancer|
Brave New World|Jane Eyre|Middlemarch|Moby-Dick|War and Peace|Anna Karenina|The Name of the Wind|Mistborn|
Piranesi|Normal People|The Overstory|Demon Copperhead|The Road|Never Let Me Go|A Gentleman in Moscow""".replace("\n", "").split("|")
AUTHORS = """Frank Herbert|George Orwell|Jane Austen|J.R.R. Tolkien|Andy Weir|Matt Haig|Yuval Noah Harari|James Clear|
Tara Westover|Michelle Obama|F. Scott Fitzgerald|Harper Lee|Toni Morrison|Madeline Miller|Kazuo Ishiguro|
Daniel Kahneman|Martin Kleppmann|Gabrielle Zevin|Bonnie Garmus|Rebecca Yarros|Liu Cixin|William Gibson|
Aldous Huxley|Charlotte Bronte|George Eliot|Herman Melville|Leo Tolstoy|Patrick Rothfuss|Brandon Sanderson|
Susanna Clarke|Sally Rooney|Richard Powers|Barbara Kingsolver|Cormac McCarthy|Amor Towles|Ursula K. Le Guin|
Octavia E. Butler|Haruki Murakami|Chimamanda Ngozi Adichie|Zadie Smith|Agatha Christie|Stephen King""".replace("\n", "").split("|")
TVSHOWS = """Severance|The Bear|Succession|Breaking Bad|The Office|Stranger Things|The Crown|Shogun|Fallout|
The Last of Us|Ted Lasso|Abbott Elementary|Wednesday|Arcane|House of the Dragon|Slow Horses|Andor|Bluey|
Planet Earth III|The Mandalorian|Squid Game|Only Murders in the Building|Hacks|Fleabag|Dark""".replace("\n", "").split("|")
POOL.update(movie=MOVIES, book=BOOKS, author=AUTHORS, show=TVSHOWS)

DISHES = """lasagna|chicken curry|pad thai|beef tacos|mushroom risotto|banana bread|chocolate chip cookies|ramen|
shakshuka|pancakes|carbonara|chili con carne|falafel|butter chicken|paella|pho|sushi rolls|caesar salad|
french onion soup|tiramisu|apple pie|guacamole|hummus|margherita pizza|beef stew|fried rice|dumplings|
bibimbap|tom yum soup|lentil soup|quiche lorraine|fish and chips|pulled pork|veggie burger|minestrone|
tikka masala|ratatouille|gnocchi|pesto pasta|mac and cheese|cheesecake|brownies|granola|overnight oats|
chicken noodle soup|teriyaki salmon|stuffed peppers|eggplant parmesan|jambalaya|gumbo|empanadas|ceviche|
moussaka|spanakopita|biryani|dal|chana masala|pierogi|goulash|schnitzel""".replace("\n", "").split("|")
INGREDIENTS = """chicken|rice|garlic|onion|tomatoes|spinach|eggs|flour|butter|milk|cheese|potatoes|carrots|broccoli|
mushrooms|tofu|chickpeas|lentils|salmon|shrimp|ground beef|pork|bacon|avocado|lemon|lime|ginger|basil|cilantro|
bell peppers|zucchini|eggplant|quinoa|pasta|oats|bananas|apples|strawberries|blueberries|honey|coconut milk|
black beans|corn|cauliflower|sweet potatoes|kale|feta|mozzarella|parmesan|yogurt|cream|peanut butter|soy sauce|
chocolate|almonds|walnuts|cucumber|celery|leeks|cabbage|pumpkin|beets|asparagus|green beans|peas|turkey|cod|
tuna|anchovies|olives|capers|thyme|rosemary|oregano|cumin|paprika|cinnamon""".replace("\n", "").split("|")
CUISINES = """Italian|Mexican|Thai|Japanese|Chinese|Indian|French|Greek|Korean|Vietnamese|Spanish|Lebanese|
Ethiopian|Turkish|Moroccan|Peruvian|Brazilian|American|Mediterranean|Middle Eastern|Caribbean|German|
Sichuan|vegan|seafood|sushi|pizza|BBQ|ramen|tapas|dim sum|brunch|steakhouse""".replace("\n", "").split("|")
RESTAURANTS = """Luigi's|The Golden Dragon|Sakura Sushi|Blue Door Cafe|Casa Lupita|The Spice Route|Le Petit Bistro|
Olive & Thyme|Bangkok Garden|Seoul Kitchen|The Burger Joint|Pho 88|Trattoria Roma|Mama Mia Pizzeria|
The Green Table|Taqueria El Sol|Nando's|Shake Shack|Chipotle|Joe's Pizza|The Ivy|Nobu|Dishoom|Din Tai Fung|
Bella Napoli|The Hungry Fox|Harbor Grill|Saffron|Marrakesh Nights|The Copper Pot|Fig & Olive|{last}'s Diner|
{Word} & Co.|Cafe {first}""".replace("\n", "").split("|")
POOL.update(dish=DISHES, ingredient=INGREDIENTS, cuisine=CUISINES)
POOL["restaurant"] = compose(*RESTAURANTS)
FOODS = """banana|apple|avocado|egg|slice of pizza|cup of rice|chicken breast|bagel|croissant|greek yogurt|
almonds|peanut butter|oatmeal|salmon fillet|glass of milk|can of coke|latte|orange|broccoli|big mac|
cheeseburger|bowl of ramen|protein bar|granola bar|donut|chocolate bar|baked potato|tofu|steak|cup of coffee""".replace("\n", "").split("|")
POOL["food"] = FOODS

TEAMS = """Lakers|Celtics|Warriors|Bulls|Knicks|Heat|Nuggets|Bucks|Suns|Mavericks|76ers|Raptors|Chiefs|Eagles|49ers|
Cowboys|Packers|Patriots|Bills|Ravens|Steelers|Giants|Jets|Bears|Seahawks|Yankees|Red Sox|Dodgers|Cubs|Mets|
Astros|Braves|Blue Jays|Arsenal|Chelsea|Liverpool|Manchester United|Manchester City|Tottenham|Newcastle|
Real Madrid|Barcelona|Atletico Madrid|Bayern Munich|Borussia Dortmund|Juventus|AC Milan|Inter Milan|Napoli|
PSG|Ajax|Benfica|Celtic|Maple Leafs|Canadiens|Bruins|Rangers|Oilers|Golden Knights|Inter Miami|LA Galaxy|
Seattle Sounders|Mumbai Indians|Chennai Super Kings|All Blacks|Ferrari|Red Bull Racing|McLaren""".replace("\n", "").split("|")
LEAGUES = """NBA|NFL|MLB|NHL|MLS|Premier League|La Liga|Serie A|Bundesliga|Ligue 1|Champions League|Eredivisie|
IPL|Formula 1|WNBA|NCAA football|Six Nations|Super Rugby|ATP|WTA|PGA Tour|EuroLeague""".replace("\n", "").split("|")
PLAYERS = """LeBron James|Stephen Curry|Nikola Jokic|Giannis Antetokounmpo|Luka Doncic|Victor Wembanyama|
Patrick Mahomes|Josh Allen|Travis Kelce|Shohei Ohtani|Aaron Judge|Mookie Betts|Lionel Messi|Cristiano Ronaldo|
Kylian Mbappe|Erling Haaland|Mohamed Salah|Bukayo Saka|Jude Bellingham|Lamine Yamal|Harry Kane|Connor McDavid|
Auston Matthews|Caitlin Clark|A'ja Wilson|Max Verstappen|Lewis Hamilton|Lando Norris|Carlos Alcaraz|
Jannik Sinner|Novak Djokovic|Iga Swiatek|Coco Gauff|Aryna Sabalenka|Virat Kohli|Scottie Scheffler""".replace("\n", "").split("|")
SPORTS = "basketball|football|soccer|baseball|hockey|tennis|golf|cricket|rugby|Formula 1|MMA|boxing|cycling|volleyball".split("|")
POOL.update(team=TEAMS, league=LEAGUES, player=PLAYERS, sport=SPORTS)

DICT_WORDS = """serendipity ephemeral ubiquitous quixotic sonder petrichor laconic obfuscate pragmatic esoteric
mellifluous ineffable sanguine pernicious gregarious perfunctory magnanimous cacophony euphemism idiosyncrasy
juxtaposition nostalgia paradigm resilient tenacious verbose zeitgeist schadenfreude wanderlust hygge
procrastinate benevolent candid diligent eloquent frugal gullible hubris impetuous jovial lethargic meticulous
nonchalant ostentatious pedantic querulous reticent stoic trepidation umbrage vicarious whimsical zealous
apathy brevity catharsis dichotomy empathy facetious garrulous halcyon iconoclast kitsch limerence myriad
nefarious oblivious penultimate quintessential rhetoric solace tacit unequivocal vindicate wistful yearn
ambiguous bureaucracy conundrum debacle enigma fastidious gauche hapless incongruous""".split()
PHRASES = """where is the train station|thank you very much|good morning|how much does this cost|I would like a coffee|
can you help me|where is the bathroom|I don't understand|nice to meet you|see you tomorrow|happy birthday|
the bill, please|I am allergic to peanuts|what time is it|I love you|how are you|excuse me|I'm lost|
do you speak English|one ticket to the airport, please|is this seat taken|the meeting is postponed|
please close the door|we need more time|the weather is beautiful today|my name is {first}|
I'll be there in ten minutes|congratulations on your new job|where can I buy a SIM card|
the package arrived yesterday|could you speak more slowly|is breakfast included|I have a reservation|
good luck with your exam|the museum opens at nine|how do I get to the beach""".replace("\n", "").split("|")
LANGUAGES = """French|Spanish|German|Italian|Portuguese|Japanese|Chinese|Mandarin|Korean|Arabic|Hindi|Russian|Dutch|
Swedish|Norwegian|Danish|Finnish|Polish|Turkish|Greek|Hebrew|Vietnamese|Thai|Indonesian|Swahili|Ukrainian|Czech|
Hungarian|Romanian|Tagalog|Bengali|Urdu|Persian|Catalan|Irish|Welsh|English""".replace("\n", "").split("|")
POOL.update(dword=DICT_WORDS, language=LANGUAGES)
POOL["phrase"] = compose(*PHRASES)

TICKERS = """AAPL MSFT GOOGL AMZN META NVDA TSLA NFLX AMD INTC IBM ORCL CRM ADBE PYPL SQ SHOP UBER LYFT ABNB
SNOW PLTR COIN DIS NKE SBUX KO PEP WMT TGT COST JPM BAC GS MS V MA BRK.B XOM CVX PFE MRNA JNJ UNH BA F GM
T VZ SPY QQQ VOO ARKK TSM ASML SAP TM SONY BABA""".split()
COMPANIES = """Apple|Microsoft|Google|Amazon|Meta|Nvidia|Tesla|Netflix|AMD|Intel|IBM|Oracle|Salesforce|Adobe|PayPal|
Shopify|Uber|Airbnb|Snowflake|Palantir|Coinbase|Disney|Nike|Starbucks|Coca-Cola|Walmart|Costco|JPMorgan|
Goldman Sachs|Visa|Boeing|Ford|Toyota|Sony|Samsung|Spotify|Stripe|OpenAI|Anthropic|Zoom""".replace("\n", "").split("|")
COINS = "bitcoin|ethereum|BTC|ETH|solana|SOL|dogecoin|DOGE|cardano|XRP|litecoin|polkadot|USDC|avalanche|chainlink|monero".split("|")
CURRENCIES = "USD EUR GBP JPY CHF CAD AUD NZD CNY INR MXN BRL SEK NOK DKK PLN CZK HUF TRY ZAR KRW SGD HKD THB AED ILS".split()
POOL.update(ticker=TICKERS, company=COMPANIES, coin=COINS, currency=CURRENCIES)

PRODUCTS = """wireless earbuds|standing desk|usb-c cable|running shoes|coffee grinder|mechanical keyboard|4k monitor|
noise cancelling headphones|air fryer|robot vacuum|yoga mat|water bottle|backpack|laptop stand|webcam|
electric toothbrush|phone case|portable charger|bluetooth speaker|smart watch|desk lamp|office chair|
espresso machine|blender|rice cooker|kindle|ipad|gaming mouse|hdmi cable|sd card|external ssd|tent|
sleeping bag|hiking boots|rain jacket|winter coat|sunglasses|board game|lego set|instant pot|
cast iron skillet|chef's knife|french press|kettle|humidifier|air purifier|space heater|ring light|
microphone|tripod|drone|e-reader|graphics card|wifi router|printer ink|AA batteries|light bulbs|
dog food|cat litter|protein powder|vitamins|sunscreen|shampoo|toothpaste|paper towels|trash bags""".replace("\n", "").split("|")
STORES = """Amazon|Target|Best Buy|IKEA|Walmart|Costco|Home Depot|Lowe's|Etsy|eBay|Newegg|B&H|REI|Nike|Adidas|
Sephora|Ulta|Whole Foods|Trader Joe's|Kroger|Safeway|Zara|H&M|Uniqlo|Apple Store|Wayfair|Macy's|Nordstrom|
Costco|Aldi|Lidl|Tesco|Sainsbury's|MediaMarkt|Decathlon""".replace("\n", "").split("|")
BRANDS = "Apple|Samsung|Sony|Bose|Logitech|Dell|Lenovo|Nike|Adidas|Anker|Philips|Dyson|LG|Canon|Nikon|JBL|Asus|HP".split("|")
POOL.update(product=PRODUCTS, store=STORES, brand=BRANDS)
POOL["order_id"] = compose("#{n4}{n3}", "ORD-{n4}{n4}", "112-{n4}{n3}-{n4}{n3}", "{n4}-{n4}", "A{n4}{n3}",
                           weights=[2, 2, 2, 1, 1])
POOL["tracking"] = compose("1Z{alnum8}{alnum8}", "TBA{n4}{n4}{n4}", "{n4}{n4}{n4}", "9400{n4}{n4}{n4}{n4}{n2}",
                           "LX{n4}{n4}{n1}DE", "RR{n4}{n4}{n1}CN")
POOL["n1"] = list("0123456789")
POOL["alnum8"] = lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))

ROOMS = """living room|kitchen|bedroom|master bedroom|office|garage|basement|kids room|porch|hallway|bathroom|
dining room|patio|attic|guest room|nursery|backyard|front yard|laundry room|den|study|upstairs|downstairs|
game room|home gym|entryway|{first}'s room""".replace("\n", "").split("|")
COLORS = """warm white|cool white|daylight|blue|red|green|purple|orange|yellow|pink|teal|cyan|magenta|amber|
lavender|soft white|candlelight|gold|turquoise|crimson|#FF8800|#00AAFF|sunset orange|forest green""".replace("\n", "").split("|")
DEVICES = """coffee maker|space heater|tv|fan|christmas lights|humidifier|desk lamp|air purifier|kettle|
dehumidifier|fish tank light|printer|monitor|aquarium pump|electric blanket|heated towel rail|floor lamp|
string lights|router|speaker|porch light|dishwasher|washing machine|dryer|ceiling fan""".replace("\n", "").split("|")
DOORS = "front door|back door|garage door|side gate|patio door|basement door|shed|main entrance|side door|mudroom door".split("|")
SCENES = """movie night|good morning|bedtime|away|dinner party|relax|focus|reading|romantic|party mode|wake up|
goodnight|home|vacation mode|energize|nightlight|cleaning""".replace("\n", "").split("|")
CAMERAS = "front porch|backyard|driveway|nursery|garage|front door|side yard|living room|baby monitor|doorbell".split("|")
POOL.update(color=COLORS, device=DEVICES, door=DOORS, scene=SCENES, camera=CAMERAS)
POOL["room"] = compose(*ROOMS)

MESSAGES = """running 10 minutes late|can you pick up milk on the way home?|meeting moved to 3pm|happy birthday!|
I'm outside|call me when you can|dinner is ready|don't forget the keys|the package arrived|on my way|
see you at the station|thanks for today!|can we reschedule?|I landed safely|the build is green again|
please review my PR when you get a chance|lunch tomorrow?|good luck on your exam!|love you|
the server is down, looking into it|I'll be home by 7|where did you park?|the kids are asleep|
can you send me the slides?|congrats on the promotion!|let's meet at the usual place|I'm stuck in traffic|
did you feed the cat?|the wifi password is on the fridge|ok sounds good|be there in 5|miss you already|
happy anniversary|the report is in the shared drive|standup is cancelled today|bring an umbrella|
deploy is done|please call the plumber|I got the tickets|see you soon|can you check the oven?|
movie starts at 8|your order is ready for pickup|I'll bring dessert|the meeting link changed|
we're out of coffee|heading to the gym|just finished the draft|welcome to the team!""".replace("\n", "").split("|")
POOL["msg_base"] = MESSAGES
POOL["message"] = compose("{msg_base}", "{msg_base}", "{msg_base}", "see you at {time}", "I'm at {restaurant}",
                          "meet me at {city} station", "happy birthday {first}!", "call {first} back please",
                          "the {word} is ready", "can you send me the {word}?", "running late, start without me",
                          "I'll be there {date}", "the {word} meeting is at {time}", "did you get my email about the {word}?")
SUBJECTS = """Quarterly report|Meeting notes|Invoice #{n4}|Re: {Word} proposal|Follow-up|Lunch on Friday?|
Vacation request|Project {project} update|Your order has shipped|Weekly sync|Question about the {word}|
Welcome aboard|Action items|Contract draft|Urgent: server outage|Happy holidays|Interview schedule|
{Word} review|Budget for {year}|Slides for tomorrow""".replace("\n", "").split("|")
POOL["subject"] = compose(*SUBJECTS)
POOL["body"] = compose("{msg_base}", "Hi, {msg_base}", "please find the {word} attached", "the {word} is ready for review",
                       "can we move our call to {time}?", "thanks for the update, looks good", "here are the notes from today")
TASKS = """buy milk|call {first}|renew passport|finish the {word} report|book dentist appointment|pay rent|
water the plants|submit expense report|fix the leaky faucet|pick up dry cleaning|email {first} about the {word}|
take out the trash|walk the dog|schedule car service|order a birthday gift for {first}|back up the laptop|
update the {word} spreadsheet|review {first}'s PR|cancel the gym membership|buy a new {product}|
prepare slides for {weekday}|clean the garage|return library books|file taxes|read {book}|
call the bank|pay the electricity bill|refill prescription|book flights to {city}|send the invoice""".replace("\n", "").split("|")
POOL["task"] = compose(*TASKS)
NOTES = """parking spot is level 3 B12|wifi password for the cabin is sunflower42|gift ideas: scarf, book, candles|
{first}'s new phone number ends in {n4}|the garage code is {n4}|ideas for the {project} launch|
books to read: {book}|remember to ask {first} about the {word}|dentist said floss more|
grocery budget this month is {n3} dollars|the {word} meeting is moved to {weekday}|
license plate {alnum8}|seat 14C on the flight to {city}|recipe idea: {dish} with {ingredient}|
{word} draft is due {date}|call back {first} at {time}""".replace("\n", "").split("|")
POOL["note"] = compose(*NOTES)
EVENTS = """team standup|dentist appointment|lunch with {first}|1:1 with {first}|{project} review|yoga class|
sprint planning|parent-teacher conference|{first}'s birthday party|flight to {city}|doctor's appointment|
haircut|quarterly planning|book club|date night|soccer practice|piano lesson|board meeting|coffee with {first}|
{Word} workshop|demo day|all hands|interview with {first} {last}|car service|gym session""".replace("\n", "").split("|")
POOL["event"] = compose(*EVENTS)
POOL["hashtag"] = compose("#{word}", "#{Word}{Word}", "#ThrowbackThursday", "#MondayMotivation", "#{city_nospace}",
                          "#{project}", "#{year}goals", "#100DaysOfCode", "#AI", "#travel", "#foodie", "#{sport_nospace}")
POOL["city_nospace"] = [c.replace(" ", "").replace(".", "").replace("'", "") for c in CITIES]
POOL["sport_nospace"] = [s.replace(" ", "") for s in SPORTS]
POOL["username"] = compose("@{first_l}{last_l}", "@{first_l}_{n2}", "@{word}_{project}", "{first_l}.{last_l}",
                           "@{project}hq", "{first_l}{n3}")
POOL["post"] = compose("Just shipped {project} {ver}!", "Beautiful day in {city}", "Reading {book} and loving it",
                       "New blog post: how we cut our {word} costs in half", "Excited to join {company}!",
                       "{msg_base}", "Hot take: {genre} is underrated", "Thanks everyone for coming to {event}!",
                       "Who else is watching {show}?", "Big news coming {date}")

DBS = "analytics|prod_db|users|inventory|shop|app_dev|metrics|crm|warehouse|blog|orders_db|staging|test_db|hr|finance".split("|")
TABLES = """users|orders|products|sessions|events|invoices|customers|payments|logs|audit_log|accounts|employees|
subscriptions|page_views|carts|reviews|shipments|tickets|messages|transactions""".replace("\n", "").split("|")
COLUMNS = "id|email|created_at|status|user_id|amount|country|name|price|total|updated_at|type|score".split("|")
POOL.update(db=DBS, table=TABLES, column=COLUMNS)
POOL["sql"] = compose("SELECT * FROM {table} LIMIT {n2}", "SELECT count(*) FROM {table}",
                      "SELECT {column}, count(*) FROM {table} GROUP BY {column}",
                      "SELECT * FROM {table} WHERE {column} = {n3}", "DELETE FROM {table} WHERE {column} < {n3}",
                      "UPDATE {table} SET status = 'active' WHERE id = {n3}",
                      "SELECT * FROM {table} ORDER BY created_at DESC LIMIT {n2}",
                      "SELECT {column} FROM {table} WHERE {column} IS NULL")
POOL["rkey"] = compose("session:{n4}", "user:{n3}:profile", "cache:{word}", "rate_limit:{ip}", "{project}:config",
                       "queue:{word}", "feature_flags")
REGIONS = """us-east-1|us-east-2|us-west-1|us-west-2|eu-west-1|eu-west-2|eu-central-1|eu-north-1|ap-southeast-1|
ap-southeast-2|ap-northeast-1|ap-south-1|sa-east-1|ca-central-1""".replace("\n", "").split("|")
POOL["region"] = REGIONS
POOL["bucket"] = compose("my-app-backups", "{project}-assets", "{project}-{word}-prod", "logs-prod", "{user}-{word}",
                         "{project}-static", "data-lake-raw", "{word}-exports")
POOL["s3key"] = compose("{word}/{fname}", "{fname}", "backups/{date8}.tar.gz", "{project}/{word}/{word}.json",
                        "logs/{year}/{fname}")
POOL["instance_id"] = lambda r: "i-0" + "".join(r.choice("0123456789abcdef") for _ in range(16))
SVC = """checkout-service|auth-api|payments|frontend|backend|api-gateway|user-service|notification-worker|search|
billing|inventory-svc|web|worker|scheduler|{project}-api|{project}-web|{bword}-service""".replace("\n", "").split("|")
POOL["svc"] = compose(*SVC)
POOL["namespace"] = ["default", "kube-system", "prod", "production", "staging", "monitoring", "ingress-nginx", "dev",
                     "data", "cert-manager", "argocd", "team-{project}"]
POOL["namespace"] = compose(*POOL["namespace"])
POOL["pod"] = compose("{svc}-{podhash}-{podid}")
POOL["podhash"] = lambda r: "".join(r.choice("0123456789abcdef") for _ in range(9))
POOL["podid"] = lambda r: "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
POOL["selector"] = compose("app={svc}", "tier=backend", "app=nginx", "env=prod", "team={project}", "app={project}")
POOL["func"] = compose("resize-image", "{word}-handler", "{project}-{bword}", "process_{word}", "send-{word}-email",
                       "nightly-{word}")
POOL["jira"] = ["WEB", "API", "OPS", "MOB", "DATA", "INFRA", "SEC", "PLAT", "CORE", "DOCS"]
ISSUES = """login button does nothing on Safari|crash when uploading large files|dark mode colors are wrong|
add export to CSV|search is slow for long queries|typo on the pricing page|500 error on checkout|
memory leak in the worker|flaky test in {word} suite|update {pypkg} to {ver}|support SSO with Okta|
timezone bug in reminders|broken link in the docs|add retry to {word} uploads|password reset email never arrives""".replace("\n", "").split("|")
POOL["issue"] = compose(*ISSUES)
POOL["pr_title"] = compose("Fix {bword} bug", "Add {bword} support", "Refactor {word} module", "Bump {pypkg} to {ver}",
                           "{commit_msg}", "Improve {bword} performance")

ACTIVITIES = """running|cycling|swimming|yoga|weightlifting|hiking|rowing|walking|HIIT|pilates|tennis|basketball|
jump rope|elliptical|spinning|climbing|boxing|dancing|skiing|soccer""".replace("\n", "").split("|")
MEDS = """ibuprofen|vitamin D|amoxicillin|metformin|lisinopril|allergy pills|iron supplement|melatonin|
omega-3|insulin|birth control|antibiotics|thyroid medication|blood pressure pills|multivitamin|aspirin""".replace("\n", "").split("|")
SPECIALTIES = """dermatologist|dentist|cardiologist|pediatrician|general practitioner|eye doctor|physiotherapist|
orthopedist|gynecologist|therapist|allergist|ENT specialist|nutritionist|chiropractor""".replace("\n", "").split("|")
POOL.update(activity=ACTIVITIES, med=MEDS, specialty=SPECIALTIES)
POOL["dosage"] = ["200 mg", "1 tablet", "500mg", "2 pills", "10 ml", "1000 IU", "5 mg", "two tablets", "1 capsule", "20mg"]
JOBS = """software engineer|data scientist|product manager|nurse|graphic designer|accountant|barista|teacher|
electrician|UX researcher|devops engineer|marketing manager|sales associate|project manager|copywriter|
machine learning engineer|dental hygienist|truck driver|chef|paralegal|frontend developer|site reliability engineer""".replace("\n", "").split("|")
POOL["job"] = JOBS
TIMEZONES = """UTC|PST|EST|CET|JST|IST|GMT|America/New_York|Europe/London|Asia/Tokyo|Australia/Sydney|
America/Los_Angeles|Europe/Berlin|Asia/Kolkata|Asia/Singapore|America/Chicago|Europe/Paris|Pacific/Auckland""".replace("\n", "").split("|")
POOL["tz"] = TIMEZONES
POOL["tz_or_city"] = compose("{tz}", "{city}", weights=[1, 2])
QUERIES = """best pizza near me|how to center a div|python asyncio tutorial|cheap flights to {city}|
history of the {word}|{pypkg} documentation|how to fix a flat tire|symptoms of dehydration|{movie} reviews|
{company} earnings|rust vs go performance|{dish} recipe|how tall is mount everest|{book} summary|
used cars under 10000|best hiking trails in {country}|latest {company} news|how to learn {language}""".replace("\n", "").split("|")
POOL["search_query"] = compose(*QUERIES)
TOPICS = """artificial intelligence|climate change|the election|electric vehicles|space exploration|cryptocurrency|
the stock market|housing prices|{company}|{city}|{sport}|the World Cup|inflation|renewable energy|{country}|
quantum computing|public health|the Olympics|interest rates|remote work""".replace("\n", "").split("|")
POOL["topic"] = compose(*TOPICS)
WIFI = "HomeNet|{last}_WiFi|Starbucks WiFi|CoffeeShop Guest|NETGEAR{n2}|xfinitywifi|Office-5G|TP-Link_{n4}|eduroam|Airport Free WiFi".split("|")
POOL["ssid"] = compose(*WIFI)
POOL["password"] = compose("{word}{n4}", "{Word}!{n2}{word}", "hunter2", "{project}-{n3}-{word}", "correct horse battery staple")
POOL["envvar"] = ["PATH", "HOME", "JAVA_HOME", "NODE_ENV", "DATABASE_URL", "API_KEY", "EDITOR", "GOPATH", "PYTHONPATH",
                  "AWS_REGION", "DEBUG", "LANG", "KUBECONFIG", "HTTP_PROXY", "LOG_LEVEL", "PORT"]
POOL["envval"] = compose("production", "development", "vim", "nano", "true", "{n4}", "debug", "/usr/local/go",
                         "postgres://localhost:5432/{db}", "en_US.UTF-8", "{region}", "http://proxy.local:3128")
POOL["mode"] = ["755", "644", "600", "700", "777", "750", "640", "u+x", "a+r", "go-w", "+x", "400"]
POOL["group"] = ["staff", "admin", "sudo", "docker", "www-data", "developers", "users", "wheel", "audio", "video", "plugdev"]
POOL["cron"] = ["0 3 * * *", "*/5 * * * *", "0 9 * * 1-5", "30 2 * * 0", "0 0 1 * *", "15 * * * *", "0 */6 * * *",
                "@reboot", "@daily", "0 18 * * 5"]
POOL["command"] = compose("ls -la", "npm test", "python manage.py migrate", "cat /etc/os-release", "df -h", "bash",
                          "sh", "env", "ps aux", "tail -f /var/log/{word}.log", "redis-cli ping", "psql -U postgres",
                          "./{word}.sh", "make build", "pip list", "whoami", "python3 {word}.py", "node {word}.js",
                          "backup.sh", "/usr/local/bin/{word}-sync")
POOL["printer"] = ["HP LaserJet", "Office Printer", "Brother HL-L2350", "Canon Pixma", "2nd floor printer", "Epson EcoTank"]
POOL["resolution"] = ["1920x1080", "1280x720", "3840x2160", "720p", "1080p", "4k", "640x480", "2560x1440", "480p"]
POOL["bitrate"] = ["128k", "192k", "256k", "320k", "64k", "96k", "1M", "2500k", "5M"]
POOL["timestamp"] = compose("00:{d2s}", "0:{d2s}", "{d1s}:{d2s}", "00:0{d1s}:{d2s}", "01:{d2s}:{d2s}", "{n2}s",
                            weights=[2, 1, 2, 2, 1, 1])
POOL["d2s"] = [f"{i:02d}" for i in range(60)]
POOL["d1s"] = list("123456789")
POOL["size_str"] = ["100M", "500M", "1G", "2G", "50M", "10M", "250M", "5G", "1GB", "500MB", "100MB"]
POOL["page_range"] = compose("1-3", "2-5", "{n1p}", "1,3,5", "10-12", "{n1p}-{n2p}", "5-", "1-10")
POOL["n1p"] = [str(i) for i in range(1, 10)]
POOL["n2p"] = [str(i) for i in range(10, 40)]
POOL["expression"] = compose("{a} * {b} + {c}", "({a} + {b}) / {c}", "{a}^2", "sqrt({a}) + {b}", "{a} % {c}",
                             "{a} * {b}", "{a} / {c}", "2^{c}", "{a} - {b} * {c}", "({a} - {b}) * ({c} + {b})",
                             "{a}.{c} * {b}")
POOL["a"] = [str(i) for i in range(2, 1000)]
POOL["b"] = [str(i) for i in range(2, 100)]
POOL["c"] = [str(i) for i in range(2, 20)]
POOL["func_expr"] = ["x^2 + 3x", "3x^3 - 2x + 1", "sin(x)", "e^x * x", "ln(x)", "x^4 - 5x^2", "2x^2 - 4x + 7",
                     "cos(x) * x", "1/x", "sqrt(x)", "x^3", "5x + 2", "x*sin(x)", "e^(2x)", "tan(x)", "x^2 * ln(x)"]
POOL["license_plate"] = compose("{alnum3}-{n4}", "{alnum3} {n3}", "{n1p}{alnum3}{n3}")
POOL["alnum3"] = lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
POOL["address"] = compose("{n3} {street}", "{n4} {street}, {city}", "{n3} {street} Apt {n2}", "{n2} {street}, {city}, {state}")
POOL["street"] = ["Main St", "Oak Avenue", "Elm Street", "Market Street", "5th Avenue", "Baker Street", "Sunset Blvd",
                  "Maple Drive", "Pine Road", "High Street", "Broadway", "Mission St", "Lake Shore Drive", "Park Lane",
                  "Rue de Rivoli", "Via Roma", "King Street", "Queen Street", "Church Road", "Mill Lane"]
POOL["zip"] = compose("{n4}{n1}", "SW1A {n1}AA", "{n4}", "75{d3}")
POOL["landmark"] = compose("the Eiffel Tower", "Central Park", "the Louvre", "Times Square", "the Golden Gate Bridge",
                           "Big Ben", "the Colosseum", "Shibuya Crossing", "the airport", "the train station",
                           "downtown", "the office", "home", "{restaurant}", "{address}", "the stadium", "the beach",
                           "{stationname}", "the mall", "the university", "the hospital", "{city}")
POOL["poi"] = ["gas station", "coffee shop", "pharmacy", "ATM", "supermarket", "parking", "hospital", "gym", "pizza place",
               "bakery", "hardware store", "EV charger", "vet", "post office", "laundromat", "bookstore", "bar",
               "playground", "library", "car wash"]
POOL["unit_len"] = ["meters", "feet", "miles", "kilometers", "inches", "centimeters", "yards", "km", "cm", "ft", "mm"]
POOL["image_prompt"] = compose("a cat wearing a space helmet", "a watercolor of {city} at sunset", "a logo for {project}",
                               "a cozy cabin in the snow", "a robot reading {book}", "an isometric {word} icon",
                               "a photo of {dish} on a wooden table", "a dragon made of clouds",
                               "a minimalist poster of {movie}", "a {color} sports car in the rain")
POOL["long_text"] = compose("{msg_base}", "the quick brown fox jumps over the lazy dog", "{phrase}",
                            "our {word} numbers were up {n2} percent this quarter", "{note}",
                            "I think the {word} plan needs more time before we ship it")
POOL["language_code"] = ["fr", "es", "de", "it", "ja", "zh", "ko", "pt", "ru", "ar", "hi", "nl", "sv", "en"]
POOL["coord_lat"] = lambda r: f"{r.uniform(-60, 70):.4f}"
POOL["coord_lng"] = lambda r: f"{r.uniform(-170, 170):.4f}"
POOL["event_kind"] = ["concert", "comedy show", "food festival", "art exhibition", "farmers market", "marathon",
                      "jazz night", "book signing", "tech meetup", "theater play", "football game", "film screening"]
POOL["category"] = ["electronics", "books", "clothing", "groceries", "toys", "home", "garden", "sports", "beauty", "pets"]
POOL["voice"] = ["Alloy", "Nova", "Echo", "Onyx", "Shimmer", "Fable", "Daniel", "Samantha", "Karen", "Moira"]
POOL["vehicle"] = ["my car", "the Tesla", "Model 3", "the truck", "the van", "{first}'s car", "the Rivian", "the Leaf"]
POOL["pet"] = ["Max", "Bella", "Luna", "Charlie", "Milo", "Coco", "Rocky", "Daisy", "Simba", "Nala", "Pepper", "Oreo"]


def _typed_paths(exts):
    key = "ext_" + "_".join(e.replace(".", "") for e in exts)
    POOL[key] = list(exts)
    return compose("{dir}/{word}.{%s}" % key, "{word}.{%s}" % key, "{word}_{word}.{%s}" % key,
                   "{dir}/{project}-{word}.{%s}" % key, "{Word} {word}.{%s}" % key, "./{word}{n2}.{%s}" % key,
                   weights=[4, 3, 2, 2, 1, 1])


POOL["textpath"] = _typed_paths(["txt", "md", "log", "conf", "ini", "yaml", "py", "js", "csv", "json", "html", "sh"])
POOL["logpath"] = compose("/var/log/{service}.log", "/var/log/syslog", "logs/{word}.log", "{dir}/{word}.log",
                          "/var/log/nginx/access.log", "/var/log/nginx/error.log", "app.log", "{project}.log", "debug.log")
POOL["csvpath"] = _typed_paths(["csv", "tsv"])
POOL["jsonpath"] = _typed_paths(["json"])
POOL["archpath"] = _typed_paths(["zip", "tar.gz", "tgz", "tar", "7z", "tar.bz2"])
POOL["codepath"] = _typed_paths(["py", "js", "ts", "go", "rs", "java", "c", "cpp", "rb", "sh"])
POOL["sqlpath"] = _typed_paths(["sql", "dump", "sql.gz"])
POOL["pdfpath"] = _typed_paths(["pdf"])
POOL["yamlpath"] = compose("k8s/{word}.yaml", "deploy/{svc}.yaml", "{word}.yml", "manifests/{svc}-deployment.yaml",
                           "docker-compose.yml", "compose.{word}.yaml", "./{project}/values.yaml")

# ================================================================ named kinds

QUOTED = {"path", "dir", "docpath", "imgpath", "vidpath", "audpath", "fname", "docname", "textpath", "csvpath", "jsonpath", "archpath", "codepath", "sqlpath", "pdfpath"}
KINDS: dict = {
    "count": ints(1, 10, words=0.25),
    "few": ints(2, 6, words=0.3),
    "n20": ints(1, 20),
    "n50": ints(1, 50, weights_low=True),
    "n100": ints(1, 100),
    "n1000": ints(1, 1000, weights_low=True),
    "lines": ints(5, 500, weights_low=True),
    "tcp_port": pick_ints([22, 80, 443, 3000, 3306, 4000, 5000, 5173, 5432, 6379, 8000, 8080, 8081, 8443, 8888, 9000,
                           9090, 9200, 11434, 27017, 1883, 25565]),
    "pid": ints(300, 99999),
    "percent": ints(0, 100),
    "pct": ints(5, 100),
    "minutes": ints(1, 180, weights_low=True),
    "seconds": ints(5, 600, weights_low=True),
    "hours": ints(1, 48, weights_low=True),
    "days": ints(1, 30, weights_low=True),
    "weeks": ints(1, 12),
    "year": ints(1990, 2030),
    "depth": ints(1, 6),
    "people": ints(1, 8, words=0.3),
    "rooms_n": ints(1, 5),
    "stars": ints(1, 5),
    "qty": ints(1, 12, words=0.2),
    "replicas": ints(0, 20),
    "level": ints(1, 9),
    "quality": ints(10, 100),
    "crf": ints(18, 35),
    "fps": ints(5, 60),
    "width": pick_ints([128, 256, 320, 480, 640, 720, 800, 1024, 1080, 1200, 1280, 1920, 2048, 3840]),
    "height": pick_ints([128, 240, 360, 480, 600, 720, 768, 1080, 1440, 2160]),
    "kb": ints(1, 4096),
    "bits": pick_ints([8, 12, 16, 20, 24, 32, 48, 64]),
    "zone": ints(1, 8),
    "channel": ints(1, 999),
    "calories": ints(50, 3500),
    "steps_n": ints(1000, 30000, commas=True),
    "ml": pick_ints([100, 200, 250, 300, 330, 350, 400, 500, 750, 1000]),
    "grams": ints(10, 500),
    "bpm": ints(40, 190),
    "sets": ints(1, 10),
    "reps": ints(1, 30),
    "big": ints(1000, 2000000, commas=True),
    "bedrooms": ints(1, 6),
    "shares": ints(1, 500, weights_low=True),
    "dice_sides": pick_ints([4, 6, 8, 10, 12, 20, 100]),
    "radius_m": pick_ints([100, 250, 500, 1000, 1500, 2000, 5000, 10000]),
    "ttl": pick_ints([60, 300, 600, 900, 1800, 3600, 7200, 86400]),
    "small_int": ints(1, 20),
    "nat": ints(1, 200, weights_low=True),
    "fact_n": ints(0, 25),
    "base_n": pick_ints([2, 8, 10, 16, 36, 3, 5]),
    "decimals": ints(0, 6),
    "temp_set": nums(15, 30, 1, 0.7),
    "temp_f": ints(55, 85),
    "price": nums(5, 2000, 2, 0.6, commas=True),
    "amount": nums(1, 5000, 2, 0.5, commas=True),
    "small_amount": nums(1, 300, 2, 0.5),
    "rate": nums(0.5, 12, 2, 0.3),
    "dim": nums(1, 200, 1, 0.6),
    "small_dim": nums(0.5, 30, 1, 0.5),
    "real": nums(-100, 100, 2, 0.4),
    "posreal": nums(0.1, 1000, 2, 0.4),
    "coef": nums(-20, 20, 1, 0.7),
    "prob": nums(0.01, 0.99, 2, 0.0),
    "rating": nums(1, 5, 1, 0.5),
    "weight_kg": nums(40, 140, 1, 0.6),
    "height_m": nums(1.45, 2.05, 2, 0.0),
    "height_cm": ints(145, 205),
    "km": nums(0.5, 50, 1, 0.5),
    "tip_pct": pick_ints([10, 12, 15, 18, 20, 22, 25]),
    "bool": BOOL,
}


def kind(name):
    if isinstance(name, Kind):
        return name
    k = KINDS.get(name)
    if k is None:
        if name not in POOL:
            raise KeyError(f"unknown kind {name!r}")
        k = KINDS[name] = strings(POOL[name], quote_spaces=name in QUOTED)
    return k




UNIT_CATS = {
    "length": ["meters", "feet", "miles", "kilometers", "inches", "centimeters", "yards", "millimeters", "nautical miles"],
    "weight": ["kilograms", "pounds", "ounces", "grams", "stones", "tons", "milligrams"],
    "volume": ["liters", "gallons", "cups", "milliliters", "fluid ounces", "quarts", "pints", "tablespoons", "teaspoons"],
    "speed": ["mph", "km/h", "knots", "meters per second", "feet per second"],
    "area": ["square meters", "square feet", "acres", "hectares", "square miles", "square kilometers"],
    "data": ["megabytes", "gigabytes", "kilobytes", "terabytes", "bytes", "MB", "GB"],
    "time": ["seconds", "minutes", "hours", "days", "weeks", "years"],
    "energy": ["joules", "calories", "kilocalories", "kilowatt-hours", "BTU"],
    "pressure": ["psi", "bar", "pascals", "atmospheres"],
}


def _unit(r, st):
    cat = st.get("unit_cat")
    if cat is None:
        cat = st["unit_cat"] = r.choice(sorted(UNIT_CATS))
    taken = st.setdefault("units", [])
    u = r.choice([x for x in UNIT_CATS[cat] if x not in taken])
    taken.append(u)
    return u, u


KINDS["unit_from"] = Kind("string", _unit)
KINDS["unit_to"] = Kind("string", _unit)


def _date_gen(r, st):
    """A date; a second date in the same request usually follows the first in the same style (check-in/out)."""
    prev = st.get("date")
    if prev is not None and r.random() < 0.75:
        style, y, m, d = prev
        k = r.randint(1, 14)
        d2, m2, y2 = d + k, m, y
        if d2 > 28:
            d2, m2 = d2 - 28, m + 1
            if m2 > 12:
                m2, y2 = 1, y + 1
        st["date"] = (style, y2, m2, d2)
        if style == "iso":
            v = f"{y2}-{m2:02d}-{d2:02d}"
        elif style == "md":
            v = f"{MONTHS[m2 - 1]} {d2}"
        else:
            v = f"{m2}/{d2}/{y2}"
        return v, v
    x = r.random()
    if x < 0.55:
        y, m, d = r.randint(2025, 2027), r.randint(1, 12), r.randint(1, 28)
        style = "iso" if x < 0.35 else "md" if x < 0.5 else "us"
        st["date"] = (style, y, m, d)
        v = f"{y}-{m:02d}-{d:02d}" if style == "iso" else f"{MONTHS[m - 1]} {d}" if style == "md" else f"{m}/{d}/{y}"
        return v, v
    v = _date(r)
    return v, v


KINDS["date"] = Kind("string", _date_gen)
