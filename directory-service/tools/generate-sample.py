#!/usr/bin/env python3
"""Generates the sample directory in src/main/resources/sample/: a fictional municipality shaped like
Fagersta kommun (units.json and employees.csv, the latter in the HR import's format). Deterministic:
a fixed seed, so running it again gives the same files. Run from anywhere: python3 tools/generate-sample.py
"""
import json
import random
from datetime import date, timedelta
from pathlib import Path

AS_OF = date(2026, 11, 28)   # the files' dates are relative to this day; the loader moves them to today
OUT = Path(__file__).resolve().parent.parent / 'src' / 'main' / 'resources' / 'sample'
rng = random.Random(20261128)

FIRST_F = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Kristina', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Marie', 'Malin',
           'Jenny', 'Birgitta', 'Hanna', 'Linnea', 'Elin', 'Sofia', 'Ida', 'Johanna', 'Annika', 'Helena', 'Camilla',
           'Susanne', 'Åsa', 'Ulla', 'Maja', 'Frida', 'Louise', 'Therese', 'Cecilia', 'Agneta', 'Monica', 'Lisa',
           'Petra', 'Ylva', 'Tove', 'Matilda', 'Amra', 'Fatima', 'Leila', 'Mirja', 'Aino', 'Nadia']
FIRST_M = ['Lars', 'Erik', 'Anders', 'Johan', 'Per', 'Karl', 'Mikael', 'Peter', 'Jan', 'Thomas', 'Daniel', 'Fredrik',
           'Hans', 'Stefan', 'Mats', 'Magnus', 'Andreas', 'Jonas', 'Mattias', 'Niklas', 'Marcus', 'Björn', 'Oskar',
           'Henrik', 'Gustav', 'Olof', 'Göran', 'Patrik', 'Robert', 'Viktor', 'Emil', 'Joakim', 'Kjell', 'Sven',
           'Ahmed', 'Ali', 'Mehmet', 'Juha', 'Tomasz', 'Dragan', 'Pekka', 'Ibrahim']
LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
        'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
        'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Axelsson', 'Berg', 'Bergström', 'Lundberg',
        'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
        'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
        'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson',
        'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Hedlund', 'Virtanen',
        'Korhonen', 'Hodžić', 'Yilmaz', 'Nowak', 'Haddad', 'Westerlund', 'Norberg', 'Ström', 'Backman', 'Åberg']

