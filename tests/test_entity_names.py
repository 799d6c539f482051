"""Entity stage on name phenomena of unseen news (issue 13, "Names").

Every sentence here was written for these tests.  Each rule they cover is held by at
least two independent cases: titles before a person are no names, staffs of an army are
organisations, and so on.
"""

from __future__ import annotations

import pytest


# a title before a person is no name: the model's ORG on its first words goes
@pytest.mark.parametrize("text, fragment, person", [
    ("Iran's Supreme Leader Ayatollah Ali Khamenei called the strike a crime.",
     "Supreme", "Khamenei"),
    ("Defence Minister Lloyd Austin said Washington would send more troops.",
     "Defence", "Austin"),
    ("U.S. Secretary of State Antony Blinken arrived in Cairo on Monday.",
     "State", "Blinken"),
])
def test_title_before_a_person_is_no_name(ents, text, fragment, person):
    found = ents(text)
    assert all(fragment not in name for name, *_ in found)
    assert any(label == "PERSON" and name.endswith(person) for name, label, *_ in found)


def test_country_adjective_before_a_title_stays_norp(ents):
    found = ents("The Russian Deputy Defence Minister and a Turkish Foreign Minister met.")
    assert ("Russian", "NORP", "RUS", None) in found
    assert ("Turkish", "NORP", "TUR", None) in found
    assert not any(label == "ORG" for _, label, *_ in found)


# an army's staff is an organisation, the country adjective inside its name
@pytest.mark.parametrize("text, name, code", [
    ("The Turkish General Staff said the operation would continue.",
     "Turkish General Staff", "TUR"),
    ("The South Korean Joint Chiefs of Staff said the missile flew about 600 km.",
     "South Korean Joint Chiefs of Staff", "KOR"),
])
def test_general_staff_is_a_military_organisation(ents, text, name, code):
    assert (name, "ORG", code, "MIL") in ents(text)


def test_general_staff_without_a_country_keeps_its_span(ents):
    found = ents("Gen. Valery Gerasimov, the chief of the General Staff, inspected the troops.")
    assert any(name == "General Staff" and label == "ORG" for name, label, *_ in found)


# a name many states give their agencies is the named owner's, whatever the dictionary says
@pytest.mark.parametrize("text, name, code", [
    ("Kenya's National Intelligence Service warned of attacks during the holidays.",
     "National Intelligence Service", "KEN"),
    ("Ukraine's Main Intelligence Directorate said the drones were launched from Russia.",
     "Main Intelligence Directorate", "UKR"),
    ("Israel's Cyber Command was put on alert.", "Cyber Command", "ISR"),
    # a ministry named in capitals is an organisation, whatever the model makes of its
    # owner
    ("Laos' Foreign Ministry condemned the decision by the bloc on Friday.",
     "Foreign Ministry", "LAO"),
    ("The talks ended.\n\nCyprus' Interior Ministry condemned the decision by the bloc.",
     "Interior Ministry", "CYP"),
    ("Malawi's Defence Ministry rejected the report.", "Defence Ministry", "MWI"),
])
def test_possessive_owner_codes_a_shared_agency_name(ents, text, name, code):
    assert any(f[:3] == (name, "ORG", code) for f in ents(text))


def test_agency_name_without_an_owner_keeps_its_dictionary_code(ents):
    found = ents("The National Intelligence Service told lawmakers that troops had moved.")
    assert any(f[:3] == ("National Intelligence Service", "ORG", "KOR") for f in found)


# a leading "the" stays outside names the patterns find, as outside the model's
@pytest.mark.parametrize("text, name", [
    ("The Azov Regiment defended the steelworks for weeks.", "Azov Regiment"),
    ("The Bangladeshi Rapid Action Battalion arrested three suspects.",
     "Bangladeshi Rapid Action Battalion"),
    ("The Hmeimim Air Base came under drone attack.", "Hmeimim Air Base"),
])
def test_pattern_names_leave_the_leading_the_out(ents, text, name):
    assert name in [f[0] for f in ents(text)]


# a state's department is government; its defence department or headquarters military
@pytest.mark.parametrize("text, name, sector", [
    ("The U.S. Commerce Department added the firms to its entity list.",
     "U.S. Commerce Department", "GOV"),
    ("The U.S. Justice Department charged seven officers with hacking.",
     "U.S. Justice Department", "GOV"),
    ("The US Defense Department said the drills would go ahead.",
     "US Defense Department", "MIL"),
    ("The Nigerian Defence Headquarters said troops killed 20 insurgents.",
     "Nigerian Defence Headquarters", "MIL"),
])
def test_department_names_their_sector(ents, text, name, sector):
    assert any(f[0] == name and f[3] == sector for f in ents(text))


