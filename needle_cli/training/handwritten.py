"""The hand-written tool families, by domain: travel, weather, time, messaging, music, ... files, git, containers.

Each `F(...)` is one tool concept (see families.py for the template mini-language); the value kinds come from
values.py. The order of the families is part of the corpus: the generator's draws depend on it.
"""

from __future__ import annotations

from .families import FAMILY_BY_ID, F, P
from .values import BRANCH_WORDS, FIRST, POOL, USERS, WORDS, E, compose, ints, kind, listof, nums, pick_ints, strings

# ================================================================ families: travel, weather, time

F("flights.search", "travel", "search_flights find_flights flight_search =flights.search lookup_flights",
  "Search for flights between two places. | Find available flights for a date. | Flight search by origin, destination and date.",
  [P("origin", "place", 1, "from departure_city from_city source", "Departure city or airport code"),
   P("destination", "place", 1, "to arrival_city to_city dest", "Arrival city or airport code, e.g. {ex}"),
   P("date", "date", 1, "departure_date depart_date when", "Departure date"),
   P("return_date", "date", 0, "return", "Return date for round trips"),
   P("passengers", "people", 0, "adults travelers num_passengers", "Number of passengers", default=1),
   P("cabin", E("economy: economy|coach; premium_economy: premium economy; business: business|business class; first: first class|first"), 0,
     "class cabin_class seat_class", "Cabin class", default="economy"),
   P("nonstop", "bool", 0, "direct direct_only", "Only nonstop flights")],
  """!(find|search for|look for|look up|show me) flights from {origin} to {destination} (on|for) {date}[ returning {return_date}][ for {passengers} (people|passengers|adults)][ in {cabin}]
  are there any[ nonstop{nonstop:=true}] flights (from|out of) {origin} to {destination} on {date}?
  !fly me from {origin} to {destination} {date}[, back {return_date}]
  {origin} to {destination} {date}[ {cabin}][, direct only{nonstop:=true}]
  I need to get from {origin} to {destination} (on|by) {date}[, {passengers} of us]
  what flights go to {destination} from {origin} (on|for) {date}?
  !(find|get) me a[ {cabin}] flight to {destination} (leaving|departing) {origin} {date}[ (and coming back|returning) {return_date}]""",
  par="""!find flights from {origin} to {destination} on {date} and on {date^}
  !search flights from {origin} to {destination} and to {destination^} on {date}""",
  similar="flights.book")

F("flights.book", "travel", "book_flight reserve_flight =flights.book purchase_flight",
  "Book a seat on a specific flight. | Reserve a flight by flight number.",
  [P("flight_number", "flight_no", 1, "flight flight_id", "Flight number, e.g. {ex}"),
   P("passenger_name", "person", 1, "name passenger traveler", "Passenger full name"),
   P("date", "date", 0, "travel_date", "Date of the flight"),
   P("seat", strings(compose("{n1p}{seat_letter}", "{n2p}{seat_letter}")), 0, "seat_number", "Seat, e.g. 14C"),
   P("cabin", E("economy: economy; business: business|business class; first: first class|first"), 0, "class", "Cabin")],
  """!book (flight |){flight_number} for {passenger_name}[ on {date}][, seat {seat}]
  !reserve a[ {cabin}] seat on {flight_number} for {passenger_name}
  !get {passenger_name} on {flight_number}[ {date}]
  !put {passenger_name} on flight {flight_number}[ in {seat}]""", similar="flights.search")
POOL["seat_letter"] = list("ABCDEF")

F("flights.status", "travel", "flight_status check_flight =flights.status track_flight",
  "Get the live status of a flight. | Is a flight on time, delayed or cancelled?",
  [P("flight_number", "flight_no", 1, "flight flight_id", "Flight number"),
   P("date", "date", 0, "", "Date of the flight", default="today")],
  """is (flight |){flight_number} on time[ {date}]?
  !(check|track|get) the status of (flight |){flight_number}[ for {date}]
  has {flight_number} (landed|taken off|been delayed)?
  {flight_number} status[ {date}]
  when does {flight_number} land?""",
  par="""are {flight_number} and {flight_number^} on time?""")

F("hotels.search", "travel", "search_hotels find_hotels hotel_search =hotels.search",
  "Search hotels in a city for given dates. | Find places to stay. | Hotel availability search.",
  [P("city", "city_loc", 1, "location destination where", "City to stay in"),
   P("check_in", "date", 1, "checkin arrival from_date", "Check-in date"),
   P("check_out", "date", 0, "checkout departure to_date", "Check-out date"),
   P("guests", "people", 0, "adults num_guests", "Number of guests", default=2),
   P("max_price", "price", 0, "budget price_max max_nightly_rate", "Maximum price per night"),
   P("stars", "stars", 0, "min_stars rating", "Minimum star rating")],
  """!(find|search for|look for|show me) (a |)hotel(s|) in {city} (from|for|on) {check_in}[ (to|until|through) {check_out}][ for {guests} (guests|people|adults)]
  !(find|get) me a place to stay in {city} (from|starting) {check_in}[ under ${max_price}( a night| per night|)]
  any[ {stars}-star] hotels in {city} (on|for) {check_in}?
  !hotels {city} {check_in}[ - {check_out}][, max {max_price}]
  I need a room in {city} (from|on) {check_in}[ to {check_out}][, at least {stars} stars]""",
  par="""!find hotels in {city} and in {city^} for {check_in}""", similar="hotels.book rentals.search")

F("hotels.book", "travel", "book_hotel reserve_room =hotels.book hotel_reservation",
  "Book a room at a specific hotel. | Reserve a hotel room.",
  [P("hotel", "hotel", 1, "hotel_name property", "Hotel name"),
   P("check_in", "date", 1, "checkin arrival", "Check-in date"),
   P("nights", "days", 1, "num_nights length", "Number of nights"),
   P("room_type", E("single: single|single room; double: double|double room; twin: twin|twin room; suite: suite"), 0,
     "room", "Room type"),
   P("guests", "people", 0, "adults", "Number of guests")],
  """!book (a room at |)(the |){hotel} (for|on) {check_in} for {nights} nights
  !reserve a {room_type} at {hotel} from {check_in}, {nights} nights[ for {guests} (people|guests)]
  !(get|grab) us a room at {hotel} for {nights} nights starting {check_in}
  !book {hotel}, {nights} nights from {check_in}[, {room_type}]""", similar="hotels.search")

F("cars.search", "travel", "search_rental_cars rent_car =car_rental.search find_car_rental",
  "Search rental cars at a location. | Find a car to rent for given dates.",
  [P("location", "place", 1, "pickup_location city where", "Pick-up city or airport"),
   P("pickup_date", "date", 1, "from start_date pickup", "Pick-up date"),
   P("return_date", "date", 0, "dropoff_date to end_date", "Return date"),
   P("car_type", E("economy: economy|cheap; compact: compact|small; suv: SUV|suv; van: van|minivan; luxury: luxury|fancy; convertible: convertible"), 0,
     "category class vehicle_type", "Car category")],
  """!(rent|find|get) (me |)a[ {car_type}] car in {location} (from|on) {pickup_date}[ (to|until) {return_date}]
  !(search for|look for) (a |)(rental car|car rental)(s|) (at|in) {location} {pickup_date}[ to {return_date}]
  I need a[ {car_type}] rental (at|in) {location} starting {pickup_date}
  !car hire {location} {pickup_date}[ - {return_date}]""")

F("trains.search", "travel", "search_trains find_trains train_times =trains.search",
  "Search train connections. | Find trains between two stations for a date.",
  [P("from_station", "station", 1, "origin from departure", "Departure station or city"),
   P("to_station", "station", 1, "destination to arrival", "Arrival station or city"),
   P("date", "date", 1, "travel_date day", "Travel date"),
   P("time", "time", 0, "departure_time after", "Earliest departure time"),
   P("first_class", "bool", 0, "first", "First class only")],
  """!(find|search for|show me|look up) trains from {from_station} to {to_station} (on|for) {date}[ (after|from|around) {time}]
  when's the next train from {from_station} to {to_station} {date}?
  !train {from_station} to {to_station} {date}[ {time}][, first class{first_class:=true}]
  how do I get from {from_station} to {to_station} by train (on|for) {date}?""", similar="bus.search")

F("bus.search", "travel", "search_buses bus_tickets =bus.search find_bus",
  "Search intercity bus trips. | Find coach tickets between cities.",
  [P("origin", "city", 1, "from", "Departure city"),
   P("destination", "city", 1, "to", "Arrival city"),
   P("date", "date", 1, "", "Travel date"),
   P("passengers", "people", 0, "seats", "Number of passengers")],
  """!(find|search) (a |)bus(es|) from {origin} to {destination} (on|for) {date}[ for {passengers}]
  is there a (bus|coach) (from|between) {origin} (to|and) {destination} {date}?
  !coach tickets {origin} -> {destination}, {date}""", similar="trains.search")

F("travel.visa", "travel", "visa_requirements check_visa =travel.visa_rules",
  "Check visa requirements for a trip. | Do I need a visa to visit a country?",
  [P("citizenship", "country", 1, "passport nationality from_country", "Traveler's nationality"),
   P("destination", "country", 1, "to_country visiting", "Country to visit"),
   P("stay_days", "days", 0, "duration", "Length of stay in days")],
  """do I need a visa (to go to|for|to visit) {destination} (with|on) a passport from {citizenship}?
  !check visa (rules|requirements) for {citizenship} citizens (visiting|going to) {destination}[ for {stay_days} days]
  visa for {destination} from {citizenship}?
  can someone from {citizenship} travel to {destination} without a visa[ for {stay_days} days]?""")

F("travel.attractions", "travel", "find_attractions things_to_do =travel.attractions sightseeing",
  "List tourist attractions in a city. | Things to do and see.",
  [P("city", "city", 1, "location destination", "City"),
   P("category", E("museum: museums|museum; park: parks|nature; food: food spots|food; nightlife: nightlife|bars; landmark: landmarks|sights; kids: kid-friendly|family"), 0,
     "type kind", "Kind of attraction"),
   P("limit", "n20", 0, "count top", "How many")],
  """what (should I|can I|is there to) (see|do) in {city}?
  !(list|show|find) (the |)(top |best |)[{limit} ]{category} in {city}
  !things to do in {city}[ - {category}]
  !recommend (some |)[{category} ]attractions in {city}""")

F("ride.request", "travel", "request_ride book_ride call_taxi =ride.request order_taxi",
  "Request a ride (taxi or ride-share). | Book a car to pick you up.",
  [P("pickup", "landmark", 1, "from pickup_location origin", "Pick-up location"),
   P("dropoff", "landmark", 1, "to destination dropoff_location", "Destination"),
   P("ride_type", E("standard: standard|regular|normal; xl: XL|big|large; premium: premium|black|luxury; shared: shared|pool"), 0,
     "type tier", "Ride type", default="standard"),
   P("time", "time", 0, "pickup_time at", "Pick-up time (now if omitted)")],
  """!(get|call|order|book) (me |us |)a[ {ride_type}] (ride|car|taxi|cab|uber) from {pickup} to {dropoff}[ at {time}]
  I need a ride to {dropoff} from {pickup}[ at {time}]
  !take me from {pickup} to {dropoff}
  !{ride_type} ride {pickup} -> {dropoff}""")

F("rentals.search", "travel", "search_vacation_rentals find_rentals =rentals.search airbnb_search",
  "Search vacation rentals (apartments, houses). | Find a holiday home.",
  [P("location", "city_loc", 1, "city where", "Where"),
   P("check_in", "date", 1, "from start", "Arrival date"),
   P("check_out", "date", 1, "to end", "Departure date"),
   P("guests", "people", 0, "adults", "Guests"),
   P("bedrooms", "bedrooms", 0, "min_bedrooms", "Bedrooms")],
  """!find (an apartment|a vacation rental|a house|an airbnb) in {location} from {check_in} to {check_out}[ for {guests} people][ with {bedrooms} bedrooms]
  any (rentals|apartments|cabins) in {location} {check_in} - {check_out}?
  !search holiday homes in {location} between {check_in} and {check_out}""", similar="hotels.search")

F("flights.checkin", "travel", "flight_checkin online_checkin =flights.checkin check_in_flight",
  "Check in online for a flight. | Get a boarding pass.",
  [P("booking_ref", strings(lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))), 1,
     "confirmation pnr record_locator", "Booking reference"),
   P("last_name", "last", 1, "surname family_name", "Passenger last name")],
  """!check (me |)in for (my |the |)flight[,] (booking|confirmation|reference) {booking_ref}, (last name|surname) {last_name}
  !(online check-in|check in) {booking_ref} {last_name}
  !get my boarding pass for booking {booking_ref} (under|for) {last_name}""")

F("weather.current", "weather", "get_weather current_weather get_current_weather =weather.current weather_now",
  "Get the current weather for a location. | Current conditions (temperature, wind, sky) in a city. | Weather right now.",
  [P("location", "city_loc", 1, "city place", "City name | City and country, e.g. {ex}"),
   P("unit", E("celsius: celsius|°C|centigrade|metric|C; fahrenheit: fahrenheit|°F|imperial|F"), 0, "units temperature_unit",
     "Temperature unit", default="celsius")],
  """what's the weather (like |)in {location}[ in {unit}]?
  !(check|get|show) the (current |)weather (in|for) {location}[ in {unit}]
  weather {location}
  how (hot|cold|warm) is it in {location}( right now| today|)[ in {unit}]?
  is it raining in {location}( right now|)?
  {location} weather[ in {unit}]
  what's it like outside in {location}?
  temperature in {location}[ ({unit})]?""",
  par="""what's the weather in {location} and {location^}?
  !compare the weather in {location} and {location^}[ in {unit}]
  weather in {location} vs {location^}""", similar="weather.forecast")

F("weather.forecast", "weather", "get_forecast weather_forecast =weather.forecast forecast",
  "Get the weather forecast for the coming days. | Multi-day forecast for a city.",
  [P("location", "city_loc", 1, "city place", "City"),
   P("days", ints(1, 14, words=0.3), 0, "num_days horizon", "Number of days", default=3),
   P("unit", E("celsius: celsius|°C|metric; fahrenheit: fahrenheit|°F|imperial"), 0, "units", "Temperature unit")],
  """what's the forecast (for|in) {location}[ for the next {days} days]?
  !(get|show) (me |)the {days}-day forecast for {location}[ in {unit}]
  will it rain in {location} (this week|tomorrow|this weekend)?
  !forecast {location}[ {days} days]
  what will the weather be like in {location}[ over the next {days} days]?
  !give me the weather forecast for {location}[ in {unit}]""",
  par="""what's the forecast for {location} and {location^}?""", similar="weather.current")

F("weather.air_quality", "weather", "air_quality get_aqi =weather.air_quality pollution_index",
  "Get the air quality index for a city. | AQI and pollutant levels.",
  [P("city", "city", 1, "location", "City"),
   P("pollutant", E("pm25: PM2.5|pm2.5|fine particles; pm10: PM10; ozone: ozone|O3; no2: NO2|nitrogen dioxide"), 0, "", "Specific pollutant")],
  """how's the air quality in {city}?
  what's the (AQI|air quality index) (in|for) {city}?
  is the air (safe|bad|clean) in {city} today?
  !(check|show) {pollutant} levels in {city}""",
  par="""compare the air quality in {city} and {city^}""")

F("weather.sun", "weather", "sunrise_sunset sun_times =weather.sun get_sunset",
  "Sunrise and sunset times for a location and date. | When does the sun rise or set?",
  [P("location", "city", 1, "city place", "City"),
   P("date", "date", 0, "day", "Date", default="today")],
  """when is sunset in {location}[ {date}]?
  what time does the sun (rise|come up|set|go down) in {location}[ on {date}]?
  !sunrise and sunset for {location}[ {date}]
  !golden hour times in {location}[ {date}]""")

F("weather.uv", "weather", "uv_index get_uv =weather.uv",
  "UV index for a location. | How strong is the sun today?",
  [P("location", "city", 1, "city", "City")],
  """what's the UV index in {location}?
  do I need sunscreen in {location} today?
  !(check|get) the uv (index|level) (for|in) {location}""")

F("weather.alerts", "weather", "weather_alerts severe_weather =weather.alerts storm_warnings",
  "Active severe-weather alerts for a region. | Storm, flood and heat warnings.",
  [P("region", strings(compose("{city}", "{state}", "{country}")), 1, "area location", "City, state or country"),
   P("severity", E("minor: minor; moderate: moderate; severe: severe|serious; extreme: extreme"), 0, "min_severity", "Minimum severity")],
  """are there any (weather |storm |)(alerts|warnings) (for|in) {region}?
  !(show|list) ({severity} |)weather warnings for {region}
  any hurricanes or floods expected in {region}?""")

F("weather.history", "weather", "historical_weather past_weather =weather.history weather_on_date",
  "Historical weather for a location on a past date. | What was the weather on a given day?",
  [P("location", "city", 1, "city", "City"),
   P("date", strings(compose("{y_past}-{mm}-{dd}", "{month} {dd}, {y_past}", "last {weekday}", "yesterday")), 1, "day on", "Past date")],
  """what was the weather (like |)in {location} on {date}?
  how (hot|cold|rainy) was it in {location} {date}?
  !get historical weather for {location} (on|for) {date}""")
POOL["y_past"] = [str(y) for y in range(1995, 2025)]
POOL["mm"] = [f"{m:02d}" for m in range(1, 13)]
POOL["dd"] = [f"{d:02d}" for d in range(1, 29)]

F("timer.set", "timers", "set_timer start_timer create_timer =timer.start countdown",
  "Start a countdown timer. | Set a timer for a duration, optionally with a label.",
  [P("duration", "duration", 1, "length time", "How long, e.g. {ex}"),
   P("label", strings(["pasta", "eggs", "laundry", "tea", "pizza", "break", "workout", "nap", "meeting", "oven", "parking",
                       "pomodoro", "rice", "cookies", "bread", "plank"]), 0, "name title", "Timer name")],
  """!set a timer for {duration}[ (for|called|named) (the |){label}]
  !(start|create) a {duration} timer[ (for|called) {label}]
  !timer {duration}
  !remind me in {duration}
  !count down {duration}[ for the {label}]
  !{label} timer, {duration}""",
  par="""!set a timer for {duration} and another for {duration^}
  !set two timers: {duration} and {duration^}""", similar="reminder.create")

F("timer.cancel", "timers", "cancel_timer stop_timer =timer.cancel delete_timer",
  "Cancel a running timer. | Stop a timer by label, or all timers.",
  [P("label", strings(["pasta", "eggs", "laundry", "tea", "pizza", "oven", "workout", "pomodoro"]), 0, "name", "Timer to cancel"),
   P("all", "bool", 0, "every", "Cancel every timer")],
  """!(cancel|stop|kill) the {label} timer
  !cancel (the |my |)timer
  !(cancel|clear|stop) all (my |)timers{all:=true}
  !never mind the {label} timer""")

F("alarm.set", "timers", "set_alarm create_alarm =alarm.set wake_me",
  "Set an alarm. | Create a (repeating) alarm at a time.",
  [P("time", "time", 1, "at alarm_time", "Alarm time, e.g. {ex}"),
   P("label", strings(["work", "gym", "flight", "meds", "school run", "meeting", "wake up", "call mom"]), 0, "name title", "Alarm label"),
   P("repeat", E("once: once|just once|one time; daily: every day|daily; weekdays: on weekdays|weekdays|every weekday; weekends: on weekends|weekends"), 0,
     "recurrence days", "Repeat schedule", default="once")],
  """!set an alarm (for|at) {time}[ {repeat}][ (called|labeled) {label}]
  !wake me (up |)at {time}[ {repeat}]
  !alarm {time}[ {repeat}]
  !(create|add) a[ {label}] alarm at {time}
  I need to (get up|be up) at {time}[ {repeat}]""",
  par="""!set alarms for {time} and {time^}
  !set an alarm at {time} and another at {time^}[ {repeat}]""", similar="reminder.create")

F("alarm.delete", "timers", "delete_alarm cancel_alarm =alarm.delete remove_alarm",
  "Delete an alarm. | Turn off an alarm by its time.",
  [P("time", "time", 1, "alarm_time at", "Alarm time")],
  """!(delete|remove|cancel|turn off) (the |my |)alarm (for|at) {time}
  !no alarm at {time}( tomorrow|)
  !get rid of my {time} alarm""")

F("reminder.create", "timers", "create_reminder set_reminder remind_me =reminders.add add_reminder",
  "Create a reminder. | Remind the user of something at a time.",
  [P("text", "task", 1, "title message what task", "What to be reminded of"),
   P("when", "datetime", 1, "time datetime at due", "When to remind, e.g. {ex}"),
   P("list", strings(["personal", "work", "groceries", "family", "errands", "health"]), 0, "list_name category", "Reminder list")],
  """!remind me to {text} {when}
  !remind me {when} to {text}
  !set a reminder (to|for) {text} {when}[ (on|in) (the |my |){list} list]
  !(create|add) a reminder: "{text}" {when}
  don't let me forget to {text} {when}
  {when}: {text} (- remind me|pls remind me)""",
  par="""!remind me to {text} {when} and to {text^} {when^}""", similar="todo.add timer.set alarm.set")

F("reminder.list", "timers", "list_reminders get_reminders =reminders.list upcoming_reminders",
  "List reminders. | Show upcoming or completed reminders.",
  [P("date", "date", 0, "day when", "Only reminders for this date"),
   P("list", strings(["personal", "work", "groceries", "family", "errands"]), 0, "list_name", "Reminder list")],
  """what are my reminders[ for {date}]?
  !(show|list) (my |)reminders[ (for|on) {date}][ on the {list} list]
  do I have (any |)reminders {date}?""", similar="todo.list")

F("time.now", "timers", "current_time world_clock get_time =time.now time_in",
  "Current local time in a city or time zone. | What time is it somewhere?",
  [P("location", "tz_or_city", 1, "timezone city tz zone", "City or IANA time zone")],
  """what time is it in {location}?
  !(show|get) the (current |local |)time in {location}
  time in {location}?
  is it (night|morning) in {location} right now?""",
  par="""what time is it in {location} and {location^}?""", similar="time.convert")

F("time.convert", "timers", "convert_timezone time_zone_convert =time.convert tz_convert",
  "Convert a time between time zones. | What is this time in another zone?",
  [P("time", "time", 1, "datetime at", "Time to convert"),
   P("from_tz", "tz_or_city", 1, "source_tz from_zone from", "Source time zone or city"),
   P("to_tz", "tz_or_city", 1, "target_tz to_zone to", "Target time zone or city")],
  """what's {time} {from_tz} in {to_tz}?
  !convert {time} (from |){from_tz} to {to_tz}
  if it's {time} in {from_tz}, what time is it in {to_tz}?
  {time} {from_tz} -> {to_tz}""", similar="time.now")

F("date.diff", "timers", "days_between date_difference =date.diff count_days",
  "Number of days between two dates. | Date arithmetic: how long between two days?",
  [P("start", "date", 1, "from start_date date1", "First date"),
   P("end", "date", 1, "to end_date date2", "Second date"),
   P("unit", E("days: days; weeks: weeks; months: months; business_days: business days|working days|workdays"), 0, "in", "Unit", default="days")],
  """how many {unit} (are there |)between {start} and {end}?
  !count the {unit} from {start} (to|until) {end}
  how long is it from {start} to {end}[ in {unit}]?""", similar="countdown.days_until")

F("countdown.days_until", "timers", "days_until countdown_to =date.until time_until",
  "Days remaining until a date or event. | Countdown to a day.",
  [P("date", "date", 1, "target event_date", "The date"),
   P("event", strings(["my birthday", "Christmas", "the wedding", "vacation", "the exam", "launch day", "the concert", "New Year"]), 0, "name label", "What is happening")],
  """how many days until {date}?
  how long until {event} on {date}?
  !(count down|countdown) to {date}
  !days left until {date}[ ({event})]""", similar="date.diff")

F("holidays.list", "timers", "public_holidays list_holidays =holidays.list bank_holidays",
  "List public holidays for a country and year. | Bank holidays calendar.",
  [P("country", "country", 1, "region", "Country"),
   P("year", ints(2024, 2028), 0, "", "Year")],
  """what are the public holidays in {country}[ in {year}]?
  !list (the |)(bank |public |national |)holidays (for|in) {country}[ {year}]
  when is the next (public |)holiday in {country}?""")

# ================================================================ families: messaging, music, calendar, notes

F("email.send", "messaging", "send_email compose_email =email.send mail_send email_someone",
  "Send an email. | Compose and send an email message. | Email someone.",
  [P("to", "email", 1, "recipient recipients to_address", "Recipient email address"),
   P("subject", "subject", 1, "title topic", "Subject line"),
   P("body", "body", 0, "message text content", "Message body"),
   P("cc", "email", 0, "copy", "CC address")],
  """!(send|write|shoot) (an |a quick |)email to {to} (with the subject|titled|about|subject:) "{subject}"[ saying "{body}"][ and cc {cc}]
  !email {to}: "{subject}"[ - "{body}"]
  !mail {to} with subject "{subject}"[ and body "{body}"]
  !send {to} a mail about "{subject}"[, cc {cc}]
  !compose an email to {to}, subject "{subject}"[, body: "{body}"]""",
  par="""!email {to} and {to^} about "{subject}\"""", similar="email.draft")

F("email.draft", "messaging", "draft_email save_draft =email.draft create_draft",
  "Save an email draft without sending it. | Prepare an email for later.",
  [P("to", "email", 1, "recipient", "Recipient"),
   P("subject", "subject", 1, "title", "Subject"),
   P("body", "body", 0, "text", "Body")],
  """!(draft|prepare) an email to {to} (about|titled|with subject) "{subject}"[ saying "{body}"]
  !save a draft to {to}: "{subject}"
  !start (a draft|an email draft) for {to} re "{subject}" but don't send it""", similar="email.send")

F("email.search", "messaging", "search_email find_emails =email.search inbox_search",
  "Search the mailbox. | Find emails by text, sender or unread state.",
  [P("query", strings(compose("{Word}", "{word}", "invoice", "{project}", "flight confirmation", "receipt", "{subject}")), 0,
     "text q keywords", "Words to search for"),
   P("sender", strings(compose("{email}", "{first}")), 0, "from from_address", "Only emails from this sender"),
   P("unread_only", "bool", 0, "unread is_unread", "Only unread emails"),
   P("limit", "n20", 0, "max_results count", "Maximum results", default=10)],
  """!(find|search for|look for) (emails|mail|messages) (about|mentioning|with) "{query}"[ from {sender}]
  !(show|find) (the |)emails from {sender}[ about {query}]
  !show (me |)(my |)unread (emails|mail){unread_only:=true}[ from {sender}]
  did {sender} email me[ about {query}]?
  !search my inbox for "{query}"[, last {limit}]
  any (new |)mail from {sender}?
  !check my (email|inbox|mail)""")

F("sms.send", "messaging", "send_sms send_text =sms.send text_message",
  "Send an SMS text message. | Text someone.",
  [P("to", strings(compose("{phone}", "{first}", "{first} {last}")), 1, "recipient contact to_number", "Phone number or contact name"),
   P("message", "message", 1, "text body content", "Message text")],
  """!text {to} "{message}"
  !send (a text|an sms|a text message) to {to} (saying|that says) "{message}"
  !sms {to}: {message}
  !(tell|let) {to} (know |)(via|by) text that {message}
  !message {to} on their phone: "{message}\"""",
  par="""!text {to} and {to^} "{message}"
  !send "{message}" to {to} and to {to^} by sms""", similar="chat.send whatsapp.send")

F("chat.send", "messaging", "send_slack_message post_message =slack.post chat_post send_chat",
  "Post a message to a team chat channel or person. | Send a Slack message.",
  [P("channel", strings(compose("#{bword}", "#general", "#random", "#dev", "#ops-alerts", "#{project}", "@{first_l}", "#team-{project}")), 1,
     "to destination room", "Channel like #general or a user"),
   P("text", "message", 1, "message content", "Message text"),
   P("thread", "bool", 0, "in_thread reply_in_thread", "Reply in the latest thread")],
  """!post "{text}" (in|to) {channel}
  !(send|write) "{text}" to {channel} on slack
  !slack {channel}: {text}
  !tell {channel} "{text}"[ in the thread{thread:=true}]
  !let {channel} know that {text}""",
  par="""!post "{text}" in {channel} and {channel^}""", similar="sms.send whatsapp.send social.dm")

F("whatsapp.send", "messaging", "send_whatsapp whatsapp_message =whatsapp.send",
  "Send a WhatsApp message. | Message a contact on WhatsApp.",
  [P("contact", "contact", 1, "to recipient name", "Contact name or number"),
   P("message", "message", 1, "text body", "Message")],
  """!whatsapp {contact} "{message}"
  !send {contact} a whatsapp (saying|message:) "{message}"
  !message {contact} on whatsapp: {message}
  !(tell|let) {contact} on whatsapp that {message}""", similar="sms.send chat.send")

F("phone.call", "messaging", "make_call call_contact =phone.call dial",
  "Place a phone call. | Call a contact or number.",
  [P("contact", strings(compose("{contact}", "{phone}")), 1, "number to recipient phone_number", "Who or what number to call"),
   P("speaker", "bool", 0, "speakerphone", "Use the speakerphone"),
   P("video", "bool", 0, "facetime video_call", "Video call")],
  """!call {contact}[ on speaker{speaker:=true}]
  !(ring|phone|dial) {contact}
  !video call {contact}{video:=true}
  !facetime {contact}{video:=true}
  !give {contact} a call""",
  par="""!call {contact} and then {contact^}""")

F("slack.status", "messaging", "set_status update_status =slack.set_status chat_status",
  "Set your chat status text and emoji. | Update presence status.",
  [P("text", strings(["in a meeting", "out sick", "on vacation", "commuting", "focusing", "lunch", "working remotely", "back at 3"]), 1,
     "status status_text", "Status text"),
   P("emoji", strings([":palm_tree:", ":spiral_calendar_pad:", ":face_with_thermometer:", ":bus:", ":headphones:", ":hamburger:", ":house:"]), 0, "icon", "Emoji"),
   P("duration_minutes", "minutes", 0, "expires_in clear_after", "Clear after this many minutes")],
  """!set my status to "{text}"[ with {emoji}][ for {duration_minutes} minutes]
  !(change|update) my (slack |)status: {text}
  !mark me as "{text}"[ for the next {duration_minutes} minutes]""")

F("contacts.lookup", "messaging", "find_contact lookup_contact =contacts.find get_contact",
  "Look up a contact's phone number, email and address. | Search the address book.",
  [P("name", "person", 1, "query contact", "Contact name"),
   P("field", E("phone: phone number|number|phone; email: email|email address; address: address|home address; birthday: birthday"), 0, "info what", "Which detail")],
  """what's {name}'s {field}?
  !(look up|find|get) {name}[ ({field})] in my contacts
  do I have (a|an) {field} for {name}?
  !show {name}'s contact (card|info)""", similar="contacts.add")

F("contacts.add", "messaging", "add_contact create_contact =contacts.add save_contact",
  "Add a contact to the address book. | Save a new contact.",
  [P("name", "person", 1, "full_name", "Contact name"),
   P("phone", "phone", 0, "phone_number number", "Phone number"),
   P("email", "email", 0, "email_address", "Email")],
  """!(add|save|create) (a |)(new |)contact (for |)(called |named |){name}[ with (the |)(number|phone) {phone}][ and email {email}]
  !save {name}[: {phone}][, {email}]
  !add {name} to my contacts[ - email {email}]""", similar="contacts.lookup")

F("music.play", "music", "play_music play_song =music.play play_track",
  "Play a song. | Start music playback of a track. | Play a song by title, optionally by a given artist.",
  [P("song", "song", 1, "track title query", "Song title"),
   P("artist", "artist", 0, "by band", "Artist"),
   P("shuffle", "bool", 0, "random", "Shuffle similar songs afterwards")],
  """!play {song}[ by {artist}]
  !(put on|start|queue up) {song}[ by {artist}]
  I want to hear {song}[ by {artist}]
  !play the song {song}
  !can I get {song}[ by {artist}]""", similar="music.playlist radio.play podcast.play audiobook.play music.genre music.artist music.album")

F("music.artist", "music", "play_artist artist_radio =music.play_artist",
  "Play music by an artist. | Start an artist's top tracks.",
  [P("artist", "artist", 1, "band name", "Artist"),
   P("shuffle", "bool", 0, "random", "Shuffle")],
  """!play (some |something by |music by |)(some |){artist}[ on shuffle{shuffle:=true}]
  !shuffle {artist}{shuffle:=true}
  !put on {artist}
  I'm in the mood for {artist}""", similar="music.play music.album music.genre")