# (id, name, parent, [(title, role, responsibilities, count)])
D = [
    ('ks', 'Kommunstyrelseförvaltningen', None, [('Kommunchef', 'chef', ['kommunens ledning'], 1),
                                                  ('Utredare', 'handläggare', ['utredningar', 'uppföljning'], 2)]),
    ('ks-kansli', 'Kansli och nämndadministration', 'ks', [
        ('Kanslichef', 'chef', ['nämndadministration'], 1),
        ('Nämndsekreterare', 'handläggare', ['nämndsekreterare', 'protokoll', 'sammanträden', 'delegationsbeslut'], 4),
        ('Registrator', 'handläggare', ['diarium', 'allmänna handlingar', 'registrering', 'utlämnande av handlingar'], 3),
        ('Arkivarie', 'handläggare', ['arkiv', 'arkivsök', 'informationshantering'], 2),
        ('Kommunjurist', 'handläggare', ['juridik', 'överklagande', 'laglighetsprövning'], 2),
        ('Kommunstyrelsens ordförande', 'förtroendevald', ['kommunstyrelsen'], 1),
        ('Kommunalråd', 'förtroendevald', ['kommunstyrelsen', 'politiska frågor'], 2)]),
    ('ks-ekonomi', 'Ekonomienheten', 'ks', [
        ('Ekonomichef', 'chef', ['ekonomi', 'budget'], 1),
        ('Controller', 'handläggare', ['budget', 'uppföljning', 'bokslut'], 4),
        ('Ekonomiassistent', 'handläggare', ['fakturor', 'leverantörsfakturor', 'kundfakturor', 'betalningar'], 6),
        ('Lönehandläggare', 'handläggare', ['lön', 'lönespecifikation', 'semesterlön', 'tjänstepension'], 6)]),
    ('ks-hr', 'HR-enheten', 'ks', [
        ('HR-chef', 'chef', ['personalfrågor', 'arbetsgivarfrågor'], 1),
        ('HR-konsult', 'handläggare', ['rekrytering', 'rehabilitering', 'arbetsmiljö', 'anställning'], 5),
        ('HR-administratör', 'handläggare', ['anställningsavtal', 'tjänstgöringsintyg', 'personalsystem'], 3)]),
    ('ks-it', 'IT-enheten', 'ks', [
        ('IT-chef', 'chef', ['IT'], 1),
        ('IT-tekniker', 'handläggare', ['IT-support', 'lösenord', 'datorer', 'mobiltelefoner', 'behörigheter'], 8),
        ('Systemförvaltare', 'handläggare', ['verksamhetssystem', 'e-tjänster', 'telefoni'], 4)]),
    ('ks-kommunikation', 'Kommunikationsenheten', 'ks', [
        ('Kommunikationschef', 'chef', ['kommunikation', 'press'], 1),
        ('Kommunikatör', 'handläggare', ['webbplats', 'sociala medier', 'pressfrågor', 'krisinformation'], 4)]),
    ('ks-kontaktcenter', 'Kontaktcenter', 'ks', [
        ('Kontaktcenterchef', 'chef', ['kontaktcenter', 'servicefrågor'], 1),
        ('Kommunvägledare', 'telefonist', ['växel', 'allmänna frågor', 'felanmälan', 'synpunkter och klagomål',
                                           'blanketter', 'e-tjänster', 'sophämtning', 'parkeringstillstånd'], 12)]),
    ('ks-upphandling', 'Upphandlingsenheten', 'ks', [
        ('Upphandlingschef', 'chef', ['upphandling'], 1),
        ('Upphandlare', 'handläggare', ['upphandling', 'avtal', 'direktupphandling', 'leverantörer'], 3)]),
    ('ks-naringsliv', 'Näringslivsenheten', 'ks', [
        ('Näringslivschef', 'chef', ['näringsliv', 'företagsfrågor'], 1),
        ('Näringslivsutvecklare', 'handläggare', ['företagsetablering', 'nyföretagande', 'företagslotsen', 'turism'], 3),
        ('Arbetsmarknadskonsulent', 'handläggare', ['arbetsmarknadsåtgärder', 'feriearbete', 'praktikplatser'], 4)]),

    ('bou', 'Barn- och utbildningsförvaltningen', None, [
        ('Förvaltningschef', 'chef', ['skolfrågor', 'utbildning'], 1)]),
    ('bou-kansli', 'Förvaltningskontor barn och utbildning', 'bou', [
        ('Kanslichef', 'chef', ['administration skola'], 1),
        ('Skolskjutshandläggare', 'handläggare', ['skolskjuts', 'elevresor', 'busskort'], 2),
        ('Handläggare barnomsorg', 'handläggare', ['förskoleplats', 'barnomsorgsavgift', 'kö till förskola', 'fritidshem'], 3),
        ('Skoladministratör', 'handläggare', ['skolval', 'antagning', 'gymnasieintag', 'interkommunal ersättning'], 3),
        ('Kvalitetsutvecklare', 'handläggare', ['systematiskt kvalitetsarbete', 'kränkande behandling', 'klagomål skola'], 2)]),
    ('bou-forskola-norr', 'Förskoleområde Norr', 'bou', [
        ('Förskolechef', 'chef', ['förskola'], 1),
        ('Förskollärare', 'handläggare', ['förskola'], 22),
        ('Barnskötare', 'övrig', ['förskola'], 14)]),
    ('bou-forskola-soder', 'Förskoleområde Söder', 'bou', [
        ('Förskolechef', 'chef', ['förskola'], 1),
        ('Förskollärare', 'handläggare', ['förskola'], 20),
        ('Barnskötare', 'övrig', ['förskola'], 12)]),
    ('bou-brinkskolan', 'Brinkskolan', 'bou', [
        ('Rektor', 'chef', ['skolfrågor'], 1),
        ('Biträdande rektor', 'chef', ['schema', 'frånvaro'], 1),
        ('Lärare', 'handläggare', ['undervisning'], 38),
        ('Skolassistent', 'övrig', ['frånvaroanmälan', 'elevfrågor'], 2)]),
    ('bou-risbroskolan', 'Risbroskolan', 'bou', [
        ('Rektor', 'chef', ['skolfrågor'], 1),
        ('Lärare', 'handläggare', ['undervisning'], 30),
        ('Fritidspedagog', 'handläggare', ['fritidshem'], 6),
        ('Skolassistent', 'övrig', ['frånvaroanmälan'], 1)]),
    ('bou-vastanfors', 'Västanforsskolan', 'bou', [
        ('Rektor', 'chef', ['skolfrågor'], 1),
        ('Lärare', 'handläggare', ['undervisning'], 28),
        ('Fritidspedagog', 'handläggare', ['fritidshem'], 5)]),
    ('bou-gymnasium', 'Fagersta gymnasium', 'bou', [
        ('Rektor', 'chef', ['gymnasieskola'], 1),
        ('Gymnasielärare', 'handläggare', ['undervisning'], 30),
        ('Studie- och yrkesvägledare', 'handläggare', ['studievägledning', 'gymnasieval', 'praktik'], 2)]),
    ('bou-elevhalsa', 'Elevhälsan', 'bou', [
        ('Enhetschef elevhälsa', 'chef', ['elevhälsa'], 1),
        ('Skolsköterska', 'handläggare', ['skolhälsovård', 'vaccination', 'hälsosamtal'], 5),
        ('Skolkurator', 'handläggare', ['kurator', 'elevstöd'], 4),
        ('Skolpsykolog', 'handläggare', ['utredning elev', 'elevstöd'], 2)]),
    ('bou-vuxenutbildning', 'Vuxenutbildningen', 'bou', [
        ('Rektor', 'chef', ['vuxenutbildning'], 1),
        ('Lärare', 'handläggare', ['komvux', 'sfi', 'svenska för invandrare'], 10),
        ('Studie- och yrkesvägledare', 'handläggare', ['studievägledning', 'komvux', 'yrkesutbildning'], 2)]),

    ('soc', 'Socialförvaltningen', None, [('Socialchef', 'chef', ['socialtjänst'], 1)]),
    ('soc-forsorjningsstod', 'Försörjningsstöd', 'soc', [
        ('Enhetschef', 'chef', ['ekonomiskt bistånd'], 1),
        ('Socialsekreterare försörjningsstöd', 'handläggare', ['försörjningsstöd', 'ekonomiskt bistånd', 'nödprövning'], 10),
        ('Budget- och skuldrådgivare', 'handläggare', ['budgetrådgivning', 'skuldrådgivning', 'skuldsanering'], 2)]),
    ('soc-barn-unga', 'Barn och unga', 'soc', [
        ('Enhetschef', 'chef', ['barn och unga'], 1),
        ('Socialsekreterare barn och unga', 'handläggare', ['orosanmälan', 'barnutredning', 'placering', 'familjehem'], 12),
        ('Familjebehandlare', 'handläggare', ['familjebehandling', 'föräldrastöd'], 5)]),
    ('soc-vuxen', 'Vuxen och beroende', 'soc', [
        ('Enhetschef', 'chef', ['vuxen och beroende'], 1),
        ('Socialsekreterare vuxen', 'handläggare', ['missbruk', 'beroende', 'våld i nära relationer', 'bostad först'], 6)]),
    ('soc-bistand', 'Biståndshandläggning äldre', 'soc', [
        ('Enhetschef', 'chef', ['biståndshandläggning'], 1),
        ('Biståndshandläggare', 'handläggare', ['hemtjänst', 'särskilt boende', 'trygghetslarm', 'korttidsboende',
                                                 'matdistribution'], 8)]),
    ('soc-lss', 'LSS-handläggning', 'soc', [
        ('Enhetschef', 'chef', ['LSS'], 1),
        ('LSS-handläggare', 'handläggare', ['LSS', 'personlig assistans', 'ledsagarservice', 'daglig verksamhet'], 4)]),
    ('soc-familjeratt', 'Familjerätt', 'soc', [
        ('Enhetschef', 'chef', ['familjerätt'], 1),
        ('Familjerättssekreterare', 'handläggare', ['faderskap', 'vårdnad', 'boende och umgänge', 'adoption'], 3)]),
    ('soc-hemtjanst', 'Hemtjänsten', 'soc', [
        ('Enhetschef hemtjänst', 'chef', ['hemtjänst'], 1),
        ('Samordnare hemtjänst', 'handläggare', ['hemtjänst', 'schema hemtjänst', 'avbokning hemtjänst'], 4),
        ('Undersköterska', 'övrig', ['hemtjänst'], 40)]),
    ('soc-boende', 'Vård- och omsorgsboenden', 'soc', [
        ('Enhetschef boende', 'chef', ['särskilt boende'], 1),
        ('Undersköterska', 'övrig', ['särskilt boende'], 42),
        ('Sjuksköterska', 'handläggare', ['hemsjukvård', 'läkemedel'], 8),
        ('Arbetsterapeut', 'handläggare', ['hjälpmedel', 'rehabilitering'], 3)]),

    ('sbf', 'Samhällsbyggnadsförvaltningen', None, [('Samhällsbyggnadschef', 'chef', ['samhällsbyggnad'], 1)]),
    ('sbf-bygglov', 'Bygglov', 'sbf', [
        ('Bygglovschef', 'chef', ['bygglov'], 1),
        ('Bygglovshandläggare', 'handläggare', ['bygglov', 'bygglovsansökan', 'marklov', 'rivningslov', 'strandskyddsdispens'], 4),
        ('Byggnadsinspektör', 'handläggare', ['bygganmälan', 'startbesked', 'slutbesked', 'tillsyn', 'ovårdad tomt'], 3),
        ('Bygglovsadministratör', 'handläggare', ['ritningar', 'nybyggnadskarta', 'bygglovsavgift'], 2)]),
    ('sbf-miljo', 'Miljö- och hälsoskydd', 'sbf', [
        ('Miljöchef', 'chef', ['miljö'], 1),
        ('Miljöinspektör', 'handläggare', ['miljötillsyn', 'enskilt avlopp', 'värmepump', 'buller', 'förorenad mark'], 5),
        ('Livsmedelsinspektör', 'handläggare', ['livsmedelskontroll', 'serveringstillstånd', 'restauranger'], 3),
        ('Hälsoskyddsinspektör', 'handläggare', ['hälsoskydd', 'fukt och mögel', 'ohyra'], 2)]),
    ('sbf-plan', 'Plan och exploatering', 'sbf', [
        ('Planchef', 'chef', ['planfrågor'], 1),
        ('Planarkitekt', 'handläggare', ['detaljplan', 'översiktsplan', 'planbesked'], 3),
        ('Exploateringsingenjör', 'handläggare', ['tomter', 'markförsäljning', 'arrende'], 2)]),
    ('sbf-gata', 'Gata och park', 'sbf', [
        ('Gatuchef', 'chef', ['gator och parker'], 1),
        ('Gatuingenjör', 'handläggare', ['trafik', 'parkering', 'grävtillstånd', 'snöröjning', 'gatubelysning'], 4),
        ('Parkarbetare', 'övrig', ['parker', 'lekplatser'], 10)]),
    ('sbf-va', 'Vatten och avlopp', 'sbf', [
        ('VA-chef', 'chef', ['vatten och avlopp'], 1),
        ('VA-ingenjör', 'handläggare', ['vattenläcka', 'anslutning VA', 'vattenmätare', 'VA-taxa'], 3),
        ('Drifttekniker', 'övrig', ['vattenverk', 'reningsverk'], 8)]),
    ('sbf-fardtjanst', 'Färdtjänst och bostadsanpassning', 'sbf', [
        ('Enhetschef', 'chef', ['färdtjänst'], 1),
        ('Färdtjänsthandläggare', 'handläggare', ['färdtjänst', 'riksfärdtjänst', 'parkeringstillstånd för rörelsehindrade'], 3),
        ('Bostadsanpassningshandläggare', 'handläggare', ['bostadsanpassning', 'bostadsanpassningsbidrag'], 2)]),
    ('sbf-kart', 'Mät och kart', 'sbf', [
        ('Enhetschef', 'chef', ['kartor'], 1),
        ('Mätningsingenjör', 'handläggare', ['utstakning', 'lägeskontroll', 'nybyggnadskarta', 'adresser'], 3)]),

    ('kof', 'Kultur- och fritidsförvaltningen', None, [('Kultur- och fritidschef', 'chef', ['kultur och fritid'], 1)]),
    ('kof-bibliotek', 'Biblioteket', 'kof', [
        ('Bibliotekschef', 'chef', ['bibliotek'], 1),
        ('Bibliotekarie', 'handläggare', ['lån', 'fjärrlån', 'bokcirkel', 'läsfrämjande'], 6)]),
    ('kof-fritid', 'Fritid och anläggningar', 'kof', [
        ('Fritidschef', 'chef', ['fritid'], 1),
        ('Fritidskonsulent', 'handläggare', ['föreningsbidrag', 'lokalbokning', 'idrottshallar', 'föreningsregister'], 3),
        ('Badmästare', 'övrig', ['simhall', 'simskola'], 6)]),
    ('kof-kulturskolan', 'Kulturskolan', 'kof', [
        ('Kulturskolechef', 'chef', ['kulturskola'], 1),
        ('Kulturskolelärare', 'handläggare', ['musikundervisning', 'kulturskola'], 8)]),
    ('kof-ungdom', 'Fritidsgårdar', 'kof', [
        ('Enhetschef', 'chef', ['ungdomsfrågor'], 1),
        ('Fritidsledare', 'handläggare', ['fritidsgård', 'lovaktiviteter', 'ungdomsfrågor'], 6)]),
]


