"""Generated tool families: formulas (a final velocity, a resonant frequency, a break-even point, a molarity).

Each formula takes two to four numbers, and a request states them all in one sentence, most often with their units
("a mass of 45 kg and a volume of 15 m³", "base and height as 6cm and 10cm respectively"), in any order. From such
requests the model has to learn what the hand-written corpus teaches too rarely: several numbers in a request are
one call's arguments, each going to the parameter its words name, not one call per number; a parameter the request
does not state stays out of the call; "5%" is 5 for a parameter in percent and 0.05 for one that wants a decimal.
One family per formula, from a table a page long.

Training families only, like lookups.py's: never held out, never in the held-out split's catalogs, so the
benchmark's held-out requests stay what they were. Left out: anything a hand-written family computes (speed, force,
kinetic energy, interest, loan payments, discounts, return on investment, z-scores, BMI, areas and volumes).
"""

from __future__ import annotations

from .families import F, P
from .values import Kind, nums

# ---------------------------------------------------------------- values with their units


def measure(lo: float, hi: float, units: str, places: int = 1, int_share: float = 0.5) -> Kind:
    """A number (values.nums's) written with one of its units ("6cm", "6 cm", "6 centimeters") or bare; the
    argument is the number. With no decimal places, int_share must be 1: the values are integers."""
    number = nums(lo, hi, places, int_share)
    symbols = units.split("|")

    def gen(r, st):
        text, v = number.gen(r, st)
        unit = r.choice(symbols) if r.random() < 0.85 else ""
        glue = "" if (unit and not unit[0].isalpha()) or (len(unit) <= 2 and r.random() < 0.5) else " "
        return f"{text}{glue}{unit}" if unit else text, v
    return Kind("number" if places else "integer", gen, copy=False)