F("music.album", "music", "play_album album_play =music.play_album",
  "Play an album from start to finish. | Start an album.",
  [P("album", "album", 1, "record title", "Album"),
   P("artist", "artist", 0, "by", "Artist")],
  """!play the album {album}[ by {artist}]
  !put on {album}[ by {artist}]
  !play {album} from the (start|beginning)""", similar="music.play music.artist")

F("music.playlist", "music", "play_playlist start_playlist =music.play_playlist",
  "Play a saved playlist. | Start one of the user's playlists.",
  [P("playlist", "playlist", 1, "name playlist_name", "Playlist name"),
   P("shuffle", "bool", 0, "", "Shuffle the playlist")],
  """!play (my |the |)({playlist}|{playlist} playlist)[ on shuffle{shuffle:=true}]
  !(put on|start) my {playlist} playlist
  !shuffle {playlist}{shuffle:=true}""", similar="music.play")

F("music.control", "music", "playback_control media_control =music.control player_action",
  "Control playback: pause, resume, skip, previous. | Media transport controls.",
  [P("action", E("pause: pause|stop|hold; resume: resume|continue|unpause; next: skip|next|skip ahead; previous: previous|go back|back"), 1,
     "command op", "What to do")],
  """!{action}( the music| playback| the song|)
  !{action} please
  !music: {action}""", similar="music.play")

F("music.volume", "music", "set_music_volume player_volume =music.volume",
  "Set the music player's volume. | Louder or quieter music.",
  [P("level", "percent", 1, "volume percent", "Volume 0-100")],
  """!set the music volume to {level}
  !(turn|put) the music (up|down) to {level}( percent|%|)
  !music volume {level}""", similar="system.volume")

F("playlist.add", "music", "add_to_playlist playlist_add =playlist.add_song save_song",
  "Add a song to a playlist. | Save a track to one of your playlists.",
  [P("playlist", "playlist", 1, "playlist_name name", "Playlist"),
   P("song", "song", 1, "track title", "Song"),
   P("artist", "artist", 0, "by", "Artist")],
  """!add {song}[ by {artist}] to (my |the |)({playlist}|{playlist} playlist)
  !put {song} on {playlist}
  !save {song}[ by {artist}] in {playlist}""",
  par="""!add {song} and {song^} to {playlist}""", similar="playlist.create")

F("playlist.create", "music", "create_playlist new_playlist =playlist.create",
  "Create a new playlist. | Make a playlist, optionally public.",
  [P("name", "playlist", 1, "title playlist", "Playlist name"),
   P("public", "bool", 0, "shared", "Make it public"),
   P("description", strings(compose("songs for {season}", "for the {word} party", "{genre} favorites")), 0, "about", "Description")],
  """!(create|make|start) a (new |)[public{public:=true} ]playlist (called|named) {name}[ ("{description}")]
  !new playlist: {name}
  !make me a playlist {name}""", similar="playlist.add")

F("podcast.play", "music", "play_podcast podcast_play =podcasts.play",
  "Play a podcast episode. | Start the latest (or a specific) episode of a podcast.",
  [P("podcast", "podcast", 1, "show name title", "Podcast"),
   P("episode", strings(compose("{n3}", "the latest", "the last one", "#{n3}")), 0, "episode_number", "Episode")],
  """!play (the (latest|newest) episode of |)(the |){podcast}( podcast|)
  !play {podcast} episode {episode}
  !put on {podcast}
  !resume {podcast}""", similar="music.play podcast.search")

F("podcast.search", "music", "search_podcasts find_podcast =podcasts.search",
  "Search podcasts by topic. | Find podcasts about something.",
  [P("query", "topic", 1, "topic keywords", "What the podcast is about"),
   P("limit", "n20", 0, "count", "How many")],
  """!find (me |)(some |)podcasts about {query}
  are there (any |)(good |)podcasts on {query}?
  !search podcasts for {query}[, top {limit}]
  !recommend[ {limit}] podcasts (about|on) {query}""", similar="podcast.play")

F("music.search", "music", "search_music find_song =music.search catalog_search",
  "Search the music catalog. | Find tracks, albums, artists or playlists.",
  [P("query", strings(compose("{song}", "{artist}", "{album}", "{genre}")), 1, "q term text", "Search text"),
   P("type", E("track: track|song; album: album|record; artist: artist|band; playlist: playlist"), 0, "kind category", "What to search for"),
   P("limit", "n20", 0, "count", "How many")],
  """!search (spotify |the catalog |)for {query}[ ({type})]
  !find (a |the |an |){type} (called|named) {query}
  !look up {query}[ - {type}]""", similar="music.play")

F("lyrics.get", "music", "get_lyrics song_lyrics =lyrics.find",
  "Get the lyrics of a song. | Show song lyrics.",
  [P("song", "song", 1, "track title", "Song"),
   P("artist", "artist", 0, "by", "Artist")],
  """what are the lyrics (to|of) {song}[ by {artist}]?
  !(show|get|find) (me |)the lyrics (for|to|of) {song}[ by {artist}]
  !lyrics {song}""")

F("music.genre", "music", "play_genre music_by_genre =music.play_genre play_mood",
  "Play music of a genre or mood. | Start a station based on a genre.",
  [P("genre", "genre", 1, "style mood", "Genre"),
   P("mood", strings(["chill", "upbeat", "focus", "sad", "energetic", "relaxing", "romantic"]), 0, "vibe", "Mood")],
  """!play some {genre}
  !put on[ {mood}] {genre}( music|)
  !I want to listen to {genre}
  !play {mood} {genre}""", similar="music.play radio.play")

F("radio.play", "music", "play_radio tune_radio =radio.play",
  "Play a radio station. | Tune in to a live radio station.",
  [P("station", "radio", 1, "name channel", "Station")],
  """!play {station}
  !(tune in to|put on|listen to) {station}( radio|)
  !turn on {station}""", similar="music.play music.genre")

F("audiobook.play", "music", "play_audiobook listen_book =audiobooks.play",
  "Play an audiobook from the library. | Resume listening to a book.",
  [P("title", "book", 1, "book name", "Book"),
   P("chapter", "n50", 0, "part", "Chapter")],
  """!play (the audiobook |)({title}|{title} audiobook)[ from chapter {chapter}]
  !(resume|continue) {title}
  !read me {title}[, chapter {chapter}]""", similar="music.play")

F("calendar.create", "calendar", "create_event add_event schedule_event =calendar.create new_meeting",
  "Create a calendar event. | Add a meeting or appointment to the calendar. | Schedule an event.",
  [P("title", "event", 1, "name summary subject", "Event title"),
   P("date", "date", 1, "day on", "Date"),
   P("time", "time", 0, "start_time at start", "Start time"),
   P("duration_minutes", pick_ints([15, 30, 45, 60, 90, 120, 180]), 0, "duration length", "Length in minutes", default=60),
   P("location", strings(compose("{landmark}", "Zoom", "Google Meet", "room {n3}", "the {word} room", "{address}")), 0, "where place", "Location"),
   P("attendees", listof(kind("email"), 1, 3), 0, "invitees guests participants", "Email addresses to invite")],
  """!(add|create|schedule|put) ({title}|an event called {title}) (on|for) {date}[ at {time}][ for {duration_minutes} minutes][ (at|in) {location}]
  !schedule {title} {date}[ at {time}][ with {attendees}]
  !put "{title}" on my calendar (for|on) {date}[ at {time}]
  !book {title} on {date}[ from {time}][, {duration_minutes} min][, invite {attendees}]
  !calendar: {title}, {date}[, {time}][, {location}]
  can you block {date}[ at {time}] for {title}?""",
  par="""!add {title} on {date} and {title^} on {date^}""", similar="calendar.invite")

F("calendar.list", "calendar", "list_events get_events =calendar.list agenda show_schedule",
  "List calendar events for a day or range. | What's on the schedule?",
  [P("date", "date", 1, "day on start_date", "Date to show"),
   P("calendar", strings(["work", "personal", "family", "team", "holidays"]), 0, "calendar_name", "Which calendar")],
  """what's on my (calendar|schedule|agenda) {date}?
  !(show|list) (my |)(events|meetings|appointments) (for|on) {date}[ (in|on) the {calendar} calendar]
  do I have (anything|meetings) (on |){date}?
  am I free {date}?
  !agenda for {date}""", similar="calendar.free_slots")

F("calendar.delete", "calendar", "delete_event cancel_event =calendar.delete remove_meeting",
  "Delete or cancel a calendar event. | Remove an event by title and date.",
  [P("title", "event", 1, "name event", "Event title"),
   P("date", "date", 0, "day on", "Date of the event"),
   P("notify", "bool", 0, "notify_attendees", "Tell the attendees")],
  """!(cancel|delete|remove) (the |my |){title}[ (on|for) {date}][ and let everyone know{notify:=true}]
  !take {title} off my calendar[ {date}]
  !{title}[ {date}] is cancelled, remove it""", similar="calendar.reschedule")

F("calendar.free_slots", "calendar", "find_free_time free_slots =calendar.find_free availability",
  "Find free time slots on a day. | When am I available?",
  [P("date", "date", 1, "day on", "Date"),
   P("duration_minutes", pick_ints([15, 30, 45, 60, 90, 120]), 0, "duration length", "Needed length")],
  """when am I free {date}?
  !find (a |)[{duration_minutes}-minute ](free slot|gap|opening) (on |){date}
  do I have {duration_minutes} minutes free {date}?
  !show my availability (for|on) {date}""", similar="calendar.list")

F("calendar.reschedule", "calendar", "reschedule_event move_event =calendar.move update_event_time",
  "Move an event to a new date/time. | Reschedule a meeting.",
  [P("title", "event", 1, "event name", "Event"),
   P("new_date", "date", 1, "date to_date", "New date"),
   P("new_time", "time", 0, "time to_time", "New time")],
  """!(move|reschedule|push) {title} to {new_date}[ at {new_time}]
  !change {title} to {new_date}[, {new_time}]
  can we move {title} to {new_date}[ at {new_time}]?""", similar="calendar.delete")

F("calendar.invite", "calendar", "invite_to_event add_attendee =calendar.invite",
  "Invite someone to an existing event. | Add attendees to a meeting.",
  [P("title", "event", 1, "event", "Event"),
   P("emails", listof(kind("email"), 1, 3), 1, "attendees invitees", "Who to invite")],
  """!invite {emails} to {title}
  !add {emails} to (the |)({title}|{title} meeting)
  !send {title} invites to {emails}""", similar="calendar.create")

F("notes.create", "notes", "create_note add_note new_note =notes.add take_note save_note",
  "Create a note. | Write down a note with an optional title. | Save a text note.",
  [P("content", "note", 1, "text body note", "Note text"),
   P("title", strings(compose("{Word}", "{word} ideas", "{project}", "shopping", "meeting notes", "{event}")), 0, "name heading", "Title"),
   P("folder", strings(["work", "personal", "ideas", "journal", "recipes", "travel"]), 0, "notebook", "Folder")],
  """!(take|make|write) a note: {content}
  !note (that |)"{content}"[ in {folder}]
  !(create|add|save) a note (called|titled) "{title}" (saying|with|that says) "{content}"
  !jot down "{content}"[ under {title}]
  !write down: {content}
  !remember (that |){content}""", similar="todo.add notes.append")

F("notes.search", "notes", "search_notes find_note =notes.search",
  "Search notes by text. | Find a note.",
  [P("query", strings(compose("{word}", "{project}", "wifi password", "garage code", "{first}", "gift ideas", "recipe")), 1, "text q", "Text to look for"),
   P("folder", strings(["work", "personal", "ideas", "journal", "recipes"]), 0, "notebook", "Folder")],
  """!(find|search|look for) (my |the |)note(s|) (about|with|mentioning) {query}[ in {folder}]
  where did I write down the {query}?
  !search notes for "{query}\"""", similar="notes.create")

F("notes.append", "notes", "append_to_note update_note =notes.append",
  "Add text to an existing note. | Append a line to a note.",
  [P("title", strings(compose("{Word}", "{word} ideas", "shopping", "meeting notes", "{project}")), 1, "note name", "Note title"),
   P("text", "note", 1, "content line", "Text to add")],
  """!add "{text}" to (my |the |)({title}|{title} note)
  !append "{text}" to the note {title}
  !update {title} with "{text}\"""", similar="notes.create")

F("todo.add", "notes", "add_todo create_task add_task =todo.add new_todo",
  "Add an item to the to-do list. | Create a task with optional due date and priority.",
  [P("task", "task", 1, "title text item", "What needs doing"),
   P("due", "date", 0, "due_date deadline by", "Due date"),
   P("priority", E("low: low|low priority|not urgent; medium: medium|normal; high: high|urgent|important|high priority"), 0, "importance", "Priority"),
   P("list", strings(["work", "personal", "home", "errands", "shopping", "weekend"]), 0, "list_name project", "List")],
  """!add "{task}" to my (to-do|todo|task) list[ (for|due|by) {due}]
  !(add a |create a |new |)(task|todo|to-do): {task}[ (due|by) {due}][, {priority} priority]
  I need to {task}[ by {due}] - (put it on|add it to) my[ {list}] list
  !remind me to {task} (some time|eventually|at some point)
  !(new|add) [{priority} priority ]task "{task}"[ on the {list} list]""",
  par="""!add {task} and {task^} to my to-do list""", similar="reminder.create notes.create")

F("todo.complete", "notes", "complete_task mark_done =todo.complete check_off",
  "Mark a to-do item as done. | Complete a task.",
  [P("task", "task", 1, "title item", "Task")],
  """!mark "{task}" (as |)(done|complete|completed)
  !(check off|tick off|complete) "{task}"
  I (finished|did|have done) "{task}"( already|)""",
  par="""!mark "{task}" and "{task^}" as done""")

F("todo.list", "notes", "list_todos get_tasks =todo.list show_tasks",
  "List to-do items. | Show open or completed tasks.",
  [P("list", strings(["work", "personal", "home", "errands", "shopping"]), 0, "list_name", "List"),
   P("status", E("open: open|pending|remaining|left; done: done|completed|finished; all: all"), 0, "state filter", "Which tasks", default="open")],
  """what's (on my|left on my) (to-do|todo) list?
  !(show|list) (my |)[{status} ](tasks|todos)[ (on|in|for) the {list} list]
  what do I (still |)have to do[ for {list}]?""", similar="reminder.list")

F("shopping_list.add", "notes", "add_to_shopping_list grocery_list_add =shopping_list.add",
  "Add items to the shopping list. | Put groceries on the list.",
  [P("items", listof(kind("ingredient"), 1, 4), 1, "item products things", "Items to add"),
   P("store", "store", 0, "shop", "Store")],
  """!add {items} to (the |my |)(shopping|grocery) list
  !put {items} on the list[ for {store}]
  we need {items}
  !(shopping|grocery) list: {items}""", similar="grocery.order")

# ================================================================ families: smart home, shopping, finance

F("lights.set", "smarthome", "set_lights control_lights =lights.set light_control switch_lights",
  "Turn lights on or off, dim them or change their color. | Control the smart lights in a room.",
  [P("room", "room", 1, "location area zone", "Room"),
   P("state", E("on: on; off: off"), 0, "power", "on or off", keep=True),
   P("brightness", "percent", 0, "level dim", "Brightness 0-100"),
   P("color", "color", 0, "colour hue", "Color name or hex")],
  """!turn (the lights |the light |){state} (in|the lights in) (the |){room}
  !turn {state} the {room} lights
  !(dim|set) the {room} (lights|lamps) to {brightness}( percent|%|)
  !make the {room} {color}[ at {brightness}%]
  !set the lights in the {room} to {color}[ and {brightness}%]
  !{room} lights {state}
  it's too dark in the {room}{state:=on}
  !lights {state} in the {room}[, {brightness} percent]""",
  par="""!turn {state} the lights in the {room} and the {room^}
  !set the {room} and {room^} lights to {brightness}%""", similar="scene.activate plug.set system.brightness")

F("thermostat.set", "smarthome", "set_thermostat set_temperature =thermostat.set climate_control",
  "Set the thermostat temperature and mode. | Heat or cool the house to a target temperature.",
  [P("temperature", "temp_set", 1, "target temp setpoint degrees", "Target temperature"),
   P("mode", E("heat: heat|heating|warm; cool: cool|cooling|AC|air conditioning; auto: auto|automatic; eco: eco|energy saving"), 0, "hvac_mode", "HVAC mode"),
   P("room", "room", 0, "zone", "Zone")],
  """!set the (thermostat|heat|temperature|heating) to {temperature}( degrees|°|)[ in the {room}]
  !(make it|heat the house to|cool it to) {temperature}( degrees|)
  !thermostat {temperature}[ {mode}]
  !set the {room} to {temperature}[ on {mode}]
  !put the thermostat on {mode} at {temperature}""", similar="thermostat.get")

F("thermostat.get", "smarthome", "get_indoor_temperature thermostat_status =thermostat.status read_temperature",
  "Read the current indoor temperature and thermostat state. | How warm is it inside?",
  [P("room", "room", 0, "zone sensor", "Room")],
  """what's the temperature (inside|in the house)?
  how (warm|cold) is it in the {room}?
  !(check|read) the thermostat[ in the {room}]
  what's the {room} temperature?""", similar="thermostat.set")

F("lock.set", "smarthome", "set_lock lock_door =locks.set door_lock",
  "Lock or unlock a smart door lock. | Secure a door.",
  [P("door", "door", 1, "lock name", "Which door"),
   P("action", E("lock: lock|secure; unlock: unlock|open"), 1, "state", "lock or unlock")],
  """!{action} the {door}
  !{action} {door}
  !{action} the {door} (please|now|for me)
  !please {action} the {door} (for me|now)""",
  par="""!{action} the {door} and the {door^}""", similar="lock.status garage.control")

F("lock.status", "smarthome", "lock_status is_locked =locks.status",
  "Check whether a door is locked. | Lock state.",
  [P("door", "door", 1, "lock", "Door")],
  """is the {door} locked?
  did I lock the {door}?
  !check the {door} lock""", similar="lock.set")

F("camera.snapshot", "smarthome", "camera_snapshot view_camera =camera.snapshot show_camera",
  "Get the latest image from a security camera. | Show a camera feed.",
  [P("camera", "camera", 1, "name cam", "Camera"),
   P("clip_seconds", "seconds", 0, "record_seconds", "Record a clip of this length instead")],
  """!show (me |)the {camera} camera
  who's at the {camera}?
  !(take|grab) a snapshot from the {camera}( camera| cam|)
  !record {clip_seconds} seconds (from|of) the {camera} camera""")

F("vacuum.start", "smarthome", "start_vacuum robot_vacuum =vacuum.start clean_room",
  "Start the robot vacuum. | Clean a room or the whole house.",
  [P("room", "room", 0, "area zone", "Room to clean; whole home if omitted"),
   P("mode", E("quiet: quiet|silent; standard: standard|normal; turbo: turbo|max|deep|strong; mop: mop|mopping"), 0, "power suction", "Cleaning mode")],
  """!(start|run) the (vacuum|roomba|robot vacuum)[ in the {room}][ on {mode}]
  !vacuum the {room}[ ({mode} mode)]
  !clean the (house|floors)[ on {mode}]
  !send the robot to clean the {room}""")

F("blinds.set", "smarthome", "set_blinds control_shades =blinds.set curtains",
  "Open, close or position the blinds. | Control motorized shades.",
  [P("room", "room", 1, "location", "Room"),
   P("position", "percent", 1, "level percent_open open_percent", "How far open, 0 closed to 100 open")],
  """!open the {room} blinds{position:=100}
  !close the blinds in the {room}{position:=0}
  !set the {room} (blinds|shades|curtains) to {position}( percent|%|)( open|)
  !put the {room} shades at {position}%""")

F("fan.set", "smarthome", "set_fan fan_speed =fan.set control_fan",
  "Set a fan's speed or turn it off. | Ceiling/standing fan control.",
  [P("room", "room", 1, "location", "Room"),
   P("speed", E("off: off; low: low|slow; medium: medium; high: high|max|full"), 1, "level", "Speed")],
  """!(set|turn) the {room} fan (to |){speed}
  !fan {speed} in the {room}
  !put the fan in the {room} on {speed}""")

F("plug.set", "smarthome", "set_plug smart_plug toggle_device =devices.power switch_device",
  "Turn a smart plug or appliance on or off. | Power a device.",
  [P("device", "device", 1, "name appliance", "Device"),
   P("on", "bool", 1, "state power", "true for on, false for off")],
  """!turn (on{on:=true}|off{on:=false}) the {device}
  !switch (on{on:=true}|off{on:=false}) the {device}
  !(start|power up) the {device}{on:=true}
  !(kill|cut power to) the {device}{on:=false}
  !{device} (on{on:=true}|off{on:=false})""",
  par="""!turn off the {device} and the {device^}{on:=false}""", similar="lights.set")

F("scene.activate", "smarthome", "activate_scene run_scene =scenes.activate set_scene",
  "Activate a smart-home scene. | Run a preset scene like 'movie night'.",
  [P("scene", "scene", 1, "name preset", "Scene name")],
  """!(activate|run|start|turn on) (the |)({scene}|{scene} scene)
  !set the house to {scene}
  !{scene} mode (please|on)
  it's {scene} time""", similar="lights.set")

F("garage.control", "smarthome", "garage_door operate_garage =garage.set",
  "Open or close the garage door. | Garage door opener.",
  [P("action", E("open: open|raise; close: close|shut|lower"), 1, "state", "open or close")],
  """!{action} the garage( door|)
  can you {action} the garage?
  !garage {action}""", similar="lock.set")

F("sprinkler.start", "smarthome", "start_sprinklers water_garden =irrigation.start run_sprinkler",
  "Run the sprinklers in a zone for some minutes. | Water the lawn or garden.",
  [P("zone", "zone", 1, "area", "Sprinkler zone number"),
   P("minutes", "minutes", 1, "duration", "How long")],
  """!run (the sprinklers in |sprinkler |)zone {zone} for {minutes} minutes
  !water zone {zone} for {minutes} (min|minutes)
  !start irrigation zone {zone}, {minutes} minutes""")

F("tv.control", "smarthome", "tv_control control_tv =tv.set television",
  "Control the TV: power, channel, input and volume. | Smart TV remote.",
  [P("power", E("on: on; off: off"), 0, "state", "Power", keep=True),
   P("channel", "channel", 0, "ch", "Channel number"),
   P("input", E("hdmi1: HDMI 1|hdmi1|the console; hdmi2: HDMI 2|hdmi2|the laptop; tv: TV|antenna|cable"), 0, "source", "Input"),
   P("app", strings(["Netflix", "YouTube", "Disney+", "Prime Video", "Hulu", "Max", "Apple TV", "Plex", "Spotify"]), 0, "open_app", "App to open")],
  """!turn the (tv|TV|television) {power}
  !(change|switch|put) (the tv |)to channel {channel}
  !switch the tv to {input}
  !(open|launch|put on) {app} on the (tv|TV)
  !TV {power}[, channel {channel}]
  !turn (the tv|the TV) {power} and open {app}""")

F("products.search", "shopping", "search_products find_products =shop.search product_search",
  "Search products in an online store. | Find items to buy, with price and rating filters.",
  [P("query", "product", 1, "q keywords item", "What to look for"),
   P("max_price", "price", 0, "price_max budget under", "Maximum price"),
   P("min_rating", "rating", 0, "rating stars", "Minimum average rating"),
   P("sort", E("relevance: relevance|best match; price_asc: cheapest first|lowest price|price low to high; price_desc: most expensive first|price high to low; rating: best rated|highest rated|top rated"), 0,
     "sort_by order", "Sort order", default="relevance"),
   P("brand", "brand", 0, "make", "Brand")],
  """!(find|search for|look for|show me) {query}[ under ${max_price}][ rated {min_rating} (stars |)or (more|better)][ sorted by {sort}]
  !(shop|browse) for {query}[ by {brand}]
  I want to buy (a |an |some |){query}[ for less than {max_price} dollars]
  !show me[ {brand}] {query}[ with at least {min_rating} stars], {sort}
  any good {query}[ under {max_price}]?""",
  par="""!compare prices for {query} and {query^}""", similar="price.alert products.compare")

F("cart.add", "shopping", "add_to_cart cart_add =cart.add buy_item",
  "Add a product to the shopping cart. | Put an item in the basket.",
  [P("product", "product", 1, "item name", "Product"),
   P("quantity", "qty", 0, "qty count amount", "How many", default=1),
   P("size", strings(["S", "M", "L", "XL", "small", "medium", "large", "42", "10.5", "one size"]), 0, "variant", "Size or variant")],
  """!add (a |an |){product} to (my |the |)cart
  !add {quantity} {product} to my (cart|basket)[ in size {size}]
  !put {quantity} of the {product} in the cart
  !buy {quantity} {product}[ (in|size) {size}]
  I'll take the {product}[, size {size}]""",
  par="""!add {product} and {product^} to my cart""", similar="grocery.order")

F("order.track", "shopping", "track_order order_status =orders.track where_is_my_order",
  "Track an order by id. | Where is my package?",
  [P("order_id", "order_id", 1, "order id order_number", "Order id")],
  """where is (my |)order {order_id}?
  !track order {order_id}
  has {order_id} shipped( yet|)?
  !(check|get) the status of order {order_id}
  when will order {order_id} arrive?""",
  par="""!track orders {order_id} and {order_id^}""", similar="package.track")

F("order.cancel", "shopping", "cancel_order =orders.cancel order_cancel",
  "Cancel an order that hasn't shipped. | Cancel a purchase.",
  [P("order_id", "order_id", 1, "order id", "Order id"),
   P("reason", strings(["ordered by mistake", "found it cheaper", "no longer needed", "shipping too slow", "wrong size"]), 0, "why", "Reason")],
  """!cancel (my |)order {order_id}[ - {reason}]
  !(please |)cancel {order_id}[ because I {reason}]
  I don't want order {order_id} anymore""", similar="returns.start")

F("returns.start", "shopping", "start_return return_item =orders.return request_refund",
  "Start a return for an item in an order. | Request a refund.",
  [P("order_id", "order_id", 1, "order", "Order id"),
   P("item", "product", 0, "product", "Item to return"),
   P("reason", E("damaged: damaged|broken|arrived broken; wrong_item: wrong item|not what I ordered; size: doesn't fit|wrong size|too small|too big; changed_mind: changed my mind|don't want it|don't need it"), 0, "why", "Reason")],
  """!return the {item} from order {order_id}[ (because|since) it's {reason}]
  !start a return for (order |){order_id}[ - {reason}]
  I want a refund for {order_id}[, the {item}][ ({reason})]""", similar="order.cancel")

F("price.alert", "shopping", "price_alert track_price =prices.watch price_drop_alert",
  "Get notified when a product drops below a price. | Watch a price.",
  [P("product", "product", 1, "item", "Product"),
   P("target_price", "price", 1, "below price threshold", "Alert below this price"),
   P("store", "store", 0, "shop", "Store")],
  """!tell me when (the |a |){product} (drops|goes) below ${target_price}
  !(watch|track) the price of {product}[ at {store}] and alert me under {target_price}
  !set a price alert for {product} at {target_price}( dollars|)""", similar="products.search")

F("coupons.find", "shopping", "find_coupons discount_codes =coupons.find promo_codes",
  "Find coupon or promo codes for a store. | Discounts.",
  [P("store", "store", 1, "shop merchant", "Store")],
  """are there (any |)(coupons|promo codes|discount codes) for {store}?
  !find (a |)(coupon|discount|promo code) for {store}
  !{store} discount codes""")

F("grocery.order", "shopping", "order_groceries grocery_delivery =groceries.order",
  "Order groceries for delivery. | Buy grocery items online.",
  [P("items", listof(kind("ingredient"), 1, 5), 1, "products list", "Items"),
   P("store", "store", 0, "shop", "Store"),
   P("delivery_date", "date", 0, "when deliver_on", "Delivery date")],
  """!order {items}[ from {store}][ for delivery {delivery_date}]
  !get {items} delivered[ {delivery_date}]
  !(buy|order) groceries: {items}[ from {store}]""", similar="shopping_list.add cart.add")

F("package.track", "shopping", "track_package shipment_status =shipping.track parcel_tracking",
  "Track a shipment by tracking number. | Parcel status from the carrier.",
  [P("tracking_number", "tracking", 1, "tracking id number", "Tracking number"),
   P("carrier", E("ups: UPS|ups; fedex: FedEx|fedex; usps: USPS|usps; dhl: DHL|dhl; amazon: Amazon|amazon"), 0, "courier", "Carrier")],
  """!track (package |parcel |){tracking_number}[ (with|via|on) {carrier}]
  where is (my |the |)(package|parcel|shipment) {tracking_number}?
  !{carrier} tracking {tracking_number}
  has {tracking_number} been delivered?""",
  par="""!track {tracking_number} and {tracking_number^}""", similar="order.track")

F("products.compare", "shopping", "compare_products product_comparison =shop.compare",
  "Compare products side by side. | Specs and price comparison.",
  [P("products", listof(kind("product"), 2, 3), 1, "items", "Products to compare")],
  """!compare {products}
  which is better: {products}?
  !(show|make) a comparison of {products}""", similar="products.search")

F("reviews.get", "shopping", "get_reviews product_reviews =reviews.list",
  "Read reviews for a product. | What do buyers say about it?",
  [P("product", "product", 1, "item", "Product"),
   P("rating", "stars", 0, "stars", "Only reviews with this many stars")],
  """what do people say about the {product}?
  !(show|get) (me |)reviews (for|of) (the |){product}[ with {rating} stars]
  is the {product} any good?""")

F("stock.quote", "finance", "get_stock_price stock_quote =stocks.quote share_price",
  "Get the latest price of a stock. | Stock quote by ticker symbol.",
  [P("symbol", "ticker", 1, "ticker stock", "Ticker symbol, e.g. {ex}"),
   P("exchange", E("NASDAQ: NASDAQ|nasdaq; NYSE: NYSE|nyse; LSE: LSE|London; TSE: TSE|Tokyo"), 0, "market", "Exchange")],
  """what's {symbol} trading at?
  !(get|show|check) (the |)(price|quote) (of|for) {symbol}[ on (the |){exchange}]
  how('s| is) {symbol} doing( today|)?
  {symbol} stock price
  !quote {symbol}""",
  par="""!get quotes for {symbol} and {symbol^}
  how are {symbol} and {symbol^} doing today?""", similar="stock.history crypto.price")

F("stock.history", "finance", "stock_history historical_prices =stocks.history price_history",
  "Historical prices for a stock. | OHLC history over a date range.",
  [P("symbol", "ticker", 1, "ticker", "Ticker"),
   P("start_date", "date", 1, "from start", "First day"),
   P("end_date", "date", 0, "to end", "Last day"),
   P("interval", E("1d: daily|1d|per day; 1wk: weekly|1wk|per week; 1mo: monthly|1mo|per month"), 0, "granularity", "Bar interval", default="1d")],
  """!(show|get) {symbol}('s|) (price |)history (since|from) {start_date}[ (to|until) {end_date}][, {interval}]
  how did {symbol} do between {start_date} and {end_date}?
  !{interval} prices for {symbol} from {start_date}""", similar="stock.quote")

F("currency.convert", "finance", "convert_currency currency_converter =fx.convert exchange_money",
  "Convert an amount between currencies. | Currency conversion at today's rate.",
  [P("amount", "amount", 1, "value sum", "Amount"),
   P("from_currency", "currency", 1, "from source_currency base", "Currency code to convert from"),
   P("to_currency", "currency", 1, "to target_currency target", "Currency code to convert to")],
  """!convert {amount} {from_currency} to {to_currency}
  how much is {amount} {from_currency} in {to_currency}?
  {amount} {from_currency} (in|to) {to_currency}?
  what's {amount} {from_currency} worth in {to_currency}?
  !change {amount} {from_currency} into {to_currency}""",
  par="""!convert {amount} {from_currency} to {to_currency} and to {to_currency^}
  how much is {amount} {from_currency} in {to_currency} and in {to_currency^}?""", similar="fx.rate")

F("fx.rate", "finance", "exchange_rate get_fx_rate =fx.rate currency_rate",
  "Get the exchange rate between two currencies. | FX rate lookup.",
  [P("base", "currency", 1, "from base_currency", "Base currency code"),
   P("target", "currency", 1, "to quote_currency", "Target currency code"),
   P("date", "date", 0, "on", "Historical date")],
  """what's the exchange rate (from |between ){base} (to|and) {target}[ on {date}]?
  !{base}/{target} rate[ {date}]
  how many {target} (per|for one|to the) {base}?""", similar="currency.convert")

