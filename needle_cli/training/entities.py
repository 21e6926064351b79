"""Generated tool families: the everyday verbs of record-keeping APIs over many kinds of record.

handwritten.py's families are written one by one. These are made from a table: each kind of record (a support ticket,
a lead, a shipment...) with its fields, times six verbs (create, get, list, update, delete, search), each verb with
its own names, descriptions and request templates. A catalog then often holds several verbs of one record
(corpus._catalog draws siblings of a domain), so the model must tell `delete_ticket` from `get_ticket` by the
request's verb and `get_ticket` from `get_incident` by its noun: the wrong-tool mistakes it makes most.

They are training families only: never held out, and never in the held-out split's catalogs, so the benchmark's
held-out requests stay what they were (corpus.Split).
"""

from __future__ import annotations

from .families import F, P
from .values import E, compose, ints, kind, strings

# A field: (key, kind, other names, description, how a request says it). The first field is the record's id, the
# second the one a new record needs; the others are optional. Enum fields (E) can be set by `update` and filter
# `list`; the first free-text field after the id is what `search` looks for (no search where there is none).
Field = tuple[str, object, str, str, str]

PRIORITY = E("low; medium: medium|normal; high; urgent: urgent|critical")

ENTITIES: dict[str, tuple[str, str, list[Field]]] = {
    # noun: (plural, domain, fields)
    "ticket": ("tickets", "helpdesk", [
        ("ticket_id", strings(compose("TCK-{n4}", "#{n4}", "{n4}", "T{n3}")), "id", "Ticket ID", "{ticket_id}"),
        ("title", "issue", "subject summary", "Short summary of the problem", "(about|titled|for) \"{title}\""),
        ("priority", PRIORITY, "urgency", "Priority", "with priority {priority}"),
        ("assignee", "person", "assigned_to owner", "Agent the ticket is assigned to", "assigned to {assignee}"),
        ("status", E("open; pending: pending|waiting; solved: solved|resolved; closed"), "state", "Ticket status",
         "(with status|marked) {status}")]),
    "incident": ("incidents", "oncall", [
        ("incident_id", strings(compose("INC-{n4}", "INC{n4}", "{n3}")), "id", "Incident ID", "{incident_id}"),
        ("summary", "issue", "title description", "What is going wrong", "(for|about) \"{summary}\""),
        ("severity", E("sev1: sev1|SEV-1|critical; sev2: sev2|SEV-2|major; sev3: sev3|SEV-3|minor; sev4: sev4|SEV-4"),
         "level", "Severity", "at {severity}"),
        ("service", "svc", "component", "Affected service", "(on|affecting|for) {service}"),
        ("status", E("investigating; identified; monitoring; resolved: resolved|fixed"), "state", "Incident status",
         "(in state|marked) {status}")]),
    "lead": ("leads", "crm", [
        ("lead_id", strings(compose("L-{n4}", "LD{n4}", "{n4}")), "id", "Lead ID", "{lead_id}"),
        ("name", "person", "full_name contact_name", "Lead's full name", "(for|named) {name}"),
        ("company", "company", "organization account", "Company the lead works for", "(from|at) {company}"),
        ("source", E("web: web|website|the website; referral: referral|a referral; event: event|a trade show; ads: ads|an ad"),
         "channel origin", "Where the lead came from", "(from|via) {source}"),
        ("stage", E("new; contacted; qualified; lost"), "status", "Pipeline stage", "(in stage|marked) {stage}")]),
    "deal": ("deals", "crm", [
        ("deal_id", strings(compose("D-{n3}", "DEAL-{n4}", "{n4}")), "id", "Deal ID", "{deal_id}"),
        ("title", strings(compose("{company} renewal", "{company} expansion", "{company} pilot", "{project} license")),
         "name", "Deal name", "(called|named) \"{title}\""),
        ("value", "amount", "amount deal_value", "Deal value in dollars", "worth {value}"),
        ("owner", "person", "rep sales_rep", "Sales rep who owns it", "owned by {owner}"),
        ("stage", E("prospect; proposal; negotiation; won: won|closed won; lost: lost|closed lost"), "status",
         "Pipeline stage", "(in|at) stage {stage}")]),
    "employee": ("employees", "hr", [
        ("employee_id", strings(compose("E{n4}", "EMP-{n4}", "{n4}")), "id staff_id", "Employee ID", "{employee_id}"),
        ("name", "person", "full_name", "Employee's full name", "(named|for) {name}"),
        ("department", E("engineering; sales; marketing; finance; support; hr: hr|HR|people ops"), "team dept",
         "Department", "in {department}"),
        ("job_title", "job", "title role position", "Job title", "as {job_title}"),
        ("start_date", "date", "hire_date", "First day of work", "starting {start_date}")]),
    "candidate": ("candidates", "hr", [
        ("candidate_id", strings(compose("C-{n4}", "CAND{n4}", "{n4}")), "id applicant_id", "Candidate ID", "{candidate_id}"),
        ("name", "person", "full_name applicant", "Candidate's full name", "(named|for) {name}"),
        ("position", "job", "role job", "Position applied for", "for the {position} (role|position|opening)"),
        ("email", "email", "email_address", "Candidate's email", "(with email|at) {email}"),
        ("stage", E("applied; screening; interview: interview|interviewing; offer; hired; rejected"), "status",
         "Hiring stage", "in stage {stage}")]),
    "shipment": ("shipments", "logistics", [
        ("shipment_id", strings(compose("SHP-{n4}", "{tracking}", "S{n4}{n2}")), "id tracking_number", "Shipment ID",
         "{shipment_id}"),
        ("destination", "city", "to ship_to", "Destination city", "to {destination}"),
        ("carrier", E("ups: UPS; fedex: FedEx; dhl: DHL; usps: USPS|the post office"), "courier", "Carrier",
         "(with|via|by) {carrier}"),
        ("weight_kg", "small_dim", "weight", "Weight in kilograms", "weighing {weight_kg} kg"),
        ("status", E("label_created: label created; in_transit: in transit; delivered; returned"), "state",
         "Shipment status", "(marked|with status) {status}")]),
    "coupon": ("coupons", "storefront", [
        ("code", strings(compose("{Word}{n2}", "SAVE{n2}", "WELCOME{n2}", "{Word}SALE")), "coupon_code promo_code",
         "Coupon code", "{code}"),
        ("discount_percent", "pct", "discount percent_off", "Percent off", "for {discount_percent}% off"),
        ("expires", "date", "expiry valid_until", "Last day it can be used", "(expiring|valid until) {expires}"),
        ("max_uses", "n1000", "limit usage_limit", "How many times it can be used",
         "(usable|good for) {max_uses} times")]),
    "subscription": ("subscriptions", "billing", [
        ("subscription_id", strings(compose("SUB-{n4}", "sub_{alnum8}", "{n4}")), "id", "Subscription ID", "{subscription_id}"),
        ("customer_email", "email", "email customer", "Customer's email", "for {customer_email}"),
        ("plan", E("basic; pro: pro|Pro; team: team|Team; enterprise: enterprise|Enterprise"), "tier", "Plan",
         "on the {plan} plan"),
        ("billing_cycle", E("monthly: monthly|every month; yearly: yearly|annual|annually"), "interval cycle",
         "How often it is billed", "billed {billing_cycle}")]),
    "article": ("articles", "cms", [
        ("article_id", strings(compose("{n4}", "art-{n4}", "A{n3}")), "id post_id", "Article ID", "{article_id}"),
        ("title", "subject", "headline", "Headline", "(titled|called) \"{title}\""),
        ("author", "person", "writer byline", "Author", "by {author}"),
        ("section", E("news; opinion; tech; sports; culture; business"), "category", "Section", "in the {section} section"),
        ("status", E("draft; review: review|in review; published: published|live"), "state", "Publishing status",
         "(as|marked) {status}")]),
    "webhook": ("webhooks", "integrations", [
        ("webhook_id", strings(compose("wh_{alnum8}", "WH-{n4}", "{n4}")), "id hook_id", "Webhook ID", "{webhook_id}"),
        ("url", "url", "endpoint target_url", "URL that receives the events", "(to|pointing at|for) {url}"),
        ("event", E("push; order.created: order created|new orders; user.signup: signups|user signup; "
                    "payment.failed: failed payments|payment failed"), "event_type trigger", "Event that fires it",
         "(on|for) {event}"),
        ("description", "subject", "name label", "What the webhook is for", "(described as|labeled) \"{description}\"")]),
    "API key": ("API keys", "integrations", [
        ("key_id", strings(compose("key_{alnum8}", "AK-{n4}", "{n4}")), "id", "API key ID", "{key_id}"),
        ("label", strings(compose("{project}-{word}", "{word} bot", "{project} ci", "{first}'s laptop")), "name description",
         "A name to recognize the key by", "(called|named|labeled) \"{label}\""),
        ("scope", E("read: read|read-only; write: write|read-write; admin"), "permissions access", "What it may do",
         "with {scope} access"),
        ("expires_in_days", "days", "ttl_days expiry_days", "Days until it expires", "(expiring in|valid for) {expires_in_days} days")]),
    "course": ("courses", "learning", [
        ("course_id", strings(compose("CS{n3}", "course-{n3}", "{n4}")), "id", "Course ID", "{course_id}"),
        ("title", strings(compose("Intro to {topic}", "{topic} 101", "Advanced {topic}", "{language} for beginners")),
         "name", "Course title", "(called|titled) \"{title}\""),
        ("instructor", "person", "teacher", "Who teaches it", "taught by {instructor}"),
        ("level", E("beginner; intermediate; advanced"), "difficulty", "Level", "(at|for) {level} level"),
        ("seats", "n100", "capacity max_students", "Number of seats", "with {seats} seats")]),
    "vehicle": ("vehicles", "fleet", [
        ("plate", "license_plate", "license_plate registration", "License plate", "{plate}"),
        ("model", strings(compose("Ford Transit", "Toyota Prius", "Tesla Model Y", "Sprinter van", "Honda Civic", "F-150")),
         "make_model", "Make and model", "(model|type) {model}"),
        ("driver", "person", "assigned_driver", "Assigned driver", "(driven by|assigned to) {driver}"),
        ("status", E("available; in_use: in use|on a trip; maintenance: in maintenance|in the shop"), "state",
         "Availability", "(currently|now) {status}")]),
    "listing": ("listings", "property", [
        ("listing_id", strings(compose("MLS{n4}{n2}", "LST-{n4}", "{n4}")), "id mls_id", "Listing ID", "{listing_id}"),
        ("address", "address", "location", "Street address", "at {address}"),
        ("price", "big", "asking_price list_price", "Asking price in dollars", "(for|at|priced at) ${price}"),
        ("bedrooms", "bedrooms", "beds", "Number of bedrooms", "with {bedrooms} bedrooms"),
        ("status", E("active; pending: pending|under contract; sold"), "state", "Listing status", "(marked|as) {status}")]),
    "campaign": ("campaigns", "marketing", [
        ("campaign_id", strings(compose("CMP-{n4}", "{n4}", "cmp_{alnum8}")), "id", "Campaign ID", "{campaign_id}"),
        ("name", strings(compose("{Word} sale", "{season} launch", "{project} webinar", "Black Friday {n2}", "{Word} newsletter")),
         "title", "Campaign name", "(called|named) \"{name}\""),
        ("channel", E("email; social: social|social media; search: search|search ads; display: display|banner ads"),
         "medium", "Channel", "(on|via) {channel}"),
        ("budget", "amount", "spend budget_usd", "Budget in dollars", "with a budget of {budget}"),
        ("status", E("draft; scheduled; running: running|live; paused; finished: finished|ended"), "state",
         "Campaign status", "(marked|as) {status}")]),
    "student": ("students", "school", [
        ("student_id", strings(compose("S{n4}{n1}", "STU-{n4}", "{n4}")), "id", "Student ID", "{student_id}"),
        ("name", "person", "full_name", "Student's full name", "(named|for) {name}"),
        ("grade", "level", "year class_year", "Grade level", "in grade {grade}"),
        ("guardian_email", "email", "parent_email", "A parent's email", "(with parent email|parent) {guardian_email}")]),
    "volunteer": ("volunteers", "nonprofit", [
        ("volunteer_id", strings(compose("V-{n4}", "{n4}")), "id", "Volunteer ID", "{volunteer_id}"),
        ("name", "person", "full_name", "Volunteer's full name", "(named|for) {name}"),
        ("phone", "phone", "phone_number mobile", "Phone number", "(with phone|phone) {phone}"),
        ("shift", E("morning; afternoon; evening; weekend"), "availability", "Preferred shift", "for the {shift} shift")]),
    "asset": ("assets", "it", [
        ("asset_tag", strings(compose("IT-{n4}", "ASSET-{n4}", "LAP{n4}", "MON-{n3}")), "id tag", "Asset tag", "{asset_tag}"),
        ("device", strings(compose("MacBook Pro", "ThinkPad X1", "Dell monitor", "iPhone 15", "Yubikey", "iPad Air")),
         "model type", "What the device is", "\"{device}\""),
        ("owner", "person", "assigned_to user", "Person who has it", "(assigned to|for) {owner}"),
        ("condition", E("new; good; damaged; retired"), "state status", "Condition", "(marked|as) {condition}")]),
}

