-- 6 departments, 36 units below them, 600 employees with synthetic Swedish names and responsibilities
INSERT INTO unit (id, name, parent_id, phone_number, created_at, updated_at)
SELECT 'dep-' || d, (ARRAY['Kommunledningsförvaltningen','Samhällsbyggnadsförvaltningen','Barn- och utbildningsförvaltningen',
       'Socialförvaltningen','Kultur- och fritidsförvaltningen','Tekniska förvaltningen'])[d], NULL, '+46223130' || lpad(d::text, 2, '0'), now(), now()
FROM generate_series(1, 6) d;
INSERT INTO unit (id, name, parent_id, phone_number, created_at, updated_at)
SELECT 'unit-' || u, (ARRAY['Bygglov','Miljö','Kontaktcenter','Ekonomi','Personal','Färdtjänst','Skolskjuts','Förskola','Grundskola',
       'Gymnasium','Äldreomsorg','Hemtjänst','Individ- och familjeomsorg','Bibliotek','Fritidsgårdar','Gata och park','Vatten och avlopp',
       'Fastighet'])[1 + (u % 18)] || ' ' || (u / 18 + 1), 'dep-' || (1 + u % 6), '+4622314' || lpad(u::text, 3, '0'), now(), now()
FROM generate_series(1, 36) u;
INSERT INTO employee (id, first_name, last_name, title, unit_id, phone_numbers, responsibilities, voicemail_enabled, active, created_at, updated_at)
SELECT 'emp-' || i,
       (ARRAY['Anna','Eva','Maria','Karin','Sara','Lena','Emma','Kerstin','Lars','Anders','Johan','Per','Erik','Karl','Nils','Mikael','Olle','Ingrid'])[1 + i % 18],
       (ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson','Gustafsson','Pettersson',
              'Jonsson','Jansson','Hansson','Bengtsson','Jönsson','Lindberg','Lindström','Lindqvist','Magnusson','Lindgren','Berg',
              'Axelsson','Bergström','Lundberg','Lind','Lundgren','Lundqvist','Mattsson','Berglund','Fredriksson','Sandberg'])[1 + (i * 7) % 32],
       (ARRAY['Handläggare','Bygglovshandläggare','Miljöinspektör','Assistent','Samordnare','Enhetschef','Socialsekreterare','Lärare'])[1 + i % 8],
       'unit-' || (1 + i % 36),
       '[{"kind":"WORK","number":"+462231' || lpad(i::text, 5, '0') || '"}]',
       (ARRAY['["bygglov","marklov","rivningslov"]','["strandskydd","miljötillsyn"]','["färdtjänst","riksfärdtjänst"]','["skolskjuts"]',
              '["försörjningsstöd","ekonomiskt bistånd"]','["hemtjänst","trygghetslarm"]','["felanmälan gata","snöröjning"]',
              '["bibliotek","fjärrlån"]','["vatten och avlopp","va-anslutning"]','["lönefrågor"]'])[1 + i % 10],
       true, true, now(), now()
FROM generate_series(1, 600) i;
ANALYZE;