F("crypto.price", "finance", "crypto_price get_crypto_price =crypto.quote coin_price",
  "Current price of a cryptocurrency. | Crypto quote.",
  [P("coin", "coin", 1, "symbol asset", "Coin name or symbol"),
   P("currency", "currency", 0, "vs_currency quote", "Quote currency", default="USD")],
  """what's the price of {coin}[ in {currency}]?
  how much is (one |a |1 |){coin}( worth|)[ in {currency}]?
  !{coin} price[ ({currency})]""",
  par="""what are {coin} and {coin^} trading at?""", similar="stock.quote")

F("bank.balance", "finance", "account_balance get_balance =bank.balance check_balance",
  "Get the balance of a bank account. | How much money is in an account?",
  [P("account", E("checking: checking|current account|checking account; savings: savings|savings account; credit: credit card|credit"), 1, "account_type type", "Which account")],
  """what's (my|the) {account} balance?
  how much (money |)(do I have|is) in (my |)({account}|{account} account)?
  !check my {account}( balance|)""",
  par="""what are my {account} and {account^} balances?""")

F("bank.transfer", "finance", "transfer_money bank_transfer =bank.transfer move_money",
  "Transfer money between accounts. | Move funds from one account to another.",
  [P("amount", "amount", 1, "sum value", "Amount"),
   P("from_account", E("checking: checking|current account; savings: savings|savings account"), 1, "from source", "Source account"),
   P("to_account", E("checking: checking|current account; savings: savings|savings account; brokerage: brokerage|investment account"), 1, "to destination", "Destination account"),
   P("memo", strings(["rent", "emergency fund", "vacation", "bills", "groceries", "car payment"]), 0, "note reference", "Memo")],
  """!(transfer|move|put) ${amount} from (my |)(the |){from_account} (in|into|to) (my |)(the |){to_account}[ for {memo}]
  !transfer {amount} (dollars |)from {from_account} to {to_account}[, memo "{memo}"]
  !send {amount} from {from_account} over to {to_account}""", similar="payment.send")

F("payment.send", "finance", "send_money pay_person =payments.send venmo_pay",
  "Send money to a person. | Pay a friend (Venmo, PayPal).",
  [P("recipient", strings(compose("{first}", "{first} {last}", "{username}", "{email}")), 1, "to payee person", "Who to pay"),
   P("amount", "small_amount", 1, "sum value", "Amount"),
   P("note", strings(["dinner", "rent", "concert tickets", "pizza", "gas money", "birthday gift", "coffee", "the cab", "groceries"]), 0, "memo message for", "What it's for")],
  """!(send|pay|venmo) {recipient} ${amount}[ for {note}]
  !pay {recipient} {amount}( dollars| bucks|)[ for {note}]
  !send {amount} to {recipient}[ - "{note}"]
  I owe {recipient} {amount}[ for {note}], (pay|send) it""",
  par="""!send {recipient} and {recipient^} ${amount} each[ for {note}]""", similar="bank.transfer payment.request")

F("payment.request", "finance", "request_money request_payment =payments.request",
  "Request money from a person. | Ask someone to pay you back.",
  [P("from_person", strings(compose("{first}", "{first} {last}", "{username}")), 1, "from payer person", "Who should pay"),
   P("amount", "small_amount", 1, "sum", "Amount"),
   P("note", strings(["dinner", "rent", "tickets", "pizza", "utilities", "the trip"]), 0, "memo for", "What it's for")],
  """!request ${amount} from {from_person}[ for {note}]
  !ask {from_person} (for|to pay me) {amount}[ for {note}]
  !(charge|bill) {from_person} {amount}( dollars|)[ for {note}]""", similar="payment.send")

F("budget.expense", "finance", "log_expense add_expense =budget.add_expense track_spending",
  "Record an expense in the budget. | Log spending by category.",
  [P("amount", "small_amount", 1, "cost sum", "Amount spent"),
   P("category", E("food: food|groceries|eating out|lunch|dinner; transport: transport|uber|gas|taxi|bus fare; rent: rent|housing; entertainment: entertainment|movies|concert; shopping: shopping|clothes; utilities: utilities|electricity|internet; health: health|pharmacy|doctor"), 1,
     "type kind", "Category"),
   P("description", strings(compose("{restaurant}", "{store}", "{product}", "tickets for {movie}")), 0, "note memo", "Description"),
   P("date", "date", 0, "on when", "Date (today if omitted)")],
  """!(log|add|record) (an expense of |)${amount} (for|on) {category}[ at {description}][ {date}]
  I (spent|paid) {amount} on {category}[ at {description}][ {date}]
  !expense: {amount}, {category}[, {description}]""", similar="budget.summary")

F("budget.summary", "finance", "spending_summary budget_report =budget.summary",
  "Summarize spending by category for a period. | How much did I spend?",
  [P("period", E("week: this week|week|last 7 days; month: this month|month; year: this year|year"), 0, "range", "Period", default="month", keep=True),
   P("category", E("food: food|groceries|eating out; transport: transport|travel; entertainment: entertainment|fun; shopping: shopping"), 0, "type", "Only this category")],
  """how much did I spend {period}[ on {category}]?
  !(show|give me) my spending (summary |breakdown |)for {period}
  what's my {category} spending {period}?""", similar="budget.expense")

F("invoice.create", "finance", "create_invoice new_invoice =invoices.create bill_client",
  "Create an invoice for a client. | Bill a customer.",
  [P("client", strings(compose("{company}", "{first} {last}", "{Word} Studio", "{last} & Co")), 1, "customer bill_to", "Client name"),
   P("amount", "amount", 1, "total sum", "Amount due"),
   P("due_date", "date", 0, "due by", "Due date"),
   P("description", strings(compose("{word} consulting", "website redesign", "{n2} hours of {word} work", "logo design", "monthly retainer")), 0, "memo item", "Line item")],
  """!(create|make|send) an invoice (for|to) {client} (for|of) ${amount}[ due {due_date}][ for "{description}"]
  !invoice {client} {amount}[, due {due_date}]
  !bill {client} ${amount} for {description}""")

F("tax.estimate", "finance", "estimate_tax income_tax =tax.estimate calculate_tax",
  "Estimate income tax for a salary. | How much tax will I owe?",
  [P("income", "big", 1, "salary annual_income", "Annual income"),
   P("filing_status", E("single: single; married: married|married filing jointly|joint; head_of_household: head of household"), 0, "status", "Filing status", default="single"),
   P("state", "state", 0, "region", "State")],
  """how much tax (would I|do I) (owe|pay) on ${income}[ filing {filing_status}][ in {state}]?
  !estimate (my |)(income |)tax(es|) (on|for) {income}[ ({filing_status})]
  what's the tax on a {income} salary[ in {state}]?""")

F("portfolio.add", "finance", "add_holding record_trade =portfolio.add log_trade",
  "Record a stock purchase in the portfolio tracker. | Add shares.",
  [P("symbol", "ticker", 1, "ticker", "Ticker"),
   P("shares", "shares", 1, "quantity qty", "Number of shares"),
   P("price", "price", 0, "cost_basis at", "Price paid per share")],
  """!(add|record|log) {shares} shares of {symbol}[ at ${price}] (to|in) my portfolio
  I bought {shares} {symbol}[ at {price}]
  !portfolio: +{shares} {symbol}[ @ {price}]""")

# ================================================================ families: maps, food, sports, news, language, health

F("directions.get", "maps", "get_directions navigate =maps.directions route_to directions",
  "Get directions between two places. | Turn-by-turn route by car, foot, bike or transit.",
  [P("origin", "landmark", 1, "from start source", "Starting point"),
   P("destination", "landmark", 1, "to end dest", "Destination"),
   P("mode", E("driving: driving|drive|by car|car; walking: walking|walk|on foot; transit: transit|public transport|by bus|by train|subway; bicycling: bicycling|bike|cycling|by bike"), 0,
     "travel_mode transport", "Travel mode", default="driving"),
   P("avoid_tolls", "bool", 0, "no_tolls", "Avoid toll roads")],
  """!(get|give me|show) directions from {origin} to {destination}[ {mode}][ avoiding tolls{avoid_tolls:=true}]
  how do I get (to {destination} from {origin}|from {origin} to {destination})[ {mode}]?
  !navigate (me |)from {origin} to {destination}[ {mode}]
  !route from {origin} to {destination}[, {mode}][, no tolls{avoid_tolls:=true}]
  what's the best way from {origin} to {destination}[ {mode}]?""", similar="distance.get traffic.get")

F("places.nearby", "maps", "find_nearby search_places =places.nearby nearby_search",
  "Find places of a kind near a location. | Nearby search (cafes, pharmacies, gas stations...).",
  [P("category", "poi", 1, "type query kind", "Kind of place"),
   P("location", "landmark", 0, "near around", "Where to search; current position if omitted"),
   P("radius", "radius_m", 0, "radius_meters within", "Search radius in meters"),
   P("open_now", "bool", 0, "open", "Only places open now")],
  """!find (a |an |)(nearby |){category}[ near {location}][ that's open now{open_now:=true}]
  where's the (nearest|closest) {category}[ to {location}]?
  is there a {category} (around|near) {location}?
  !(any|find a) {category} (near|around) {location}[ within {radius} meters]
  !show (every|each) {category}[ within {radius} m][ near {location}][, open now{open_now:=true}]""",
  similar="restaurants.search parking.find ev.chargers fuel.prices")

F("distance.get", "maps", "distance_between get_distance =maps.distance how_far",
  "Distance and travel time between two places. | How far is it?",
  [P("origin", "landmark", 1, "from start", "Start"),
   P("destination", "landmark", 1, "to end", "End"),
   P("unit", E("km: km|kilometers|kilometres; miles: miles|mi"), 0, "units", "Distance unit")],
  """how far is {destination} from {origin}[ in {unit}]?
  what's the distance (between|from) {origin} (and|to) {destination}[ in {unit}]?
  !distance {origin} to {destination}[ ({unit})]
  how long does it take to get from {origin} to {destination}?""", similar="directions.get")

F("traffic.get", "maps", "traffic_conditions check_traffic =maps.traffic commute_time",
  "Current traffic conditions on a route or in an area. | Is there traffic?",
  [P("route", strings(compose("{landmark}", "the I-{n2}", "my commute", "the {street}", "downtown {city}")), 1, "area location road", "Road, area or route")],
  """how's (the |)traffic (on|in|to|near) {route}?
  is there (a lot of |any |)traffic (on|to|in) {route}( right now|)?
  !(check|show) traffic (for|on) {route}""", similar="directions.get")

F("geocode", "maps", "geocode_address address_to_coordinates =maps.geocode locate_address",
  "Convert an address to latitude/longitude. | Geocoding.",
  [P("address", strings(compose("{address}", "{landmark}", "{city}")), 1, "query place", "Address or place")],
  """what are the coordinates of {address}?
  !geocode {address}
  !(get|find) (the |)lat(itude|) and long(itude|) (for|of) {address}""", similar="geocode.reverse")

F("geocode.reverse", "maps", "reverse_geocode coordinates_to_address =maps.reverse_geocode what_is_here",
  "Convert coordinates to an address. | Reverse geocoding.",
  [P("latitude", "real", 1, "lat", "Latitude"),
   P("longitude", "real", 1, "lng lon long", "Longitude")],
  """what's at {latitude}, {longitude}?
  !reverse geocode {latitude},{longitude}
  !(find|get) the address for (coordinates |lat |){latitude} (and |lon |long |){longitude}""", similar="geocode")

F("location.share", "maps", "share_location send_location =location.share share_eta",
  "Share your live location with someone. | Send your ETA.",
  [P("contact", "contact", 1, "with to person", "Who to share with"),
   P("duration_minutes", pick_ints([15, 30, 60, 120, 180, 480]), 0, "for_minutes duration", "How long to share")],
  """!share my location with {contact}[ for {duration_minutes} minutes]
  !send {contact} my (location|ETA|live location)
  !let {contact} see where I am[ for the next {duration_minutes} minutes]""")

F("parking.find", "maps", "find_parking parking_search =parking.find",
  "Find parking near a place. | Parking garages and lots with prices.",
  [P("location", "landmark", 1, "near destination", "Where"),
   P("max_price", "small_amount", 0, "budget", "Max price per hour"),
   P("hours", "hours", 0, "duration", "How many hours")],
  """!find parking (near|at|by) {location}[ for {hours} hours][ under ${max_price}( an hour|)]
  where can I park (near|at) {location}?
  !parking (around|near) {location}""", similar="places.nearby")

F("ev.chargers", "maps", "find_ev_chargers charging_stations =ev.find_chargers",
  "Find electric-vehicle charging stations. | EV chargers by connector type.",
  [P("location", "landmark", 1, "near", "Where"),
   P("connector", E("ccs: CCS|ccs; chademo: CHAdeMO|chademo; tesla: Tesla|supercharger|NACS; type2: Type 2|type 2|J1772"), 0, "plug", "Connector type"),
   P("fast_only", "bool", 0, "dc_fast", "Only DC fast chargers")],
  """!find (an |)(EV |)charg(er|ing station)(s|) near {location}[ with {connector}]
  where can I charge (my car|the EV) (near|around) {location}?
  !{connector} chargers near {location}[, fast only{fast_only:=true}]""", similar="places.nearby")

F("fuel.prices", "maps", "gas_prices fuel_prices =fuel.prices cheapest_gas",
  "Current fuel prices at nearby stations. | Where's gas cheapest?",
  [P("location", "landmark", 1, "near", "Where"),
   P("fuel_type", E("regular: regular|unleaded|87; premium: premium|super|91; diesel: diesel; e85: E85"), 0, "fuel grade", "Fuel type", default="regular")],
  """where's the cheapest (gas|fuel|{fuel_type}) (near|around) {location}?
  !(show|check) gas prices (near|in) {location}[ for {fuel_type}]
  how much is {fuel_type} (near|around) {location}?""", similar="places.nearby")

F("recipes.by_ingredients", "food", "recipes_by_ingredients what_can_i_cook =recipes.from_ingredients pantry_recipes",
  "Find recipes that use the ingredients you have. | Cook with what's in the fridge.",
  [P("ingredients", listof(kind("ingredient"), 1, 4), 1, "with include items", "Ingredients to use"),
   P("max_minutes", pick_ints([10, 15, 20, 30, 45, 60, 90]), 0, "max_time time_limit", "Max total time"),
   P("diet", E("vegetarian: vegetarian|veggie; vegan: vegan|plant-based; gluten_free: gluten-free|gluten free; keto: keto|low-carb; dairy_free: dairy-free"), 0, "dietary", "Diet")],
  """what can I (make|cook) with {ingredients}[ in under {max_minutes} minutes]?
  !(find|show me|look up) (a |some |)[{diet} ]recipe(s|) (with|using) {ingredients}
  !quick[ {diet}] dinner ideas with {ingredients}
  I have {ingredients}, what should I cook[ in {max_minutes} minutes]?""", similar="recipes.search")

F("recipes.search", "food", "search_recipes find_recipe =recipes.search recipe_finder",
  "Find recipes for a dish. | Recipe search by name, cuisine or diet.",
  [P("query", "dish", 1, "dish name q", "Dish name"),
   P("cuisine", "cuisine", 0, "style", "Cuisine"),
   P("max_minutes", pick_ints([10, 15, 20, 30, 45, 60, 90]), 0, "max_time time_limit", "Max total time"),
   P("diet", E("vegetarian: vegetarian|veggie; vegan: vegan|plant-based; gluten_free: gluten-free|gluten free|GF; keto: keto|low-carb"), 0, "dietary", "Diet")],
  """!(find|give me|show me) a recipe for {query}[ that's {diet}][ under {max_minutes} minutes]
  how do I make {query}?
  !{query} recipe[, {diet}]
  !look up how to cook[ {diet}] {query}""", similar="recipes.by_ingredients recipe.nutrition")

F("recipe.nutrition", "food", "nutrition_info food_nutrition =nutrition.lookup calories_in",
  "Nutrition facts for a food. | Calories, protein, fat and carbs.",
  [P("food", "food", 1, "item query", "Food"),
   P("grams", "grams", 0, "amount quantity_g serving_g", "Serving size in grams")],
  """how many calories (are |)in (a |an |){food}?
  !(get|show) (the |)nutrition (info|facts) for {food}
  how much protein is in {food}[ ({grams} g)]?
  !nutrition: {food}[, {grams}g]""", similar="recipes.search diet.log")

F("restaurants.search", "food", "search_restaurants find_restaurant =restaurants.search where_to_eat",
  "Search restaurants by location, cuisine and price. | Find a place to eat.",
  [P("location", "city_loc", 1, "city near area", "Where"),
   P("cuisine", "cuisine", 0, "food type", "Cuisine"),
   P("price", E("cheap: cheap|inexpensive|budget|$; moderate: moderate|mid-range|$$; expensive: expensive|fancy|upscale|$$$"), 0, "price_range budget", "Price level"),
   P("open_now", "bool", 0, "open", "Open now only"),
   P("min_rating", "rating", 0, "rating", "Minimum rating")],
  """!(find|recommend|suggest) (a |some |)[{price} ]{cuisine} (restaurant|place)(s|) in {location}
  where (can I|should I|to) eat in {location}[ tonight]?
  any good {cuisine} (places|spots|restaurants) (in|around) {location}[ that are open now{open_now:=true}]?
  !{cuisine} food in {location}[, {price}][, {min_rating}+ stars]
  !restaurants in {location}[ rated above {min_rating}]""", similar="restaurant.reserve places.nearby")

F("restaurant.reserve", "food", "book_table make_reservation =restaurants.reserve reserve_table",
  "Reserve a table at a restaurant. | Book dinner for a party size, date and time.",
  [P("restaurant", "restaurant", 1, "name venue", "Restaurant"),
   P("date", "date", 1, "day on", "Date"),
   P("time", "time", 1, "at", "Time"),
   P("party_size", "people", 1, "guests people covers", "Number of people")],
  """!(book|reserve|get) (a table at |){restaurant} for {party_size} (on|for) {date} at {time}
  !table for {party_size} at {restaurant} {date} {time}
  can you get us a reservation at {restaurant} {date} at {time} for {party_size}?
  !reserve {restaurant}, {party_size} people, {date}, {time}""", similar="restaurants.search")

F("food.order", "food", "order_food food_delivery =delivery.order order_takeout",
  "Order food for delivery from a restaurant. | Takeout order.",
  [P("restaurant", "restaurant", 1, "from vendor", "Restaurant"),
   P("items", listof(kind("dish"), 1, 3), 1, "dishes order", "What to order"),
   P("address", "address", 0, "deliver_to", "Delivery address"),
   P("pickup", "bool", 0, "takeout", "Pick up instead of delivery")],
  """!order {items} from {restaurant}[ to {address}]
  !get (me |us |){items} (from|at) {restaurant}[ for pickup{pickup:=true}]
  !I want {items} from {restaurant} delivered[ to {address}]""", similar="grocery.order")

F("wine.pairing", "food", "wine_pairing pair_wine =food.wine_pairing",
  "Suggest a wine to go with a dish. | Wine pairing.",
  [P("dish", "dish", 1, "food meal", "Dish"),
   P("max_price", "small_amount", 0, "budget", "Budget per bottle")],
  """what wine goes (well |)with {dish}?
  !(suggest|recommend) a wine (for|to go with) {dish}[ under ${max_price}]
  !pair a wine with {dish}""")

F("meal.plan", "food", "meal_plan plan_meals =meals.plan weekly_menu",
  "Generate a meal plan. | Plan meals for some days with a diet and calorie target.",
  [P("days", ints(1, 14, words=0.3), 1, "num_days", "Number of days"),
   P("diet", E("vegetarian: vegetarian; vegan: vegan; keto: keto; mediterranean: mediterranean; high_protein: high-protein|high protein"), 0, "dietary", "Diet"),
   P("calories", pick_ints([1500, 1800, 2000, 2200, 2500, 3000]), 0, "daily_calories kcal", "Daily calories")],
  """!(make|plan|create) (me |)a {days}-day[ {diet}] meal plan[ (at|around) {calories} calories a day]
  !plan {days} days of[ {diet}] meals
  !meal plan for {days} days[, {calories} kcal][, {diet}]""")

F("sports.scores", "sports", "get_scores game_score =sports.scores latest_score",
  "Latest game result or live score for a team. | Sports scores.",
  [P("team", "team", 1, "club name", "Team"),
   P("date", "date", 0, "on game_date", "Game date")],
  """did (the |){team} win[ {date}]?
  what's the {team} score?
  !(get|show|check) the (latest |last |){team} (score|result)[ from {date}]
  how did (the |){team} do[ {date}]?
  {team} score""",
  par="""how did the {team} and the {team^} do?
  scores for {team} and {team^}""", similar="sports.schedule")

F("sports.standings", "sports", "league_standings get_standings =sports.standings league_table",
  "League standings table. | Who's top of the league?",
  [P("league", "league", 1, "competition", "League"),
   P("season", strings(["2024", "2025", "2024-25", "2023-24", "this season", "last season"]), 0, "year", "Season")],
  """!(show|get) (the |)(current |){league} (standings|table|rankings)[ for {season}]
  who's (top of|leading|first in) the {league}[ {season}]?
  !{league} standings[ {season}]""")

F("sports.schedule", "sports", "team_schedule next_game =sports.schedule upcoming_games",
  "Upcoming games for a team. | When do they play next?",
  [P("team", "team", 1, "club", "Team"),
   P("count", "count", 0, "limit n", "How many games", default=1)],
  """when do (the |){team} play next?
  !(show|get) the {team} schedule
  !next {count} {team} games
  when is the next {team} (game|match)?""", similar="sports.scores sports.tickets")

F("sports.player_stats", "sports", "player_stats athlete_stats =sports.player",
  "Season statistics for a player. | How is a player performing?",
  [P("player", "player", 1, "name athlete", "Player"),
   P("season", strings(["2024", "2025", "2024-25", "this season", "last season", "career"]), 0, "year", "Season")],
  """what are {player}'s stats[ (for|in) {season}]?
  how (is|has) {player} (doing|playing)[ {season}]?
  !(show|get) {player} stats[ {season}]""",
  par="""compare {player} and {player^}[ {season}]""")

F("sports.tickets", "sports", "game_tickets buy_tickets =tickets.sports",
  "Find tickets for a team's games. | Sports tickets by date and quantity.",
  [P("team", "team", 1, "event", "Team"),
   P("date", "date", 0, "on", "Game date"),
   P("quantity", "qty", 0, "tickets count", "Number of tickets"),
   P("max_price", "price", 0, "budget", "Max price per ticket")],
  """!(find|get|buy) {quantity} tickets (for|to) the {team} game[ {date}]
  !tickets to see (the |){team}[ on {date}][ under ${max_price}]
  are there (any |){team} tickets[ for {date}]?""", similar="events.search")

F("news.headlines", "news", "top_headlines get_news =news.headlines latest_news",
  "Top news headlines, optionally by category and country. | What's in the news?",
  [P("category", E("business: business|markets; technology: tech|technology; sports: sports; science: science; health: health; entertainment: entertainment|celebrity; politics: politics|political; world: world|international"), 0,
     "topic section", "Category"),
   P("country", "country", 0, "region", "Country"),
   P("limit", "n20", 0, "count", "Number of headlines", default=5)],
  """what's (in the news|happening)( today|)?
  !(show|give|read) me the (top |latest |)[{category} ]headlines[ (from|in) {country}]
  !(top|latest) {limit} {category} (stories|headlines)
  any (big |)[{category} ]news[ from {country}]( today|)?""", similar="news.search")

F("news.search", "news", "search_news news_search =news.search find_articles",
  "Search news articles by keyword. | Find recent coverage of a topic.",
  [P("query", "topic", 1, "q keywords topic", "What to search for"),
   P("from_date", "date", 0, "since after", "Only articles after this date"),
   P("language", E("en: English|english; es: Spanish|spanish; fr: French|french; de: German|german"), 0, "lang", "Language"),
   P("limit", "n20", 0, "count", "How many")],
  """!(find|search for|get) news (about|on) {query}[ since {from_date}][ in {language}]
  what's the latest (news |)on {query}?
  !{query} news[ from {from_date}]
  !show me[ {limit}] articles about {query}""", similar="news.headlines web.search")

F("rss.read", "news", "read_feed rss_latest =rss.read fetch_feed",
  "Read the latest items of an RSS/Atom feed. | What's new on a feed?",
  [P("feed_url", strings(compose("https://{domain}/feed", "https://{domain}/rss.xml", "https://{domain}/atom.xml", "https://blog.{domain}/index.xml")), 1, "url feed", "Feed URL"),
   P("limit", "n20", 0, "count", "Items")],
  """!read (the feed |){feed_url}
  what's new on {feed_url}?
  !(show|get) the latest {limit} (posts|items) from {feed_url}""")

F("translate", "language", "translate_text translate =language.translate translator",
  "Translate text into another language. | Machine translation.",
  [P("text", "phrase", 1, "q source_text input", "Text to translate"),
   P("target_language", "language", 1, "to target_lang language", "Language to translate into"),
   P("source_language", "language", 0, "from source_lang", "Language of the text, detected if omitted")],
  """!translate "{text}" (in|into|to) {target_language}
  how do you say "{text}" in {target_language}?
  !translate "{text}" from {source_language} to {target_language}
  what's "{text}" in {target_language}?
  !say "{text}" in {target_language}
  !{target_language} for "{text}", please""",
  par="""!translate "{text}" into {target_language} and {target_language^}
  how do you say "{text}" in {target_language} and in {target_language^}?""", similar="language.detect")

F("language.detect", "language", "detect_language identify_language =language.detect",
  "Detect the language of a text. | Which language is this?",
  [P("text", strings(compose("bonjour tout le monde", "wie geht es dir", "¿dónde está la biblioteca?", "obrigado pela ajuda",
                             "ありがとうございます", "dziękuję bardzo", "tack så mycket", "grazie mille", "teşekkür ederim", "kiitos paljon")), 1,
     "input", "Text")],
  """what language is "{text}"?
  !detect the language of "{text}"
  which language is this: {text}""", similar="translate")

F("dictionary.define", "language", "define_word dictionary_lookup =dictionary.define word_meaning",
  "Look up the definition of a word. | Dictionary definition.",
  [P("word", "dword", 1, "term", "Word")],
  """what does {word} mean?
  !define {word}
  what's the (meaning|definition) of {word}?
  !look up {word} in the dictionary""",
  par="""!define {word} and {word^}""", similar="thesaurus.synonyms")

F("thesaurus.synonyms", "language", "find_synonyms synonyms =thesaurus.lookup similar_words",
  "Synonyms (and antonyms) of a word. | Thesaurus.",
  [P("word", "dword", 1, "term", "Word"),
   P("antonyms", "bool", 0, "opposites", "Return antonyms instead"),
   P("limit", "n20", 0, "max count", "How many")],
  """what's another word for {word}?
  !(give me|find|list)[ {limit}] synonyms (for|of) {word}
  what's the opposite of {word}?{antonyms:=true}
  !antonyms of {word}{antonyms:=true}""", similar="dictionary.define")

F("spell.check", "language", "spell_check check_spelling =grammar.check proofread",
  "Check spelling and grammar of a text. | Proofread a sentence.",
  [P("text", strings(compose("I recieved you're mesage", "their going too the park", "definately a good idea",
                             "the team have went home", "alot of people", "{msg_base}")), 1, "input", "Text"),
   P("language", E("en-US: American English|US English; en-GB: British English|UK English; de: German; fr: French"), 0, "lang locale", "Language variant")],
  """!(spell check|proofread|check the spelling of) "{text}"[ in {language}]
  is "{text}" spelled (right|correctly)?
  !fix the grammar in "{text}\"""")

F("pronounce", "language", "pronounce_word pronunciation =language.pronounce say_word",
  "Pronounce a word aloud. | How is a word pronounced?",
  [P("word", "dword", 1, "term", "Word"),
   P("accent", E("us: American|US; uk: British|UK; au: Australian") , 0, "dialect", "Accent")],
  """how do you pronounce {word}[ in {accent} English]?
  !(say|pronounce) {word}[ with a {accent} accent]
  !pronunciation of {word}""")

F("rhymes", "language", "find_rhymes rhyming_words =words.rhymes",
  "Words that rhyme with a word. | Rhyme finder.",
  [P("word", strings(["moon", "heart", "love", "fire", "night", "day", "time", "rain", "light", "dream", "sky", "home"]), 1, "term", "Word"),
   P("limit", "n20", 0, "count", "How many")],
  """what rhymes with {word}?
  !(find|give me|list)[ {limit}] (words that rhyme with|rhymes for) {word}""")

F("workout.log", "health", "log_workout record_exercise =fitness.log_workout track_workout",
  "Log a workout. | Record exercise type and duration.",
  [P("activity", "activity", 1, "exercise type sport", "Exercise"),
   P("duration_minutes", "minutes", 1, "duration minutes length", "Minutes"),
   P("calories", "calories", 0, "kcal", "Calories burned"),
   P("distance_km", "km", 0, "distance km", "Distance in km")],
  """!log (a |)({activity}|{activity} workout) for {duration_minutes} minutes[, {calories} calories]
  I (just |)did {duration_minutes} minutes of {activity}[ and burned {calories} calories]
  !record {duration_minutes} min {activity}[, {distance_km} km]
  !add a {activity} session, {duration_minutes} minutes""", similar="calories.burned")

F("steps.get", "health", "get_steps step_count =fitness.steps",
  "Step count for a day. | How many steps did I walk?",
  [P("date", "date", 0, "day on", "Day", default="today")],
  """how many steps (did I take|have I done)[ {date}]?
  !(show|get) my step count[ for {date}]
  steps[ {date}]?""")

F("water.log", "health", "log_water track_water =hydration.log drink_water",
  "Log water intake. | Record a drink of water in ml.",
  [P("amount_ml", "ml", 1, "ml amount", "Amount in milliliters")],
  """!log {amount_ml} ml of water
  I (just |)drank {amount_ml}ml( of water|)
  !add {amount_ml} milliliters (to my water|of water)""")

F("sleep.get", "health", "sleep_data sleep_summary =sleep.get",
  "Sleep duration and quality for a night. | How did I sleep?",
  [P("date", "date", 0, "night", "Night of")],
  """how (well |)did I sleep[ {date}]?
  !(show|get) my sleep (data|stats|summary)[ for {date}]
  how many hours did I sleep[ {date}]?""")

F("calories.burned", "health", "calories_burned estimate_calories =fitness.calories",
  "Estimate calories burned for an activity. | Energy expenditure calculator.",
  [P("activity", "activity", 1, "exercise", "Activity"),
   P("duration_minutes", "minutes", 1, "minutes duration", "Minutes"),
   P("weight_kg", "weight_kg", 0, "weight", "Body weight in kg")],
  """how many calories (do I|would I|does one) burn (doing|from) {duration_minutes} minutes of {activity}[ at {weight_kg} kg]?
  !estimate calories (burned|for) {activity} for {duration_minutes} min[, weight {weight_kg}kg]
  calories for {duration_minutes} min {activity}?""", similar="workout.log")

F("medication.reminder", "health", "medication_reminder pill_reminder =meds.remind schedule_medication",
  "Remind the user to take a medication on a schedule. | Pill reminder.",
  [P("medication", "med", 1, "drug medicine name", "Medication"),
   P("time", "time", 1, "at", "Time of day"),
   P("dosage", "dosage", 0, "dose", "Dose"),
   P("frequency", E("daily: daily|every day|each day; twice_daily: twice a day|twice daily; weekly: weekly|every week; as_needed: as needed"), 0, "repeat", "How often", default="daily")],
  """!remind me to take (my |){medication} at {time}[ {frequency}]
  !set a (medication|pill) reminder for {medication}[ ({dosage})] at {time}
  !{medication}[ {dosage}] at {time}[ {frequency}]
  I need to take {dosage} of {medication} at {time}[ {frequency}], remind me""", similar="reminder.create")

F("heart_rate.get", "health", "get_heart_rate heart_rate =health.heart_rate",
  "Heart-rate readings from the wearable. | Resting or current heart rate.",
  [P("period", E("now: now|current|right now; today: today; week: this week|past week"), 0, "range", "Period", default="now")],
  """what's my heart rate( {period}|)?
  !(show|check) my (resting |)heart rate[ {period}]
  what was my average heart rate {period}?""")

F("bmi.calculate", "health", "calculate_bmi bmi =health.bmi body_mass_index",
  "Body-mass index from weight and height. | BMI calculator.",
  [P("weight_kg", "weight_kg", 1, "weight mass", "Weight in kilograms"),
   P("height_m", "height_m", 1, "height", "Height in meters")],
  """what's my BMI (if I'm|at|with) {weight_kg} kg and {height_m} m( tall|)?
  !calculate (the |)BMI for {weight_kg} kg (and|at) {height_m} (m|meters)
  !BMI: {weight_kg}kg, {height_m}m""")

