"""Every fact of the status report (September 2020) is in the right section of the built site,
and nothing that the report does not say has crept in.

FAKTA is the one table: (page url, heading id, phrases). Each phrase must occur in the text of that
section (case-insensitive, whitespace normalised). The section runs from the heading to the next heading
of the same or higher level, so a fact placed on the wrong page or under the wrong heading fails.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from hjalp import avsnitt_text

START = ""

FAKTA: list[tuple[str, str, list[str]]] = [
    # --- Start ---------------------------------------------------------------------------------------
    (
        START,
        "vad-ar-mvp",
        [
            "Mentorer i våldsprevention",
            "våldsförebyggande program",
            "årskurs 7–9",
            "gymnasiet",
            "mäns och pojkars våld",
        ],
    ),
    (START, "vad-ar-at", ["Agera tillsammans", "årskurs 4", "våld, genus och aktiv åskådare"]),
    (
        START,
        "malen",
        [
            "Öka medvetenheten och kunskapen om våld",
            "Utmana våra tankar",
            "tänka självständigt och kritiskt",
            "Öppna för dialog och skapa reflekterande samtal",
            "Inspirera till ledarskap",
            "vilja göra skillnad",
            "Minska förekomsten av våld",
        ],
    ),
    (START, "for-vem", ["skolledare", "koordinator", "leder lektioner", "redaktör", "fritidsgård", "parklek"]),
    (START, "borja-har", ["Ny skola – börja här", "Koordinator", "Leder lektioner", "Redaktör"]),
    (
        START,
        "uppdraget",
        [
            "budget för 2020",
            "våldsförebyggande arbetet",
            "trygghetsskapande arbetet",
            "utbildningsnämnden",
            "socialnämnden",
            "stadsdelsnämnderna",
        ],
    ),
    (START, "startar", ["2015", "2016", "sammanfattningen", "Bakgrund", "oklart"]),
    (
        START,
        "omfattning",
        [
            "hösten 2020",
            "26 skolor",
            "140 klasser",
            "ett tjugotal",
            "grundskolor",
            "en gymnasieskola",
            "en gymnasiesärskola",
            "fritidsgårdar och parklekar",
            "fritidsverksamheter",
            "Hägersten-Älvsjö",
            "Hässelby-Vällingby",
            "Skarpnäck",
            "yrkesroller",
        ],
    ),
    (
        START,
        "goda-resultat",
        [
            "Värdet av samverkan mellan olika yrkesroller",
            "Utveckling av pedagogernas arbete",
            "Kunskaps- och attitydpåverkan hos eleverna",
            "naturlig och värdefull samverkan",
            "kvällar och nätter",
            "säkrare och mer bekväma",
            "väver in programmets teman",
            "sexualiserat våld",
            "strategier för att stoppa våld",
            "aktiv åskådare",
        ],
    ),
    (
        START,
        "kommande-kartlaggning",
        [
            "Socialförvaltningen",
            "utbildningsförvaltningen",
            "hösten 2020",
            "fördjupad kartläggning",
            "december 2020",
            "extern konsult",
            "februari 2021",
            "utveckla, sprida och kvalitetssäkra",
            "verksamheter",
        ],
    ),
    (
        START,
        "om-rapporten",
        [
            "Lägesrapport – Stadens arbete med MVP (Mentorer i Våldsprevention)",
            "september 2020",
            "kunskapsbank",
            "förberedelser, genomförande och uppföljning",
        ],
    ),
    # --- Programmen ----------------------------------------------------------------------------------
    (
        "programmen/",
        "mvp",
        [
            "årskurs 7–9",
            "gymnasiet",
            "mäns och pojkars våld",
            "USA",
            "MÄN för jämställdhet",
            "svenska förhållanden",
            "14 tematiska lektioner",
            "cirka en timme",
            "sex nya lektioner",
            "rasism",
            "hedersrelaterat våld och förtryck",
            "pornografi",
        ],
    ),
    (
        "programmen/",
        "at",
        [
            "årskurs 4",
            "11 lektioner",
            "cirka en timme",
            "anpassat lektionsmaterial",
            "samma kärnkomponenter",
            "dilemmaberättelser",
            "rollspel",
            "samtal",
            "bilder",
            "film",
        ],
    ),
    (
        "programmen/",
        "karnkomponenter",
        ["våld", "genus", "aktiv åskådare", "Både elever och personal", "tränar på att vara en aktiv åskådare"],
    ),
    ("programmen/", "grundutbildning-kravs", ["grundutbildning", "använda materialet"]),
    (
        "programmen/",
        "stodmaterial",
        [
            "stödmaterial i sex delar",
            "MVP stöd – Bakgrund och utvecklingen av MVP",
            "MVP stöd – Bedömning och utvärdering",
            "MVP stöd – Genomförande manual och implementering",
            "MVP stöd – Handledning",
            "MVP stöd – Ungas delaktighet och mentorsskap",
            "MVP Teorimanual",
        ],
    ),
    # --- Förberedelser -------------------------------------------------------------------------------
    ("forberedelser/", "forankra", ["på skolan och i området", "krockar", "stora utvecklingsprojekt"]),
    (
        "forberedelser/",
        "ledningens-stod",
        [
            "förvaltningsledning",
            "avdelningsledning",
            "skolledning",
            "skapa förutsättningar",
            "följa upp arbetet kontinuerligt",
            "skapa motivation",
            "delaktig",
        ],
    ),
    (
        "forberedelser/",
        "mvp-team",
        [
            "MVP-teamet eller skolteamet",
            "utbilda fler",
            "sjukskriven",
            "byter arbetsplats",
            "föräldraledig",
            "motstånd",
        ],
    ),
    (
        "forberedelser/",
        "samverkan",
        [
            "stadsdelsförvaltningen, polisen eller båda",
            "yrkesroller från stadsdelsförvaltningen",
            "inte bara lärare och mentorer",
            "barnskötare",
            "elevassistenter",
            "fritidsledare",
            "fältassistenter",
            "lärare i fritidshem",
            "skolkuratorer",
            "socialpedagoger",
            "personal från skolsociala team",
        ],
    ),
    (
        "forberedelser/",
        "koordinator",
        [
            "minst en koordinator",
            "leder, planerar och stödjer",
            "länken",
            "skolledningen",
            "stadsdelsförvaltningen",
            "stadens samordning av våldsprevention",
            "skolkurator",
            "förstelärare",
            "trygghetsteam",
            "socialpedagog",
        ],
    ),
    ("forberedelser/", "stodmaterial", ["MÄN", "stödmaterial"]),
    (
        "forberedelser/",
        "utbildning",
        [
            "utbildning, planering, reflektion och uppföljning",
            "Kunskapshalvdag",
            "teorimanual",
            "instuderingsfrågor",
            "digitalt kunskapstest",
            "Grundutbildning",
            "två dagar",
            "en halvdag",
            "uppstartsmöte",
            "boosterdag",
            "gemensam reflektion",
            "första terminen",
            "cirka fem timmar",
            "ett helt läsår",
            "Utvärdering och uppföljning",
            "två timmar",
            "slutet av läsåret",
        ],
    ),
    (
        "forberedelser/",
        "kunskapshalvdag",
        ["all personal på skolan", "första steget", "grundläggande teori", "samsyn", "på skolan och i området"],
    ),
    (
        "forberedelser/",
        "lektionstid",
        [
            "14 lektioner",
            "11 lektioner",
            "cirka en timme",
            "Vilka lektioner",
            "alla ämnen",
            "mentorstid",
            "undervisningstid",
            "temadagar",
            "uppstartsdagar",
        ],
    ),
    ("forberedelser/", "arbetstider", ["olika arbetstider", "stadsdelsförvaltningen"]),
    (
        "forberedelser/",
        "planeringstid",
        [
            "gemensam tid",
            "en timmes planeringstid per lektion",
            "Minst två ledare",
            "pedagoger",
            "ledarpar eller ledargrupp",
            "konferensschemat",
            "tjänstefördelningen",
            "schemat",
        ],
    ),
    ("forberedelser/", "organisera", ["hela-skolan-ansats", "årskursteam", "expertteam"]),
    (
        "forberedelser/",
        "hela-skolan-ansats",
        [
            "ett årskursteam per år",
            "treårsperiod",
            "alla som undervisar i årskurs 7",
            "gemensam kunskapsbas",
            "gemensamt språk",
            "åskådaransats",
            "mentorerna i årskursen",
            "regelbundet",
            "varje ledarpar eller ledargrupp",
            "tryggt rum",
            "dagliga mötet",
            "experter",
            "skolkuratorer",
            "socialpedagoger",
            "fältassistenter",
            "fritidsledare",
            "långsiktig planering",
            "ett och samma tillfälle",
        ],
    ),
    (
        "forberedelser/",
        "expertteam",
        [
            "lärare, mentorer, personal från elevhälsan och övrig personal",
            "under flera år",
            "Förberedelsetiden minskar",
            "flera klasser",
            "Kvaliteten kan öka",
            "omfattande grundutbildning",
            "”ägs” inte av all personal",
        ],
    ),
    (
        "forberedelser/",
        "jamforelse",
        ["Vem leder lektionerna", "Behov av utbildning", "Förberedelse", "Kvalitet", "Kunskapen sprids", "Nackdel"],
    ),
    # --- Genomförande --------------------------------------------------------------------------------
    ("genomforande/", "manualens-ordning", ["manualer", "bygger på varandra", "ordning som manualen anger"]),
    ("genomforande/", "informera-vardnadshavare", ["vårdnadshavarna", "vad arbetet innebär", "frågor och funderingar"]),
    (
        "genomforande/",
        "fore-forsta-lektionen",
        ["tryggbassamtal", "om ni arbetar med AT", "nollbasmätning", "digital enkät", "om ni arbetar med MVP"],
    ),
    (
        "genomforande/",
        "schemalagd-tid",
        ["schemalagd gemensam tid", "planering", "lektioner", "reflektion", "hög kvalitet"],
    ),
    (
        "genomforande/",
        "stalltid",
        [
            "ställtid",
            "före eller efter",
            "ta fram material",
            "möblera om",
            "reflektera över lektionen",
            "ändra något till nästa gång",
            "klassen, gruppen eller en enskild elev",
        ],
    ),
    ("genomforande/", "tre-personal", ["tre ledare per grupp", "dela gruppen", "sårbart", "frånvarande"]),
    (
        "genomforande/",
        "intervall",
        ["för långt", "en lektion varannan vecka", "tätt efter varandra", "temadag", "uppstartsdag"],
    ),
    (
        "genomforande/",
        "nar-starta",
        [
            "början av årskurs 7",
            "år 1 på gymnasiet",
            "trygg grupp",
            "vårterminen",
            "spilla över",
            "årskurs 8",
            "år 2 på gymnasiet",
            "Varje skola och stadsdelsförvaltning",
        ],
    ),
    ("genomforande/", "at-arskurs", ["årskurs 4", "årskurs 5 och 6"]),
    (
        "genomforande/",
        "justera-under-aret",
        [
            "Stanna upp",
            "förändringar och justeringar",
            "vilka ledare som leder",
            "byta lokal",
            "minska gruppstorleken",
            "mer stöd",
            "delaktiga i diskussionerna",
        ],
    ),
    ("genomforande/", "utbyte-mellan-skolor", ["fler skolor i stadsdelen", "utbyt erfarenheter"]),
    (
        "genomforande/",
        "ledningens-engagemang",
        ["Skolledningen", "intresse och delaktighet", "planering, avstämning och utvärdering", "införa och utveckla"],
    ),
    # --- Uppföljning ---------------------------------------------------------------------------------
    (
        "uppfoljning/",
        "nollbasmatning",
        ["digital enkät", "innan ni börjar", "nollbasmätning", "Ett antal skolor i staden"],
    ),
    ("uppfoljning/", "effektmatning", ["sista lektionen", "enkät igen", "effektmätning"]),
    (
        "uppfoljning/",
        "tolka-resultatet",
        [
            "observerar vissa handlingar oftare",
            "troligen inte",
            "händer oftare",
            "mer observanta",
            "våld och kränkningar",
            "fler skolor",
            "för omfattande och tidskrävande",
        ],
    ),
    (
        "uppfoljning/",
        "tryggbassamtal",
        [
            "som arbetar med AT ska hålla ett tryggbassamtal med alla elever",
            "innan lektionerna startar",
            "MVP kan också välja",
            "enskilt",
            "korta",
            "tre frågor",
            "klassnivå",
            "Omsorg",
            "Vittne",
            "Hemmet",
            "blöder",
            "pinsamt",
            "knuffad",
            "hemma eller på fritiden",
            "trygga att söka stöd",
            "minst en trygg vuxen",
            "prata om våld med eleverna",
        ],
    ),
    (
        "uppfoljning/",
        "fokusgrupper",
        [
            "Utbildningsförvaltningen",
            "två tillfällen",
            "våren 2018",
            "våren 2020",
            "elever och personal",
            "vad eleverna har lärt sig",
            "framgångsfaktorer",
            "utvecklas och stärkas",
        ],
    ),
    (
        "uppfoljning/",
        "skolverkets-utvardering",
        [
            "Skolverket",
            "ideella organisationen MÄN",
            "översatt och anpassat",
            "Mälardalens högskola",
            "Stockholms universitet",
            "Örebro universitet",
            "2015–2017",
            "april 2018",
            "försiktig",
            "generalisera",
            "framgångsfaktorer och risker",
            "fortsatt behov av kunskap",
            "värdegrunds- och likabehandlingsarbete",
            "Skolverkets utvärdering av mentorer i våldsprevention (MVP)",
            "uppgift saknas",
        ],
    ),
    (
        "uppfoljning/",
        "skr-utvardering",
        ["Sveriges Kommuner och Regioner", "SKR", "nationell utvärdering", "december 2020"],
    ),
    # --- Goda exempel --------------------------------------------------------------------------------
    (
        "goda-exempel/",
        "underlag",
        [
            "fokusgrupper med elever",
            "fokusgrupper med pedagoger",
            "enskilda intervjuer med pedagoger",
            "utvärderingar med elever och pedagoger",
            "Utbildningsförvaltningen",
            "våren 2018",
            "våren 2020",
            "Socialförvaltningen",
            "personal från en skola hösten 2020",
        ],
    ),
    (
        "goda-exempel/",
        "samverkan",
        [
            "uppmuntrar",
            "andra aktörer",
            "kommunen eller stadsdelsförvaltningen",
            "MVP i Sverige – bakgrund, kontext och utveckling",
            "fritid och fältassistenter",
            "fler kompetenser och erfarenheter",
            "Signalen till de unga blir att flera vuxna känner varandra och att det är fler som engagerar sig",
            "alla lärare på högstadiet",
            "fler ser och agerar",
            "naturlig och värdefull samverkan",
            "kvällar och nätter",
            "stärkt samarbetet",
            "bättre stämning",
        ],
    ),
    (
        "goda-exempel/",
        "pedagogperspektivet",
        [
            "oavsett formell yrkesroll",
            "leder MVP-lektioner",
            "en skola våren 2020",
            "lärare",
            "lärarassistent",
            "fritidsledare",
            "samordnare",
            "fältassistenter",
            "lärorikt och värdefullt",
            "samverkan med andra yrkesroller",
            "säkrare och mer bekväma",
            "andra ämnen",
        ],
    ),
    (
        "goda-exempel/",
        "elevperspektivet",
        [
            "våren 2018",
            "våren 2020",
            "sexualiserat våld",
            "strategier för att stoppa våld",
            "aktiv åskådare",
            "nya perspektiv",
            "hur ord kan göra någon illa",
            "normer och om allas rättigheter",
            "tjejer och killar",
            "olika typer av våld",
            "skydda sig",
            "förberedda",
            "hjälpa till och agera",
            "maskulinitet",
            "vuxen på skolan att prata med",
            "reta andra för deras utseende",
            "rasistiska kommentarer",
        ],
    ),
    # --- Utmaningar och utveckling -------------------------------------------------------------------
    (
        "utmaningar/",
        "samordnade-utbildningar",
        [
            "Under 2020",
            "utbildningsförvaltningen",
            "några stadsdelsförvaltningar",
            "alla MVP-utbildningar",
            "rätt antal platser",
            "mindre administration",
            "utbildare",
            "ekonomiska resurserna",
            "utbildningslokaler",
        ],
    ),
    (
        "utmaningar/",
        "egna-utbildare",
        ["egna utbildare", "grundutbildning i MVP", "fler utbildare", "självförsörjande", "tidpunkter"],
    ),
    (
        "utmaningar/",
        "manual-och-anpassning",
        [
            "Följ manualen",
            "anpassa",
            "skapa förståelse",
            "ord och begrepp",
            "sitter i rummet",
            "mindre grupper",
            "komma till tals",
            "svårt att arbeta efter en manual",
            "styr för mycket",
            "rätt nivå",
            "lärarhandledningar",
            "vägledande",
            "arbetsgrupp",
        ],
    ),
    (
        "utmaningar/",
        "nya-temalektioner",
        [
            "beställt",
            "utvecklar",
            "rasism",
            "hedersrelaterat våld och förtryck",
            "pornografi",
            "revideras",
            "våren 2021",
            "årskurs 8 och 9",
            "kränkningar",
            "diskriminering",
        ],
    ),
    (
        "utmaningar/",
        "pilotprojekt-rinkeby-kista",
        [
            "Våldspreventiv samverkan kring barn 6–12 år i Rinkeby-Kista",
            "Hösten 2020",
            "våld i skolan",
            "våld i nära relationer",
            "hedersrelaterat våld och förtryck",
            "mäns och pojkars våld",
            "barn, vårdnadshavare och personal",
            "personal",
            "samsyn",
            "gemensamma verktyg",
            "familjerådgivarna",
        ],
    ),
    ("utmaningar/", "elever-leder", ["Husbygårdsskolan", "årskurs 9", "introduktionslektioner", "årskurs 6"]),
    (
        "utmaningar/",
        "fritidsgardar",
        [
            "Fler stadsdelsförvaltningar",
            "fritidsgårdar och parklekar",
            "komplement",
            "Hägersten-Älvsjö",
            "Älvsjö-Hägersten",
            "utvecklingsarbete",
        ],
    ),
    (
        "utmaningar/",
        "sammantaget",
        [
            "kvalitet",
            "metodföljsamhet",
            "utbildningsresurser",
            "samverkan med organisationen MÄN",
            "samordna och förvalta",
        ],
    ),
    (
        "utmaningar/",
        "fordjupad-kartlaggning",
        [
            "Socialförvaltningen",
            "utbildningsförvaltningen",
            "hösten 2020",
            "december 2020",
            "extern konsult",
            "till nämnd i februari 2021",
            "två delar",
            "Kartlägga befintligt och pågående arbete med MVP",
            "uppföljning, lägesavstämning och analys",
            "i vilka stadsdelsförvaltningar och skolor",
            "I vilken omfattning",
            "metodföljsamheten",
            "kvaliteten",
            "problem, svårigheter och brister",
            "framgångar och resultat",
            "vad saknas",
            "utvecklingsmöjligheter",
            "förvaltande struktur",
            "kompetensförsörjning",
            "utbildning av mentorer och material",
            "hög kvalitet",
            "utveckla, sprida och kvalitetssäkra",
        ],
    ),
    # --- Om handboken --------------------------------------------------------------------------------
    ("om-handboken/", "grund", ["Lägesrapport – Stadens arbete med MVP", "september 2020", "uppgift saknas"]),
    ("om-handboken/", "oklarheter", ["2015", "2016", "Husbygårdskolan", "Husbygårdsskolan", "Älvsjö-Hägersten"]),
    ("om-handboken/", "sa-halls-den-aktuell", ["docs/", "data/", "pull requests"]),
    ("om-handboken/", "redaktor", ["make serve", "make check", "CONTRIBUTING.md"]),
    (
        "om-handboken/",
        "kallor",
        [
            "Lägesrapport – Stadens arbete med MVP (Mentorer i Våldsprevention)",
            "Stockholms stad",
            "september 2020",
            "MVP i Sverige – bakgrund, kontext och utveckling",
        ],
    ),
    # --- The report's tables, rendered from data/ on the status pages ---------------------------------
    (
        "lagesrapport/skolor/",
        "skolor",
        [
            "Akalla grundskola",
            "Alviksskolan",
            "Bäckahagens skola",
            "Grimtaskolan",
            "Hagsätra-Ormkärrsskolan",
            "Husbygårdsskolan",
            "Hässelbygårdsskolan",
            "Högalidsskolan",
            "Johan Skytteskolan",
            "Kista grundskola",
            "Knutbyskolan",
            "Kämpetorpsskolan",
            "Kärntorps gymnasium",
            "Loviselundsskolan",
            "Matteusskolan",
            "Observatorielundens skola",
            "Rinkebyskolan",
            "Rågsveds grundskola",
            "Sjöängsskolan",
            "Smedshagsskolan",
            "Snösätraskolan",
            "Solbergaskolan",
            "S:t Eriks Gymnasiesärskola",
            "Södra Ängby skola",
            "Trollbodaskolan",
            "Vällingbyskolan",
            "börjar 2021",
            "ej inkommet",
        ],
    ),
    (
        "lagesrapport/stadsdelar/",
        "stadsdelsforvaltningar",
        [
            "Bromma",
            "Enskede-Årsta-Vantörs",
            "Hägersten-Älvsjö",
            "Hässelby-Vällingby",
            "Kungsholmens",
            "Norrmalms",
            "Rinkeby-Kista",
            "Skarpnäcks",
            "Södermalms",
        ],
    ),
    (
        "lagesrapport/yrkesroller/",
        "skolan",
        [
            "Barnskötare/elevassistenter 31",
            "Fritidsledare 11",
            "Fritidspedagog 9",
            "Lärare/mentorer 240",
            "Skolkurator 19",
            "Skolpsykolog 3",
            "Skolsköterska 2",
            "Socialpedagog 15",
            "Annan yrkesroll/övrig personal 19",
        ],
    ),
    (
        "lagesrapport/yrkesroller/",
        "stadsdel-och-polis",
        [
            "Fritidsledare/personal från fritidsgård 6",
            "Fältassistent 15",
            "Polis 6",
            "Socialsekreterare 0",
            "Annan yrkesroll/övrig personal 3",
        ],
    ),
]

INNEHALLSSIDOR = [
    START,
    "programmen/",
    "forberedelser/",
    "genomforande/",
    "uppfoljning/",
    "goda-exempel/",
    "utmaningar/",
    "om-handboken/",
]

# What the report never gives, so the handbook must never show: phone numbers, e-mail, web addresses.
PAHITT = {
    "telefonnummer": re.compile(r"\b0\d{1,3}\s?-\s?\d[\d ]{4,}"),
    "e-postadress": re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.I),
    "webbadress": re.compile(r"https?://|www\.|skolverket\.se", re.I),
}


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


_artiklar: dict[str, BeautifulSoup] = {}


def artikel(sida, url: str) -> BeautifulSoup:
    """The page's <article> as a document of its own, so the last section of a page ends where the
    article ends instead of running on into the footer, navigation and scripts."""
    if url not in _artiklar:
        soup = BeautifulSoup(str(sida(url).find("article")), "html.parser")
        for dold in soup.select(".hb-dold"):  # an abbreviation's spelled-out form, read only by screen readers
            dold.decompose()
        _artiklar[url] = soup
    return _artiklar[url]


def _fall():
    for url, avsnitt, fraser in FAKTA:
        for fras in fraser:
            yield pytest.param(url, avsnitt, fras, id=f"{url or 'start/'}#{avsnitt}: {fras}")


@pytest.mark.parametrize(("url", "avsnitt", "fras"), list(_fall()))
def test_faktum_finns_i_ratt_avsnitt(sida, url, avsnitt, fras):
    assert norm(fras) in norm(avsnitt_text(artikel(sida, url), avsnitt)), f"{fras!r} saknas i {url or '/'}#{avsnitt}"


def test_siffror_fran_data_pa_startsidan(sida):
    text = norm(avsnitt_text(artikel(sida, START), "omfattning"))
    for monster in (r"\b26 skolor", r"\b140 klasser", r"\b(nio|9) stadsdelsförvaltningar"):
        assert re.search(monster, text), f"startsidan saknar {monster}"


@pytest.mark.parametrize("url", INNEHALLSSIDOR, ids=lambda u: u or "start/")
def test_inga_pahittade_kontaktuppgifter_eller_adresser(sida, url):
    innehall = artikel(sida, url)
    text = innehall.get_text(" ", strip=True)
    lankar = " ".join(a["href"] for a in innehall.find_all("a", href=True))
    for namn, monster in PAHITT.items():
        assert not monster.search(text), f"{url or '/'}: {namn} i texten"
        assert not monster.search(lankar), f"{url or '/'}: {namn} i en länk"


def test_pahittskontrollen_kan_sla_larm():
    """The negative control must be able to fail: it recognises what it looks for."""
    for prov in ("ring 08-508 000 00", "mvp@stockholm.se", "https://www.skolverket.se/publikationer"):
        assert any(m.search(prov) for m in PAHITT.values()), prov


def test_avsnitt_avgransas_till_sin_rubrik(sida):
    forb = artikel(sida, "forberedelser/")
    expert, hela = norm(avsnitt_text(forb, "expertteam")), norm(avsnitt_text(forb, "hela-skolan-ansats"))
    for fras in ("förberedelsetiden minskar", "flera klasser"):
        assert fras in expert and fras not in hela
    assert "treårsperiod" in hela and "treårsperiod" not in expert
    # An h2 includes its h3 sections.
    assert "förberedelsetiden minskar" in norm(avsnitt_text(forb, "organisera"))
    assert "utbildningsnämnden" not in norm(avsnitt_text(artikel(sida, START), "malen"))
    # The last section of a page stops at the end of the article, not in the footer or the scripts.
    assert "search.result" not in norm(avsnitt_text(artikel(sida, "forberedelser/"), "jamforelse"))


@pytest.mark.parametrize("url", INNEHALLSSIDOR, ids=lambda u: u or "start/")
def test_rubriker_har_lasbara_id(sida, url):
    # A page's closing "Nästa steg" is navigation, not a section to link to.
    rubriker = [r for r in artikel(sida, url).find_all(["h2", "h3"]) if not r.find_parent("nav")]
    assert rubriker
    for rubrik in rubriker:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rubrik.get("id", "")), rubrik


def test_borja_har_leder_ratt(sida):
    rubrik = artikel(sida, START).find(id="borja-har")
    lankar = {a.get_text(strip=True): a["href"] for a in rubrik.find_next("dl").find_all("a")}
    assert lankar == {
        "Ny skola – börja här": "forberedelser/",
        "checklistan för att starta": "starta/checklista/",
        "Koordinator": "forberedelser/#koordinator",
        "Leder lektioner": "genomforande/",
        "Redaktör": "om-handboken/",
    }


def test_citat_ar_markerade_med_kalla(sida):
    citat = artikel(sida, "goda-exempel/").find_all("blockquote")
    assert citat
    for c in citat:
        assert "fokusgrupp" in norm(c.get_text(" ")), c