# Each verb: (name variants, descriptions, request templates in families.py's mini-language). {n}, {ns} and {a} are
# the noun, its plural and article, {id} the id's slot; {main}, {opts}, {opts_r}, {filters}, {sets} and {pairs}
# are filled per record by _families.
VERBS = {
    "create": ("create_{n} add_{n} new_{n} ={ns}.create register_{n}",
               "Create a new {n}. | Add {a} {n} record. | Creates {a} {n}; the fields given are set, the others left empty.",
               """!(create|add) ({a}|a new) {n} {main}{opts}
               new {n} {main}{opts_r}
               !(log|register|set up|record) {a} {n} {main}{opts}"""),
    "get": ("get_{n} fetch_{n} {n}_details ={ns}.get show_{n}",
            "Get one {n} by its ID. | Fetch a single {n}'s details. | Look up {a} {n} record by ID.",
            """!(show|get|open|pull up|fetch|display) {n} {id}
            !(show me|give me) the details (of|for) {n} {id}
            (what's|what is) (in |the status of |){n} {id}?
            {n} {id}
            !look up {n} {id}"""),
    "list": ("list_{ns} get_all_{ns} ={ns}.list browse_{ns}",
             "List {ns}, optionally filtered. | Show the {ns} that match the given filters. | Lists {ns}.",
             """!(list|show|show me) (all |the |){ns}{filters}
             (which|what) {ns} (are there|do we have){filters}?
             !(give me|pull) the list of {ns}{filters}"""),
    "update": ("update_{n} edit_{n} ={ns}.update modify_{n} patch_{n}",
               "Update fields of an existing {n}. | Change {a} {n}'s details. | Edit {a} {n} record; only the given fields change.",
               """{sets}
               !(update|edit) {n} {id}: {pairs}"""),
    "delete": ("delete_{n} remove_{n} ={ns}.delete destroy_{n}",
               "Delete {a} {n} permanently. | Remove {a} {n} by its ID. | Deletes one {n} record.",
               """!(delete|remove) {n} {id}
               !get rid of {n} {id}
               {n} {id} (is no longer needed|can go), (delete|remove) it
               !(permanently |)delete the {n} with (id|ID) {id}"""),
    "search": ("search_{ns} find_{ns} ={ns}.search query_{ns}",
               "Full-text search over {ns}. | Find {ns} whose text matches a query. | Search {ns} by keyword.",
               """!(search|find|look for) {ns} (about|matching|mentioning|that mention) "{query}"
               any {ns} (about|mentioning) "{query}"?
               !search the {ns} for "{query}\""""),
}