def ascii_mail(s):
    table = str.maketrans({'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e', 'ž': 'z', 'ć': 'c', 'č': 'c', 'š': 's', ' ': '-'})
    return s.lower().translate(table)


def main():
    units, rows = [], []
    next_hr = 10001
    next_work = 44100
    mobiles = [f'070-174 06 {n:02d}' for n in range(5, 100)]
    used_mail = set()
    for index, (uid, name, parent, staff) in enumerate(D):
        unit_number = f'0223-440 {index + 1:02d}'   # 0223-440 00 is the municipality's main number (kontaktcenter)
        manager = None
        for title, role, resp, count in staff:
            for _ in range(count):
                female = rng.random() < 0.62   # most municipal employees are women
                first = rng.choice(FIRST_F if female else FIRST_M)
                last = rng.choice(LAST)
                hr = str(next_hr)
                next_hr += 1
                work = next_work
                next_work += 1
                mail = f'{ascii_mail(first)}.{ascii_mail(last)}'
                n = 2
                while mail in used_mail:
                    mail = f'{ascii_mail(first)}.{ascii_mail(last)}{n}'
                    n += 1
                used_mail.add(mail)
                r = rng.random()
                voicemail = 'nej' if r < 0.05 else 'ja'
                g = rng.random()
                if g < 0.07:
                    rec, secs = '', ''                                   # no greeting recorded
                else:
                    rec = (AS_OF - timedelta(days=rng.randint(5, 700))).isoformat()
                    secs = str(rng.randint(35, 75) if g < 0.12 else rng.randint(6, 28))  # some far too long
                v = rng.random()
                if v < 0.04:
                    verified = ''                                        # never confirmed
                elif v < 0.14:
                    verified = (AS_OF - timedelta(days=rng.randint(380, 900))).isoformat()  # more than a year ago
                else:
                    verified = (AS_OF - timedelta(days=rng.randint(1, 330))).isoformat()
                phone, ext = f'0223-{work // 1000:02d}{work % 1000 // 100} {work % 100:02d}', str(work)[-4:]
                if rng.random() < 0.01:
                    phone, ext = '', ''                                  # no number at all (DIRECTORY_CORRECT)
                mobile = mobiles.pop(0) if mobiles and (role == 'chef' or rng.random() < 0.1) else ''
                rows.append([hr, first, last, title, uid, ext, phone, mobile, f'{mail}@fagersta.exempel.se', role,
                             voicemail, rec, secs, '|'.join(resp), verified, 'ja'])
                if role == 'chef' and manager is None:
                    manager = hr
        unit = {'id': uid, 'name': name, 'parentId': parent, 'managerEmployeeId': manager,
                'phoneNumber': unit_number, 'email': f'{uid}@fagersta.exempel.se',
                'serviceFunction': False, 'serviceDesk': None, 'missedCallsCreateTasks': False}
        if uid == 'ks-kontaktcenter':
            weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']
            unit.update({'phoneNumber': '0223-440 00', 'serviceFunction': True, 'missedCallsCreateTasks': True,
                         'serviceDesk': {'openingHours': [h for d in weekdays for h in (
                             {'day': d, 'opens': '08:00', 'closes': '12:00'},
                             {'day': d, 'opens': '13:00', 'closes': '16:30'})],
                             'exceptions': [{'date': '2026-12-23', 'opens': '08:00', 'closes': '12:00'},
                                            {'date': '2027-01-05', 'opens': '08:00', 'closes': '12:00'}],
                             'minimumStaffing': 2}})
        units.append(unit)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / 'units.json').write_text(json.dumps({'asOf': AS_OF.isoformat(), 'units': units}, ensure_ascii=False, indent=1) + '\n',
                                    encoding='utf-8')
    header = ['anställningsnummer', 'förnamn', 'efternamn', 'titel', 'enhet', 'anknytning', 'telefon', 'mobil', 'e-post',
              'roll', 'röstbrevlåda', 'hälsning inspelad', 'hälsning sekunder', 'ansvarsområden', 'bekräftad', 'aktiv']
    with open(OUT / 'employees.csv', 'w', encoding='utf-8', newline='') as f:
        for r in [header] + rows:
            f.write(';'.join(r) + '\n')
    print(f'{len(units)} units, {len(rows)} employees -> {OUT}')


if __name__ == '__main__':
    main()