F("doctor.book", "health", "book_doctor_appointment find_doctor =health.book_appointment",
  "Book an appointment with a doctor. | Schedule a visit with a specialist.",
  [P("specialty", "specialty", 1, "doctor_type type", "Kind of doctor"),
   P("date", "date", 1, "day on", "Date"),
   P("time", "time", 0, "at", "Time"),
   P("location", "city", 0, "city near", "Where")],
  """!book (an appointment with |)(a |an |the |){specialty} (on|for) {date}[ at {time}][ in {location}]
  !(make|schedule) a {specialty} appointment {date}[ around {time}]
  I need to see a {specialty} {date}[ in {location}]""")

F("meditation.start", "health", "start_meditation meditate =mindfulness.start breathing_exercise",
  "Start a guided meditation or breathing session. | Mindfulness timer.",
  [P("minutes", "minutes", 1, "duration length", "Length"),
   P("type", E("breathing: breathing|breathwork; body_scan: body scan; sleep: sleep|for sleep; focus: focus|concentration"), 0, "style", "Kind of session")],
  """!start a {minutes}-minute[ {type}] meditation
  !(guide me through|do) {minutes} minutes of {type}
  !meditate for {minutes} minutes""")

F("diet.log", "health", "log_meal food_diary =diet.log track_food",
  "Log what you ate. | Food diary entry with calories.",
  [P("food", "food", 1, "item meal", "What you ate"),
   P("calories", "calories", 0, "kcal", "Calories"),
   P("meal", E("breakfast: breakfast; lunch: lunch; dinner: dinner|supper; snack: snack"), 0, "meal_type", "Meal")],
  """!log (a |an |){food} for {meal}[, {calories} calories]
  I (ate|had) (a |an |){food}[ for {meal}][ ({calories} kcal)]
  !add {food} to my food diary[ as {meal}]""", similar="recipe.nutrition")

# ================================================================ families: math, geometry, statistics (Python-function style)

F("geometry.triangle_area", "math", "calculate_triangle_area triangle_area =geometry.triangle_area area_of_triangle",
  "Calculate the area of a triangle given its base and height. | Triangle area = base * height / 2.",
  [P("base", "dim", 1, "b base_length", "Length of the base"),
   P("height", "dim", 1, "h", "Height of the triangle"),
   P("unit", "unit_len", 0, "units", "Unit of length", default="units")],
  """what's the area of a triangle with (a |)base (of |){base}[ {unit}] and (a |)height (of |){height}[ {unit}]?
  !(calculate|find|compute) the area of a triangle (with|whose) base (is |){base} and height (is |){height}[ {unit}]
  triangle area, base {base}, height {height}
  !find the area of a triangle: height {height}[ {unit}], base {base}[ {unit}]""",
  par="""!find the areas of two triangles: base {base} height {height}, and base {base^} height {height^}""")

F("geometry.circle_area", "math", "calculate_circle_area circle_area =geometry.circle_area area_of_circle",
  "Area of a circle from its radius. | pi * r^2.",
  [P("radius", "dim", 1, "r", "Radius"),
   P("unit", "unit_len", 0, "units", "Length unit")],
  """what's the area of a circle with (a |)radius (of |){radius}[ {unit}]?
  !(calculate|compute|find) the area of a circle (of|with) radius {radius}[ {unit}]
  circle area for r = {radius}?""",
  par="""!calculate the areas of circles with radius {radius} and {radius^}""", similar="geometry.circumference")

F("geometry.circumference", "math", "circle_circumference calculate_circumference =geometry.circumference",
  "Circumference of a circle from its radius. | 2 * pi * r.",
  [P("radius", "dim", 1, "r", "Radius")],
  """what's the circumference of a circle with radius {radius}?
  !(calculate|find) the circumference (for|of) (a circle of |)radius {radius}
  how far around is a circle with a {radius} radius?""", similar="geometry.circle_area")

F("geometry.rectangle_area", "math", "rectangle_area calculate_rectangle_area =geometry.rectangle_area",
  "Area of a rectangle. | length * width.",
  [P("length", "dim", 1, "l", "Length"),
   P("width", "dim", 1, "w", "Width")],
  """what's the area of a rectangle (that's|that is) {length} (by|x) {width}?
  what's the area of a rectangle with length {length} and width {width}?
  !(calculate|compute) the area of a {length} by {width} rectangle
  !area of a rectangle, length {length}, width {width}
  how big is a room that's {length} by {width}( feet| meters|)?""", similar="geometry.perimeter")

F("geometry.perimeter", "math", "rectangle_perimeter calculate_perimeter =geometry.perimeter",
  "Perimeter of a rectangle. | 2 * (length + width).",
  [P("length", "dim", 1, "l", "Length"),
   P("width", "dim", 1, "w", "Width")],
  """what's the perimeter of a {length} by {width} rectangle?
  !(calculate|find) the perimeter of a rectangle with length {length} and width {width}
  how much fence do I need for a {length} x {width} yard?""", similar="geometry.rectangle_area")

F("geometry.cylinder_volume", "math", "cylinder_volume calculate_cylinder_volume =geometry.cylinder_volume volume_of_cylinder",
  "Volume of a cylinder. | pi * r^2 * h.",
  [P("radius", "dim", 1, "r", "Radius"),
   P("height", "dim", 1, "h", "Height"),
   P("unit", "unit_len", 0, "units", "Length unit")],
  """what's the volume of a cylinder with radius {radius}[ {unit}] and height {height}[ {unit}]?
  !(calculate|compute) the volume of a cylinder: r = {radius}, h = {height}
  !find the volume of a cylinder that's {height}[ {unit}] tall with a radius of {radius}""")

F("geometry.sphere_volume", "math", "sphere_volume calculate_sphere_volume =geometry.sphere_volume volume_of_sphere",
  "Volume of a sphere from its radius. | 4/3 * pi * r^3.",
  [P("radius", "dim", 1, "r", "Radius")],
  """what's the volume of a sphere with radius {radius}?
  !(calculate|find|compute) the volume of a sphere of radius {radius}
  sphere volume, r={radius}""",
  par="""!compute the volume of spheres with radii {radius} and {radius^}""")

F("geometry.hypotenuse", "math", "calculate_hypotenuse hypotenuse =geometry.hypotenuse pythagoras",
  "Length of the hypotenuse of a right triangle. | sqrt(a^2 + b^2).",
  [P("a", "dim", 1, "side_a leg1 x", "First leg"),
   P("b", "dim", 1, "side_b leg2 y", "Second leg")],
  """what's the hypotenuse of a right triangle with (legs|sides) {a} and {b}?
  !(calculate|find) the hypotenuse (for|given) sides {a} and {b}
  if the legs are {a} and {b}, how long is the hypotenuse?""")

F("geometry.distance", "math", "distance_between_points point_distance =geometry.distance euclidean_distance",
  "Euclidean distance between two points. | Distance formula.",
  [P("x1", "real", 1, "", "x of the first point"),
   P("y1", "real", 1, "", "y of the first point"),
   P("x2", "real", 1, "", "x of the second point"),
   P("y2", "real", 1, "", "y of the second point")],
  """what's the distance between ({x1}, {y1}) and ({x2}, {y2})?
  !(calculate|find) the distance from point {x1},{y1} to point {x2},{y2}
  how far apart are the points {x1} {y1} and {x2} {y2}?""")

F("algebra.quadratic", "math", "solve_quadratic quadratic_roots =algebra.solve_quadratic quadratic_solver",
  "Solve ax^2 + bx + c = 0. | Roots of a quadratic equation.",
  [P("a", "coef", 1, "", "Coefficient of x^2"),
   P("b", "coef", 1, "", "Coefficient of x"),
   P("c", "coef", 1, "", "Constant term")],
  """!solve the quadratic (equation |)with a = {a}, b = {b}(,| and) c = {c}
  what are the roots of {a}x^2 + {b}x + {c} = 0?
  !find the roots (when|if) a is {a}, b is {b} and c is {c}
  !solve_quadratic a={a} b={b} c={c}""")

F("math.factorial", "math", "calculate_factorial factorial =math.factorial",
  "Factorial of a non-negative integer. | n!",
  [P("n", "fact_n", 1, "number num", "The integer")],
  """what's {n} factorial?
  !(calculate|compute) the factorial of {n}
  !{n}!
  what is the factorial of {n}?""",
  par="""what are the factorials of {n} and {n^}?""")

F("math.gcd", "math", "calculate_gcd greatest_common_divisor =math.gcd",
  "Greatest common divisor of two integers. | GCD / HCF.",
  [P("a", "nat", 1, "x num1 first", "First integer"),
   P("b", "nat", 1, "y num2 second", "Second integer")],
  """what's the (gcd|GCD|greatest common divisor|highest common factor) of {a} and {b}?
  !(find|calculate|compute) the gcd of {a} and {b}
  !gcd({a}, {b})""", similar="math.lcm")

F("math.lcm", "math", "calculate_lcm least_common_multiple =math.lcm",
  "Least common multiple of two integers. | LCM.",
  [P("a", "nat", 1, "x num1", "First integer"),
   P("b", "nat", 1, "y num2", "Second integer")],
  """what's the (lcm|LCM|least common multiple|lowest common multiple) of {a} and {b}?
  !(find|compute) the lcm of {a} and {b}""", similar="math.gcd")

F("math.is_prime", "math", "is_prime check_prime =math.is_prime primality_test",
  "Check whether an integer is prime. | Primality test.",
  [P("number", ints(2, 100000), 1, "n num", "Integer to test")],
  """is {number} (a |)prime( number|)?
  !check (if|whether) {number} is prime
  !is_prime({number})""",
  par="""are {number} and {number^} prime?""", similar="math.prime_factors")

F("math.prime_factors", "math", "prime_factors factorize =math.prime_factors prime_factorization",
  "Prime factorization of an integer. | Factor a number into primes.",
  [P("number", ints(2, 100000), 1, "n num", "Integer")],
  """what are the prime factors of {number}?
  !(factor|factorize) {number}
  !prime factorization of {number}""", similar="math.is_prime")

F("math.fibonacci", "math", "fibonacci fib_sequence =math.fibonacci nth_fibonacci",
  "Fibonacci numbers. | First n terms of the Fibonacci sequence.",
  [P("n", ints(1, 60), 1, "terms count", "How many terms")],
  """!(give me|list|generate) the first {n} fibonacci numbers
  what's the {n}th fibonacci number?
  !fibonacci({n})""")

F("finance.compound_interest", "math", "compound_interest calculate_compound_interest =finance.compound_interest",
  "Future value with compound interest. | Compound interest calculator.",
  [P("principal", "amount", 1, "initial_amount p amount", "Starting amount"),
   P("rate", "rate", 1, "annual_rate interest_rate r", "Annual interest rate in percent"),
   P("years", ints(1, 40), 1, "time t duration", "Number of years"),
   P("compounds_per_year", pick_ints([1, 2, 4, 12, 365]), 0, "n frequency", "Compounding periods per year", default=1)],
  """how much will ${principal} grow to at {rate}% (interest |)(for|over|after) {years} years[ compounded {compounds_per_year} times a year]?
  !(calculate|compute) compound interest on {principal} at {rate} percent for {years} years[, compounding {compounds_per_year} times per year]
  if I invest {principal} at {rate}% for {years} years, what do I end up with?""", similar="finance.simple_interest")

F("finance.simple_interest", "math", "simple_interest calculate_simple_interest =finance.simple_interest",
  "Simple interest: principal * rate * time. | Interest without compounding.",
  [P("principal", "amount", 1, "amount p", "Principal"),
   P("rate", "rate", 1, "annual_rate r", "Annual rate in percent"),
   P("years", ints(1, 30), 1, "time t", "Years")],
  """what's the simple interest on ${principal} at {rate}% for {years} years?
  !(calculate|compute) simple interest: principal {principal}, rate {rate}%, time {years} years""", similar="finance.compound_interest")

F("finance.loan_payment", "math", "loan_payment monthly_payment =finance.loan_payment mortgage_calculator",
  "Monthly payment for a fixed-rate loan. | Mortgage/loan calculator.",
  [P("principal", "big", 1, "loan_amount amount", "Loan amount"),
   P("annual_rate", "rate", 1, "rate interest_rate", "Annual interest rate in percent"),
   P("years", pick_ints([3, 5, 10, 15, 20, 25, 30]), 1, "term term_years", "Loan term in years")],
  """what's the monthly payment on a ${principal} loan at {annual_rate}% for {years} years?
  !(calculate|compute) the (mortgage |loan |)payment for {principal} at {annual_rate} percent over {years} years
  how much would I pay per month (on|for) a {years}-year {principal} mortgage at {annual_rate}%?""")

F("math.percentage", "math", "calculate_percentage percent_of =math.percentage what_percent",
  "What percentage one number is of another. | part / whole * 100.",
  [P("part", "posreal", 1, "value numerator", "The part"),
   P("whole", "posreal", 1, "total denominator", "The whole")],
  """what percent(age|) (of {whole} is {part}|is {part} of {whole})?
  !express {part} (out of|as a percentage of) {whole}
  {part} is what percent of {whole}?""", similar="math.percent_of")

F("math.percent_of", "math", "percent_of_number take_percent =math.percent_of",
  "Compute a percentage of a number. | X% of Y.",
  [P("percent", "percent", 1, "pct rate", "Percentage"),
   P("number", "posreal", 1, "value of", "The number")],
  """what's {percent}% of {number}?
  !(calculate|compute|find) {percent} percent of {number}
  how much is {percent} percent of {number}?""", similar="math.percentage")

F("tip.calculate", "math", "calculate_tip tip_calculator =tip.calculate split_bill",
  "Tip and per-person share for a bill. | Tip calculator.",
  [P("bill", "small_amount", 1, "amount total bill_amount", "Bill total"),
   P("tip_percent", "tip_pct", 0, "tip percent", "Tip percentage", default=15),
   P("split", "people", 0, "people ways", "Split between this many people")],
  """how much (should I tip|is the tip) on (a |)${bill}( bill|)[ at {tip_percent}%]?
  !(calculate|figure out) (a |the |){tip_percent}% tip on {bill}[ split {split} ways]
  !split a ${bill} bill (between|among) {split}( people|)[ with a {tip_percent} percent tip]""")

F("stats.mean", "math", "calculate_mean average =stats.mean mean",
  "Arithmetic mean of a list of numbers. | Average.",
  [P("numbers", listof(kind("posreal"), 3, 7), 1, "values data nums", "Numbers")],
  """what's the (average|mean) of {numbers}?
  !(calculate|compute|find) the (mean|average) of {numbers}
  !average {numbers}""", similar="stats.median stats.summary")

F("stats.median", "math", "calculate_median median =stats.median",
  "Median of a list of numbers. | Middle value.",
  [P("numbers", listof(kind("posreal"), 3, 7), 1, "values data", "Numbers")],
  """what's the median of {numbers}?
  !(find|calculate) the median (of|for) {numbers}""", similar="stats.mean stats.summary")

F("stats.std_dev", "math", "standard_deviation calculate_std =stats.std_dev stdev",
  "Standard deviation of a list of numbers. | Spread of the data.",
  [P("numbers", listof(kind("posreal"), 3, 7), 1, "values data", "Numbers"),
   P("sample", "bool", 0, "is_sample ddof", "Use the sample (n-1) formula")],
  """what's the standard deviation of {numbers}?
  !(calculate|compute) the[ sample{sample:=true}] standard deviation (of|for) {numbers}
  !std dev of {numbers}[ (treating it as a sample|as a sample){sample:=true}]
  !population standard deviation of {numbers}{sample:=false}""", similar="stats.summary")

F("stats.mode", "math", "calculate_mode mode_of =stats.mode most_common_value",
  "Most frequent value in a list. | Statistical mode.",
  [P("numbers", listof(kind("small_int"), 4, 8), 1, "values data", "Numbers")],
  """what's the mode of {numbers}?
  !find the most common (number|value) in {numbers}""")

F("stats.correlation", "math", "correlation pearson_correlation =stats.correlation correlate",
  "Pearson correlation between two lists. | How related are two series?",
  [P("x", listof(kind("real"), 3, 5), 1, "series_a first", "First series"),
   P("y", listof(kind("real"), 3, 5), 1, "series_b second", "Second series")],
  """what's the correlation between {x} and {y}?
  !(calculate|compute) the pearson correlation of x = {x} and y = {y}""")

F("stats.summary", "math", "describe_data summary_statistics =stats.describe data_summary",
  "Summary statistics (min, max, mean, median, std) of numbers. | Describe a dataset.",
  [P("numbers", listof(kind("posreal"), 4, 8), 1, "values data", "Numbers")],
  """!(describe|summarize) (the data |these numbers:? |){numbers}
  !give me summary stats for {numbers}""", similar="stats.mean stats.median stats.std_dev")

F("prob.combinations", "math", "combinations n_choose_k =math.combinations binomial_coefficient",
  "Number of ways to choose k items from n (order doesn't matter). | nCk.",
  [P("n", ints(1, 60), 1, "total", "Total items"),
   P("k", ints(0, 20), 1, "r choose", "Items chosen")],
  """how many ways (can I|to) choose {k} (items |things |)(from|out of) {n}?
  !(calculate|compute) {n} choose {k}
  what's C({n}, {k})?""", similar="prob.permutations")

F("prob.permutations", "math", "permutations n_permute_k =math.permutations arrangements",
  "Number of ordered arrangements of k items from n. | nPk.",
  [P("n", ints(1, 30), 1, "total", "Total items"),
   P("k", ints(0, 12), 1, "r", "Items arranged")],
  """how many (ways to arrange|permutations of) {k} (items |)(from|out of) {n}?
  !(calculate|compute) the permutations of {n} taken {k} at a time
  what's P({n}, {k})?""", similar="prob.combinations")

F("prob.binomial", "math", "binomial_probability prob_binomial =stats.binomial",
  "Probability of exactly k successes in n trials. | Binomial distribution.",
  [P("n", ints(1, 100), 1, "trials", "Number of trials"),
   P("k", ints(0, 50), 1, "successes", "Number of successes"),
   P("p", "prob", 1, "probability p_success", "Probability of success per trial")],
  """what's the probability of (exactly |getting ){k} successes in {n} trials (with|if) p = {p}?
  !(calculate|compute) the binomial probability for n={n}, k={k}, p={p}
  if each try succeeds with probability {p}, what are the odds of {k} out of {n}?""")

F("math.power", "math", "calculate_power power =math.power exponentiate",
  "Raise a number to a power. | base ^ exponent.",
  [P("base", "real", 1, "x number", "Base"),
   P("exponent", ints(-10, 20), 1, "power exp", "Exponent")],
  """what's {base} to the power of {exponent}?
  !(calculate|compute|raise) {base} (to the|^) {exponent}( power|)
  {base}^{exponent}?""")

F("math.sqrt", "math", "square_root sqrt =math.sqrt",
  "Square root of a number. | sqrt(x).",
  [P("number", "posreal", 1, "x value", "Number")],
  """what's the square root of {number}?
  !(calculate|compute|find) the square root of {number}
  !sqrt {number}""",
  par="""what are the square roots of {number} and {number^}?""", similar="math.power")

F("math.log", "math", "logarithm calculate_log =math.log log",
  "Logarithm of a number in a given base. | log_b(x).",
  [P("number", "posreal", 1, "x value", "Number"),
   P("base", pick_ints([2, 10, 3, 5, 16]), 0, "b", "Base; natural log if omitted")],
  """what's (the log|log) of {number}[ (in|with) base {base}]?
  !(calculate|compute) log base {base} of {number}
  !natural log of {number}""")

F("math.round", "math", "round_number round =math.round",
  "Round a number to some decimal places. | Rounding.",
  [P("number", "real", 1, "x value", "Number"),
   P("decimals", "decimals", 0, "places digits ndigits", "Decimal places", default=0)],
  """!round {number} to {decimals} decimal places
  what's {number} rounded( to the nearest whole number|)?
  !round {number}""")

F("math.base_convert", "math", "convert_base number_base =math.base_convert radix_convert",
  "Convert an integer between number bases. | Binary, octal, decimal, hex.",
  [P("number", strings(compose("{n3}", "{n4}", "1011", "11111111", "ff", "7f", "777", "1A3F", "101010")), 1, "value digits", "Number as text"),
   P("from_base", "base_n", 1, "source_base from", "Base of the input"),
   P("to_base", "base_n", 1, "target_base to", "Base of the output")],
  """!convert {number} from base {from_base} to base {to_base}
  what's {number} (in base|base) {from_base} in base {to_base}?
  {number} (base {from_base}) to base {to_base}?""")

F("math.roman", "math", "to_roman_numerals roman_numeral =math.roman int_to_roman",
  "Convert an integer to Roman numerals. | 1994 -> MCMXCIV.",
  [P("number", ints(1, 3999), 1, "n value", "Integer")],
  """what's {number} in roman numerals?
  !(convert|write) {number} (to|as|in) roman numerals
  how do you write {number} with roman numerals?""")

F("calculus.derivative", "math", "derivative differentiate =calculus.derivative compute_derivative",
  "Derivative of a function, optionally evaluated at a point. | d/dx.",
  [P("function", "func_expr", 1, "f expression expr", "Function of x, e.g. {ex}"),
   P("x", "real", 0, "at point", "Evaluate the derivative at this x")],
  """what's the derivative of {function}[ at x = {x}]?
  !(differentiate|take the derivative of) {function}[ and evaluate it at {x}]
  !d/dx of {function}[ at {x}]""", similar="calculus.integral")

F("calculus.integral", "math", "definite_integral integrate =calculus.integrate compute_integral",
  "Definite integral of a function between two bounds. | Area under a curve.",
  [P("function", "func_expr", 1, "f expression expr", "Function of x"),
   P("lower", "real", 1, "a from start", "Lower bound"),
   P("upper", "real", 1, "b to end", "Upper bound")],
  """!integrate {function} from {lower} to {upper}
  what's the integral of {function} (between|from) {lower} (and|to) {upper}?
  !(compute|calculate) the definite integral of {function} with bounds {lower} and {upper}""", similar="calculus.derivative")

F("random.number", "math", "random_number random_int =random.randint pick_number",
  "Pick a random integer in a range. | Random number generator.",
  [P("min", ints(0, 100), 1, "low lower start", "Lowest value"),
   P("max", ints(101, 10000), 1, "high upper end", "Highest value"),
   P("count", "count", 0, "n how_many", "How many numbers")],
  """!(pick|give me|generate) a random number between {min} and {max}
  !(pick|generate) {count} random numbers from {min} to {max}
  random number {min}-{max}?""")

F("dice.roll", "math", "roll_dice dice =dice.roll roll",
  "Roll dice. | Simulate rolling N dice with S sides.",
  [P("sides", "dice_sides", 0, "faces die", "Sides per die", default=6),
   P("count", "few", 0, "dice n number", "How many dice", default=1)],
  """!roll (a die|the dice|a dice)
  !roll {count} d{sides}
  !roll {count} dice[ with {sides} sides]
  !roll a {sides}-sided die""")

F("stats.zscore", "math", "z_score standard_score =stats.zscore",
  "Z-score of a value given the mean and standard deviation. | Standardize a value.",
  [P("value", "real", 1, "x", "Value"),
   P("mean", "real", 1, "mu average", "Mean"),
   P("std_dev", "posreal", 1, "sigma sd", "Standard deviation")],
  """what's the z-score of {value} (if|when|with) (the |)mean (is |){mean} and (standard deviation|sd|std) (is |){std_dev}?
  !(calculate|compute) the z score for x = {value}, mean {mean}, sd {std_dev}""")

F("physics.speed", "math", "calculate_speed average_speed =physics.speed velocity",
  "Average speed from distance and time. | distance / time.",
  [P("distance", "posreal", 1, "d dist", "Distance"),
   P("time", "posreal", 1, "t duration", "Time"),
   P("unit", strings(["km/h", "mph", "m/s"]), 0, "units", "Unit of the result")],
  """what's the (average |)speed if I (go|travel|drive|cover) {distance} (km|miles|meters) in {time} (hours|minutes|seconds)[ in {unit}]?
  !(calculate|compute) (the |)speed for distance {distance} and time {time}[ ({unit})]""")

F("physics.force", "math", "calculate_force newton_force =physics.force f_equals_ma",
  "Force from mass and acceleration. | F = m * a.",
  [P("mass", "posreal", 1, "m mass_kg", "Mass in kg"),
   P("acceleration", "posreal", 1, "a accel", "Acceleration in m/s^2")],
  """what force is needed to accelerate {mass} kg at {acceleration} m/s²?
  !(calculate|compute) the force for mass {mass} and acceleration {acceleration}
  F = m a with m={mass}, a={acceleration}?""")

F("physics.kinetic_energy", "math", "kinetic_energy calculate_kinetic_energy =physics.kinetic_energy",
  "Kinetic energy of a moving mass. | 0.5 * m * v^2.",
  [P("mass", "posreal", 1, "m", "Mass in kg"),
   P("velocity", "posreal", 1, "v speed", "Velocity in m/s")],
  """what's the kinetic energy of a {mass} kg object (moving|going) at {velocity} m/s?
  !(calculate|compute) kinetic energy: mass {mass}, velocity {velocity}""")

F("finance.roi", "math", "calculate_roi return_on_investment =finance.roi",
  "Return on investment in percent. | (final - initial) / initial.",
  [P("initial", "amount", 1, "cost invested start", "Initial investment"),
   P("final", "amount", 1, "value end", "Final value")],
  """what's the ROI if I (invested|put in) ${initial} and (it's now worth|got back|ended with) ${final}?
  !(calculate|compute) (the |)return on investment (from|for) {initial} to {final}""")

F("finance.discount", "math", "apply_discount discounted_price =finance.discount sale_price",
  "Price after a percentage discount. | Sale price calculator.",
  [P("price", "price", 1, "original_price amount", "Original price"),
   P("discount_percent", pick_ints([5, 10, 15, 20, 25, 30, 33, 40, 50, 60, 70]), 1, "discount percent off", "Discount in percent")],
  """what's ${price} with {discount_percent}% off?
  !(calculate|work out) the (sale |)price of {price} after a {discount_percent} percent discount
  how much is a {price} dollar item at {discount_percent}% off?""")

# ================================================================ families: web, utilities, entertainment, misc

F("web.search", "web", "web_search search_web =web.search google internet_search",
  "Search the web. | Run a web search and return the top results. | Look something up online.",
  [P("query", "search_query", 1, "q text keywords", "Search query"),
   P("num_results", "n20", 0, "limit count", "Number of results", default=5)],
  """!(search|google|look up) {query}( online| on the web|)
  !search the web for "{query}"[, top {num_results}]
  !(find|get) (me |)(some |)results for {query}
  !google "{query}\"""", catch_all=True)

F("wiki.summary", "web", "wikipedia_summary wiki_lookup =wikipedia.summary encyclopedia",
  "Get the Wikipedia summary of a topic. | Encyclopedia lookup.",
  [P("topic", strings(compose("{city}", "{person_hist}", "{company}", "{book}", "{animal}", "the Roman Empire",
                              "photosynthesis", "quantum computing", "the French Revolution", "{country}")), 1, "title query", "Article title"),
   P("language", E("en: English; fr: French; de: German; es: Spanish"), 0, "lang", "Wikipedia language", default="en")],
  """!(look up|search) {topic} on wikipedia
  what does wikipedia say about {topic}?
  !(get|give me) the wiki (summary|article) (for|on|of) {topic}[ in {language}]
  !wikipedia: {topic}""", catch_all=True)

F("calc.evaluate", "math", "calculate evaluate_expression =calc.eval calculator compute",
  "Evaluate an arithmetic expression. | Calculator.",
  [P("expression", "expression", 1, "expr formula input", "Expression, e.g. {ex}")],
  """what's {expression}?
  !(calculate|compute|evaluate|work out) {expression}
  {expression} = ?
  !calc {expression}""", catch_all=True)

F("qr.generate", "utilities", "generate_qr_code make_qr =qr.generate qr_code",
  "Generate a QR code image for text or a URL. | Make a QR code.",
  [P("data", strings(compose("{url}", "{ssid}", "{phone}", "{email}", "{msg_base}")), 1, "text content url", "What to encode"),
   P("size", pick_ints([128, 256, 300, 512, 1024]), 0, "pixels width", "Size in pixels", default=256),
   P("output", "imgpath", 0, "file path", "Where to save")],
  """!(make|generate|create) a QR code (for|of|that links to) {data}[ at {size} pixels][ (and save it as|to) {output}]
  !qr {data}
  !turn {data} into a QR code[, {size}px]""")

F("url.shorten", "utilities", "shorten_url url_shortener =url.shorten short_link",
  "Create a short link for a long URL. | URL shortener.",
  [P("url", "url", 1, "long_url link", "URL"),
   P("alias", "bword", 0, "slug custom_name", "Custom short name")],
  """!shorten {url}[ (as|with the alias) {alias}]
  !(make|give me) a short link for {url}
  !short url for {url}""",
  par="""!shorten {url} and {url^}""")

F("password.generate", "utilities", "generate_password random_password =password.generate make_password",
  "Generate a random password. | Strong password generator.",
  [P("length", pick_ints([8, 10, 12, 16, 20, 24, 32, 40, 64]), 0, "len chars", "Length", default=16),
   P("symbols", "bool", 0, "special_chars include_symbols", "Include symbols"),
   P("count", "count", 0, "n how_many", "How many passwords")],
  """!generate a[ {length}-character] password[ (with|including) symbols{symbols:=true}]
  !(make|create|give me) (a |)(strong |random |)password(s|)[ that's {length} (characters|chars) long][ without symbols{symbols:=false}]
  !give me {count} random passwords[ of length {length}]
  I need a new password[, {length} chars]""")

F("uuid.generate", "utilities", "generate_uuid new_uuid =uuid.generate uuidgen",
  "Generate UUIDs. | Random identifiers.",
  [P("count", "count", 0, "n", "How many", default=1),
   P("version", E("4: v4|version 4|random; 7: v7|version 7|time-ordered; 1: v1|version 1"), 0, "", "UUID version", default=4)],
  """!(generate|make|give me) (a |)(new |)uuid[ ({version})]
  !uuidgen
  !give me {count} uuids[ ({version})]""")

F("image.generate", "utilities", "generate_image create_image =image.generate text_to_image draw",
  "Generate an image from a text prompt. | AI image generation.",
  [P("prompt", "image_prompt", 1, "description text", "What to draw"),
   P("size", E("square: square|1:1; landscape: landscape|wide|16:9; portrait: portrait|tall|9:16"), 0, "aspect aspect_ratio", "Shape"),
   P("count", "few", 0, "n images", "How many images")],
  """!(draw|generate|create|make) (an image of |a picture of |a |){prompt}[ in {size}]
  !generate {count} images of {prompt}[, {size}]
  !image: {prompt}[ ({size})]""")

F("text.summarize", "utilities", "summarize_text summarize =text.summarize make_summary",
  "Summarize a piece of text. | Shorten text to its key points.",
  [P("text", strings(compose("{long_text}. {long_text}", "{note}. {msg_base}")), 1, "input content", "Text to summarize"),
   P("max_words", pick_ints([10, 20, 25, 50, 100]), 0, "length", "Length limit")],
  """!summarize (this|the following)(:| -) "{text}"[ in {max_words} words]
  !tl;dr: "{text}\"
  !(give me|write) a[ {max_words}-word] summary of "{text}\"""", similar="doc.summarize")

F("tts.speak", "utilities", "text_to_speech speak =tts.say read_aloud",
  "Read text aloud with a synthetic voice. | Text to speech.",
  [P("text", "long_text", 1, "input words", "Text to speak"),
   P("voice", "voice", 0, "speaker", "Voice name"),
   P("speed", nums(0.5, 2.0, 1, 0.0), 0, "rate", "Playback speed")],
  """!(say|read aloud|speak) "{text}"[ in the {voice} voice][ at {speed}x speed]
  !read this out loud: {text}
  !tts "{text}"[ with {voice}]""")

F("unit.convert", "math", "convert_units unit_converter =units.convert measurement_convert",
  "Convert a value between units of measurement. | Length, weight, volume, speed units.",
  [P("value", "posreal", 1, "amount quantity", "Value"),
   P("from_unit", "unit_from", 1, "from source_unit", "Unit to convert from"),
   P("to_unit", "unit_to", 1, "to target_unit", "Unit to convert to")],
  """!convert {value} {from_unit} to {to_unit}
  how many {to_unit} (is|are|in) {value} {from_unit}?
  what's {value} {from_unit} in {to_unit}?
  {value} {from_unit} (to|in) {to_unit}""",
  par="""!convert {value} {from_unit} to {to_unit} and {value^} {from_unit} to {to_unit}""", similar="temperature.convert")