# companies carry their home country with sector BUS (ANNOTATION.md, Entities)
@pytest.mark.parametrize("text, name, code", [
    ("Microsoft said the intrusion began in January.", "Microsoft", "USA"),
    ("Boeing will deliver the tankers next year.", "Boeing", "USA"),
    ("Rheinmetall plans to build a tank plant in Ukraine.", "Rheinmetall", "DEU"),
])
def test_company_is_coded_with_its_country_and_bus(ents, text, name, code):
    assert (name, "ORG", code, "BUS") in ents(text)


# a country's place that is no political unit: a region or landform is LOC, a square or
# a plant FAC, and both keep the country's code (ANNOTATION.md, Entities)
@pytest.mark.parametrize("text, name, label, code", [
    ("Navalny fell ill on a flight from Siberia to Moscow.", "Siberia", "LOC", "RUS"),
    ("Israel struck targets near the Golan Heights.", "Golan Heights", "LOC", "SYR"),
    ("Hezbollah fighters were seen in the Bekaa Valley.", "Bekaa Valley", "LOC", "LBN"),
    ("Police detained activists near Tiananmen Square on Sunday.", "Tiananmen Square",
     "FAC", "CHN"),
    ("Shelling near the Zaporizhzhia nuclear plant cut power again.",
     "Zaporizhzhia nuclear plant", "FAC", "UKR"),
])
def test_places_that_are_no_political_unit_keep_their_label(ents, text, name, label, code):
    assert (name, label, code, None) in ents(text)


# a common noun the model took for an organisation is no name ("No common nouns")
@pytest.mark.parametrize("text, owner", [
    ("Chinese defence ministry spokesman Tan Kefei said the drills were legitimate.",
     "Chinese"),
    ("Russia's defence ministry said on Sunday it had shot down 12 drones.", "Russia"),
    ("The Gaza health ministry said 30 people were killed.", "Gaza"),
])
def test_lowercase_organisation_nouns_are_no_names(ents, text, owner):
    found = ents(text)
    assert not any(label == "ORG" for _, label, *_ in found)
    assert owner in [f[0] for f in found]


def test_names_partly_lowercase_keep_their_span(ents):
    found = ents("Fighters of the Fano militia clashed with the Islamic State group.")
    assert ("Fano militia", "ORG") in [f[:2] for f in found]
    assert ("Islamic State group", "ORG") in [f[:2] for f in found]


# every spelling the dictionary lists matches, not only the first of its key
@pytest.mark.parametrize("text, name, code", [
    ("A bulletin from dpa said the talks had ended.", "dpa", "DEU"),
    ("Caracas-based teleSUR aired the speech.", "teleSUR", "VEN"),
    ("Baku's AzerTac agency carried the statement.", "AzerTac", "AZE"),
])
def test_every_dictionary_spelling_matches(ents, text, name, code):
    assert (name, "ORG", code, "MED") in ents(text)


# titles stay outside a person's name, from the model or the dictionary alike
@pytest.mark.parametrize("text, name", [
    ("Ayatollah Ali Khamenei addressed the crowd.", "Ali Khamenei"),
    ("Grand Ayatollah Ali al-Sistani urged restraint.", "Ali al-Sistani"),
    ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted the talks in Doha.",
     "Tamim bin Hamad Al Thani"),
    ("Hezbollah leader Sheikh Naim Qassem said the group would respond.", "Naim Qassem"),
    ("Imam Ahmed al-Tayeb condemned the attack.", "Ahmed al-Tayeb"),
    ("Sultan Haitham bin Tariq received the envoy.", "Haitham bin Tariq"),
    ("King Abdullah II met the delegation in Amman.", "Abdullah II"),
])
def test_titles_stay_outside_person_names(ents, text, name):
    persons = [f[0] for f in ents(text) if f[1] == "PERSON"]
    assert persons == [name]


def test_a_title_word_that_is_part_of_a_name_stays(ents):
    assert ("Sheikh Hasina", "PERSON") in [f[:2] for f in ents(
        "Bangladesh's Sheikh Hasina won the vote.")]


# a capital struck, fled, named as a dateline or as "the capital X" is the city: sector
# null, not GOV
@pytest.mark.parametrize("text, name", [
    ("Russian missiles struck Kyiv overnight.", "Kyiv"),
    ("Drones attacked Moscow early on Sunday.", "Moscow"),
    ("The strike on Kyiv killed three people.", "Kyiv"),
    ("Residents fled Khartoum as fighting spread.", "Khartoum"),
    ("Protesters marched through central Minsk.", "Minsk"),
    ("Russia strikes power grid\nKYIV\nRussian missiles hit power plants on Friday.", "KYIV"),
    ("Peacekeepers patrolled the capital Bangui on Sunday.", "Bangui"),
    ("Fighting spread to the Sudanese capital, Khartoum, on Saturday.", "Khartoum"),
])
def test_a_capital_as_a_place_has_no_sector(ents, text, name):
    assert any(f[0] == name and f[1] == "GPE" and f[2] and f[3] is None for f in ents(text))