# where a hand-written family could serve the same request (corpus `similar`: never in one catalog)
OVERLAPS = {"tickets.create": "jira.create", "tickets.search": "jira.search", "tickets.list": "jira.search",
            "coupons.list": "coupons.find", "articles.search": "news.search", "articles.list": "news.search",
            "shipments.get": "package.track", "shipments.list": "package.track"}
LABELS = {"weight_kg": "weight", "expires": "expiry date", "expires_in_days": "lifetime in days",
          "discount_percent": "discount", "max_uses": "usage limit", "job_title": "job title"}
LIMIT = ints(2, 50)


def _families(noun: str, plural: str, domain: str, fields: list[Field]) -> None:
    snake, snakes = noun.lower().replace(" ", "_"), plural.lower().replace(" ", "_")
    article = "an" if noun[0].lower() in "aeiou" else "a"
    (id_key, id_kind, id_alt, id_desc, _), main, *rest = fields
    enums = [f for f in rest if getattr(f[1], "enum", None)]
    filters = [f for f in rest if f in enums or f[1] in ("person", "company", "city", "svc")][:3]
    searched = next((f for f in fields[1:] if f[1] != "date" and kind(f[1]).type == "string" and not kind(f[1]).enum),
                    None)

    def param(field, required=False, keep=False):
        key, kind_, alt, desc, _ = field
        return P(key, kind_, required, alt, desc, keep=keep)

    def groups(chosen, lead=" "):
        return "".join(f"[{lead}{f[4]}]" for f in chosen)

    def label(field):
        return LABELS.get(field[0], field[0].replace("_", " "))

    ident = P(id_key, id_kind, 1, id_alt, id_desc)
    for verb, (names, descs, templates) in VERBS.items():
        if verb == "create":
            params = [param(main, True)] + [param(f) for f in rest]
            text = templates.replace("{main}", main[4]).replace("{opts}", groups(rest))
            text = text.replace("{opts_r}", groups(rest[::-1], ", "))
        elif verb in ("get", "delete"):
            params, text = [ident], templates
        elif verb == "list":
            params = [param(f) for f in filters] + [P("limit", LIMIT, 0, "max_results count", "At most this many")]
            text = templates.replace("{filters}", groups(filters)) + \
                f"\n!show the (first|top|latest) {{limit}} {{ns}}{groups(filters[:1])}"
        elif verb == "update":
            settable = [main, *rest]
            params = [ident, param(main, keep=True)] + [param(f) for f in rest]  # a template needs only `main`
            sets = [f"!(set|change|update) the {label(f)} of {{n}} {{id}} to {{{f[0]}}}" for f in settable]
            sets += [f"!mark {{n}} {{id}} as {{{f[0]}}}" for f in enums if f[0] in ("status", "stage", "condition")]
            pairs = f"{label(main)} {{{main[0]}}}" + (f"[, {label(rest[0])} {{{rest[0][0]}}}]" if rest else "")
            text = templates.replace("{sets}", "\n".join(sets)).replace("{pairs}", pairs)
        elif searched is not None:
            params, text = [P("query", searched[1], 1, "q keywords text", "Words to look for")], templates
        else:
            continue
        text = text.replace("{id}", f"{{{id_key}}}").replace("{ns}", plural).replace("{n}", noun).replace("{a}", article)
        fid = f"{snakes}.{verb}"
        similar = [OVERLAPS.get(fid, "")] + ([f"{snakes}.search"] if verb == "list" and searched is not None else [])
        F(fid, domain, names.format(n=snake, ns=snakes), descs.format(n=noun, ns=plural, a=article), params, text,
          similar=" ".join(similar), train_only=True)


for _noun, (_plural, _domain, _fields) in ENTITIES.items():
    _families(_noun, _plural, _domain, _fields)