F("temperature.convert", "math", "convert_temperature temp_convert =temperature.convert",
  "Convert a temperature between Celsius, Fahrenheit and Kelvin.",
  [P("value", "real", 1, "temperature degrees temp", "Temperature"),
   P("from_scale", E("celsius: celsius|Celsius|°C|C; fahrenheit: fahrenheit|Fahrenheit|°F|F; kelvin: kelvin|Kelvin|K"), 1, "from from_unit", "Scale to convert from"),
   P("to_scale", E("celsius: celsius|Celsius|°C; fahrenheit: fahrenheit|Fahrenheit|°F; kelvin: kelvin|Kelvin"), 1, "to to_unit", "Scale to convert to")],
  """!convert {value} (degrees |){from_scale} to {to_scale}
  what's {value} {from_scale} in {to_scale}?
  {value} degrees {from_scale} (is|equals) how many degrees {to_scale}?""", similar="unit.convert")

F("movies.showtimes", "entertainment", "movie_showtimes find_showtimes =movies.showtimes cinema_times",
  "Showtimes for a movie near a city. | When is a film playing?",
  [P("movie", "movie", 1, "title film", "Movie title"),
   P("city", "city", 1, "location near", "City"),
   P("date", "date", 0, "day on", "Date", default="today")],
  """when is {movie} playing in {city}[ {date}]?
  !(find|show|get) (me |)showtimes for {movie} (in|near) {city}[ (on|for) {date}]
  where can I see {movie} in {city}[ {date}]?
  !{movie} showtimes {city}[ {date}]""", similar="movies.info movies.tickets")

F("movies.info", "entertainment", "movie_info film_details =movies.info imdb_lookup",
  "Details about a movie: cast, director, rating, runtime. | Film lookup.",
  [P("title", "movie", 1, "movie film", "Movie title"),
   P("year", ints(1940, 2025), 0, "release_year", "Release year")],
  """who (directed|is in|stars in) {title}[ ({year})]?
  !(tell me about|look up) the movie {title}[ from {year}]
  what's {title} rated?
  how long is {title}?
  is {title} any good?""", similar="movies.showtimes streaming.find")

F("movies.tickets", "entertainment", "buy_movie_tickets cinema_tickets =movies.book",
  "Buy movie tickets for a showing. | Book cinema seats.",
  [P("movie", "movie", 1, "title film", "Movie"),
   P("theater", strings(compose("AMC {city}", "Regal {last}", "the Alamo Drafthouse", "Cineworld {city}", "the {Word} Cinema", "Odeon {city}")), 0, "cinema venue", "Cinema"),
   P("time", "time", 1, "showtime at", "Showtime"),
   P("tickets", "people", 0, "quantity seats", "Number of tickets", default=1)],
  """!(buy|get|book) {tickets} tickets (for|to) {movie} at {time}[ at {theater}]
  !book (a ticket|tickets) for the {time} showing of {movie}[ at {theater}]
  !{tickets} seats for {movie}, {time}[, {theater}]""", similar="movies.showtimes events.tickets")

F("streaming.find", "entertainment", "where_to_watch find_streaming =streaming.search",
  "Find which streaming service has a movie or show. | Where can I watch it?",
  [P("title", strings(compose("{movie}", "{show}")), 1, "movie show", "Title"),
   P("country", "country", 0, "region", "Country")],
  """where can I (watch|stream) {title}[ in {country}]?
  is {title} on (netflix|any streaming service)[ in {country}]?
  !find (a |)streaming (options|service) for {title}""", similar="movies.info tv.episodes")

F("tv.episodes", "entertainment", "next_episode tv_schedule =shows.episodes episode_guide",
  "Episode guide for a TV show. | When is the next episode?",
  [P("show", "show", 1, "series title", "Show"),
   P("season", ints(1, 10), 0, "", "Season")],
  """when is the next episode of {show}?
  !(list|show) (the |)episodes of {show}[ season {season}]
  how many (episodes|seasons) (does|of) {show}( have|)?""", similar="streaming.find")

F("books.search", "entertainment", "search_books find_book =books.search book_lookup",
  "Search books by title or author. | Book catalog lookup.",
  [P("query", strings(compose("{book}", "{author}")), 1, "title q", "Title or author"),
   P("format", E("ebook: ebook|e-book|kindle; audiobook: audiobook; paperback: paperback; hardcover: hardcover|hardback"), 0, "edition", "Format")],
  """!(find|search for|look up) (the book |books by |){query}[ (as an|in) {format}]
  is {query} available (as an|in) {format}?
  !books: {query}""", similar="library.hold")

F("library.hold", "entertainment", "place_hold library_reserve =library.hold",
  "Place a hold on a library book. | Reserve a book at the library.",
  [P("title", "book", 1, "book", "Book title"),
   P("branch", strings(compose("{city} Central", "the {street} branch", "Main Library", "East Branch", "the downtown library")), 0, "library location", "Library branch")],
  """!(place a hold on|reserve) {title}[ at {branch}]
  !put {title} on hold[ at {branch}]
  can I borrow {title} from the library[ at {branch}]?""", similar="books.search")

F("events.search", "entertainment", "search_events find_events =events.search whats_on",
  "Find events (concerts, shows, festivals) in a city. | What's on this weekend?",
  [P("city", "city", 1, "location", "City"),
   P("category", "event_kind", 0, "type kind", "Kind of event"),
   P("date", "date", 0, "when on", "Date")],
  """what's (on|happening) in {city}[ {date}]?
  !(find|show me|look for) {category}s in {city}[ {date}]
  any {category}s in {city}[ {date}]?
  !events in {city}[ on {date}][ - {category}]""", similar="events.tickets sports.tickets")

F("events.tickets", "entertainment", "buy_event_tickets concert_tickets =events.tickets",
  "Buy tickets for a concert or show. | Event ticketing.",
  [P("event", strings(compose("{artist}", "{artist} concert", "Hamilton", "the {Word} Festival", "Cirque du Soleil", "{first} {last} comedy")), 1, "name performer", "Event or performer"),
   P("quantity", "qty", 1, "tickets count", "Number of tickets"),
   P("date", "date", 0, "on", "Date"),
   P("section", strings(["floor", "balcony", "orchestra", "GA", "VIP", "front row", "mezzanine"]), 0, "seating", "Section")],
  """!(buy|get|book) {quantity} tickets (for|to) {event}[ on {date}][ in the {section}]
  I want {quantity} tickets to see {event}[ {date}]
  !{quantity} x {event} tickets[, {section}]""", similar="events.search movies.tickets sports.tickets")

F("jobs.search", "lifestyle", "search_jobs find_jobs =jobs.search job_listings",
  "Search job listings. | Find open positions by title and location.",
  [P("title", "job", 1, "query role position", "Job title"),
   P("location", "city", 0, "city where", "Location"),
   P("remote", "bool", 0, "remote_only", "Remote only"),
   P("min_salary", "big", 0, "salary", "Minimum yearly salary")],
  """!(find|search for|look for) {title} jobs[ in {location}][ that pay at least {min_salary}]
  !remote {title} (jobs|positions|roles){remote:=true}
  any {title} openings[ in {location}]?
  !job search: {title}[, {location}][, remote{remote:=true}]""")

F("homes.search", "lifestyle", "search_homes real_estate_search =homes.search find_apartment",
  "Search homes or apartments for sale or rent. | Real-estate listings.",
  [P("city", "city_loc", 1, "location", "City"),
   P("listing", E("rent: for rent|to rent|rental|rent; sale: for sale|to buy|buy"), 1, "type purpose", "Rent or buy"),
   P("max_price", "big", 0, "budget price_max", "Maximum price"),
   P("bedrooms", "bedrooms", 0, "beds min_bedrooms", "Bedrooms")],
  """!(find|search|show me) (homes|houses|apartments|places) {listing} in {city}[ under ${max_price}][ with {bedrooms} bedrooms]
  !{bedrooms}-bedroom (apartments|places) {listing} in {city}[ up to {max_price}]
  what's (available|on the market) {listing} in {city}[ below {max_price}]?""")

F("car.remote", "lifestyle", "vehicle_control car_command =car.remote remote_start",
  "Remote commands for a connected car: lock, unlock, climate, honk. | Car app controls.",
  [P("command", E("lock: lock; unlock: unlock; start_climate: warm up|cool down|start the climate|precondition; honk: honk|beep; flash: flash the lights"), 1, "action", "Command"),
   P("vehicle", "vehicle", 0, "car", "Which car")],
  """!{command} (the car|my car)
  !{command} {vehicle}
  !please {command}[ {vehicle}] (remotely|from here)""", similar="lock.set")

F("car.status", "lifestyle", "vehicle_status car_battery =car.status ev_charge_level",
  "Charge level, range and location of a connected car. | How much charge does the car have?",
  [P("vehicle", "vehicle", 0, "car", "Which car")],
  """how much (charge|battery|range) does {vehicle} have( left|)?
  where did I park {vehicle}?
  !(check|show) (the |)(car|vehicle) status[ for {vehicle}]
  is the car charged?""")

F("pets.feed", "lifestyle", "feed_pet pet_feeder =pets.feed dispense_food",
  "Dispense food from the smart pet feeder. | Feed the cat or dog.",
  [P("pet", "pet", 0, "name", "Pet name"),
   P("portions", "few", 0, "cups amount", "Portions", default=1)],
  """!feed {pet}[ {portions} portions]
  !(feed|give food to) the (cat|dog)[, {portions} scoops]
  !dispense {portions} portions (for|to) {pet}""")

F("horoscope.get", "lifestyle", "daily_horoscope horoscope =astro.horoscope",
  "Daily horoscope for a zodiac sign. | Astrology reading.",
  [P("sign", E("aries: aries|Aries; taurus: taurus|Taurus; gemini: gemini|Gemini; cancer: cancer|Cancer; leo: leo|Leo; virgo: virgo|Virgo; libra: libra|Libra; scorpio: scorpio|Scorpio; sagittarius: sagittarius|Sagittarius; capricorn: capricorn|Capricorn; aquarius: aquarius|Aquarius; pisces: pisces|Pisces"), 1, "zodiac star_sign", "Zodiac sign"),
   P("day", E("today: today; tomorrow: tomorrow; week: this week"), 0, "when", "Which day", default="today")],
  """what's my horoscope[ {day}]? I'm (a |an |){sign}
  !(read|give me|show) the {sign} horoscope[ for {day}]
  !{sign} horoscope[ {day}]""")

F("flashcards.add", "lifestyle", "add_flashcard create_flashcard =flashcards.add",
  "Add a flashcard to a study deck. | Spaced-repetition card.",
  [P("front", strings(compose("{dword}", "capital of {country}", "{phrase}", "{word} in {language}")), 1, "question term", "Front side"),
   P("back", strings(compose("{dword}", "{city}", "{phrase}", "{bword}")), 1, "answer definition", "Back side"),
   P("deck", strings(compose("{language}", "vocab", "geography", "biology", "{project}")), 0, "collection", "Deck")],
  """!(add|make) a flashcard: "{front}" -> "{back}"[ (in|to) (my |the |){deck} deck]
  !new card[ in {deck}]: front "{front}", back "{back}\"""")

# ================================================================ families: files, archives, text

F("files.find", "files", "find_files search_files locate_files =files.find",
  "Find files whose names match a glob pattern. | Search a directory tree for files by name pattern. | Locate files matching a pattern, like `find -name`.",
  [P("pattern", "glob", 1, "name_pattern glob name", "Glob pattern such as {ex} | File name pattern"),
   P("directory", "dir", 0, "path root search_dir", "Where to start searching | Root directory, default the current one", default="."),
   P("recursive", "bool", 0, "recurse", "Descend into subdirectories", default=True),
   P("max_depth", "depth", 0, "depth maxdepth", "How many directory levels to descend")],
  """!find (all |every |)({pattern}|{pattern} files)[ (in|under|inside) {directory}][ (up to|at most) {max_depth} levels deep]
  !(search for|look for|locate) files (named|matching|called) {pattern}[ in {directory}][ but don't recurse{recursive:=false}]
  where are (the|my|all the) {pattern} files[ in {directory}]?
  !list every file matching {pattern}[ under {directory}][, max depth {max_depth}]
  any {pattern} files[ in {directory}]?
  !find {pattern} in {directory}[ (only in the top level|without going into subfolders){recursive:=false}]""",
  similar="files.find_recent files.find_large")

F("files.list", "files", "list_directory list_files ls_dir =ls list_dir",
  "List the contents of a directory. | Show the files and folders inside a directory. | Directory listing.",
  [P("path", "dir", 1, "directory dir folder", "Directory to list | Folder path, e.g. {ex}"),
   P("show_hidden", "bool", 0, "all include_hidden", "Include dotfiles"),
   P("sort", E("name: name|alphabetically; size: size; modified: modification time|date|last modified"), 0, "sort_by order_by", "Sort order", default="name"),
   P("long", "bool", 0, "detailed long_format", "Show sizes, permissions and dates")],
  """!(list|show|show me) (the files in|what's in|the contents of) {path}[ (including|with) hidden files{show_hidden:=true}][ sorted by {sort}]
  what's (in|inside) {path}?
  !ls {path}[ (with details|long format){long:=true}]
  ls[ -la{long:=true}{show_hidden:=true}] {path}
  !list {path}[ by {sort}][ with dotfiles{show_hidden:=true}][ in long format{long:=true}]
  which files are in {path}[, (hidden ones too|including hidden){show_hidden:=true}]?""")

F("files.copy", "files", "copy_file cp copy_files =files.copy duplicate_file",
  "Copy a file or directory to a new location. | Copy files, like cp. | Duplicate a file to a destination path.",
  [P("source", "path", 1, "src from_path", "File to copy | Source path"),
   P("destination", "dir", 1, "dest dst to_path target", "Where to put the copy | Destination path or directory"),
   P("overwrite", "bool", 0, "force", "Replace the destination if it exists", default=False),
   P("recursive", "bool", 0, "", "Copy directories recursively")],
  """!copy {source} to {destination}[ and overwrite (it|anything there){overwrite:=true}]
  !cp {source} {destination}
  !make a copy of {source} (in|at) {destination}
  !duplicate {source} into {destination}[, replacing existing files{overwrite:=true}]
  !copy (the folder|the directory) {source} (recursively |)to {destination}{recursive:=true}
  !(put|place) a copy of {source} in {destination}""",
  par="""!copy {source} to {destination} and {source^} to {destination}
  !copy {source} (into|to) both {destination} and {destination^}""")

F("files.move", "files", "move_file mv move_files =files.move relocate_file",
  "Move a file or directory. | Move (or rename) files, like mv. | Relocate a file to another path.",
  [P("source", "path", 1, "src from_path", "What to move"),
   P("destination", "dir", 1, "dest dst target", "New location"),
   P("overwrite", "bool", 0, "force", "Overwrite an existing destination", default=False)],
  """!move {source} to {destination}[, overwrite if needed{overwrite:=true}]
  !mv {source} {destination}
  !(relocate|shift) {source} into {destination}
  !put {source} in {destination}[ even if something is already there{overwrite:=true}]
  can you move {source} over to {destination}?""",
  par="""!move {source} and {source^} to {destination}""", similar="files.rename")

F("files.delete", "files", "delete_file remove_file rm delete_path =files.remove",
  "Delete a file or directory. | Remove files from disk. | Permanently delete a path.",
  [P("path", "path", 1, "target file", "Path to delete"),
   P("recursive", "bool", 0, "", "Delete directories and their contents"),
   P("force", "bool", 0, "", "Do not ask for confirmation, ignore missing files")],
  """!delete {path}[ without asking{force:=true}]
  !remove {path}[ (and everything in it|recursively){recursive:=true}]
  !rm {path}
  !rm -rf {path}{recursive:=true}{force:=true}
  !get rid of {path}
  !(trash|erase|wipe) {path}""",
  par="""!delete {path} and {path^}
  !rm {path} {path^}""", similar="files.trash")

F("files.trash", "files", "move_to_trash trash_file =trash send_to_trash",
  "Move a file to the trash instead of deleting it. | Send files to the recycle bin (recoverable).",
  [P("path", "path", 1, "file target", "File or folder to trash")],
  """!move {path} to the trash
  !(trash|recycle) {path}
  !send {path} to the (recycle bin|trash|bin)
  !throw {path} in the trash""")

F("files.mkdir", "files", "create_directory make_directory mkdir new_folder create_folder",
  "Create a directory. | Make a new folder, including missing parents if asked. | mkdir.",
  [P("path", "dir", 1, "directory dir name", "Directory to create"),
   P("parents", "bool", 0, "create_parents", "Also create missing parent directories")],
  """!(create|make) (a |the |)(directory|folder|dir) {path}
  !mkdir[ -p{parents:=true}] {path}
  !make a new folder called {path}[ (and any parent folders|including parents){parents:=true}]
  !set up a folder at {path}""",
  par="""!create folders {path} and {path^}
  !mkdir {path} {path^}""")

F("files.read", "files", "read_file cat_file show_file view_file =cat print_file",
  "Read a text file and return its contents. | Print the contents of a file. | Show what is in a file.",
  [P("path", "path", 1, "file filename", "File to read"),
   P("max_lines", "lines", 0, "lines limit head", "Only return this many lines from the top"),
   P("encoding", E("utf-8: utf-8|UTF-8|utf8; latin-1: latin-1|latin1|ISO-8859-1; utf-16: utf-16|UTF-16"), 0, "charset", "Text encoding", default="utf-8")],
  """!(show|show me|print|display|open and read) {path}
  !cat {path}
  what's in {path}?
  !read {path}[ as {encoding}]
  !show me the first {max_lines} lines of {path}
  !head -n {max_lines} {path}
  !(print|display) the contents of {path}[ (using|with) {encoding} encoding]""",
  similar="files.tail files.open")

F("files.tail", "files", "tail_file show_last_lines tail =files.tail follow_log",
  "Show the last lines of a file, optionally following new output. | tail: print the end of a file.",
  [P("path", "logpath", 1, "file", "File to read"),
   P("lines", "lines", 0, "n count num_lines", "Number of lines from the end", default=10),
   P("follow", "bool", 0, "", "Keep printing new lines as the file grows")],
  """!show the last {lines} lines of {path}
  !tail[ -n {lines}] {path}
  !tail -f {path}{follow:=true}
  !(follow|watch) {path}{follow:=true}[ starting from the last {lines} lines]
  what are the last {lines} lines (of|in) {path}?
  !show me the end of {path}[ and keep following it{follow:=true}]""", similar="files.read")

F("files.disk_usage", "files", "disk_usage folder_size du directory_size get_size",
  "Report how much disk space a file or directory uses. | Size of a folder on disk, like du.",
  [P("path", "path", 1, "directory target", "File or directory to measure"),
   P("human_readable", "bool", 0, "human", "Print sizes like 1.2G"),
   P("depth", "depth", 0, "max_depth", "Break down subdirectories to this depth")],
  """how (big|large) is {path}?
  !(check|show) (the size of|how much space) {path}( uses|)
  !du[ -h{human_readable:=true}] {path}
  how much (disk |)space does {path} take( up|)?
  !show the size of each folder in {path}{depth:=1}[ in human readable form{human_readable:=true}]
  !get the disk usage of {path}[ {depth} levels deep]""", similar="system.disk_free")

F("files.rename", "files", "rename_file rename =files.rename rename_path",
  "Rename a file in place. | Give a file or folder a new name (same directory).",
  [P("path", "path", 1, "file old_name source", "Current file path"),
   P("new_name", "fname", 1, "name to new", "New file name")],
  """!rename {path} to {new_name}
  !change the name of {path} to {new_name}
  {path} should be renamed {new_name}""", similar="files.move")

F("files.touch", "files", "create_file new_file touch make_file",
  "Create a new file, optionally with initial content. | Create an empty file (touch) or write text to a new file.",
  [P("path", "path", 1, "file filename", "Path of the new file"),
   P("content", "long_text", 0, "text body contents", "Initial text")],
  """!create (an empty |a new |a |)file (called |named |at |){path}
  !touch {path}
  !make a file {path} (containing|with the text|that says) "{content}"
  !create {path} with "{content}" in it
  !new file {path}""", similar="files.append")

F("files.append", "files", "append_to_file write_to_file append_text add_line",
  "Append text to the end of a file. | Add a line of text to a file, creating it if needed.",
  [P("path", "textpath", 1, "file", "File to append to"),
   P("text", "long_text", 1, "content line", "Text to append"),
   P("newline", "bool", 0, "add_newline", "End with a newline", default=True)],
  """!(append|add) "{text}" to {path}
  !add the line "{text}" (to the end of|at the bottom of) {path}
  !write "{text}" (at the end of|into) {path}
  !echo "{text}" >> {path}""", similar="files.touch")

F("files.checksum", "files", "compute_checksum file_hash checksum hash_file =sha256sum",
  "Compute a file's checksum. | Hash a file with md5, sha1 or sha256.",
  [P("path", "path", 1, "file", "File to hash"),
   P("algorithm", E("md5: md5|MD5; sha1: sha1|SHA-1|SHA1; sha256: sha256|SHA-256|sha-256|SHA256; sha512: sha512|SHA-512"), 0, "algo hash_type", "Hash algorithm", default="sha256")],
  """!(compute|calculate|get) the[ {algorithm}] (checksum|hash) of {path}
  what's the {algorithm} (hash|sum|checksum) (of|for) {path}?
  !{algorithm}sum {path}
  !hash {path}[ (with|using) {algorithm}]
  !verify {path} - I need its {algorithm} checksum""", similar="text.hash")

F("files.diff", "files", "diff_files compare_files file_diff =diff",
  "Show the differences between two text files. | Compare two files line by line.",
  [P("file_a", "textpath", 1, "first left old", "First file"),
   P("file_b", "textpath", 1, "second right new", "Second file"),
   P("context", "n20", 0, "context_lines unified", "Lines of context around changes", default=3),
   P("ignore_whitespace", "bool", 0, "ignore_space", "Ignore whitespace changes")],
  """!(diff|compare) {file_a} (and|with|against) {file_b}[ ignoring whitespace{ignore_whitespace:=true}]
  what's the difference between {file_a} and {file_b}?
  !diff[ -U{context}] {file_a} {file_b}
  !show (me |)how {file_a} differs from {file_b}[ with {context} lines of context]
  are {file_a} and {file_b} (different|the same)?""", similar="git.diff")

F("files.count_lines", "files", "count_lines line_count wc =wc_l count_words_in_file",
  "Count the lines (and words) in a file. | wc: line, word and byte counts.",
  [P("path", "textpath", 1, "file", "File to count"),
   P("unit", E("lines: lines|line; words: words|word; chars: characters|chars|bytes"), 0, "what count_type", "What to count", default="lines")],
  """how many {unit} (are in|does) {path}( have|)?
  !count the {unit} in {path}
  !wc -l {path}
  !count lines (in|of) {path}
  {path}: how many {unit}?""", similar="text.word_count")

F("files.symlink", "files", "create_symlink make_link ln_s symlink",
  "Create a symbolic link. | Make a symlink pointing at a target path.",
  [P("target", "path", 1, "source points_to", "Path the link points to"),
   P("link_name", "path", 1, "link name link_path", "Path of the new link")],
  """!(create|make) a (symlink|symbolic link|link) (from|called) {link_name} (to|pointing to|that points at) {target}
  !ln -s {target} {link_name}
  !link {link_name} to {target}
  !symlink {target} as {link_name}""")

F("files.find_large", "files", "find_large_files largest_files big_files =files.biggest",
  "Find the largest files under a directory. | List files bigger than a size threshold.",
  [P("directory", "dir", 1, "path root", "Directory to scan"),
   P("min_size", "size_str", 0, "larger_than threshold", "Only files larger than this, e.g. {ex}"),
   P("limit", "n50", 0, "top count", "How many files to list", default=10)],
  """!find (files |)(bigger|larger) than {min_size} in {directory}
  what are the {limit} (biggest|largest) files (in|under) {directory}?
  !(show|list) the (largest|biggest) files in {directory}[ over {min_size}]
  what's taking up (all the |)space in {directory}?
  !top {limit} largest files under {directory}""", similar="files.find files.disk_usage")

F("files.find_recent", "files", "recently_modified recent_files find_recent_files modified_since",
  "List files modified recently. | Find files changed within the last N days.",
  [P("directory", "dir", 1, "path root", "Directory to search"),
   P("days", "days", 0, "within_days since_days", "Modified within this many days", default=1),
   P("pattern", "glob", 0, "name", "Only names matching this glob")],
  """!(show|list|find) files (modified|changed|edited) in the last {days} days (in|under) {directory}
  which files in {directory} changed (recently|today)?
  !find[ {pattern}] files in {directory} modified in the past {days} days
  what did I (edit|change) in {directory}[ in the last {days} days]?
  !recent[ {pattern}] files in {directory}""", similar="files.find")

F("files.duplicates", "files", "find_duplicates duplicate_files dedupe_files find_dupes",
  "Find duplicate files by content. | Report files with identical contents under a directory.",
  [P("directory", "dir", 1, "path root", "Directory to scan"),
   P("delete", "bool", 0, "remove", "Delete the extra copies, keeping one")],
  """!find duplicate files in {directory}
  are there (any |)duplicates in {directory}?
  !(dedupe|deduplicate) {directory}{delete:=true}
  !look for identical files under {directory}[ and remove the extra copies{delete:=true}]""")

F("files.open", "files", "open_file open_with launch_file =open",
  "Open a file with the default (or a given) application. | Open a document in an app.",
  [P("path", "path", 1, "file", "File to open"),
   P("app", E("default: the default app|the default application; vscode: VS Code|vscode|code; vim: vim; preview: Preview; libreoffice: LibreOffice; gimp: GIMP; vlc: VLC"), 0, "application with", "Application to use", default="default")],
  """!open {path}[ (in|with) {app}]
  !launch {path}[ using {app}]
  !open up {path}[ in {app}]
  !edit {path} in {app}""", similar="files.read")

F("files.info", "files", "file_info stat_file file_stats =stat get_file_metadata",
  "Show metadata for a file: size, owner, permissions and timestamps. | stat a file.",
  [P("path", "path", 1, "file", "File to inspect")],
  """!stat {path}
  when was {path} (last modified|created)?
  who owns {path}?
  !show (the |)(metadata|details|info) (for|of|about) {path}
  what are the permissions on {path}?""")

F("archive.create", "archives", "create_archive compress_files zip_files make_archive =archive.create tar_create",
  "Create a zip or tar archive from files. | Pack files into an archive. | Compress files into a .zip or .tar.gz.",
  [P("output", "archpath", 1, "archive dest archive_name", "Archive file to create, e.g. {ex}"),
   P("files", listof(kind("path"), 1, 3), 1, "paths inputs sources", "Files and folders to include"),
   P("format", E("zip: zip|a zip; tar.gz: tar.gz|tarball|gzipped tar|tgz; tar.bz2: tar.bz2|bzip2; 7z: 7z|7-zip"), 0, "type archive_format", "Archive format", default="zip"),
   P("password", "password", 0, "passphrase", "Encrypt with this password")],
  """!(zip|compress|archive|pack) {files} into {output}[ as {format}]
  !create a[ {format}] archive {output} (with|containing|from) {files}
  !make {output} from {files}[ protected with password {password}]
  !tar up {files} as {output}
  !bundle {files} into[ a {format}] {output}""", similar="archive.gzip")

F("archive.extract", "archives", "extract_archive unzip untar decompress =archive.extract unpack",
  "Extract a zip or tar archive. | Unpack an archive into a directory.",
  [P("archive", "archpath", 1, "file path source", "Archive to extract"),
   P("destination", "dir", 0, "dest output_dir into", "Directory to extract into", default="."),
   P("password", "password", 0, "", "Password for encrypted archives")],
  """!(extract|unzip|unpack|decompress|untar) {archive}[ (to|into) {destination}]
  !unzip {archive}[ -d {destination}]
  !open up the archive {archive}[ in {destination}]
  !extract {archive} into {destination}[ (with|using) (the |)password {password}]""")

F("archive.list", "archives", "list_archive archive_contents zip_list peek_archive",
  "List the files inside an archive without extracting. | Show what an archive contains.",
  [P("archive", "archpath", 1, "file path", "Archive to inspect")],
  """what's (in|inside) {archive}?
  !list (the |)contents of {archive}
  !show the files in {archive} without extracting( it|)
  !peek inside {archive}""")

F("archive.gzip", "archives", "gzip_file compress_file gzip =gzip",
  "Compress a single file with gzip. | gzip a file in place.",
  [P("path", "path", 1, "file", "File to compress"),
   P("level", "level", 0, "compression_level", "Compression level 1-9", default=6),
   P("keep", "bool", 0, "keep_original", "Keep the original file")],
  """!gzip {path}[ at level {level}]
  !compress {path} with gzip[ (but keep the original|and keep the original){keep:=true}]
  !gzip[ -k{keep:=true}] {path}""", similar="archive.create")

F("text.grep", "text", "search_text grep find_in_files =grep grep_files text_search search_in_files",
  "Search file contents for a pattern. | grep: find lines matching a regular expression. | Search text in files.",
  [P("pattern", "pattern", 1, "query regex text", "Text or regex to look for"),
   P("path", "dir", 0, "directory files in", "File or directory to search", default="."),
   P("ignore_case", "bool", 0, "case_insensitive i", "Match regardless of case"),
   P("recursive", "bool", 0, "", "Search subdirectories"),
   P("line_numbers", "bool", 0, "show_line_numbers", "Print line numbers")],
  """!(search|look) for "{pattern}" in {path}[ (ignoring case|case-insensitively){ignore_case:=true}]
  !grep[ -i{ignore_case:=true}][ -r{recursive:=true}][ -n{line_numbers:=true}] '{pattern}' {path}
  !grep for {pattern}[ in {path}]
  which files (in {path} |)(contain|mention) "{pattern}"?
  !find (every|all) (occurrences|lines|places) (of|with) "{pattern}"[ in {path}][ with line numbers{line_numbers:=true}]
  where do I use "{pattern}"[ (in|under) {path}]?""")

F("text.replace", "text", "replace_in_file find_and_replace sed_replace substitute_text",
  "Replace text in a file. | Find and replace a string in a file, like sed -i.",
  [P("path", "textpath", 1, "file", "File to edit"),
   P("find", "pattern", 1, "search old pattern", "Text to find"),
   P("replace", "bword", 1, "replacement new with", "Replacement text"),
   P("all", "bool", 0, "global replace_all", "Replace every occurrence, not just the first", default=True)],
  """!replace "{find}" with "{replace}" in {path}
  !in {path}, (change|swap) "{find}" (to|for) "{replace}"
  !(find and replace|substitute) "{find}" -> "{replace}" in {path}[ (only the first occurrence|just the first one){all:=false}]
  !sed -i 's/{find}/{replace}/g' {path}""")

F("text.sort_lines", "text", "sort_lines sort_file =sort order_lines",
  "Sort the lines of a text file. | Sort a file's lines, optionally unique or reversed.",
  [P("path", "textpath", 1, "file", "File to sort"),
   P("reverse", "bool", 0, "descending", "Sort in reverse order"),
   P("unique", "bool", 0, "dedupe uniq", "Drop duplicate lines"),
   P("numeric", "bool", 0, "", "Compare as numbers")],
  """!sort (the lines (of|in) |){path}[ in reverse{reverse:=true}][ and remove duplicates{unique:=true}]
  !sort[ -r{reverse:=true}][ -u{unique:=true}][ -n{numeric:=true}] {path}
  !(alphabetize|order) {path}[ (numerically|by number){numeric:=true}]
  !sort {path} (descending|from z to a){reverse:=true}
  !dedupe and sort {path}{unique:=true}""")

F("text.json_query", "text", "query_json jq json_query =jq extract_json_field",
  "Query a JSON file with a jq filter. | Extract values from JSON with jq syntax.",
  [P("file", "jsonpath", 1, "path input", "JSON file"),
   P("filter", strings(compose(".{column}", ".[] | .{column}", ".{word}.{column}", ".[0]", "keys", "length",
                                          ".{word}[] | select(.{column} > {n2})", ".dependencies", ".version", ".items | length")), 1,
     "query expression jq_filter", "jq filter, e.g. .name"),
   P("raw", "bool", 0, "raw_output", "Print strings without quotes")],
  """!run jq '{filter}' on {file}
  !jq[ -r{raw:=true}] '{filter}' {file}
  !(get|extract|pull) `{filter}` (from|out of) {file}
  !apply the filter {filter} to {file}[ with raw output{raw:=true}]""")