def test_a_capital_standing_for_its_government_stays_gov(ents):
    assert ("Kyiv", "GPE", "UKR", "GOV") in ents("Kyiv said the attack had failed.")


def test_a_capital_inside_another_name_stands_for_no_government(ents):
    assert ("Damascus airport", "FAC", "SYR", None) in ents("Israeli jets bombed Damascus airport.")


# a seat of government named as a place is the place: its country, no sector
@pytest.mark.parametrize("text, name", [
    ("Tourists queued outside the White House on Sunday.", "White House"),
    ("Protesters gathered near the Kremlin after the vote.", "Kremlin"),
])
def test_a_seat_as_a_place_has_no_sector(ents, text, name):
    found = [f for f in ents(text) if f[0] == name]
    assert found and found[0][3] is None, found


def test_the_pentagon_is_the_defence_department():
    from pipeline.stages.entities.dictionary import load_actors

    assert load_actors().lookup("the Pentagon") == {"code": "USA", "sector": "MIL"}


# an IGO's official: the IGO's code, sector IGO (ANNOTATION.md, Entities)
@pytest.mark.parametrize("text, name, code", [
    ("NATO Secretary General Jens Stoltenberg visited the base.", "Jens Stoltenberg", "NATO"),
    ("Priya Raman, a spokeswoman for the World Food Programme, said stocks were low.",
     "Priya Raman", "WFP"),
    ("The IAEA chief Rafael Grossi toured the reactor site.", "Rafael Grossi", "IAEA"),
])
def test_an_igo_official_has_sector_igo(ents, text, name, code):
    assert (name, "PERSON", code, "IGO") in ents(text)


def test_a_state_official_keeps_a_state_sector(ents):
    found = ents("Anil Verma, a spokesman for the Indian Foreign Ministry, said talks went well.")
    assert ("Anil Verma", "PERSON", "IND", "GOV") in found


# an acronym defined in brackets names what the full name names
@pytest.mark.parametrize("text, short, label, code", [
    ("Both states signed the Strategic Partnership Treaty (SPT) in 2019. The SPT lapsed.",
     "SPT", "LAW", None),
    ("The Organization of American States (OAS) criticised the vote.", "OAS", "ORG", "OAS"),
    ("The Maritime Border Accord (MBA) was never ratified.", "MBA", "LAW", None),
])
def test_a_bracketed_acronym_takes_its_full_names_label(ents, text, short, label, code):
    found = ents(text)
    assert any(f[:3] == (short, label, code) for f in found), found


def test_brackets_that_are_no_acronym_of_the_name_are_left(ents):
    found = ents("The Strategic Partnership Treaty (SPT) and the Defence Pact (XYZ) lapsed.")
    assert not any(f[0] == "XYZ" and f[1] == "LAW" for f in found), found


# a name that codes nothing itself belongs to the owner of its phrase: a possessive name
# before the noun it modifies, or the party a possessive pronoun or descriptor points to
@pytest.mark.parametrize("text, name, code", [
    ("General Amr Saad met the Egyptian Army's Border Guards Commander in Cairo.",
     "Border Guards", "EGY"),
    ("Kenya named a new head of its Coast Guard Service on Monday.", "Coast Guard Service", "KEN"),
    ("Chile said its Navy had rescued the crew. The country's Coast Guard Command found the boat.",
     "Coast Guard Command", "CHL"),
])
def test_an_uncoded_name_takes_its_owners_code(ents, text, name, code):
    assert any(f[:3] == (name, "ORG", code) and f[3] == "MIL" for f in ents(text)), ents(text)


def test_an_owner_pronoun_with_nothing_before_codes_nothing(ents):
    found = ents("Its Coast Guard Command found the boat.")
    assert all(f[2] is None for f in found if f[0] == "Coast Guard Command"), found