def money(lo: int, hi: int) -> Kind:
    def gen(r, st):
        if hi < 100:  # prices of small things have cents
            v = round(r.uniform(lo, hi), 2)
        else:
            v = r.randint(lo, hi) if r.random() < 0.5 else r.randint(lo // 100 + 1, hi // 100) * 100
        n = f"{v:,}" if v >= 1000 and r.random() < 0.4 else str(v)
        return r.choice([f"${n}", f"${n}", f"{n} dollars", f"{n} USD", n]), v
    return Kind("number", gen, copy=False)


def percent(lo: float, hi: float, decimal: bool) -> Kind:
    """Written as a percentage ("5%", "5.5 percent"); the argument is 5 or, for a decimal parameter, 0.05."""
    def gen(r, st):
        p = r.randint(int(lo), int(hi)) if r.random() < 0.6 else round(r.uniform(lo, hi), 1)
        text = f"{p}%" if r.random() < 0.7 else f"{p} percent"
        return text, round(p / 100, 6) if decimal else p
    return Kind("number", gen, copy=False)


def per_year() -> Kind:
    words = {1: ["annually", "yearly", "once a year"], 2: ["semiannually", "twice a year"], 4: ["quarterly"],
             12: ["monthly", "12 times a year"], 365: ["daily"]}

    def gen(r, st):
        n = r.choice(list(words))
        return r.choice(words[n]), n
    return Kind("integer", gen, copy=False)


# ---------------------------------------------------------------- quantities
# key: (the words a request names it by, other parameter names, description, value kind)
Q = {
    "mass": ("mass", "m mass_kg", "Mass in kilograms", measure(0.1, 500, "kg|kilograms|kilos")),
    "mass1": ("first mass|mass of the first body", "m1", "Mass of the first body in kg", measure(1, 5000, "kg")),
    "mass2": ("second mass|mass of the second body", "m2", "Mass of the second body in kg", measure(1, 5000, "kg")),
    "velocity": ("velocity|speed", "v speed", "Velocity in m/s", measure(1, 120, "m/s|meters per second")),
    "initial_velocity": ("initial velocity|starting speed|initial speed", "u v0 initial_speed",
                         "Initial velocity in m/s", measure(1, 60, "m/s|meters per second")),
    "acceleration": ("acceleration", "a accel", "Acceleration in m/s^2",
                     measure(0.5, 30, "m/s^2|m/s²|meters per second squared")),
    "time": ("time|duration", "t duration seconds", "Time in seconds", measure(1, 120, "s|seconds|sec")),
    "distance": ("distance", "d dist", "Distance in meters", measure(1, 5000, "m|meters|metres")),
    "height": ("height", "h drop_height", "Height in meters", measure(1, 500, "m|meters|metres")),
    "force": ("force", "f force_n", "Force in newtons", measure(1, 1000, "N|newtons")),
    "radius": ("radius", "r", "Radius in meters", measure(0.1, 50, "m|meters", places=2)),
    "area": ("area|surface area", "a surface_area", "Area in square meters", measure(0.5, 400, "m²|m^2|square meters")),
    "volume": ("volume", "v vol", "Volume in cubic meters", measure(0.1, 300, "m³|m^3|cubic meters")),
    "density": ("density", "rho", "Density in kg/m^3", measure(500, 13000, "kg/m³|kg/m^3", places=0, int_share=1)),
    "temperature": ("temperature", "temp t kelvin", "Temperature in kelvin", measure(200, 900, "K|kelvin")),
    "temp_change": ("temperature change|temperature rise|change in temperature", "delta_t dt",
                    "Change in temperature in degrees Celsius", measure(1, 90, "°C|degrees|degrees Celsius")),
    "specific_heat": ("specific heat|specific heat capacity", "c heat_capacity", "Specific heat in J/(kg K)",
                      measure(100, 4200, "J/kgK|J/(kg·K)", places=0, int_share=1)),
    "charge": ("charge", "q", "Charge in coulombs", measure(0.001, 10, "C|coulombs", places=3, int_share=0.2)),
    "current": ("current", "i amps", "Current in amperes", measure(0.1, 50, "A|amps|amperes", places=2)),
    "voltage": ("voltage", "v volts", "Voltage in volts", measure(1, 480, "V|volts")),
    "resistance": ("resistance", "r ohms", "Resistance in ohms", measure(1, 10000, "ohms|Ω", places=0, int_share=1)),
    "capacitance": ("capacitance", "c", "Capacitance in farads", measure(0.0001, 2, "F|farads", 4, 0)),
    "inductance": ("inductance", "l", "Inductance in henries", measure(0.001, 5, "H|henries", 3, 0.2)),
    "frequency": ("frequency", "f freq hz", "Frequency in hertz", measure(1, 20000, "Hz|hertz")),
    "wavelength": ("wavelength", "lambda wave_length", "Wavelength in meters", measure(0.01, 100, "m|meters", 2)),
    "spring_constant": ("spring constant|stiffness", "k", "Spring constant in N/m", measure(1, 5000, "N/m")),
    "displacement": ("displacement|stretch|compression", "x", "Displacement in meters",
                     measure(0.01, 3, "m|meters", places=2, int_share=0.2)),
    "angle": ("angle|launch angle", "theta angle_deg", "Angle in degrees", measure(5, 85, "degrees|°", 0, 1)),
    "power": ("power", "p watts", "Power in watts", measure(1, 5000, "W|watts")),
    "energy": ("energy", "e joules", "Energy in joules", measure(1, 100000, "J|joules")),
    "work": ("work|work done", "w", "Work in joules", measure(1, 50000, "J|joules")),
    "moles": ("amount|number of moles", "n mol", "Amount of substance in moles", measure(0.01, 20, "mol|moles", 2)),
    "molar_mass": ("molar mass", "mm molecular_weight", "Molar mass in g/mol", measure(1, 400, "g/mol", 2)),
    "sample_mass": ("mass", "m grams", "Mass in grams", measure(0.1, 1000, "g|grams")),
    "solution_volume": ("volume", "v liters volume_l", "Volume of solution in liters", measure(0.05, 20, "L|liters", 2)),
    "concentration": ("concentration|molarity", "c molarity", "Concentration in mol/L", measure(0.001, 12, "M|mol/L", 3)),
    "principal": ("principal|initial investment|amount invested", "p initial_amount amount", "Amount invested",
                  money(100, 500000)),
    "future_value": ("future value|target value", "fv target", "Value wanted at the end", money(1000, 1000000)),
    "start_value": ("starting value|initial value|value at the start", "begin_value initial", "Value at the start",
                    money(100, 100000)),
    "end_value": ("ending value|final value|value at the end", "final", "Value at the end", money(100, 500000)),
    "rate_decimal": ("interest rate|annual rate|rate", "rate_decimal decimal_rate",
                     "Annual rate as a decimal, e.g. 0.05 for 5%", percent(1, 15, decimal=True)),
    "rate_pct": ("interest rate|annual rate|return rate", "rate_percent annual_rate_pct pct",
                 "Annual rate in percent, e.g. 5 for 5%", percent(1, 15, decimal=False)),
    "tax_pct": ("tax rate|tax", "tax_percent vat_pct", "Tax rate in percent", percent(2, 25, decimal=False)),
    "years": ("years|term|period", "n term_years duration", "Number of years", measure(1, 40, "years", 0, 1)),
    "per_year": ("compounding frequency|compounding", "compounds_per_year n_per_year frequency",
                 "Times compounded per year", per_year()),
    "cost": ("cost|initial cost|purchase price", "purchase_cost total_cost", "Cost", money(100, 200000)),
    "salvage": ("salvage value|residual value|value left", "residual", "Value at the end of its life",
                money(0, 20000)),
    "revenue": ("revenue|sales", "sales income", "Revenue", money(1000, 900000)),
    "fixed_costs": ("fixed costs|overhead", "fixed overhead", "Fixed costs", money(1000, 200000)),
    "unit_price": ("price per unit|selling price|price", "price sale_price", "Selling price per unit",
                   money(5, 900)),
    "unit_cost": ("variable cost per unit|cost per unit|unit cost", "variable_cost", "Variable cost per unit",
                  money(1, 400)),
    "price": ("price|amount", "amount subtotal", "Price before tax", money(5, 5000)),
    "age": ("age", "years_old", "Age in years", measure(16, 85, "years old|years", 0, 1)),
    "weight": ("weight|body weight", "weight_kg kg", "Body weight in kg", measure(40, 150, "kg|kilograms")),
    "height_cm": ("height", "height_cm cm", "Height in centimeters", measure(140, 210, "cm|centimeters", 0, 1)),
    "minutes": ("duration|time", "duration_min minutes", "Duration in minutes", measure(5, 180, "minutes|min", 0, 1)),
    "trip_km": ("distance|trip length", "distance_km km", "Distance in kilometers", measure(5, 2000, "km|kilometers")),
    "efficiency": ("fuel efficiency|fuel economy|consumption", "km_per_liter kmpl", "Kilometers per liter",
                   measure(5, 30, "km/l|km per liter")),
    "fuel_price": ("fuel price|price of fuel|gas price", "price_per_liter", "Fuel price per liter", money(1, 3)),
    "speed_kmh": ("speed|average speed", "speed_kmh kmh", "Speed in km/h", measure(10, 300, "km/h|kph")),
    "gravity": ("gravity|gravitational acceleration|g", "g", "Gravitational acceleration in m/s^2 (default 9.81)",
                measure(1.6, 25, "m/s^2|m/s²", 2, 0.1)),
    "x": ("value|x", "value threshold", "The value", measure(-50, 500, "", 2)),
    "mean": ("mean|average", "mu avg", "Mean of the distribution", measure(-50, 500, "", 2)),
    "std_dev": ("standard deviation|sd", "sigma stdev", "Standard deviation", measure(0.5, 100, "", 2)),
    "sample_size": ("sample size|number of samples", "n count", "Number of samples", measure(2, 5000, "", 0, 1)),
    "trials": ("number of trials|trials|attempts", "n", "Number of independent trials", measure(1, 100, "", 0, 1)),
    "p_success": ("probability of success|success probability", "p prob", "Probability of success per trial",
                  measure(0.01, 0.99, "", 2, 0)),
}

# (key, domain, what it computes (request words), description, required quantities, optional quantities)
FORMULAS = [
    ("final_velocity", "physics", "final velocity|final speed|speed at the end",
     "Final velocity from initial velocity, acceleration and time (v = u + at)",
     "initial_velocity acceleration time", ""),
    ("displacement", "physics", "displacement|distance travelled|distance covered",
     "Displacement under constant acceleration (s = ut + at^2/2)", "initial_velocity acceleration time", ""),
    ("momentum", "physics", "momentum", "Linear momentum of a body (p = mv)", "mass velocity", ""),
    ("potential_energy", "physics", "potential energy|gravitational potential energy",
     "Gravitational potential energy (mgh)", "mass height", "gravity"),
    ("free_fall_time", "physics", "fall time|time to hit the ground|free fall time",
     "Time for an object to fall from a height", "height", "gravity"),
    ("impact_velocity", "physics", "impact speed|impact velocity|speed when it hits the ground",
     "Velocity of an object dropped from a height when it lands", "height", "initial_velocity gravity"),
    ("work_done", "physics", "work done|work", "Work done by a force over a distance", "force distance", "angle"),
    ("mechanical_power", "physics", "power|power output", "Power from work done over time", "work time", ""),
    ("pressure", "physics", "pressure", "Pressure from a force over an area", "force area", ""),
    ("density", "physics", "density", "Density of a substance from its mass and volume", "mass volume", ""),
    ("centripetal_force", "physics", "centripetal force", "Centripetal force on a body in circular motion",
     "mass velocity radius", ""),
    ("gravitational_force", "physics", "gravitational force|gravitational pull|force of gravity",
     "Newtonian gravitational force between two bodies", "mass1 mass2 distance", ""),
    ("projectile_range", "physics", "range|horizontal range|how far it lands",
     "Horizontal range of a projectile", "initial_velocity angle", "gravity"),
    ("spring_force", "physics", "spring force|restoring force", "Force of a spring (Hooke's law, F = kx)",
     "spring_constant displacement", ""),
    ("spring_energy", "physics", "elastic potential energy|energy stored in a spring",
     "Energy stored in a stretched spring (kx^2/2)", "spring_constant displacement", ""),
    ("wave_speed", "physics", "wave speed|speed of a wave", "Speed of a wave from frequency and wavelength",
     "frequency wavelength", ""),
    ("heat_energy", "physics", "heat energy|heat needed|heat required",
     "Heat to change a mass's temperature (Q = mc dT)", "mass specific_heat temp_change", ""),
    ("buoyant_force", "physics", "buoyant force|buoyancy", "Buoyant force on a submerged object",
     "density volume", "gravity"),
    ("electric_field", "electronics", "electric field|electric field strength",
     "Electric field of a point charge at a distance", "charge distance", ""),
    ("ohms_law_current", "electronics", "current|current through the resistor",
     "Current from voltage and resistance (Ohm's law)", "voltage resistance", ""),
    ("electrical_power", "electronics", "electrical power|power draw|power consumption",
     "Electrical power from voltage and current", "voltage current", ""),
    ("resonant_frequency", "electronics", "resonant frequency|resonance frequency",
     "Resonant frequency of an LC circuit", "inductance capacitance", ""),
    ("capacitor_energy", "electronics", "energy stored in a capacitor|capacitor energy",
     "Energy stored in a charged capacitor", "capacitance voltage", ""),
    ("ideal_gas_pressure", "chemistry", "pressure of the gas|gas pressure",
     "Pressure of an ideal gas (PV = nRT)", "moles temperature volume", ""),
    ("molarity", "chemistry", "molarity|concentration", "Molar concentration of a solution",
     "moles solution_volume", ""),
    ("moles_from_mass", "chemistry", "number of moles|moles|amount in moles", "Moles in a mass of a substance",
     "sample_mass molar_mass", ""),
    ("future_value", "finance", "future value|what it will be worth",
     "Future value of an investment with compound interest", "principal rate_decimal years", "per_year"),
    ("present_value", "finance", "present value|how much to invest now",
     "Present value of a future amount", "future_value rate_decimal years", "per_year"),
    ("investment_growth", "finance", "investment growth|profit|expected return",
     "Growth of an investment at an annual return", "principal rate_pct years", ""),
    ("cagr", "finance", "CAGR|compound annual growth rate|annual growth rate",
     "Compound annual growth rate between two values", "start_value end_value years", ""),
    ("straight_line_depreciation", "finance", "depreciation|yearly depreciation",
     "Yearly depreciation of an asset (straight line)", "cost salvage years", ""),
    ("break_even_units", "finance", "break-even point|break even|units to break even",
     "Units to sell to break even", "fixed_costs unit_price unit_cost", ""),
    ("profit_margin", "finance", "profit margin|margin", "Profit margin from revenue and costs", "revenue cost", ""),
    ("price_with_tax", "finance", "price with tax|total with tax|price after tax", "Price including sales tax",
     "price tax_pct", ""),
    ("basal_metabolic_rate", "health", "BMR|basal metabolic rate|calories at rest",
     "Basal metabolic rate (Mifflin-St Jeor)", "weight height_cm age", ""),
    ("max_heart_rate", "health", "maximum heart rate|max heart rate", "Estimated maximum heart rate for an age",
     "age", ""),
    ("exercise_calories", "health", "calories burned|energy burned", "Calories burned by exercise for a duration",
     "weight minutes", ""),
    ("fuel_cost", "travel", "fuel cost|cost of gas|cost of fuel", "Cost of the fuel for a trip",
     "trip_km efficiency fuel_price", ""),
    ("travel_time", "travel", "travel time|how long the trip takes|driving time", "Time a trip takes at a speed",
     "trip_km speed_kmh", ""),
    ("normal_probability", "statistics", "probability|cumulative probability",
     "Probability that a normal variable is below a value", "x mean std_dev", ""),
    ("standard_error", "statistics", "standard error|standard error of the mean",
     "Standard error of a sample mean", "std_dev sample_size", ""),
    ("binomial_expected", "statistics", "expected number of successes|expected successes",
     "Expected successes in a number of trials", "trials p_success", ""),
]

OBJECTS = {"physics": "(an object|a body|a ball|a car|a rock|a particle)", "electronics": "(a circuit|the circuit)",
           "chemistry": "(a solution|the sample|a gas)", "finance": "(an investment|a business|my savings)",
           "health": "(a person|someone|a patient)", "travel": "(a trip|my trip|a drive)",
           "statistics": "(a sample|a distribution|the data)"}


# how a request states some quantities, where "a <words> of <value>" would not read well
PHRASES = {"per_year": "compounded {per_year}", "age": "(an age of|age) {age}",
           "x": "(a value of|x =|x of) {x}"}


def _choices(words: str) -> str:
    return f"({words})" if "|" in words else words


def _stated(q: str) -> str:
    """A quantity and its value as a request states it: "(a mass|the mass|mass) of {mass}"."""
    if q in PHRASES:
        return PHRASES[q]
    nouns = Q[q][0].split("|")
    forms = [f"{article}{n}" for n in nouns for article in ("an " if n[0] in "aeiou" else "a ", "the ", "")]
    return f"({'|'.join(forms)}) of {{{q}}}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _templates(key: str, domain: str, target: str, required: list[str], optional: list[str]) -> tuple[str, str]:
    """A formula's request templates (families.py's mini-language, one per line) and its two-call template."""
    what = _choices(target)
    obj = OBJECTS[domain]
    of = [_stated(q) for q in required]
    opt = "".join(f"[ (and|with) {_stated(q)}]" for q in optional)
    words = [Q[q][0].split("|")[0] for q in required]
    slots = [f"{{{q}}}" for q in required]
    lines = [f"!(calculate|compute|find) the {what} (of {obj} |)(with|given|for) {_join(of)}{opt}",
             f"(what is|what's) the {what} (of {obj} |)(with|given) {_join(of)}{opt}?",
             f"!(calculate|compute|work out) the {what} (of {obj} |)(given|with) {_join(of[::-1])}{opt}",
             f"{obj} with {_join(of)}{opt}. what is the {what}?",
             f"{_join(slots)} ({_join(words)}){opt}: {what}?",
             f"{key.replace('_', ' ')}: {', '.join(f'{w} {s}' for w, s in zip(words, slots))}{opt}"]
    if len(required) >= 2:
        lines.append(f"!(calculate|compute|find) the {what} given (the |its |){_join(words)} (as|of) {_join(slots)}"
                     f"( respectively|){opt}")
    if "initial_velocity" in required:  # "from rest" states a value no digit writes
        rest = [o if q != "initial_velocity" else "(a start from rest|starting from rest){initial_velocity:=0}"
                for q, o in zip(required, of)]
        lines.append(f"!(calculate|compute|find) the {what} of {obj} (with|given) {_join(rest)}{opt}")
    first, later = required[0], required[1:]
    others = "".join(f", {_stated(q)}" for q in later)
    par = f"!(calculate|compute|find) the {what} for {Q[first][0].split('|')[0]} {{{first}}} and {{{first}^}}{others}"
    return "\n".join(lines), par


def _family(key, domain, target, desc, required, optional) -> None:
    req, opt = required.split(), optional.split()
    camel = "".join(w.title() for w in key.split("_"))
    names = f"calculate_{key} {key} ={domain}.{key} compute{camel} get_{key}"
    params = [P(q, Q[q][3], 1, Q[q][1], Q[q][2]) for q in req] + [P(q, Q[q][3], 0, Q[q][1], Q[q][2]) for q in opt]
    text, par = _templates(key, domain, target, req, opt)
    descs = f"{desc}. | Calculates the {target.split('|')[0]}. | {desc}."
    F(f"formula.{key}", domain, names, descs, params, text, par=par, train_only=True)


for _row in FORMULAS:
    _family(*_row)