F("text.csv_column", "text", "csv_column extract_column csv_select cut_column",
  "Extract one or more columns from a CSV file. | Select columns of a CSV.",
  [P("file", "csvpath", 1, "path csv", "CSV file"),
   P("columns", listof(kind("column"), 1, 3), 1, "fields cols", "Column names to keep"),
   P("delimiter", E("comma: comma|commas; semicolon: semicolon|semicolons; tab: tab|tabs; pipe: pipe|pipes"), 0, "sep separator", "Field separator", default="comma")],
  """!(extract|get|pull out|show) the {columns} column(s|) (from|of) {file}
  !select {columns} from {file}[ (it's|it is) {delimiter}-separated]
  !cut the {columns} (column|columns) out of {file}[, fields are separated by {delimiter}]""")

F("text.base64", "text", "base64 base64_convert encode_base64 =b64",
  "Base64-encode or decode a string. | Convert text to or from base64.",
  [P("text", strings(compose("{word}:{password}", "hello world", "{msg_base}", "aGVsbG8gd29ybGQ=", "dXNlcjpwYXNz",
                             "{email}", "eyJhbGciOiJIUzI1NiJ9", "{url}")), 1, "input data value", "Text to convert"),
   P("mode", E("encode: encode|encoding; decode: decode|decoding"), 1, "action direction", "encode or decode")],
  """!base64 {mode} "{text}"
  !{mode} "{text}" (as|from|with) base64
  what's "{text}" (in|after) base64 {mode}?
  !run base64 {mode}( on|) {text}""")

F("text.hash", "text", "hash_string hash_text string_digest =hash",
  "Hash a string with md5, sha1 or sha256. | Digest of a piece of text.",
  [P("text", "long_text", 1, "input value string", "Text to hash"),
   P("algorithm", E("md5: md5|MD5; sha1: sha1|SHA-1; sha256: sha256|SHA-256|sha-256"), 0, "algo", "Hash algorithm", default="sha256")],
  """!hash the (string|text) "{text}"[ with {algorithm}]
  what's the {algorithm} (hash|digest) of "{text}"?
  !{algorithm} "{text}"
  !give me the {algorithm} of the text "{text}" please""", similar="files.checksum")

F("text.word_count", "text", "word_count count_words =text.wc words_in_text",
  "Count words and characters in a piece of text. | Word counter for text you paste.",
  [P("text", "long_text", 1, "input content", "The text")],
  """how many words (are in|is) "{text}"?
  !count the words in "{text}"
  !word count for: "{text}"
  how long is "{text}" in (words|characters)?""", similar="files.count_lines doc.word_count")

# ================================================================ families: git

F("git.status", "git", "git_status repo_status =git.status show_git_status",
  "Show the working tree status of a git repository. | git status: staged, unstaged and untracked changes.",
  [P("repo_path", "dir", 0, "path repo directory", "Repository path", default="."),
   P("short", "bool", 0, "", "Short format")],
  """!git status[ in {repo_path}]
  what's changed (in|under) {repo_path}?
  !show (me |)the git status[ of {repo_path}][ in short format{short:=true}]
  (do I have|are there) (any |)uncommitted changes[ in {repo_path}]?
  git st[ -s{short:=true}]""")

F("git.commit", "git", "git_commit commit_changes =git.commit make_commit",
  "Record staged changes with a commit message. | git commit. | Commit changes to the repository.",
  [P("message", "commit_msg", 1, "msg m commit_message", "Commit message"),
   P("all", "bool", 0, "stage_all a", "Stage all modified tracked files first"),
   P("amend", "bool", 0, "", "Amend the previous commit")],
  """!commit (with (the |)message|with msg|saying|as) "{message}"
  !git commit[ -a{all:=true}] -m "{message}"
  !commit (everything|all changes|all my changes){all:=true} (with|as) "{message}"
  !amend the last commit (with|to say) "{message}"{amend:=true}
  !make a commit: {message}
  !save my work with commit message '{message}'""")

F("git.checkout", "git", "git_checkout switch_branch =git.switch checkout_branch",
  "Switch to another branch. | git checkout / git switch, optionally creating the branch.",
  [P("branch", "branch", 1, "name ref target", "Branch to switch to"),
   P("create", "bool", 0, "new b", "Create the branch first")],
  """!(switch|change) to (the |)(branch |){branch}( branch|)
  !checkout {branch}
  !git checkout[ -b{create:=true}] {branch}
  !git switch[ -c{create:=true}] {branch}
  !(create and switch to|start a new branch called) {branch}{create:=true}
  !go to branch {branch}""", similar="git.create_branch")

F("git.create_branch", "git", "create_branch new_branch git_branch =git.branch",
  "Create a new branch without switching to it. | git branch <name> [start point].",
  [P("name", "branch", 1, "branch branch_name", "Name of the new branch"),
   P("from_ref", "branch", 0, "start_point base from", "Branch or commit to start from")],
  """!create a (new |)branch (called |named |){name}[ (from|off|based on) {from_ref}]
  !git branch {name}[ {from_ref}]
  !make branch {name}[ off {from_ref}]
  !branch off {from_ref} into {name}""", similar="git.checkout")

F("git.push", "git", "git_push push_changes =git.push push_branch",
  "Push commits to a remote. | git push, optionally forcing or setting upstream.",
  [P("remote", "remote", 0, "", "Remote name", default="origin"),
   P("branch", "branch", 0, "ref", "Branch to push"),
   P("force", "bool", 0, "", "Force push (with lease)"),
   P("set_upstream", "bool", 0, "u upstream", "Set the upstream branch")],
  """!push[ {branch}][ to {remote}]
  !git push[ -u{set_upstream:=true}][ {remote}][ {branch}]
  !(force push|force-push){force:=true}[ {branch}][ to {remote}]
  !push my (changes|commits)[ to {remote}]
  !push {branch} to {remote} and set upstream{set_upstream:=true}
  !ship it - push[ {branch}]""")

F("git.pull", "git", "git_pull pull_changes =git.pull sync_branch",
  "Fetch and integrate changes from a remote. | git pull, optionally with rebase.",
  [P("remote", "remote", 0, "", "Remote name", default="origin"),
   P("branch", "branch", 0, "ref", "Branch to pull"),
   P("rebase", "bool", 0, "", "Rebase instead of merge")],
  """!pull[ {branch}][ from {remote}]
  !git pull[ --rebase{rebase:=true}][ {remote}][ {branch}]
  !(get|fetch and merge) the latest (changes|commits)[ from {remote}][ on {branch}]
  !pull with rebase{rebase:=true}[ from {remote}]
  !update my branch[ from {remote}][ using rebase{rebase:=true}]""")

F("git.clone", "git", "git_clone clone_repo =git.clone clone_repository",
  "Clone a git repository. | Download a repository with git clone.",
  [P("url", "repo_url", 1, "repo repository source", "Repository URL"),
   P("directory", "dir", 0, "dest path target", "Directory to clone into"),
   P("depth", "depth", 0, "shallow", "Create a shallow clone with this many commits"),
   P("branch", "branch", 0, "b", "Branch to check out")],
  """!clone {url}[ into {directory}][ (with depth|--depth) {depth}]
  !git clone[ -b {branch}] {url}[ {directory}]
  !(get|download|grab) (the repo |the repository |a copy of ){url}[ (into|to) {directory}]
  !shallow clone {url}{depth:=1}[ to {directory}]
  !clone the {branch} branch of {url}[ into {directory}]""")

F("git.log", "git", "git_log commit_history =git.log show_commits recent_commits",
  "Show commit history. | git log with optional author, date and count filters.",
  [P("count", "n20", 0, "n limit max_count", "Number of commits", default=10),
   P("author", "person", 0, "by", "Only commits by this author"),
   P("since", "date", 0, "after from_date", "Only commits after this date"),
   P("path", "path", 0, "file", "Only commits touching this path"),
   P("oneline", "bool", 0, "short", "One line per commit")],
  """!show the last {count} commits[ by {author}][ since {since}]
  !git log[ --oneline{oneline:=true}][ -n {count}][ --author="{author}"]
  what did {author} commit[ since {since}]?
  !(show|list) (the |)(commit history|recent commits)[ for {path}][ since {since}]
  who changed {path} (recently|lately)?
  what was the last commit{count:=1}?
  !(show the |show me the |)git log[ for {count} commits][ on {path}][ in one-line format{oneline:=true}]""")

F("git.diff", "git", "git_diff show_changes =git.diff diff_working_tree",
  "Show changes between commits, the index and the working tree. | git diff.",
  [P("path", "path", 0, "file", "Limit to this path"),
   P("staged", "bool", 0, "cached", "Show staged changes"),
   P("ref", "branch", 0, "against base commit", "Compare against this branch or commit"),
   P("stat", "bool", 0, "summary", "Only show a summary of changed files")],
  """!git diff[ --staged{staged:=true}][ {ref}][ -- {path}]
  what did I change[ in {path}]?
  !show (me |)(the |)(diff|changes)[ (for|in) {path}][ against {ref}]
  !show what's staged{staged:=true}[ for {path}]
  how does my branch differ from {ref}[ (just the file summary|only the stat){stat:=true}]?
  !diff against {ref}""", similar="files.diff")

F("git.stash", "git", "git_stash stash_changes =git.stash save_stash",
  "Stash uncommitted changes. | Save work in progress with git stash.",
  [P("message", "commit_msg", 0, "msg name", "Stash description"),
   P("include_untracked", "bool", 0, "untracked u", "Also stash untracked files")],
  """!stash (my |)(changes|work)[ as "{message}"][ including untracked files{include_untracked:=true}]
  !git stash[ -u{include_untracked:=true}][ push -m "{message}"]
  !put my changes aside[ with the note "{message}"]
  !stash everything{include_untracked:=true}[ ("{message}")]""", similar="git.stash_pop")

F("git.stash_pop", "git", "git_stash_pop stash_pop =git.unstash restore_stash apply_stash",
  "Re-apply the most recent (or a given) stash. | git stash pop.",
  [P("index", "small_int", 0, "stash_index n", "Stash index, 0 is the latest", default=0)],
  """!(pop|apply|restore) (my |the |)stash
  !git stash pop[ (stash |)number {index}]
  !bring back (my stashed changes|what I stashed)
  !apply stash number {index}""", similar="git.stash")

F("git.merge", "git", "git_merge merge_branch =git.merge",
  "Merge another branch into the current one. | git merge.",
  [P("branch", "branch", 1, "source from", "Branch to merge in"),
   P("no_ff", "bool", 0, "no_fast_forward", "Always create a merge commit"),
   P("squash", "bool", 0, "", "Squash the changes into one commit")],
  """!merge {branch}( in| into this branch| into the current branch|)
  !git merge[ --no-ff{no_ff:=true}][ --squash{squash:=true}] {branch}
  !(squash merge|squash-merge){squash:=true} {branch}
  !bring {branch} into my branch[ with a merge commit{no_ff:=true}]""", similar="git.rebase")

F("git.rebase", "git", "git_rebase rebase_branch =git.rebase",
  "Rebase the current branch onto another. | git rebase, optionally interactive.",
  [P("onto", "branch", 1, "branch upstream base", "Branch to rebase onto"),
   P("interactive", "bool", 0, "i", "Interactive rebase")],
  """!rebase (on|onto|on top of) {onto}
  !git rebase[ -i{interactive:=true}] {onto}
  !(interactively rebase|do an interactive rebase){interactive:=true} (on|onto) {onto}
  !replay my commits on top of {onto}""", similar="git.merge")

F("git.tag", "git", "git_tag create_tag tag_release =git.tag",
  "Create a git tag. | Tag the current commit, optionally annotated.",
  [P("name", "tag", 1, "tag version", "Tag name"),
   P("message", "commit_msg", 0, "annotation m", "Annotation message"),
   P("commit", "hex", 0, "ref sha", "Commit to tag")],
  """!tag (this|the current commit|HEAD) (as|with) {name}
  !git tag[ -a] {name}[ -m "{message}"][ {commit}]
  !create (a |the |)tag {name}[ (on|at) {commit}][ with (the |)message "{message}"]
  !tag {commit} as {name}""")

F("git.blame", "git", "git_blame blame_file =git.blame who_changed_line",
  "Show who last changed each line of a file. | git blame, optionally for a line range.",
  [P("file", "codepath", 1, "path", "File to annotate"),
   P("start_line", "n1000", 0, "from_line line", "First line"),
   P("end_line", "n1000", 0, "to_line", "Last line")],
  """!blame {file}[ from line {start_line} to {end_line}]
  who wrote line {start_line} of {file}?
  !git blame {file}
  who (last |)touched {file}( line by line|)?
  !show who changed each line (in|of) {file}""")

F("git.revert", "git", "git_revert revert_commit =git.revert undo_commit",
  "Create a commit that undoes a previous commit. | git revert.",
  [P("commit", "hex", 1, "sha ref", "Commit to revert"),
   P("no_commit", "bool", 0, "no_edit", "Apply the revert without committing")],
  """!revert (commit |){commit}
  !git revert {commit}
  !undo (the changes from |)commit {commit}[ but don't commit yet{no_commit:=true}]
  !back out {commit}""", similar="git.reset")

F("git.reset", "git", "git_reset reset_head =git.reset",
  "Reset the current branch to a commit. | git reset --soft/--mixed/--hard.",
  [P("target", strings(compose("HEAD~1", "HEAD~2", "HEAD~3", "HEAD", "origin/main", "origin/{branch}", "{hex}")), 1,
     "commit ref to", "Commit to reset to"),
   P("mode", E("soft: soft|--soft; mixed: mixed|--mixed; hard: hard|--hard"), 0, "type", "Reset mode", default="mixed")],
  """!reset to {target}[ ({mode})]
  !git reset[ --{mode}] {target}
  !do a {mode} reset to {target}
  !(throw away|discard) everything and reset to {target}{mode:=hard}
  !move HEAD back to {target}[, {mode}]""", similar="git.revert")

F("git.cherry_pick", "git", "git_cherry_pick cherry_pick =git.cherry_pick pick_commit",
  "Apply the changes of an existing commit onto the current branch. | git cherry-pick.",
  [P("commit", "hex", 1, "sha ref", "Commit to apply")],
  """!cherry-pick {commit}
  !(grab|bring over|pick) commit {commit}( onto this branch|)
  !git cherry-pick {commit}
  !apply {commit} here""",
  par="""!cherry-pick {commit} and {commit^}""")

F("git.delete_branch", "git", "delete_branch git_branch_delete remove_branch =git.branch_delete",
  "Delete a local branch. | git branch -d / -D.",
  [P("branch", "branch", 1, "name", "Branch to delete"),
   P("force", "bool", 0, "", "Delete even if not merged"),
   P("remote", "bool", 0, "also_remote", "Also delete it on the remote")],
  """!delete (the |)branch {branch}[ even if it's not merged{force:=true}]
  !git branch (-d|-D{force:=true}) {branch}
  !remove {branch}( branch|)[ (locally and on the remote|everywhere){remote:=true}]
  !get rid of the {branch} branch""",
  par="""!delete branches {branch} and {branch^}""")

F("git.add", "git", "git_add stage_files =git.add stage",
  "Stage files for the next commit. | git add.",
  [P("paths", listof(kind("path"), 1, 3), 1, "files path", "Files to stage")],
  """!stage {paths}
  !git add {paths}
  !add {paths} to the (index|staging area)
  !track {paths} in git""")

F("git.remote_add", "git", "add_remote git_remote_add =git.remote_add",
  "Add a named remote to the repository. | git remote add.",
  [P("name", "remote", 1, "remote", "Remote name"),
   P("url", "repo_url", 1, "", "Remote URL")],
  """!add (a |the |)remote (called |named |){name} (at|pointing to|for|with url) {url}
  !git remote add {name} {url}
  !set up {url} as remote {name}""")

F("github.create_pr", "devtools", "create_pull_request open_pr =gh.pr_create new_pull_request",
  "Open a pull request on GitHub. | Create a PR from a branch.",
  [P("title", "pr_title", 1, "name", "Pull request title"),
   P("head", "branch", 1, "branch source from", "Branch with the changes"),
   P("base", "branch", 0, "target into", "Branch to merge into", default="main"),
   P("draft", "bool", 0, "", "Open as a draft"),
   P("reviewers", listof(kind("username"), 1, 2), 0, "reviewer", "Reviewers to request")],
  """!(open|create|make) a (pull request|PR) (from|for) {head}[ (into|to|against) {base}] (titled|called|named) "{title}"
  !open a[ draft{draft:=true}] PR "{title}" from {head}[ to {base}][ and ask {reviewers} to review]
  !gh pr create --head {head}[ --base {base}] --title "{title}"[ --draft{draft:=true}]
  !PR {head} (into|to) {base}: "{title}\"""")

F("github.list_issues", "devtools", "list_issues github_issues =gh.issue_list search_issues",
  "List issues in a GitHub repository. | Show open or closed issues, filtered by label.",
  [P("repo", "repo", 1, "repository", "owner/name"),
   P("state", E("open: open; closed: closed; all: all"), 0, "status", "Issue state", default="open"),
   P("label", strings(["bug", "enhancement", "good first issue", "help wanted", "documentation", "p1", "regression"]), 0,
     "labels tag", "Only issues with this label"),
   P("assignee", "username", 0, "assigned_to", "Only issues assigned to this user")],
  """!(list|show) (the |)[{state} ]issues (in|for|on) {repo}[ labeled "{label}"]
  what[ {state}] issues does {repo} have[ with the label {label}]?
  !gh issue list -R {repo}[ --label "{label}"][ --state {state}]
  !show issues (in|on) {repo} assigned to {assignee}""", similar="jira.search")

F("github.create_issue", "devtools", "create_issue new_issue =gh.issue_create file_bug open_issue",
  "Open a new issue on GitHub. | File a bug report in a repository.",
  [P("repo", "repo", 1, "repository", "owner/name"),
   P("title", "issue", 1, "summary", "Issue title"),
   P("body", "body", 0, "description", "Issue body"),
   P("labels", listof(strings(["bug", "enhancement", "documentation", "p1", "regression", "ui", "backend"]), 1, 2), 0,
     "label", "Labels to apply")],
  """!(open|file|create) an issue (in|on) {repo}(:| titled| called) "{title}"[ with the labels {labels}]
  !file a bug (in|against) {repo}: "{title}"[ - details: "{body}"]
  !gh issue create -R {repo} --title "{title}"[ --body "{body}"]
  !report "{title}" on {repo}""", similar="jira.create")

F("ci.trigger", "devtools", "trigger_pipeline run_ci start_build =ci.run trigger_workflow",
  "Trigger a CI pipeline run. | Start a CI build for a branch.",
  [P("project", "repo", 1, "repo pipeline", "Project or repository"),
   P("branch", "branch", 0, "ref", "Branch to build", default="main"),
   P("workflow", strings(["build", "test", "deploy", "release", "nightly", "lint", "e2e"]), 0, "job", "Workflow name")],
  """!(trigger|start|kick off|run) (a |the |)(build|pipeline|CI)( run|) (for|on) {project}[ on {branch}]
  !run the {workflow} workflow (for|on) {project}[ ({branch})]
  !rebuild {project}[ branch {branch}]
  !kick CI on {project}[ for {branch}]""", similar="ci.status")

F("ci.status", "devtools", "pipeline_status ci_status build_status =ci.status",
  "Get the status of the latest CI runs. | Check whether the build is passing.",
  [P("project", "repo", 1, "repo", "Project or repository"),
   P("branch", "branch", 0, "ref", "Branch")],
  """is the build (green|passing|broken) (for|on) {project}[ on {branch}]?
  !check (the |)CI (status |)(for|of) {project}[ ({branch})]
  did the pipeline pass (for|on) {project}[ {branch}]?
  what's the build status of {project}[ on {branch}]?""", similar="ci.trigger")

F("jira.create", "devtools", "create_ticket jira_create_issue =jira.create new_ticket",
  "Create a ticket in the issue tracker. | File a Jira issue.",
  [P("project", "jira", 1, "project_key key", "Project key, e.g. {ex}"),
   P("summary", "issue", 1, "title", "Ticket summary"),
   P("type", E("bug: bug; task: task; story: story|user story; epic: epic"), 0, "issue_type", "Issue type", default="task"),
   P("priority", E("low: low|minor; medium: medium|normal; high: high|major; critical: critical|urgent|blocker"), 0, "", "Priority"),
   P("assignee", "person", 0, "owner assign_to", "Person to assign")],
  """!(create|open|file) a[ {priority}][ {type}] ticket in {project}(:| for| called) "{summary}"[ and assign it to {assignee}]
  !new {type} in {project}: {summary}[, priority {priority}]
  !jira: {project} "{summary}"[ assign {assignee}]
  !log a[ {priority} priority] {type} (in|under) {project} (for|about) "{summary}\"""", similar="github.create_issue")

F("jira.search", "devtools", "search_tickets jira_search =jira.search find_tickets my_tickets",
  "Search tickets in the issue tracker. | Find Jira issues by project, status or assignee.",
  [P("project", "jira", 0, "project_key", "Project key"),
   P("status", E("open: open|to do|todo; in_progress: in progress|ongoing; done: done|closed|resolved"), 0, "state", "Status"),
   P("assignee", "person", 0, "assigned_to", "Assignee"),
   P("text", "bword", 0, "query contains", "Text to search for")],
  """!(show|list|find) (the |)[{status} ]tickets in {project}[ assigned to {assignee}]
  what tickets (are|is) assigned to {assignee}[ in {project}]?
  !find tickets (mentioning|about) "{text}"[ in {project}]
  !search jira for {text}[ ({status})]
  !list (all |)(the |)(jira |open |)tickets""", similar="github.list_issues")

# ================================================================ families: containers, processes, network

F("docker.run", "containers", "docker_run run_container start_container =docker.run",
  "Run a new container from an image. | docker run with ports, name and detach options.",
  [P("image", "image", 1, "image_name", "Image to run, e.g. {ex}"),
   P("name", "container", 0, "container_name", "Name for the container"),
   P("ports", listof(strings(compose("{hport}:{cport}")), 1, 2), 0, "port_mappings publish p",
     "host:container port mappings"),
   P("detach", "bool", 0, "d background", "Run in the background"),
   P("env", listof(strings(compose("{envvar}={envval}")), 1, 2), 0, "environment e", "KEY=value pairs")],
  """!run (a |an |)({image}|{image} container)[ (called|named) {name}][ (mapping|with ports|publishing) {ports}][ in the background{detach:=true}]
  !docker run[ -d{detach:=true}][ --name {name}][ -p {ports}] {image}
  !start (a |an |)(new |){image} container[ named {name}][ with {env}]
  !spin up {image}[ on {ports}][ detached{detach:=true}]
  !launch {image} as {name}[ and expose {ports}]""")
POOL["hport"] = ["8080", "3000", "5432", "6379", "8000", "80", "443", "9090", "27017", "5000", "8888", "3306"]
POOL["cport"] = ["80", "3000", "5432", "6379", "8000", "443", "9090", "27017", "5000", "8080", "3306"]

F("docker.ps", "containers", "list_containers docker_ps =docker.ps running_containers",
  "List containers. | docker ps, optionally including stopped ones.",
  [P("all", "bool", 0, "include_stopped a", "Include stopped containers"),
   P("filter", strings(compose("name={container}", "status=exited", "ancestor={image}", "status=running")), 0,
     "filters", "Filter expression")],
  """!(list|show) (the |my |)(running |)containers
  what containers are running?
  !docker ps[ -a{all:=true}][ --filter {filter}]
  !show all containers, (including|even) (stopped|exited) ones{all:=true}
  which docker containers are up?""")

F("docker.stop", "containers", "stop_container docker_stop =docker.stop kill_container",
  "Stop a running container. | docker stop.",
  [P("container", "container", 1, "name id", "Container name or id"),
   P("timeout", "seconds", 0, "t grace_seconds", "Seconds to wait before killing")],
  """!stop (the |)(container |){container}( container|)
  !docker stop[ -t {timeout}] {container}
  !shut down {container}[ (with a|giving it) {timeout} second(s|) grace period]
  !halt the {container} container""",
  par="""!stop {container} and {container^}
  !docker stop {container} {container^}""", similar="docker.rm")

F("docker.logs", "containers", "container_logs docker_logs =docker.logs",
  "Fetch the logs of a container. | docker logs with tail and follow options.",
  [P("container", "container", 1, "name id", "Container name or id"),
   P("tail", "lines", 0, "lines n", "Number of lines from the end"),
   P("follow", "bool", 0, "f", "Stream new output"),
   P("since", strings(["10m", "1h", "30m", "2h", "24h", "5m", "2024-01-01"]), 0, "", "Only logs since, e.g. 10m")],
  """!(show|get) (the |)logs (for|of|from) {container}[ (from the last|since) {since}]
  !docker logs[ -f{follow:=true}][ --tail {tail}] {container}
  what's {container} logging?
  !(follow|tail|stream) {container}'s logs{follow:=true}
  !last {tail} log lines (of|from) {container}""")

F("docker.exec", "containers", "docker_exec exec_in_container =docker.exec run_in_container",
  "Run a command inside a running container. | docker exec.",
  [P("container", "container", 1, "name id", "Container name or id"),
   P("command", "command", 1, "cmd", "Command to run"),
   P("interactive", "bool", 0, "it tty", "Attach an interactive terminal")],
  """!run `{command}` in {container}
  !docker exec[ -it{interactive:=true}] {container} {command}
  !exec {command} inside (the |)({container}|{container} container)
  !open a (bash{command:=bash}|sh{command:=sh}|zsh{command:=zsh}) shell in {container}{interactive:=true}
  !inside {container}, run "{command}\"""")

F("docker.build", "containers", "docker_build build_image =docker.build",
  "Build an image from a Dockerfile. | docker build -t.",
  [P("path", "dir", 1, "context directory", "Build context"),
   P("tag", strings(compose("{project}:latest", "{user}/{project}:{ver}", "{project}-{bword}", "{project}:dev")), 0,
     "t name image", "Image tag"),
   P("dockerfile", strings(["Dockerfile", "Dockerfile.dev", "Dockerfile.prod", "docker/Dockerfile", "build/Dockerfile"]), 0,
     "file f", "Dockerfile path"),
   P("no_cache", "bool", 0, "", "Do not use the build cache")],
  """!build (the |a |)(docker |)image (from|in) {path}[ (tagged|tag it|named) {tag}]
  !docker build[ -t {tag}][ -f {dockerfile}][ --no-cache{no_cache:=true}] {path}
  !build {path} as {tag}[ without cache{no_cache:=true}]
  !make an image from {path}[ using {dockerfile}]""")

F("docker.pull", "containers", "docker_pull pull_image =docker.pull fetch_image",
  "Pull an image from a registry. | docker pull.",
  [P("image", "image", 1, "name", "Image to pull")],
  """!pull {image}
  !docker pull {image}
  !(download|fetch|grab) the {image} image""",
  par="""!pull {image} and {image^}""")

F("docker.rm", "containers", "remove_container docker_rm =docker.rm delete_container",
  "Remove a container. | docker rm, optionally forcing.",
  [P("container", "container", 1, "name id", "Container name or id"),
   P("force", "bool", 0, "f", "Kill it first if running")],
  """!(remove|delete) (the |)(container |){container}[ even if it's running{force:=true}]
  !docker rm[ -f{force:=true}] {container}
  !force remove {container}{force:=true}
  !get rid of the {container} container""", similar="docker.stop")

F("docker.images", "containers", "list_images docker_images =docker.images",
  "List local images. | docker images.",
  [P("dangling", "bool", 0, "", "Only untagged images"),
   P("reference", strings(compose("{project}", "nginx", "postgres", "python", "node", "{user}/*")), 0, "name filter", "Name filter")],
  """!(list|show) (my |)(local |)(docker |)images[ matching {reference}]
  what images do I have[ for {reference}]?
  !docker images[ {reference}]
  !show dangling images{dangling:=true}""")

F("docker.prune", "containers", "docker_prune clean_docker =docker.system_prune",
  "Remove unused containers, networks and images. | docker system prune.",
  [P("volumes", "bool", 0, "", "Also prune volumes"),
   P("all", "bool", 0, "a", "Remove all unused images, not just dangling")],
  """!(clean up|prune) docker[ including volumes{volumes:=true}]
  !docker system prune[ -a{all:=true}][ --volumes{volumes:=true}]
  !free up space used by docker[, all unused images too{all:=true}]""")

F("compose.up", "containers", "compose_up docker_compose_up =compose.up start_stack",
  "Start the services of a compose project. | docker compose up.",
  [P("file", "yamlpath", 0, "compose_file f", "Compose file"),
   P("services", listof(kind("svc"), 1, 3), 0, "service", "Only these services"),
   P("detach", "bool", 0, "d", "Run in the background"),
   P("build", "bool", 0, "", "Build images before starting")],
  """!(bring up|start) the (compose |)stack[ (from|using) {file}][ in the background{detach:=true}]
  !docker compose[ -f {file}] up[ -d{detach:=true}][ --build{build:=true}][ {services}]
  !start {services} with compose[ (rebuilding first|and rebuild){build:=true}]
  !compose up[ {services}]""", similar="compose.down")

F("compose.down", "containers", "compose_down docker_compose_down =compose.down stop_stack",
  "Stop and remove the services of a compose project. | docker compose down.",
  [P("file", "yamlpath", 0, "compose_file f", "Compose file"),
   P("volumes", "bool", 0, "v", "Also remove volumes")],
  """!(bring down|stop|tear down) the (compose |)stack[ (from|in) {file}][ and delete the volumes{volumes:=true}]
  !docker compose[ -f {file}] down[ -v{volumes:=true}]
  !compose down""", similar="compose.up")

F("k8s.get_pods", "containers", "get_pods list_pods kubectl_get_pods =k8s.pods",
  "List pods in a Kubernetes namespace. | kubectl get pods.",
  [P("namespace", "namespace", 0, "ns n", "Namespace", default="default"),
   P("selector", "selector", 0, "label_selector l labels", "Label selector, e.g. {ex}"),
   P("all_namespaces", "bool", 0, "A", "Across all namespaces")],
  """!(list|show|get) (the |)pods[ in {namespace}][ with label {selector}]
  !kubectl get pods[ -n {namespace}][ -l {selector}]
  what pods are running[ in (the |){namespace}( namespace|)]?
  !show pods in all namespaces{all_namespaces:=true}
  !get pods matching {selector}""")

F("k8s.scale", "containers", "scale_deployment kubectl_scale =k8s.scale set_replicas",
  "Scale a Kubernetes deployment to a number of replicas. | kubectl scale.",
  [P("deployment", "svc", 1, "name deploy", "Deployment name"),
   P("replicas", "replicas", 1, "count n", "Desired replica count"),
   P("namespace", "namespace", 0, "ns n", "Namespace")],
  """!scale {deployment} (to|up to|down to) {replicas}( replicas| pods|)[ in {namespace}]
  !kubectl scale deployment {deployment} --replicas={replicas}[ -n {namespace}]
  !set {deployment} to {replicas} replicas[ in the {namespace} namespace]
  !run {replicas} copies of {deployment}""")

F("k8s.logs", "containers", "pod_logs kubectl_logs =k8s.logs",
  "Print the logs of a pod. | kubectl logs.",
  [P("pod", "pod", 1, "name", "Pod name"),
   P("namespace", "namespace", 0, "ns n", "Namespace"),
   P("container", "container", 0, "c", "Container in the pod"),
   P("tail", "lines", 0, "lines", "Lines from the end"),
   P("previous", "bool", 0, "p", "Logs of the previous (crashed) instance")],
  """!(show|get) logs (for|of) (pod |){pod}[ in {namespace}][ (last|only the last) {tail} lines]
  !kubectl logs {pod}[ -n {namespace}][ -c {container}][ --tail={tail}][ --previous{previous:=true}]
  why did {pod} crash? show (the |)previous logs{previous:=true}
  !logs for {pod}[, container {container}]""")

F("k8s.restart", "containers", "rollout_restart restart_deployment =k8s.rollout_restart",
  "Restart a deployment with a rolling restart. | kubectl rollout restart.",
  [P("deployment", "svc", 1, "name deploy", "Deployment"),
   P("namespace", "namespace", 0, "ns", "Namespace")],
  """!(restart|bounce|roll) (the |)({deployment}|{deployment} deployment)[ in {namespace}]
  !kubectl rollout restart deployment/{deployment}[ -n {namespace}]
  !do a rolling restart of {deployment}[ in {namespace}]""",
  par="""!restart {deployment} and {deployment^}[ in {namespace}]""", similar="service.restart")