# headline abbreviations of country names (ISO codes as for the full names)
@pytest.mark.parametrize("text, name, code", [
    ("HK police arrest six ahead of vigil", "HK", "HKG"),
    ("S. Korea, Japan hold talks on fishing rights", "S. Korea", "KOR"),
    ("S.Korea protests Japan's textbook claims", "S.Korea", "KOR"),
    ("N. Korea fires artillery into the sea", "N. Korea", "PRK"),
    ("The Sahrawi movement rejected the plan.", "Sahrawi", "ESH"),
    # armed groups by their short names; "Zionist" is Israel, as the regime's foes name it
    ("The Southern Transitional Council seized the port of Aden.",
     "Southern Transitional Council", "STC"),
    ("Ahrar al-Sham fighters shelled the town.", "Ahrar al-Sham", "AHRARALSHAM"),
    ("Militants of Sinai Province attacked a checkpoint.", "Sinai Province", "ISIS"),
    ("Tehran blamed the Zionist regime for the blast.", "Zionist", "ISR"),
    ("Hezbollah vowed to fight the Zionist enemy.", "Zionist", "ISR"),
    ("The state news agency SPA said the envoy had arrived.", "SPA", "SAU"),
    # a named body placed in a capital is that country's, as an unnamed one is
    ("Troops began drills on Monday, the Defence Ministry in Baku said.", "Defence Ministry",
     "AZE"),
    ("The Interior Ministry in Accra said 12 people were held.", "Interior Ministry", "GHA"),
])
def test_abbreviations_demonyms_and_armed_groups(ents, text, name, code):
    assert any(f[0] == name and f[2] == code for f in ents(text)), ents(text)


# non-governmental organisations are organisations that code no state
@pytest.mark.parametrize("text, names", [
    ("Human Rights Watch said the detainees had been beaten.", ["Human Rights Watch"]),
    ("Amnesty International and Human Rights Watch urged an inquiry.",
     ["Amnesty International", "Human Rights Watch"]),
    ("Doctors Without Borders said its clinic in Sudan was hit.", ["Doctors Without Borders"]),
])
def test_ngos_are_uncoded_organisations(ents, text, names):
    found = ents(text)
    for name in names:
        assert (name, "ORG", None, None) in found, found


def test_a_listed_product_codes_no_company(ents):
    found = ents("Hackers breached Microsoft Exchange servers at the ministry.")
    assert ("Microsoft Exchange", "PRODUCT", None, None) in found, found


# abbreviated military titles stay one word: the name after them is a person, the
# sentence goes on, and a title alone is no name
@pytest.mark.parametrize("text, person", [
    ("Col. Ana Perez agreed with the plan.", "Ana Perez"),
    ("Lt. Col. Ana Perez agreed with the plan.", "Ana Perez"),
    ("Brig. Gen. Tomas Ruiz said the navy would stay.", "Tomas Ruiz"),
    ("Sgt. Kofi Mensah was wounded in the raid.", "Kofi Mensah"),
    ("Rear Admiral Julia Santos said the plane had crashed.", "Julia Santos"),
    ("Vice Admiral Omar Haddad inspected the fleet.", "Omar Haddad"),
])
def test_abbreviated_titles_stay_outside_person_names(entity_nlp, text, person):
    doc = entity_nlp(text)
    assert len(doc.spans["sentences"]) == 1
    names = [(e.text, e.label_) for e in doc.ents]
    assert (person, "PERSON") in names and len(names) == 1, names


# UN peacekeeping and political missions are the UN, as UNIFIL is
@pytest.mark.parametrize("text, name", [
    ("UNMISS said its peacekeepers had sheltered 2,000 civilians in Malakal.", "UNMISS"),
    ("UNDOF observers reported shelling near the ceasefire line.", "UNDOF"),
    ("MINUSCA troops escorted the convoy.", "MINUSCA"),
])
def test_un_missions_are_the_un(ents, text, name):
    assert (name, "ORG", "UN", None) in ents(text), ents(text)



# a ship's name beside a vessel noun is a PRODUCT (OntoNotes: vehicles), no actor, even
# when a word inside it is a place ("Marlin Luanda")
@pytest.mark.parametrize("text, name", [
    ("The navy said the Sea Falcon, a Greek-owned ship sailing under the Maltese flag, "
     "was hit.", "Sea Falcon"),
    ("The tanker Marlin Luanda caught fire after the strike.", "Marlin Luanda"),
    ("A missile struck the bulk carrier True Confidence off Aden.", "True Confidence"),
    ("The frigate HMS Richmond shot down two drones.", "HMS Richmond"),
])
def test_a_ships_name_is_a_product(ents, text, name):
    assert (name, "PRODUCT", None, None) in ents(text), ents(text)


# a yearly event named with its year before an event noun is an EVENT, year included
@pytest.mark.parametrize("text, name", [
    ("Delegates toured the Zapad 2021 exercises near the border.", "Zapad 2021"),
    ("The firm showed its drones at the IDEX 2025 exhibition in Abu Dhabi.", "IDEX 2025"),
    ("Officials toured the Army 2025 international defence forum near Moscow.", "Army 2025"),
])
def test_a_yearly_event_keeps_its_year(ents, text, name):
    assert any(f[:2] == (name, "EVENT") for f in ents(text)), ents(text)


def test_a_year_after_a_preposition_is_no_event_name(ents):
    assert not any(f[1] == "EVENT" for f in ents("In 2021 drills were held near Minsk."))