F("k8s.apply", "containers", "kubectl_apply apply_manifest =k8s.apply",
  "Apply a manifest to the cluster. | kubectl apply -f.",
  [P("file", "yamlpath", 1, "manifest path f", "Manifest file or directory"),
   P("namespace", "namespace", 0, "ns n", "Namespace"),
   P("dry_run", "bool", 0, "", "Only show what would change")],
  """!apply {file}[ (to|in) {namespace}]
  !kubectl apply -f {file}[ -n {namespace}][ --dry-run=client{dry_run:=true}]
  !deploy the manifest {file}[ into {namespace}][ as a dry run{dry_run:=true}]""")

F("proc.list", "processes", "list_processes ps =process_list show_processes top_processes",
  "List running processes. | Show processes, optionally filtered by name and sorted by CPU or memory.",
  [P("name", "process", 0, "filter match", "Only processes whose name contains this"),
   P("sort_by", E("cpu: cpu|CPU|processor; memory: memory|RAM|mem"), 0, "sort order_by", "Sort key", default="cpu"),
   P("limit", "n20", 0, "top count", "Show at most this many")],
  """!(list|show) (all |)(the |)(running |)processes[ (named|called|matching) {name}]
  what's (using|eating) (the most|all the) {sort_by}?
  !show the top {limit} processes by {sort_by}
  is {name} running?
  !ps aux \\| grep {name}
  which processes are hogging {sort_by}[? top {limit}]""", similar="proc.find_pid service.status")

F("proc.kill", "processes", "kill_process kill =proc.kill terminate_process",
  "Send a signal to a process by PID. | Kill a process by its id.",
  [P("pid", "pid", 1, "process_id id", "Process id"),
   P("signal", E("TERM: TERM|SIGTERM|gracefully; KILL: KILL|SIGKILL|-9|forcefully; HUP: HUP|SIGHUP; INT: INT|SIGINT"), 0,
     "sig", "Signal to send", default="TERM")],
  """!kill (process |pid |PID |){pid}[ with {signal}]
  !kill -9 {pid}{signal:=KILL}
  !(terminate|end|stop) process {pid}[ {signal}]
  !send {signal} to {pid}
  !kill pid {pid}""",
  par="""!kill {pid} and {pid^}
  !kill -9 {pid} {pid^}{signal:=KILL}""", similar="proc.kill_name")

F("proc.kill_name", "processes", "kill_by_name pkill =proc.kill_by_name killall_process quit_app",
  "Kill all processes with a given name. | pkill/killall by process name.",
  [P("name", "process", 1, "process process_name", "Process name"),
   P("force", "bool", 0, "", "Use SIGKILL")],
  """!(kill|quit|close|force quit) {name}
  !killall {name}
  !pkill[ -9{force:=true}] {name}
  !force (quit|kill) {name}{force:=true}
  {name} is frozen, kill it{force:=true}""",
  par="""!kill {name} and {name^}
  !quit {name} and {name^}""", similar="proc.kill service.control docker.stop")

F("proc.find_pid", "processes", "find_pid pgrep =proc.pidof get_pid",
  "Find the PID of a process by name. | pgrep / pidof.",
  [P("name", "process", 1, "process", "Process name")],
  """what's the pid of {name}?
  !pgrep {name}
  !(find|get) the (process id|PID|pid) (of|for) {name}
  !pidof {name}""", similar="proc.list")

F("proc.renice", "processes", "renice_process set_priority =renice",
  "Change the scheduling priority of a process. | renice.",
  [P("pid", "pid", 1, "process_id", "Process id"),
   P("priority", ints(-20, 19), 1, "nice niceness", "Nice value from -20 (high) to 19 (low)")],
  """!renice {pid} to {priority}
  !set the (priority|nice value|niceness) of (process |){pid} to {priority}
  !renice -n {priority} -p {pid}""")

F("service.restart", "processes", "restart_service systemctl_restart =service.restart",
  "Restart a system service. | systemctl restart.",
  [P("service", "service", 1, "name unit", "Service name")],
  """!restart {service}
  !systemctl restart {service}
  !(bounce|reload|restart) the {service} service
  !give {service} a restart""",
  par="""!restart {service} and {service^}""", similar="k8s.restart service.control")

F("service.status", "processes", "service_status systemctl_status =service.status is_service_running",
  "Show the status of a system service. | systemctl status.",
  [P("service", "service", 1, "name unit", "Service name")],
  """is {service} running?
  !systemctl status {service}
  !check (on |)(the |){service}( service|)
  what's the status of {service}?""",
  par="""are {service} and {service^} running?""")

F("service.control", "processes", "control_service manage_service =service.set",
  "Start, stop, enable or disable a system service. | systemctl start/stop/enable/disable.",
  [P("service", "service", 1, "name unit", "Service name"),
   P("action", E("start: start; stop: stop; enable: enable; disable: disable"), 1, "op", "What to do")],
  """!{action} {service}
  !systemctl {action} {service}
  !{action} the {service} service
  !please {action} {service}( now|)""", similar="service.restart")

F("net.port_owner", "network", "whats_on_port port_process =net.who_uses_port find_port_user lsof_port",
  "Find which process is listening on a port. | lsof -i :PORT.",
  [P("port", "tcp_port", 1, "port_number", "Port number")],
  """what's (running|listening) on port {port}?
  who is using port {port}?
  !lsof -i :{port}
  !find the process on port {port}
  port {port} is already in use, what's using it?
  !show what's bound to {port}""",
  par="""what's on ports {port} and {port^}?""", similar="net.open_ports")

F("net.open_ports", "network", "list_open_ports listening_ports =netstat ports_in_use",
  "List listening ports. | netstat/ss: open ports on this machine.",
  [P("protocol", E("tcp: tcp|TCP; udp: udp|UDP; all: all"), 0, "proto", "Protocol", default="tcp")],
  """!(list|show) (all |the |)(open|listening) ports[ ({protocol})]
  which[ {protocol}] ports are open?
  !netstat -tlnp
  what ports am I listening on?""", similar="net.port_owner")

F("net.ping", "network", "ping ping_host =net.ping check_reachable",
  "Ping a host. | Check whether a host is reachable.",
  [P("host", "host", 1, "target address", "Hostname or IP"),
   P("count", "count", 0, "c n packets", "Number of packets", default=4)],
  """!ping {host}[ {count} times]
  is {host} (up|reachable|online)?
  !ping -c {count} {host}
  can (I|you) reach {host}?
  !send {count} pings to {host}""",
  par="""!ping {host} and {host^}""")

F("net.traceroute", "network", "traceroute trace_route =net.traceroute",
  "Trace the network route to a host. | traceroute.",
  [P("host", "host", 1, "target", "Destination"),
   P("max_hops", "n50", 0, "hops m", "Maximum hops")],
  """!traceroute {host}
  !trace the route to {host}[ (with at most|max) {max_hops} hops]
  how do packets get to {host}?""")

F("net.dns", "network", "dns_lookup resolve_domain =dig nslookup",
  "Look up DNS records for a domain. | dig: A, AAAA, MX, TXT, CNAME or NS records.",
  [P("domain", "domain", 1, "name host", "Domain name"),
   P("record_type", E("A: A|IPv4; AAAA: AAAA|IPv6; MX: MX|mail; TXT: TXT; CNAME: CNAME; NS: NS|nameserver"), 0,
     "type rtype", "Record type", default="A")],
  """!(look up|lookup|resolve) {domain}
  what (is|are) the {record_type} record(s|) (for|of) {domain}?
  !dig {domain}[ {record_type}]
  what IP does {domain} resolve to?
  !nslookup {domain}
  !check the {record_type} records of {domain}""",
  par="""!resolve {domain} and {domain^}""")

F("net.http", "network", "http_request curl =net.http fetch_url send_request",
  "Send an HTTP request. | curl a URL with a method, headers and body.",
  [P("url", "url", 1, "endpoint", "URL"),
   P("method", E("GET: GET|get; POST: POST|post; PUT: PUT|put; DELETE: DELETE|delete; PATCH: PATCH; HEAD: HEAD"), 0,
     "verb", "HTTP method", default="GET"),
   P("body", strings(lambda r: r.choice(('{"name": "%s"}' % r.choice(FIRST), '{"id": %d}' % r.randint(1, 999),
                                           "%s=%s" % (r.choice(WORDS), r.choice(BRANCH_WORDS))))), 0, "data payload json",
     "Request body"),
   P("headers", listof(strings(compose("Authorization: Bearer {alnum8}", "Content-Type: application/json",
                                       "Accept: text/html", "X-Api-Key: {alnum8}")), 1, 2), 0, "header H", "Headers")],
  """!curl {url}
  !(send|make) a {method} (request |)to {url}[ with (the |)body {body}]
  !{method} {url}
  !curl -X {method} {url}[ -d '{body}']
  !hit {url}[ with the header "{headers}"]
  what does {url} return?""", similar="net.check_url")

F("net.check_url", "network", "check_url website_status =net.is_up site_up",
  "Check whether a website is up and report its HTTP status. | Is this URL reachable?",
  [P("url", "url", 1, "site website", "URL to check"),
   P("timeout", "seconds", 0, "timeout_seconds", "Give up after this many seconds")],
  """is {url} (up|down)?
  !check (if|whether) {url} is (up|working|online)
  what status code does {url} give?
  is {url} down for everyone or just me?""",
  par="""are {url} and {url^} up?""", similar="net.http net.ping")

F("net.public_ip", "network", "get_public_ip my_ip =net.public_ip whats_my_ip",
  "Get this machine's public IP address. | What is my external IP?",
  [P("version", E("4: IPv4|v4|ipv4; 6: IPv6|v6|ipv6"), 0, "ip_version", "IP version", default=4)],
  """what's my (public |external |)IP( address|)?
  !show my public[ {version}] address
  !get my external {version} address
  my ip?""", similar="net.local_ip")

F("net.local_ip", "network", "local_ip network_interfaces =ip_addr get_local_ip",
  "Show local network interfaces and addresses. | ip addr / ifconfig.",
  [P("interface", strings(["eth0", "wlan0", "en0", "lo", "docker0", "wlp2s0", "enp3s0", "tailscale0"]), 0, "iface dev", "Interface")],
  """what's my local IP[ on {interface}]?
  !ifconfig[ {interface}]
  !show (my |the |)network interfaces
  !ip addr show[ {interface}]""", similar="net.public_ip")

F("net.speedtest", "network", "speed_test internet_speed =net.speedtest",
  "Measure internet download and upload speed. | Run a speed test.",
  [P("server", "city", 0, "location", "Test server location")],
  """how fast is my internet?
  !run a speed test[ against a server in {server}]
  !test (my |the |)(internet|connection|bandwidth)( speed|)
  is my wifi slow? check the speed""")

F("net.port_scan", "network", "port_scan scan_ports =nmap",
  "Scan a host for open ports. | nmap a host.",
  [P("host", "host", 1, "target", "Host to scan"),
   P("ports", strings(["1-1024", "22,80,443", "1-65535", "8000-9000", "3306", "top100", "80,8080"]), 0, "range p", "Port range")],
  """!scan {host}[ (for ports|on ports|ports) {ports}]
  !nmap[ -p {ports}] {host}
  which ports are open on {host}?
  !port scan {host}""")

F("net.whois", "network", "whois domain_owner =whois domain_info",
  "Look up domain registration information. | whois.",
  [P("domain", "domain", 1, "name", "Domain")],
  """!whois {domain}
  who owns {domain}?
  when does {domain} expire?
  !(look up|get) the registration (info|details) for {domain}""")

F("net.ssh", "network", "ssh_connect open_ssh =ssh remote_shell",
  "Open an SSH session to a host. | ssh user@host.",
  [P("host", "host", 1, "hostname server", "Host"),
   P("user", "user", 0, "username login", "Remote user"),
   P("port", "tcp_port", 0, "p", "SSH port", default=22),
   P("identity_file", strings(["~/.ssh/id_ed25519", "~/.ssh/id_rsa", "~/.ssh/{project}.pem", "~/keys/{word}.pem"]), 0,
     "key i", "Private key file")],
  """!ssh (in|into|to) {host}[ as {user}][ on port {port}]
  !ssh[ -i {identity_file}][ -p {port}] {user}@{host}
  !connect to {host}[ as {user}][ using the key {identity_file}]
  !open a shell on {host}""")

F("net.scp", "network", "scp_copy copy_remote =scp upload_to_server",
  "Copy files to or from a remote host over SSH. | scp.",
  [P("source", strings(compose("{path}", "{user}@{host}:{path}")), 1, "src from", "Source, local or user@host:path"),
   P("destination", strings(compose("{user}@{host}:{dir}", "{host}:{dir}", "{dir}")), 1, "dest to", "Destination"),
   P("recursive", "bool", 0, "r", "Copy directories")],
  """!scp {source} {destination}
  !copy {source} (to|over to) {destination}[ recursively{recursive:=true}] over ssh
  !(upload|send) {source} to {destination}
  !scp -r {source} {destination}{recursive:=true}""", similar="files.copy net.rsync")

F("net.rsync", "network", "rsync sync_directories =rsync mirror_folder",
  "Synchronize directories with rsync. | Mirror one folder to another, locally or remotely.",
  [P("source", "dir", 1, "src from", "Source directory"),
   P("destination", strings(compose("{dir}", "{user}@{host}:{dir}", "/mnt/backup/{word}")), 1, "dest to", "Destination"),
   P("delete", "bool", 0, "mirror", "Delete files missing from the source"),
   P("dry_run", "bool", 0, "n", "Only show what would be transferred")],
  """!sync {source} (to|with) {destination}[ and delete extra files{delete:=true}]
  !rsync -av[ --delete{delete:=true}][ --dry-run{dry_run:=true}] {source} {destination}
  !mirror {source} to {destination}{delete:=true}
  !back up {source} to {destination} with rsync[ (dry run first|as a dry run){dry_run:=true}]""", similar="net.scp")

F("net.wifi_connect", "network", "connect_wifi join_wifi =wifi.connect",
  "Connect to a Wi-Fi network. | Join a wireless network by SSID.",
  [P("ssid", "ssid", 1, "network name", "Network name"),
   P("password", "password", 0, "passphrase key psk", "Network password")],
  """!connect to (the |)(wifi|wi-fi|network) "{ssid}"[ (with|using) (the |)password {password}]
  !join {ssid}[ - password is {password}]
  !switch to the {ssid} network
  !get me on {ssid}[, the password's {password}]""", similar="net.wifi_list")

F("net.wifi_list", "network", "list_wifi_networks scan_wifi =wifi.scan available_networks",
  "List nearby Wi-Fi networks. | Scan for wireless networks.",
  [P("rescan", "bool", 0, "refresh", "Force a fresh scan")],
  """what wifi networks are (around|nearby|available)?
  !(scan for|list) (wifi|wireless) networks
  !show available networks[ (rescan first|refresh the list){rescan:=true}]""", similar="net.wifi_connect")

F("net.firewall", "network", "firewall_rule allow_port =ufw open_port block_port",
  "Allow or deny a port in the firewall. | ufw allow/deny.",
  [P("port", "tcp_port", 1, "port_number", "Port"),
   P("action", E("allow: allow|open|unblock; deny: deny|block|close"), 1, "rule", "allow or deny"),
   P("protocol", E("tcp: tcp|TCP; udp: udp|UDP"), 0, "proto", "Protocol", default="tcp")],
  """!{action} port {port}[ ({protocol})] (in|on) the firewall
  !ufw {action} {port}[/{protocol}]
  !{action} {protocol} traffic on {port}
  !{action} incoming connections on port {port}""")

# ================================================================ families: media, downloads, packages, system

F("video.convert", "media", "convert_video transcode_video =ffmpeg.convert video_convert",
  "Convert a video to another container or codec. | Transcode a video file with ffmpeg.",
  [P("input", "vidpath", 1, "source file input_file", "Video to convert"),
   P("format", E("mp4: mp4|MP4|.mp4; mkv: mkv|MKV; webm: webm|WebM; mov: mov|MOV|quicktime; avi: avi|AVI"), 1,
     "output_format to target_format", "Target format"),
   P("resolution", "resolution", 0, "size scale", "Output resolution, e.g. {ex}"),
   P("output", "vidpath", 0, "output_file dest", "Output file")],
  """!convert {input} to {format}[ at {resolution}]
  !(transcode|re-encode) {input} (as|into|to) {format}[ and scale it to {resolution}]
  !make {input} (a|an) {format}( file|)[, save it as {output}]
  !turn {input} into {format}
  !ffmpeg {input} to {format}[ ({resolution})]""", similar="video.compress")

F("video.trim", "media", "trim_video cut_video =video.trim clip_video",
  "Cut a clip out of a video between two timestamps. | Trim a video.",
  [P("input", "vidpath", 1, "file source", "Video file"),
   P("start", "timestamp", 1, "from start_time ss", "Start timestamp"),
   P("end", "timestamp", 1, "to end_time", "End timestamp"),
   P("output", "vidpath", 0, "output_file", "Where to save the clip")],
  """!(trim|cut) {input} from {start} to {end}[ and save it as {output}]
  !clip {start}-{end} (of|from) {input}
  !(extract|keep) (the part |)(between|from) {start} (and|to) {end} (of|in) {input}[ into {output}]
  !make a clip of {input} starting at {start} and ending at {end}""")

F("audio.extract", "media", "extract_audio video_to_audio =ffmpeg.extract_audio rip_audio",
  "Extract the audio track of a video. | Save a video's sound as an audio file.",
  [P("input", "vidpath", 1, "video file", "Video file"),
   P("format", E("mp3: mp3|MP3; wav: wav|WAV; flac: flac|FLAC|lossless; aac: aac|AAC; m4a: m4a"), 0, "audio_format",
     "Audio format", default="mp3"),
   P("bitrate", "bitrate", 0, "b", "Audio bitrate")],
  """!extract the audio (from|of) {input}[ as {format}][ at {bitrate}]
  !(rip|pull) the (audio|sound) out of {input}[ to {format}]
  !get (an|a) {format} (of|from) {input}
  !save just the audio of {input}[ ({format})]""", similar="audio.convert")

F("audio.convert", "media", "convert_audio transcode_audio =audio.convert",
  "Convert an audio file to another format. | Change audio format or bitrate.",
  [P("input", "audpath", 1, "file source", "Audio file"),
   P("format", E("mp3: mp3|MP3; wav: wav|WAV; flac: flac|FLAC; ogg: ogg|OGG|vorbis; m4a: m4a|AAC"), 1, "to target_format", "Target format"),
   P("bitrate", "bitrate", 0, "b", "Bitrate, e.g. {ex}")],
  """!convert {input} to {format}[ at {bitrate}]
  !make {input} (an|a) {format}[ with a bitrate of {bitrate}]
  !transcode {input} into {format}
  !turn {input} into {format}[ ({bitrate})]""", similar="audio.extract")

F("image.resize", "media", "resize_image scale_image =image.resize",
  "Resize an image. | Scale a picture to a width and/or height.",
  [P("path", "imgpath", 1, "image file input", "Image file"),
   P("width", "width", 1, "w", "Target width in pixels"),
   P("height", "height", 0, "h", "Target height in pixels; keeps aspect ratio if omitted"),
   P("output", "imgpath", 0, "output_file", "Where to save")],
  """!resize {path} to {width}[x{height}]( pixels| px|)
  !(scale|shrink|make) {path} {width} (pixels |px |)wide[ and {height} (tall|high)]
  !resize {path} to a width of {width}[ and a height of {height}][, save as {output}]
  !change {path} to {width} by {height}""")

F("image.convert", "media", "convert_image image_format =image.convert",
  "Convert an image to another format. | Save a picture as PNG, JPG, WebP or GIF.",
  [P("path", "imgpath", 1, "image file input", "Image file"),
   P("format", E("png: png|PNG; jpg: jpg|JPG|jpeg|JPEG; webp: webp|WebP; gif: gif|GIF; heic: heic|HEIC"), 1, "to target_format", "Target format"),
   P("quality", "quality", 0, "q", "Quality 1-100 for lossy formats")],
  """!convert {path} to {format}[ at quality {quality}]
  !(save|export) {path} as (a |an |){format}
  !make {path} a {format}[ with {quality}% quality]
  !turn {path} into {format}""",
  par="""!convert {path} and {path^} to {format}""", similar="image.compress")

F("image.compress", "media", "compress_image optimize_image =image.optimize",
  "Compress an image to reduce its file size. | Optimize a picture for the web.",
  [P("path", "imgpath", 1, "image file", "Image file"),
   P("quality", "quality", 0, "q level", "Quality 1-100", default=80)],
  """!compress {path}[ to {quality}% quality]
  !(optimize|shrink the file size of|make smaller) {path}
  !reduce {path}'s size[ (with|at) quality {quality}]""", similar="image.convert")

F("video.to_gif", "media", "video_to_gif make_gif =ffmpeg.gif",
  "Turn a video (or part of it) into an animated GIF. | Make a GIF from a video.",
  [P("input", "vidpath", 1, "video file", "Video"),
   P("fps", "fps", 0, "framerate", "Frames per second", default=10),
   P("width", "width", 0, "w", "Width in pixels"),
   P("start", "timestamp", 0, "from", "Start time"),
   P("duration", "small_int", 0, "seconds length", "Length in seconds")],
  """!make a gif (from|of|out of) {input}[ at {fps} fps][, {width} px wide]
  !(convert|turn) {input} (into|to) a gif[ starting at {start}][ lasting {duration} seconds]
  !gif {input}[ {width} wide]
  !create an animated gif from {input}[ ({fps} frames per second)]""")

F("video.compress", "media", "compress_video shrink_video =video.compress",
  "Reduce a video's file size by re-encoding. | Compress a video with a quality setting.",
  [P("input", "vidpath", 1, "file", "Video"),
   P("crf", "crf", 0, "quality", "Constant rate factor, lower is better quality", default=28),
   P("target_size", strings(["10MB", "25MB", "8MB", "50MB", "100MB", "200MB"]), 0, "max_size size", "Target size")],
  """!compress {input}[ to under {target_size}]
  !(shrink|reduce the size of|make smaller) {input}[ (using|with) crf {crf}]
  !compress {input} so it fits in {target_size}
  {input} is too big, (compress|shrink) it""", similar="video.convert")

F("media.info", "media", "media_info ffprobe =media.info probe_media",
  "Show a media file's duration, codecs and resolution. | ffprobe.",
  [P("path", strings(compose("{vidpath}", "{audpath}", "{imgpath}")), 1, "file", "Media file")],
  """how long is {path}?
  !ffprobe {path}
  what (codec|resolution|bitrate) is {path}?
  !show (the |)(media |)(info|metadata|details) (for|of) {path}""")

F("video.download", "downloads", "download_video youtube_download =yt_dlp save_video",
  "Download a video or its audio from YouTube and similar sites. | yt-dlp.",
  [P("url", "video_url", 1, "link video_url", "Video URL"),
   P("format", E("video: video|mp4; audio: audio|mp3|audio only|just the audio"), 0, "type", "video or audio only", default="video"),
   P("quality", E("best: best|highest; 1080p: 1080p|full HD; 720p: 720p|HD; 480p: 480p|low"), 0, "resolution", "Quality"),
   P("output_dir", "dir", 0, "dest directory", "Where to save")],
  """!download {url}[ as {format}][ in {quality}]
  !(save|grab|get) (this|the) video: {url}[ to {output_dir}]
  !yt-dlp {url}
  !download the audio (of|from) {url}{format:=audio}[ to {output_dir}]
  !download {url} in {quality}[ (into|to) {output_dir}]""", similar="net.download")

F("net.download", "downloads", "download_file fetch_file =wget download",
  "Download a file from a URL. | wget/curl -O a URL to disk.",
  [P("url", "dl_url", 1, "link source", "URL to download"),
   P("output", "path", 0, "dest output_path o", "Where to save it"),
   P("resume", "bool", 0, "continue c", "Resume a partial download")],
  """!download {url}[ (to|as|into) {output}]
  !wget[ -c{resume:=true}] {url}
  !(grab|fetch|save) {url}[ and save it as {output}]
  !curl -O {url}
  !(resume|continue) the download of {url}{resume:=true}""",
  par="""!download {url} and {url^}""", similar="video.download net.http")

F("net.mirror_site", "downloads", "mirror_website download_site =wget_mirror crawl_site",
  "Download a website recursively for offline use. | wget --mirror.",
  [P("url", "url", 1, "site", "Site URL"),
   P("depth", "depth", 0, "levels", "Recursion depth"),
   P("output_dir", "dir", 0, "dest", "Where to save")],
  """!mirror {url}[ into {output_dir}]
  !download the whole site {url}[ (to a depth of|{depth} levels deep)]
  !(save|archive) {url} for offline reading[ (in|to) {output_dir}]
  !wget --mirror {url}""")

F("pip.install", "packages", "pip_install install_python_package =pip.install",
  "Install a Python package with pip. | pip install.",
  [P("package", "pypkg", 1, "name pkg", "Package name"),
   P("version", "ver", 0, "", "Exact version"),
   P("upgrade", "bool", 0, "U", "Upgrade if already installed")],
  """!pip install[ -U{upgrade:=true}] {package}
  !install {package}( for python| with pip|)[ version {version}]
  !pip install {package}=={version}
  !(upgrade|update) {package}{upgrade:=true}[ to {version}]
  !add the {package} (python |)package""",
  par="""!pip install {package} and {package^}
  !install {package} and {package^} with pip""", similar="pkg.install npm.install")

F("npm.install", "packages", "npm_install install_node_package =npm.install add_js_dependency",
  "Install a Node.js package with npm. | npm install.",
  [P("package", "npmpkg", 1, "name pkg", "Package name"),
   P("dev", "bool", 0, "save_dev D", "Save as a dev dependency"),
   P("global", "bool", 0, "g", "Install globally"),
   P("version", "ver", 0, "", "Version")],
  """!npm install[ -D{dev:=true}][ -g{global:=true}] {package}
  !(install|add) {package}( with npm| to the project|)[ as a dev dependency{dev:=true}]
  !npm i {package}@{version}
  !install {package} globally{global:=true}
  !yarn add {package}""",
  par="""!npm install {package} and {package^}""", similar="pip.install pkg.install")

F("pkg.install", "packages", "install_package apt_install =pkg.install brew_install",
  "Install a system package with the OS package manager. | apt/brew/dnf install.",
  [P("package", "syspkg", 1, "name pkg", "Package name"),
   P("manager", E("apt: apt|apt-get; brew: brew|homebrew; dnf: dnf|yum; pacman: pacman; snap: snap"), 0, "package_manager via", "Package manager")],
  """!install {package}[ (with|using|via) {manager}]
  !sudo apt install {package}{manager:=apt}
  !brew install {package}{manager:=brew}
  !(get|set up) {package} on this machine[ using {manager}]
  I need {package}( installed|)""",
  par="""!install {package} and {package^}
  !apt install {package} {package^}{manager:=apt}""", similar="pip.install npm.install")

F("pkg.remove", "packages", "uninstall_package remove_package =pkg.remove apt_remove",
  "Uninstall a package. | Remove software with the package manager.",
  [P("package", "pkg", 1, "name", "Package name"),
   P("manager", E("apt: apt|apt-get; brew: brew|homebrew; pip: pip; npm: npm; dnf: dnf"), 0, "package_manager", "Package manager"),
   P("purge", "bool", 0, "", "Also remove configuration files")],
  """!(uninstall|remove) {package}[ (with|using|from) {manager}]
  !apt purge {package}{purge:=true}{manager:=apt}
  !pip uninstall {package}{manager:=pip}
  !get rid of {package}[ including its config{purge:=true}]""")

F("pkg.search", "packages", "search_packages find_package =pkg.search package_search",
  "Search package repositories. | Find a package by name or keyword.",
  [P("query", strings(compose("{pkg}", "{bword}", "pdf", "markdown", "http client", "image viewer", "json")), 1, "name term", "Search term"),
   P("manager", E("apt: apt; brew: brew|homebrew; pip: pip|PyPI; npm: npm; cargo: cargo|crates.io"), 0, "registry source", "Where to search")],
  """!search (for |)(a |)(package|packages) (for|called|named|matching) {query}[ (on|in) {manager}]
  is there a[ {manager}] package for {query}?
  !apt search {query}{manager:=apt}
  !find {query} on {manager}""")

F("pkg.upgrade_all", "packages", "update_packages upgrade_all =pkg.upgrade system_update",
  "Update the package index and upgrade installed packages. | apt update && apt upgrade.",
  [P("manager", E("apt: apt; brew: brew|homebrew; dnf: dnf; pacman: pacman; snap: snap"), 0, "package_manager", "Package manager"),
   P("dry_run", "bool", 0, "simulate", "Only list what would be upgraded")],
  """!update (all |)(my |)(packages|software|system)[ (with|using) {manager}]
  !upgrade everything[ via {manager}]
  !sudo apt update && sudo apt upgrade{manager:=apt}
  what (packages |)would be upgraded?{dry_run:=true}
  !brew upgrade{manager:=brew}""", similar="pkg.outdated")

F("pkg.outdated", "packages", "list_outdated outdated_packages =pkg.outdated",
  "List installed packages that have newer versions. | Show outdated dependencies.",
  [P("manager", E("pip: pip|python; npm: npm|node; brew: brew|homebrew; apt: apt"), 1, "package_manager ecosystem", "Package manager")],
  """which {manager} packages are outdated?
  !list outdated {manager} packages
  !{manager} outdated
  !(check|show) what needs updating in {manager}""", similar="pkg.upgrade_all")

F("system.disk_free", "system", "disk_free disk_space =df free_space check_disk",
  "Show free disk space per filesystem. | df -h.",
  [P("mount", strings(["/", "/home", "/var", "/mnt/backup", "/media/usb", "/data", "/boot"]), 0, "path filesystem", "Mount point")],
  """how much (disk |free |)space (do I have|is left)[ on {mount}]?
  !df -h[ {mount}]
  !check (the |)disk space[ (on|for) {mount}]
  is (my|the) disk (full|almost full)?
  !show free space[ on {mount}]""", similar="files.disk_usage")

F("system.memory", "system", "memory_usage free_memory =free ram_usage",
  "Show memory and swap usage. | free -h.",
  [P("unit", E("human: human|human-readable; mb: MB|megabytes; gb: GB|gigabytes"), 0, "units", "Units", default="human")],
  """how much (RAM|memory) (is free|am I using|is used)?
  !free -h
  !show memory usage[ in {unit}]
  am I running out of (memory|RAM)?""")

F("system.cpu", "system", "cpu_info cpu_usage =system.cpu processor_info",
  "Show CPU model, cores and current load. | CPU information and utilization.",
  [P("per_core", "bool", 0, "per_cpu", "Break usage down per core")],
  """what CPU (do I have|is this)?
  how many (cores|CPUs) does this machine have?
  !show (the |)cpu (usage|load|info)[ per core{per_core:=true}]
  what's the (cpu load|load average)?""")

F("system.uptime", "system", "uptime system_uptime =uptime",
  "Show how long the system has been running. | uptime.",
  [],
  """how long has this (machine|computer|server) been (up|running)?
  !uptime
  when did (the system|this box) last (boot|reboot)?""")

F("system.os_info", "system", "os_version system_info =uname get_os_info",
  "Show the operating system name, version and kernel. | uname -a / OS release.",
  [P("detailed", "bool", 0, "verbose all", "Include hardware details")],
  """what (OS|operating system|linux version|distro) (is this|am I (on|running))?
  !uname -a
  which kernel version (is|am I) (this|running)?
  !show (full |)system info{detailed:=true}""")

F("system.battery", "system", "battery_status battery_level =power.battery",
  "Show battery level and charging state. | How much battery is left?",
  [],
  """how much battery (do I have|is left)?
  !check (the |)battery
  is my laptop charging?
  battery %?""")

F("env.get", "system", "get_env_var read_env =env.get getenv",
  "Read an environment variable. | Print the value of an environment variable.",
  [P("name", "envvar", 1, "var variable key", "Variable name")],
  """what's {name} set to?
  !echo ${name}
  !(print|show|get) (the |)(env var|environment variable|value of) {name}
  is {name} set?""",
  par="""what are {name} and {name^} set to?""", similar="env.set")

F("env.set", "system", "set_env_var export_env =env.set setenv",
  "Set an environment variable. | export NAME=value.",
  [P("name", "envvar", 1, "var variable key", "Variable name"),
   P("value", "envval", 1, "val", "Value"),
   P("persist", "bool", 0, "permanent", "Also write it to the shell profile")],
  """!set {name} to {value}[ permanently{persist:=true}]
  !export {name}={value}
  !(make|change) {name} (be |equal |){value}[ and keep it across sessions{persist:=true}]""", similar="env.get")

F("system.power", "system", "shutdown_computer power_action =system.power reboot",
  "Shut down, reboot, sleep or log out. | Power actions with an optional delay.",
  [P("action", E("shutdown: shut down|shutdown|power off|turn off; reboot: reboot|restart; sleep: sleep|suspend; logout: log out|sign out"), 1,
     "op mode", "What to do"),
   P("delay_minutes", "minutes", 0, "delay in_minutes", "Wait this many minutes first")],
  """!{action} (the computer|this machine|the laptop|my pc|now)[ in {delay_minutes} minutes]
  !{action}[ in {delay_minutes} min]
  !please {action} the (system|server)[ after {delay_minutes} minutes]""")

F("system.volume", "system", "set_volume system_volume =audio.volume change_volume",
  "Set the system output volume. | Change speaker volume or mute.",
  [P("level", "percent", 1, "volume percent", "Volume 0-100")],
  """!set (the |)volume to {level}( percent|%|)
  !(turn|put) the volume (up |down |)to {level}
  !volume {level}
  can you make it {level}% volume?""", similar="music.volume")

F("system.mute", "system", "mute_audio toggle_mute =audio.mute set_mute",
  "Mute or unmute the system audio. | Toggle the speaker mute.",
  [P("mute", "bool", 1, "muted on", "true to mute, false to unmute")],
  """!mute (the computer|my laptop|the sound|audio|everything){mute:=true}
  !(unmute|turn the sound back on){mute:=false}
  !silence (the |)(computer|speakers){mute:=true}""")

F("system.brightness", "system", "set_brightness screen_brightness =display.brightness",
  "Set the screen brightness. | Dim or brighten the display.",
  [P("level", "percent", 1, "percent brightness", "Brightness 0-100")],
  """!set (the |)(screen |display |)brightness to {level}( percent|%|)
  !(dim|brighten|change) the screen to {level}%
  !brightness {level}""", similar="lights.set")

F("system.screenshot", "system", "take_screenshot screenshot =screen.capture capture_screen",
  "Take a screenshot. | Capture the screen, a window or a region to a file.",
  [P("target", E("screen: screen|full screen|whole screen; window: window|current window|active window; region: region|selection|area"), 0,
     "mode area", "What to capture", default="screen"),
   P("path", "imgpath", 0, "output file save_to", "Where to save"),
   P("delay_seconds", "small_int", 0, "delay timer", "Seconds to wait first")],
  """!take a screenshot[ of the {target}][ (and save it (to|as)|to) {path}]
  !screenshot[ the {target}][ in {delay_seconds} seconds]
  !capture the {target}[ to {path}]
  !grab a screenshot[ after {delay_seconds} seconds]""")

F("system.clipboard", "system", "copy_to_clipboard clipboard_set =pbcopy clipboard_copy",
  "Put text on the clipboard. | Copy a string to the clipboard.",
  [P("text", strings(compose("{url}", "{email}", "{msg_base}", "{phone}", "{address}", "{password}", "{hex}")), 1, "content value", "Text to copy")],
  """!copy "{text}" to (the |my |)clipboard
  !put {text} on the clipboard
  !pbcopy "{text}\"""")

F("system.logs", "system", "system_logs journalctl =logs.system view_logs",
  "Read system logs for a service. | journalctl -u UNIT.",
  [P("unit", "service", 0, "service u", "Service unit"),
   P("since", strings(["1 hour ago", "today", "yesterday", "10 minutes ago", "boot", "2 days ago", "this morning"]), 0, "from", "Start time"),
   P("lines", "lines", 0, "n", "Number of lines"),
   P("priority", E("err: errors|error|err; warning: warnings|warning; info: info"), 0, "level p", "Minimum priority")],
  """!(show|check) (the |)(system |)logs[ for {unit}][ since {since}]
  !journalctl[ -u {unit}][ --since "{since}"][ -n {lines}]
  what did {unit} log[ since {since}]?
  !show only {priority}[ from {unit}][ since {since}]
  !last {lines} lines of the {unit} logs""")

F("perm.chmod", "permissions", "chmod change_permissions =perm.chmod set_permissions",
  "Change file permissions. | chmod a file or directory.",
  [P("path", "path", 1, "file target", "File or directory"),
   P("mode", "mode", 1, "permissions perms", "Mode, e.g. {ex}"),
   P("recursive", "bool", 0, "R", "Apply to everything inside")],
  """!chmod[ -R{recursive:=true}] {mode} {path}
  !(set|change) (the |)permissions (of|on) {path} to {mode}[ recursively{recursive:=true}]
  !chmod +x {path}{mode:=+x}
  !make {path} executable with {mode}
  !give {path} {mode} permissions""")

F("perm.chown", "permissions", "chown change_owner =perm.chown set_owner",
  "Change the owner (and group) of a file. | chown.",
  [P("path", "path", 1, "file target", "File or directory"),
   P("owner", "user", 1, "user", "New owner"),
   P("group", "group", 0, "", "New group"),
   P("recursive", "bool", 0, "R", "Apply recursively")],
  """!chown[ -R{recursive:=true}] {owner}[:{group}] {path}
  !(make|set) {owner} (the |)owner of {path}[ recursively{recursive:=true}]
  !change (the |)owner(ship|) of {path} to {owner}[ and the group to {group}]
  !give {path} to {owner}""")

F("user.create", "permissions", "create_user add_user =useradd new_user",
  "Create a user account. | useradd with groups and shell.",
  [P("username", "user", 1, "name login", "Login name"),
   P("groups", listof(kind("group"), 1, 3), 0, "group G", "Supplementary groups"),
   P("shell", E("bash: bash|/bin/bash; zsh: zsh|/bin/zsh; sh: sh|/bin/sh; fish: fish"), 0, "login_shell", "Login shell"),
   P("admin", "bool", 0, "sudo", "Grant sudo rights")],
  """!(create|add) (a |)(new |)user (called |named |){username}[ in (the |)groups {groups}][ with {shell} as (the |)shell]
  !useradd[ -G {groups}] {username}
  !make an account for {username}[ and give them sudo{admin:=true}]
  !add user {username}[ (using|with) {shell}]""", similar="user.add_group")

F("user.add_group", "permissions", "add_user_to_group usermod_group =user.add_to_group",
  "Add an existing user to a group. | usermod -aG.",
  [P("username", "user", 1, "user name", "User"),
   P("group", "group", 1, "", "Group")],
  """!add {username} to (the |)({group}|{group} group)
  !usermod -aG {group} {username}
  !put {username} in {group}
  !give {username} {group} access""", similar="user.create")

F("cron.add", "system", "add_cron_job schedule_command =crontab.add cron_schedule",
  "Schedule a command with cron. | Add a crontab entry.",
  [P("command", "command", 1, "cmd job", "Command to run"),
   P("schedule", "cron", 1, "cron when expression", "Cron expression, e.g. {ex}"),
   P("user", "user", 0, "", "Run as this user")],
  """!schedule `{command}` (to run |)(with|at) "{schedule}"
  !add a cron job: {schedule} {command}
  !run {command} on the cron schedule {schedule}[ as {user}]
  !crontab: {schedule} {command}""", similar="cron.list")

F("cron.list", "system", "list_cron_jobs crontab_list =crontab.list scheduled_jobs",
  "List scheduled cron jobs. | crontab -l.",
  [P("user", "user", 0, "", "Whose crontab")],
  """!crontab -l
  what cron jobs (do I have|are scheduled|are there)[ for {user}]?
  !(list|show) (my |the |)(cron jobs|crontab|scheduled jobs)[ (for|of) {user}]""", similar="cron.add")

# ================================================================ families: databases, cloud, social, documents

F("db.query", "databases", "run_sql execute_query =db.query sql_query",
  "Run a SQL query against a database. | Execute SQL and return rows.",
  [P("database", "db", 1, "db db_name schema", "Database name"),
   P("sql", "sql", 1, "query statement", "SQL statement"),
   P("limit", "n100", 0, "max_rows", "Maximum rows to return")],
  """!run `{sql}` (on|against) {database}
  !(execute|run) this (query|SQL) on {database}: {sql}
  !query {database}: {sql}[ (limit|max) {limit} rows]
  !in {database}, {sql}""", similar="db.count_rows")

F("db.list_tables", "databases", "list_tables show_tables =db.tables",
  "List the tables in a database. | SHOW TABLES.",
  [P("database", "db", 1, "db db_name", "Database"),
   P("schema", strings(["public", "analytics", "staging", "raw", "reporting"]), 0, "namespace", "Schema")],
  """what tables are (in|there in) {database}?
  !(list|show) (the |all |)tables (in|of) {database}[ (in|under) (the |)schema {schema}]
  !show tables in {database}""")

F("db.describe", "databases", "describe_table table_schema =db.describe",
  "Show the columns and types of a table. | DESCRIBE TABLE.",
  [P("table", "table", 1, "table_name", "Table"),
   P("database", "db", 0, "db", "Database")],
  """!describe (the |)({table}|{table} table)[ in {database}]
  what columns does {table} have[ in {database}]?
  !(show|get) the schema (of|for) {table}""")

F("db.count_rows", "databases", "count_rows row_count =db.count",
  "Count rows in a table, optionally with a condition. | How many records?",
  [P("table", "table", 1, "table_name", "Table"),
   P("database", "db", 0, "db", "Database"),
   P("where", strings(compose("status = 'active'", "created_at > '{y_past}-01-01'", "country = 'FR'", "amount > {n3}", "deleted_at IS NULL")), 0,
     "condition filter", "SQL condition")],
  """how many rows (are in|does) {table}( have|)[ in {database}]?
  !count (the |)(rows|records) in {table}[ where {where}]
  how many {table} are there[ where {where}]?""", similar="db.query")

F("db.backup", "databases", "backup_database dump_database =db.backup pg_dump",
  "Back up a database to a file. | Dump a database.",
  [P("database", "db", 1, "db db_name", "Database"),
   P("output", "sqlpath", 1, "file path destination", "Dump file"),
   P("compress", "bool", 0, "gzip", "Compress the dump")],
  """!(back up|backup|dump) {database} to {output}[ (compressed|and gzip it){compress:=true}]
  !pg_dump {database} > {output}
  !make a backup of (the |){database}( database|) (at|in|to) {output}""", similar="db.restore")

F("db.restore", "databases", "restore_database load_dump =db.restore",
  "Restore a database from a dump file. | Load a backup.",
  [P("backup_file", "sqlpath", 1, "file input dump", "Dump file"),
   P("database", "db", 1, "db target", "Database to restore into"),
   P("drop_existing", "bool", 0, "clean", "Drop existing objects first")],
  """!restore {database} from {backup_file}[ (dropping|and drop) (the |)existing tables first{drop_existing:=true}]
  !load {backup_file} into {database}
  !(import|apply) the dump {backup_file} (to|into) {database}""", similar="db.backup")

F("db.create", "databases", "create_database new_database =db.create",
  "Create a new database. | CREATE DATABASE.",
  [P("name", "db", 1, "database db_name", "Database name"),
   P("engine", E("postgres: postgres|postgresql|PostgreSQL; mysql: mysql|MySQL; sqlite: sqlite|SQLite; mongodb: mongo|mongodb|MongoDB"), 0, "type dialect", "Engine"),
   P("owner", "user", 0, "user", "Owner role")],
  """!create (a |)(new |)[{engine} ]database (called |named |){name}[ owned by {owner}]
  !make a {engine} db named {name}
  !CREATE DATABASE {name}""")

F("redis.get", "databases", "redis_get cache_get =kv.get get_key",
  "Read a key from Redis. | Key-value store lookup.",
  [P("key", "rkey", 1, "name", "Key")],
  """what's (stored |the value |)(in|at|under|of) {key}( in redis|)?
  !redis get {key}
  !(read|fetch|get) the key {key}""", similar="redis.set")

F("redis.set", "databases", "redis_set cache_set =kv.set set_key",
  "Write a key to Redis, optionally with a TTL. | Key-value store write.",
  [P("key", "rkey", 1, "name", "Key"),
   P("value", strings(compose("{word}", "{n3}", "true", "{bword}", "{email}")), 1, "val", "Value"),
   P("ttl", "ttl", 0, "expire expiry_seconds ex", "Expire after this many seconds")],
  """!set {key} to {value}[ (with a TTL of|expiring in|for) {ttl} seconds]
  !redis set {key} {value}[ EX {ttl}]
  !store {value} (under|in|at) {key}""", similar="redis.get")

F("mongo.find", "databases", "mongo_find query_collection =mongo.find find_documents",
  "Find documents in a MongoDB collection. | Query a collection with a filter.",
  [P("collection", "table", 1, "coll", "Collection"),
   P("filter", strings(compose('status:active', 'age > {n2}', 'country: {country}', 'email: {email}')), 0, "query where", "Filter"),
   P("limit", "n100", 0, "max", "Max documents")],
  """!find (documents |docs |)in {collection}[ where {filter}][, limit {limit}]
  !(query|search) the {collection} collection[ for {filter}]
  !db.{collection}.find[ {filter}]""")

F("s3.list", "cloud", "list_bucket s3_ls =s3.list list_objects",
  "List objects in a storage bucket. | aws s3 ls.",
  [P("bucket", "bucket", 1, "bucket_name", "Bucket"),
   P("prefix", strings(compose("{word}/", "logs/{year}/", "backups/", "{project}/", "images/")), 0, "path folder", "Key prefix")],
  """!(list|show) (what's in|the contents of|the files in) (the |)(bucket |){bucket}[ under {prefix}]
  !aws s3 ls s3://{bucket}[/{prefix}]
  what's in {bucket}[/{prefix}]?""", similar="s3.upload s3.download")

F("s3.upload", "cloud", "upload_to_s3 s3_upload =s3.put put_object",
  "Upload a file to a storage bucket. | aws s3 cp to a bucket.",
  [P("file", "path", 1, "source path local_path", "Local file"),
   P("bucket", "bucket", 1, "bucket_name", "Bucket"),
   P("key", "s3key", 0, "object_key dest_key", "Object key"),
   P("public", "bool", 0, "public_read", "Make it publicly readable")],
  """!upload {file} to {bucket}[ (as|at) {key}][ and make it public{public:=true}]
  !aws s3 cp {file} s3://{bucket}[/{key}]
  !put {file} in the {bucket} bucket""", similar="s3.download s3.list")

F("s3.download", "cloud", "download_from_s3 s3_download =s3.get get_object",
  "Download an object from a storage bucket. | aws s3 cp from a bucket.",
  [P("bucket", "bucket", 1, "bucket_name", "Bucket"),
   P("key", "s3key", 1, "object_key path", "Object key"),
   P("destination", "dir", 0, "dest local_path", "Local path")],
  """!download {key} from {bucket}[ (to|into) {destination}]
  !aws s3 cp s3://{bucket}/{key} {destination}
  !(get|fetch|pull) {key} (out of|from) (the |){bucket}( bucket|)""", similar="s3.upload s3.list")

F("vm.power", "cloud", "instance_power ec2_start_stop =vm.power manage_instance",
  "Start, stop or reboot a cloud VM instance. | EC2 power actions.",
  [P("instance_id", "instance_id", 1, "instance id vm", "Instance id"),
   P("action", E("start: start|boot|power on; stop: stop|shut down|power off; reboot: reboot|restart"), 1, "op", "What to do"),
   P("region", "region", 0, "zone", "Region")],
  """!{action} (instance |the instance |){instance_id}[ in {region}]
  !aws ec2 {action}-instances --instance-ids {instance_id}
  !please {action} {instance_id}""",
  par="""!{action} {instance_id} and {instance_id^}""", similar="vm.list")

F("vm.list", "cloud", "list_instances ec2_list =vm.list describe_instances",
  "List cloud VM instances. | Which EC2 instances exist or are running?",
  [P("region", "region", 0, "zone", "Region"),
   P("state", E("running: running|up; stopped: stopped|down; all: all"), 0, "status", "State filter")],
  """!(list|show) (my |all |the |)[{state} ](instances|VMs|servers|machines)[ in {region}]
  what (instances|servers) (are|do I have) (running|up)[ in {region}]?
  !ec2 instances[ {region}]""", similar="vm.power")

F("lambda.invoke", "cloud", "invoke_function run_lambda =lambda.invoke call_function",
  "Invoke a serverless function with an optional JSON payload. | Run a Lambda.",
  [P("function_name", "func", 1, "function name", "Function"),
   P("payload", strings(lambda r: r.choice(('{"id": %d}' % r.randint(1, 999), '{"user": "%s"}' % r.choice(USERS),
                                              '{"dry_run": true}', '{}'))), 0, "input event body", "JSON payload")],
  """!invoke {function_name}[ with (the payload |)'{payload}']
  !run the {function_name} (lambda|function)[ with {payload}]
  !trigger {function_name}""")

F("cloud.logs", "cloud", "tail_logs service_logs =cloud.logs read_logs",
  "Read recent logs of a deployed service. | Cloud log tail.",
  [P("service", "svc", 1, "app name", "Service"),
   P("since", strings(["5m", "15m", "1h", "30 minutes ago", "an hour ago", "today", "2h"]), 0, "from", "How far back"),
   P("level", E("error: errors|error|ERROR; warn: warnings|warn|WARN; info: info|INFO; debug: debug|DEBUG"), 0, "severity", "Minimum level"),
   P("environment", E("production: production|prod; staging: staging|stage; dev: dev|development"), 0, "env", "Environment")],
  """!(show|tail|get) (the |)logs (for|of|from) {service}[ (in|on) {environment}][ since {since}]
  !show only {level} from {service}[ in {environment}]
  what's {service} logging[ in {environment}]?
  !{service} {level} logs[ for the last {since}]""", similar="system.logs docker.logs k8s.logs")

F("deploy.release", "cloud", "deploy_service deploy =deploy.release ship_release",
  "Deploy a service version to an environment. | Release to staging or production.",
  [P("service", "svc", 1, "app name", "Service"),
   P("environment", E("production: production|prod|live; staging: staging|stage; dev: dev|development|test"), 1, "env target", "Environment"),
   P("version", strings(compose("v{ver}", "{ver}", "{hex}", "latest")), 0, "tag ref", "Version or commit")],
  """!deploy {service}[ {version}] to {environment}
  !(ship|release|push) {service}[ version {version}] to {environment}
  !roll out {service}[ {version}] on {environment}""",
  par="""!deploy {service} and {service^} to {environment}""", similar="deploy.rollback")

F("deploy.rollback", "cloud", "rollback_service rollback =deploy.rollback revert_deploy",
  "Roll a service back to a previous version. | Undo a bad deploy.",
  [P("service", "svc", 1, "app name", "Service"),
   P("version", strings(compose("v{ver}", "{ver}", "the previous version")), 0, "to_version tag", "Version to return to"),
   P("environment", E("production: production|prod; staging: staging"), 0, "env", "Environment")],
  """!roll back {service}[ to {version}][ (in|on) {environment}]
  !rollback {service}[ on {environment}]
  !revert {service} to {version}
  {service} is broken[ in {environment}], roll it back""", similar="deploy.release")

F("terraform.plan", "cloud", "terraform_plan tf_plan =terraform.plan",
  "Show the changes Terraform would make. | terraform plan.",
  [P("directory", "dir", 1, "path dir", "Terraform directory"),
   P("var_file", strings(["prod.tfvars", "staging.tfvars", "dev.tfvars", "terraform.tfvars", "{region}.tfvars"]), 0, "vars", "Variables file")],
  """!terraform plan (in|for) {directory}[ (with|using) {var_file}]
  what would terraform change in {directory}?
  !(run|do) a (terraform |)plan (on|in) {directory}""", similar="terraform.apply")

F("terraform.apply", "cloud", "terraform_apply tf_apply =terraform.apply",
  "Apply Terraform changes. | terraform apply.",
  [P("directory", "dir", 1, "path", "Terraform directory"),
   P("auto_approve", "bool", 0, "yes", "Skip the confirmation prompt"),
   P("var_file", strings(["prod.tfvars", "staging.tfvars", "dev.tfvars"]), 0, "vars", "Variables file")],
  """!terraform apply (in |){directory}[ -auto-approve{auto_approve:=true}]
  !apply the terraform (in|for) {directory}[ with {var_file}][ without asking{auto_approve:=true}]""", similar="terraform.plan")

F("dns.create_record", "cloud", "create_dns_record add_dns_record =dns.create",
  "Create a DNS record. | Add an A, CNAME, TXT or MX record to a zone.",
  [P("name", strings(compose("{bword}.{domain}", "www.{domain}", "api.{domain}", "{domain}", "mail.{domain}")), 1, "host record_name", "Record name"),
   P("record_type", E("A: A|an A; AAAA: AAAA; CNAME: CNAME|a CNAME; TXT: TXT|a TXT; MX: MX|an MX"), 1, "type", "Type"),
   P("value", strings(compose("{ip}", "{domain}", "v=spf1 include:_spf.{domain} ~all", "10 mail.{domain}")), 1, "target content", "Value"),
   P("ttl", "ttl", 0, "", "TTL in seconds", default=300)],
  """!(create|add) (a |an |)({record_type}|{record_type} record) (for|on) {name} (pointing to|with value|->) {value}[ with (a |)ttl (of |){ttl}]
  !point {name} to {value} with (a|an) {record_type}( record|)
  !dns: {name} {record_type} {value}[ ttl {ttl}]""")

F("ssl.check", "cloud", "check_certificate ssl_expiry =ssl.check cert_info",
  "Check a site's TLS certificate and expiry date. | When does the SSL cert expire?",
  [P("domain", "domain", 1, "host", "Domain"),
   P("port", "tcp_port", 0, "", "Port", default=443)],
  """when does the (SSL |TLS |)cert(ificate|) for {domain} expire?
  !check the (ssl|tls|https) certificate (of|on|for) {domain}[ (on|port) {port}]
  is {domain}'s certificate valid?""",
  par="""!check the certificates of {domain} and {domain^}""")

F("alerts.list", "cloud", "list_alerts active_alerts =monitoring.alerts incidents",
  "List active monitoring alerts. | What's firing right now?",
  [P("severity", E("critical: critical|sev1|P1; warning: warning|warnings; info: info"), 0, "level", "Minimum severity"),
   P("service", "svc", 0, "app", "Only this service")],
  """what alerts are firing[ for {service}]?
  !(list|show) (active |open |)[{severity} ]alerts[ for {service}]
  are there any (incidents|alerts|pages)[ on {service}]?""")

F("social.post", "social", "post_update create_post =social.post tweet publish_post",
  "Publish a post on a social network. | Post (or schedule) an update.",
  [P("text", "post", 1, "content message status", "Post text"),
   P("platform", E("twitter: twitter|X|x.com; linkedin: linkedin|LinkedIn; facebook: facebook|Facebook|FB; mastodon: mastodon|Mastodon; instagram: instagram|IG|Instagram"), 0, "network site", "Where to post"),
   P("schedule_time", "datetime", 0, "schedule at post_at", "When to publish")],
  """!(post|tweet|share|publish) "{text}"[ on {platform}][ {schedule_time}]
  !(post|put) this on {platform}: "{text}\"
  !schedule a post "{text}" for {schedule_time}[ on {platform}]
  !tweet: {text}""", similar="social.dm chat.send")

F("social.search", "social", "search_posts hashtag_search =social.search find_posts",
  "Search posts by hashtag or keyword. | What are people saying about something?",
  [P("query", strings(compose("{hashtag}", "{topic}", "{company}", "{movie}")), 1, "q hashtag", "Hashtag or keywords"),
   P("limit", "n50", 0, "count", "Max posts"),
   P("recent", "bool", 0, "latest", "Most recent first")],
  """what are people saying about {query}?
  !(search|find) (posts|tweets) (for|about|with) {query}[, (latest first|most recent){recent:=true}]
  !show[ {limit}] (posts|tweets) tagged {query}""", similar="news.search")

F("social.follow", "social", "follow_user follow =social.follow",
  "Follow an account. | Subscribe to a user's posts.",
  [P("username", "username", 1, "user account handle", "Account")],
  """!follow {username}
  !(subscribe to|start following) {username}
  !add {username} to the accounts I follow""",
  par="""!follow {username} and {username^}""", similar="social.unfollow")

F("social.unfollow", "social", "unfollow_user unfollow =social.unfollow",
  "Unfollow an account. | Stop following a user.",
  [P("username", "username", 1, "user account handle", "Account")],
  """!unfollow {username}
  !stop following {username}""", similar="social.follow")

F("social.profile", "social", "get_profile user_profile =social.profile",
  "Show a user's profile and follower counts. | Who is this account?",
  [P("username", "username", 1, "user handle", "Account")],
  """who is {username}?
  how many followers does {username} have?
  !(show|pull up) {username}'s profile""")

F("social.trending", "social", "trending_topics get_trends =social.trending",
  "Trending topics, optionally for a location. | What's trending?",
  [P("location", strings(compose("{city}", "{country}", "worldwide")), 0, "region place", "Location")],
  """what's trending[ in {location}]?
  !(show|list) (the |)trending (topics|hashtags)[ (in|for) {location}]
  !trends[ {location}]""")

F("social.dm", "social", "send_dm direct_message =social.dm",
  "Send a direct message to an account on a social network. | DM someone.",
  [P("username", "username", 1, "to user handle", "Recipient"),
   P("message", "message", 1, "text", "Message")],
  """!dm {username} "{message}"
  !(send|write) {username} a (direct message|DM|private message)(:| saying) "{message}"
  !message {username} (on twitter|on instagram|privately): {message}""", similar="chat.send sms.send social.post")

F("pdf.merge", "documents", "merge_pdfs combine_pdfs =pdf.merge join_pdf",
  "Merge several PDFs into one. | Combine PDF files.",
  [P("files", listof(kind("pdfpath"), 2, 4), 1, "inputs paths", "PDFs in order"),
   P("output", "pdfpath", 1, "output_file dest out", "Merged file")],
  """!(merge|combine|join) {files} into {output}
  !make {output} from {files}
  !put {files} together (as|in) {output}""")

F("pdf.split", "documents", "split_pdf extract_pages =pdf.split pdf_pages",
  "Extract pages from a PDF. | Split a PDF by page range.",
  [P("file", "pdfpath", 1, "input path", "PDF"),
   P("pages", "page_range", 1, "range page_range", "Pages, e.g. {ex}"),
   P("output", "pdfpath", 0, "output_file", "Output file")],
  """!(extract|pull out|split out) pages {pages} (from|of) {file}[ (into|as) {output}]
  !split {file}, pages {pages}
  !save pages {pages} of {file} as {output}""")

F("pdf.to_text", "documents", "pdf_to_text extract_text =pdf.text read_pdf",
  "Extract the text of a PDF. | Get plain text from a PDF.",
  [P("file", "pdfpath", 1, "path input", "PDF"),
   P("pages", "page_range", 0, "page_range", "Only these pages")],
  """!(extract|get|pull) (the |all the |)text (from|out of|of) {file}[ (pages|on pages) {pages}]
  what does {file} say[ on page {pages}]?
  !pdftotext {file}""", similar="ocr.image doc.convert")

F("doc.convert", "documents", "convert_document document_convert =pandoc doc_convert",
  "Convert a document between formats. | docx, pdf, markdown, html, txt.",
  [P("file", "docpath", 1, "input path source", "Document"),
   P("format", E("pdf: pdf|PDF; docx: docx|Word|word doc; md: markdown|md|Markdown; html: html|HTML|a web page; txt: txt|plain text|text"), 1, "to target_format", "Target format"),
   P("output", "docpath", 0, "output_file", "Output file")],
  """!convert {file} to {format}[ and save it as {output}]
  !(turn|make) {file} (into|a) {format}
  !export {file} as {format}
  !pandoc {file} to {format}""", similar="pdf.to_text")

F("pdf.compress", "documents", "compress_pdf shrink_pdf =pdf.compress",
  "Reduce a PDF's file size. | Compress a PDF.",
  [P("file", "pdfpath", 1, "input path", "PDF"),
   P("quality", E("screen: screen|small|low; ebook: ebook|medium; printer: printer|high|print"), 0, "level preset", "Quality preset", default="ebook")],
  """!compress {file}[ for {quality}]
  !(shrink|make smaller|reduce the size of) {file}
  {file} is too big to email, compress it""")

F("pdf.rotate", "documents", "rotate_pdf rotate_pages =pdf.rotate",
  "Rotate the pages of a PDF. | Turn PDF pages by 90, 180 or 270 degrees.",
  [P("file", "pdfpath", 1, "input path", "PDF"),
   P("degrees", E("90: 90 degrees|90°|a quarter turn|clockwise; 180: 180 degrees|upside down; 270: 270 degrees|counterclockwise|anticlockwise"), 1, "angle rotation", "Rotation"),
   P("pages", "page_range", 0, "page_range", "Only these pages")],
  """!rotate {file} {degrees}[ (on|for) pages {pages}]
  !turn (the pages of |pages {pages} of ){file} {degrees}
  !rotate pages {pages} of {file} by {degrees}""")

F("pdf.encrypt", "documents", "encrypt_pdf password_protect_pdf =pdf.protect lock_pdf",
  "Password-protect a PDF. | Encrypt a PDF file.",
  [P("file", "pdfpath", 1, "input path", "PDF"),
   P("password", "password", 1, "passphrase secret", "Password")],
  """!(password protect|encrypt|lock) {file} with (the password |password |){password}
  !put a password on {file}: {password}
  !protect {file} using "{password}\"""")

F("ocr.image", "documents", "ocr_image extract_text_from_image =ocr.read image_to_text",
  "Recognize text in an image (OCR). | Read the words in a photo or scan.",
  [P("image", "imgpath", 1, "file path", "Image"),
   P("language", "language", 0, "lang", "Language of the text")],
  """!(ocr|read the text in|extract the text from) {image}[ (it's in|in) {language}]
  what does {image} say?
  !get the text out of {image}""", similar="pdf.to_text")

F("doc.word_count", "documents", "document_word_count count_document_words =doc.wordcount",
  "Count the words in a document. | Word count for a docx, pdf or txt.",
  [P("file", "docpath", 1, "path", "Document")],
  """how many words (are in|is) {file}?
  !(get|give me) the word count (of|for) {file}
  !count the words in {file}""", similar="text.word_count files.count_lines")

F("printer.print", "documents", "print_document print_file =printer.print send_to_printer",
  "Print a document. | Send a file to a printer with copies and duplex options.",
  [P("file", "docpath", 1, "path document", "File"),
   P("copies", "qty", 0, "count n", "Copies", default=1),
   P("double_sided", "bool", 0, "duplex two_sided", "Print on both sides"),
   P("printer", "printer", 0, "device", "Printer"),
   P("color", "bool", 0, "colour", "Print in color")],
  """!print {file}[ on {printer}]
  !print {copies} copies of {file}[ double-sided{double_sided:=true}][ in color{color:=true}]
  !send {file} to the printer[ ({printer})]
  !print {file}[ two-sided{double_sided:=true}][ in black and white{color:=false}]""")

F("doc.summarize", "documents", "summarize_document summarize_file =doc.summarize tldr",
  "Summarize a document. | TL;DR of a file.",
  [P("file", "docpath", 1, "path document", "Document"),
   P("max_words", pick_ints([25, 50, 100, 150, 200, 300]), 0, "length words", "Summary length in words"),
   P("bullets", "bool", 0, "bullet_points", "Use bullet points")],
  """!summarize {file}[ in {max_words} words][ as bullet points{bullets:=true}]
  !give me a (summary|tl;dr|tldr) of {file}
  what's {file} about[? keep it under {max_words} words]""")

# ================================================================ extra "could serve the same request" links
# (families linked here never appear together as target + distractor, nor as absent-request + catalog)

for _a, _b in [("files.info", "files.disk_usage"), ("archive.list", "files.list"), ("git.log", "git.blame"),
               ("git.diff", "git.status"), ("docker.logs", "cloud.logs"), ("docker.logs", "k8s.logs"),
               ("docker.logs", "system.logs"), ("k8s.logs", "cloud.logs"), ("k8s.logs", "system.logs"),
               ("cloud.logs", "system.logs"), ("net.port_scan", "net.open_ports"), ("image.resize", "image.compress"),
               ("ride.request", "directions.get"), ("weather.uv", "weather.current"), ("weather.alerts", "alerts.list"),
               ("calendar.create", "doctor.book"), ("shopping_list.add", "todo.add"), ("reviews.get", "products.search"),
               ("pronounce", "tts.speak"), ("service.control", "docker.stop"), ("files.read", "pdf.to_text"),
               ("weather.forecast", "weather.sun"), ("calendar.create", "reminder.create"), ("music.genre", "radio.play"),
               ("steps.get", "workout.log"), ("git.checkout", "git.reset"), ("movies.info", "tv.episodes")]:
    FAMILY_BY_ID[_a].similar.add(_b)
