-- Example project: Kompetensförsörjning genom skuggning (Linköpings kommun, ESF+, 2023–2024).
-- Built from the public project descriptions at Kohesio ("Skills supply through shading") and in
-- the ESF+ project bank (case 23-023-S02): dates, budget, EU share, programme data, the three
-- causes and the seven objectives. Everything else (governance, plan, competence plan,
-- participants, hours, staffing, budget split, outcomes) is invented but plausible.
--
-- The app runs this file inside one transaction on a new file that already holds the schema,
-- the project row (id = 1) and the default roles (ids 1–11) and competences (ids 1–8).

-------------------------------------------------------------------------------------------------
-- Project
-------------------------------------------------------------------------------------------------
UPDATE project SET
  title = 'Kompetensförsörjning genom skuggning',
  short_name = 'Skuggning',
  case_number = '23-023-S02',
  owner_org = 'Linköpings kommun',
  owner_org_number = '2120000449',
  funder = 'esf_plus',
  programme = 'ESF+ 2021–2027 (Program CCI 2021SE05SFPR), interventionstyp 141',
  programme_area = 'A',
  specific_objective = 'A1A',
  region = 'ESF Nationellt',
  nuts2 = 'SE0',
  start_date = '2023-10-02',
  end_date = '2024-08-31',
  status = 'closed',
  budget = 165878.82,
  currency = 'EUR',
  funder_share = 40,
  planned_hours = 1700,
  participant_target = 16,
  purpose = 'Att utveckla och testa nya metoder och arbetssätt för att säkra den framtida kompetensförsörjningen i vård och omsorg. Linköpings kommun vill undersöka vilken modell för utvecklad strategisk samverkan mellan socialförvaltningen, arbetsmarknads- och integrationsförvaltningen och den kommunala utföraren Leanlink som krävs för en professionell arbetsfördelning i hemtjänsten, införande av nya yrkesroller och fler arbetsmarknadsplatser.',
  background = 'Personerna i dagens organisationer behöver leverera 125 % av nuvarande med motsvarande 75 % av de personella resurserna. Inom Linköpings kommun handlar den största problematiken om att tillförsäkra sig rätt personal för att kunna erbjuda invånarna god och serviceinriktad välfärd.

Projektet har identifierat tre huvudorsaker:
1. Utvecklingen mot nära vård har gjort att allt mer avancerad hälso- och sjukvård läggs på kommunerna. Undersköterskans roll inriktas allt mer mot avancerad omvårdnad, och vården som helhet behöver kompletteras med andra yrkesroller.
2. Arbetsuppgifterna har så bred inriktning att yrkesgruppen arbetar med uppgifter som de är överkvalificerade för.
3. För få handledare som kan introducera individer i arbete via arbetsmarknadsplatser.

Total budget 165 878,82 EUR, varav EU-bidrag 66 802,05 EUR (40 %).',
  method = 'Samverkan mellan förvaltningar i den kommunala sektorn. Projektet arbetar hypotesdrivet och iterativt: modeller testas i praktisk verksamhet och utvärderas med täta intervall. Ett skuggningsteam av arbetsmarknadsanställda följer ett befintligt hemtjänstteam, och kompetenstrappan testas i mindre skala inför ett större projekt.',
  description = 'Exempelprojekt byggt på projektbeskrivningen för projekt Kompetensförsörjning genom skuggning (Linköpings kommun, ESF+). Siffror som dokumentet inte anger är påhittade men rimliga, till exempel projektorganisation, tidplan, kompetensplan, deltagare, timmar, bemanning, budgetens fördelning och utfall. Enhetsnamnen är påhittade.',
  is_example = 1
WHERE id = 1;

-------------------------------------------------------------------------------------------------
-- Organisations
-------------------------------------------------------------------------------------------------
INSERT INTO organisation (id, name, kind, project_role, org_number, position) VALUES
  (1, 'Linköpings kommun, socialförvaltningen', 'municipality', 'owner', '2120000449', 0),
  (2, 'Linköpings kommun, arbetsmarknads- och integrationsförvaltningen', 'municipality', 'partner', '2120000449', 1),
  (3, 'Leanlink', 'care_provider', 'performer', '', 2),
  (4, 'Svenska ESF-rådet', 'other', 'funder', '', 3);

-------------------------------------------------------------------------------------------------
-- Governance
-------------------------------------------------------------------------------------------------
INSERT INTO governance_body (id, kind, name, description, position) VALUES
  (1, 'steering_group', 'Styrgrupp', 'Förvaltningscheferna för de tre samverkande verksamheterna. Möts var sjätte vecka.', 0),
  (2, 'project_leader', 'Projektledning', 'Projektledare på 75 %.', 1),
  (3, 'project_group', 'Projektgrupp', 'Operativ grupp från Leanlink, arbetsmarknads- och integrationsförvaltningen och socialförvaltningen.', 2),
  (4, 'reference_group', 'Referensgrupp', 'Fackliga representanter och medarbetare från hemtjänsten. Stämmer av arbetsfördelningen mellan yrkesrollerna.', 3);

INSERT INTO member (id, body_id, name, role, organisation_id, contact) VALUES
  (1, 1, 'Förvaltningschef socialförvaltningen', 'Ordförande', 1, ''),
  (2, 1, 'Förvaltningschef arbetsmarknads- och integrationsförvaltningen', 'Ledamot', 2, ''),
  (3, 1, 'Verksamhetschef hemtjänst Leanlink', 'Ledamot', 3, ''),
  (4, 2, 'Projektledare', 'Projektledare', 1, ''),
  (5, 3, 'Enhetschef hemtjänst Skäggetorp', 'Ansvarig för det skuggade teamet', 3, ''),
  (6, 3, 'Handledare hemtjänst Skäggetorp', 'Handledare för skuggningsteamet', 3, ''),
  (7, 3, 'Samordnare arbetsmarknadsanställningar', 'Urval, matchning och uppföljning', 2, ''),
  (8, 3, 'HR-konsult Leanlink', 'Yrkesroll och kompetensprofil', 3, ''),
  (9, 3, 'Utvecklingsledare socialförvaltningen', 'Modell och spridning', 1, ''),
  (10, 4, 'Facklig representant Kommunal', 'Ledamot', NULL, ''),
  (11, 4, 'Undersköterska hemtjänst', 'Medarbetarrepresentant', 3, '');

-------------------------------------------------------------------------------------------------
-- Phases and activities. Each activity names the objective (mål 1–7) it serves.
-------------------------------------------------------------------------------------------------
INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, responsible, status, is_milestone, notes) VALUES
  (1, NULL, 0, 'phase', 'Uppstart och kartläggning', '2023-10-02', '2023-12-22', 100, 'Projektledare', 'done', 0, ''),
  (2, 1, 0, 'activity', 'Projektplan, styrgrupp och projektgrupp', '2023-10-02', '2023-10-27', 100, 'Projektledare', 'done', 0, ''),
  (3, 1, 1, 'activity', 'Styrgruppen fastställer projektplanen', '2023-10-31', '2023-10-31', 100, 'Styrgrupp', 'done', 1, ''),
  (4, 1, 2, 'activity', 'Kartläggning av samverkan mellan förvaltningarna och Leanlink (mål 1)', '2023-10-30', '2023-12-15', 100, 'Projektledare', 'done', 0, 'Kapacitet, kompetensbehov och brister i samverkan dokumenterade.'),
  (5, NULL, 1, 'phase', 'Verksamhetsanalys och ny yrkesroll', '2023-11-06', '2024-02-02', 100, 'Projektledare', 'done', 0, ''),
  (6, 5, 0, 'activity', 'Verksamhetsanalys av arbetsfördelningen i hemtjänsten (mål 4)', '2023-11-06', '2024-01-19', 100, 'HR-konsult Leanlink', 'done', 0, 'Vilka uppgifter kan serviceassistenten ta över från undersköterskor och vårdbiträden?'),
  (7, 5, 1, 'activity', 'Definition av yrkesrollen serviceassistent och dess kompetens (mål 5)', '2024-01-22', '2024-01-31', 100, 'HR-konsult Leanlink', 'done', 0, ''),
  (8, 5, 2, 'activity', 'Beslut om yrkesroll och kompetenstrappa', '2024-02-01', '2024-02-01', 100, 'Styrgrupp', 'done', 1, ''),
  (9, NULL, 2, 'phase', 'Rekrytering av arbetsmarknadsanställda', '2023-12-04', '2024-02-02', 100, 'Samordnare arbetsmarknadsanställningar', 'done', 0, ''),
  (10, 9, 0, 'activity', 'Urval och matchning tillsammans med arbetsmarknads- och integrationsförvaltningen (mål 2)', '2023-12-04', '2024-01-26', 100, 'Samordnare arbetsmarknadsanställningar', 'done', 0, ''),
  (11, 9, 1, 'activity', 'Introduktion och webbutbildningar', '2024-01-29', '2024-02-02', 100, 'Handledare hemtjänst Skäggetorp', 'done', 0, ''),
  (12, NULL, 3, 'phase', 'Skuggning och test av kompetenstrappan', '2024-02-05', '2024-06-14', 100, 'Projektledare', 'done', 0, ''),
  (13, 12, 0, 'activity', 'Skuggningsteamet följer hemtjänstteamet i Skäggetorp (mål 6)', '2024-02-05', '2024-05-31', 100, 'Enhetschef hemtjänst Skäggetorp', 'done', 0, 'Erfarenheter och lärdomar dokumenteras varje vecka.'),
  (14, 12, 1, 'activity', 'Test av kompetenstrappan i mindre skala (mål 3)', '2024-03-04', '2024-06-14', 100, 'Projektledare', 'done', 0, ''),
  (15, 12, 2, 'activity', 'Löpande utvärdering och lärande', '2024-02-19', '2024-06-14', 100, 'Projektledare', 'done', 0, 'Utvärdering med täta intervall enligt projektets iterativa arbetssätt.'),
  (16, NULL, 4, 'phase', 'Modell, spridning och avslut', '2024-06-17', '2024-08-31', 100, 'Projektledare', 'done', 0, ''),
  (17, 16, 0, 'activity', 'Modell för hållbar samverkan i hela kommunen (mål 7)', '2024-06-17', '2024-08-16', 100, 'Utvecklingsledare socialförvaltningen', 'done', 0, ''),
  (18, 16, 1, 'activity', 'Slutrapport till ESF-rådet', '2024-08-05', '2024-08-30', 100, 'Projektledare', 'done', 0, ''),
  (19, 16, 2, 'activity', 'Beslut om uppskalning', '2024-08-22', '2024-08-22', 100, 'Styrgrupp', 'done', 1, 'Underlag för ett större projekt i hela Linköpings kommun.');

INSERT INTO dependency (id, predecessor_id, successor_id) VALUES
  (1, 2, 3),      -- projektplan -> fastställd
  (2, 6, 7),      -- verksamhetsanalys -> yrkesroll
  (3, 7, 8),      -- yrkesroll -> beslut
  (4, 10, 11),    -- urval -> introduktion
  (5, 8, 13),     -- beslut -> skuggning
  (6, 11, 13),    -- introduktion -> skuggning
  (7, 13, 17),    -- skuggning -> modell
  (8, 14, 17),    -- test av trappan -> modell
  (9, 17, 19);    -- modell -> beslut om uppskalning

INSERT INTO baseline (id, name, created) VALUES (1, 'Projektplan fastställd av styrgruppen', '2023-10-31');
INSERT INTO baseline_task (baseline_id, task_id, start_date, end_date)
  SELECT 1, id, start_date,
         CASE id WHEN 6 THEN '2023-12-15' WHEN 10 THEN '2024-01-12' ELSE end_date END
  FROM task ORDER BY id;

-------------------------------------------------------------------------------------------------
-- Goals: the project's seven objectives, and one effect goal.
-------------------------------------------------------------------------------------------------
INSERT INTO goal (id, kind, number, text, indicator, unit, baseline, target_low, target_high, outcome, outcome_text, status_override, override_reason, comment) VALUES
  (1, 'project', 1, 'Ta reda på och dokumentera den organisatoriska och/eller strukturella kapaciteten eller de kompetensbehov och brister som rör samverkan mellan socialförvaltningen, arbetsmarknads- och integrationsförvaltningen och den kommunala utföraren, för att nå målet om nya yrkesroller som utför serviceinsatser och fler arbetsmarknadsplatser.', 'Kartläggning dokumenterad', '', NULL, NULL, NULL, NULL, 'Kartläggningen redovisades för styrgruppen i december 2023.', 'met', 'Kartläggningen är klar och dokumenterad.', ''),
  (2, 'project', 2, '8–16 individer från arbetsmarknads- och integrationsförvaltningen ska få en arbetsmarknadsanställning med tydligt mål att få ett arbete som serviceassistent.', 'Individer med arbetsmarknadsanställning', 'individer', 0, 8, 16, 13, '13 individer anställdes; 8 av dem fick arbete som serviceassistent.', NULL, '', ''),
  (3, 'project', 3, 'Testa kompetenstrappan i mindre skala inför ett brett och uppskalat projekt i Linköpings kommun.', 'Kompetenstrappan testad i minst ett hemtjänstområde', 'områden', 0, 1, 1, 1, 'Trappan testades i hemtjänsten Skäggetorp.', NULL, '', ''),
  (4, 'project', 4, 'Ta fram en verksamhetsanalys av hur arbetsfördelningen ska se ut mellan den nya yrkesrollen som utför serviceinsatser och dem som i dag utför hemtjänst, det vill säga undersköterskor och vårdbiträden.', 'Verksamhetsanalys klar', '', NULL, NULL, NULL, NULL, 'Analysen visar att städ, tvätt, inköp och enklare ärenden kan föras över till serviceassistenter.', 'met', 'Analysen är klar och förankrad i referensgruppen.', ''),
  (5, 'project', 5, 'Utreda och definiera vilken ny yrkesroll som underlättar de kommande årens utmaningar kring kompetensförsörjning inom vård och omsorg och vilken kompetens den nya yrkesrollen behöver.', 'Yrkesroll med kompetensprofil beslutad', '', NULL, NULL, NULL, NULL, 'Serviceassistent i hemtjänsten, med kompetensprofil, beslutad av styrgruppen 2024-02-01.', 'met', 'Beslut i styrgruppen.', ''),
  (6, 'project', 6, 'Starta ett skuggningsteam av arbetsmarknadsplatser som följer ett befintligt hemtjänstteam, med målet att dokumentera erfarenheter och lärdomar.', 'Skuggningsteam startade', 'team', 0, 1, 1, 1, 'Ett team med 12 platser följde hemtjänstteamet i Skäggetorp februari–maj 2024.', NULL, '', ''),
  (7, 'project', 7, 'Hitta en modell som är hållbar över tid och i hela Linköpings kommun och som bygger på grunderna i kompetensförsörjning, livslångt lärande och social hållbarhet.', 'Modell beslutad för uppskalning', '', NULL, NULL, NULL, NULL, 'Modellen är beskriven. Beslut om finansiering av uppskalningen tas i budgetprocessen.', 'partly_met', 'Modellen finns men uppskalningen är ännu inte finansierad.', ''),
  (8, 'effect', 1, 'Deltagarna går vidare till arbete eller studier', 'Andel deltagare i arbete eller studier vid avslut', '%', 0, 50, 100, 77, '10 av 13 deltagare i arbete eller studier vid avslut.', NULL, '', '');

INSERT INTO goal_task (goal_id, task_id) VALUES
  (1, 4), (2, 10), (3, 14), (4, 6), (5, 7), (5, 8), (6, 13), (7, 17), (7, 19), (8, 13), (8, 14);

-------------------------------------------------------------------------------------------------
-- Meetings
-------------------------------------------------------------------------------------------------
INSERT INTO meeting_series (id, forum, title, first_date, interval_weeks, until_date) VALUES
  (1, 'steering_group', 'Styrgrupp', '2023-10-19', 6, '2024-08-22');

INSERT INTO meeting (id, series_id, date, forum, kind, title, decisions, cancelled) VALUES
  (1, 1, '2023-10-19', 'steering_group', 'meeting', 'Styrgrupp: uppstart', '', 0),
  (2, NULL, '2023-10-31', 'steering_group', 'meeting', 'Styrgrupp: extra möte om projektplanen', 'Projektplanen fastställs.', 0),
  (3, 1, '2023-11-30', 'steering_group', 'meeting', 'Styrgrupp: kartläggning av samverkan', '', 0),
  (4, 1, '2024-01-11', 'steering_group', 'meeting', 'Styrgrupp: verksamhetsanalys', '', 0),
  (5, NULL, '2024-02-01', 'steering_group', 'meeting', 'Styrgrupp: yrkesroll och kompetenstrappa', 'Yrkesrollen serviceassistent i hemtjänsten och kompetenstrappan fastställs. Skuggningsteamet startar 5 februari.', 0),
  (6, 1, '2024-02-22', 'steering_group', 'meeting', 'Styrgrupp: skuggningsteamet har startat', '', 0),
  (7, 1, '2024-04-04', 'steering_group', 'meeting', 'Styrgrupp: lägesrapport', '', 0),
  (8, 1, '2024-05-16', 'steering_group', 'meeting', 'Styrgrupp: erfarenheter från skuggningen', '', 0),
  (9, 1, '2024-06-27', 'steering_group', 'meeting', 'Styrgrupp', '', 1),
  (10, 1, '2024-08-08', 'steering_group', 'meeting', 'Styrgrupp: förslag till modell', '', 0),
  (11, NULL, '2024-08-22', 'steering_group', 'meeting', 'Styrgrupp: beslut om uppskalning', 'Modellen godkänns som underlag för ett större projekt i hela kommunen.', 0),
  (12, NULL, '2024-01-16', 'reference_group', 'meeting', 'Referensgrupp: arbetsfördelning i hemtjänsten', '', 0),
  (13, NULL, '2024-03-12', 'project_group', 'meeting', 'Projektgrupp: utvärdering av skuggningen, första omgången', '', 0),
  (14, NULL, '2024-04-23', 'project_group', 'meeting', 'Projektgrupp: utvärdering av skuggningen, andra omgången', '', 0),
  (15, NULL, '2024-05-28', 'municipal_meeting', 'presentation', 'Socialnämnden: information om projektet', '', 0),
  (16, NULL, '2024-06-11', 'external_meeting', 'presentation', 'Nätverksträff för ESF+-projekt inom kompetensförsörjning', '', 0);

-------------------------------------------------------------------------------------------------
-- Lessons
-------------------------------------------------------------------------------------------------
INSERT INTO lesson (kind, text, owner) VALUES
  ('success', 'Tydlig arbetsfördelning mellan serviceassistent, vårdbiträde och undersköterska gjorde att teamet tog emot deltagarna väl', 'Leanlink'),
  ('success', 'En utsedd handledare med avsatt tid för skuggningsteamet', 'Enhetschef hemtjänst Skäggetorp'),
  ('success', 'Korta utvärderingscykler gjorde det lätt att justera upplägget under våren', 'Projektledare'),
  ('pitfall', 'Rekryteringen tog längre tid än planerat eftersom urvalet krävde matchning mot körkort och språkkrav', 'Arbetsmarknads- och integrationsförvaltningen'),
  ('pitfall', 'Svårt för undersköterskorna att släppa serviceuppgifter i början', 'Enhetschef hemtjänst Skäggetorp'),
  ('pitfall', 'Kort projekttid för att hinna se effekter av nya anställningar', 'Styrgrupp'),
  ('recommendation', 'Skala upp skuggningsmodellen till fler hemtjänstområden med en handledare per team', 'Leanlink'),
  ('recommendation', 'Gör kompetenstrappan till en del av kommunens ordinarie kompetensförsörjningsplan', 'Socialförvaltningen'),
  ('recommendation', 'Utbilda fler handledare så att fler arbetsmarknadsplatser kan tas emot', 'Leanlink och arbetsmarknads- och integrationsförvaltningen');

-------------------------------------------------------------------------------------------------
-- Competence plan
-------------------------------------------------------------------------------------------------
INSERT INTO role (key, name, position) VALUES (NULL, 'Arbetsmarknadsanställd', 20);
INSERT INTO competence (key, name, position) VALUES
  (NULL, 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 20),
  (NULL, 'Bemötande och kommunikation', 21);

INSERT INTO unit (id, organisation_id, name, target_year) VALUES
  (1, 3, 'Hemtjänst Skäggetorp (skuggat team)', 2026),
  (2, 3, 'Hemtjänst Ryd', 2026),
  (3, 3, 'Hemtjänst Berga', 2026),
  (4, 2, 'Arbetsmarknadsanställningar inom vård och omsorg', 2025);

INSERT INTO headcount (unit_id, role_id, persons, fte, retirements, turnover, demand, growth)
  SELECT v.column1, r.id, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8
  FROM (VALUES
    (1, 'underskoterska',            34, 29.5, 1, 16.0, 38, 3.0),
    (1, 'vardbitrade',               12,  9.8, 0, 24.0, 10, 0.0),
    (1, 'serviceassistent',           4,  3.0, 0, 10.0,  8, 15.0),
    (1, 'specialist_underskoterska',  1,  1.0, 0,  0.0,  2, 5.0),
    (1, 'enhetschef',                 1,  1.0, 0,  0.0,  1, 0.0),
    (2, 'underskoterska',            29, 25.1, 1, 18.0, 32, 3.0),
    (2, 'vardbitrade',               10,  8.0, 1, 22.0,  8, 0.0),
    (2, 'serviceassistent',           0,  0.0, 0,  0.0,  4, 0.0),
    (2, 'enhetschef',                 1,  1.0, 0,  0.0,  1, 0.0),
    (3, 'underskoterska',            31, 26.9, 2, 15.0, 34, 3.0),
    (3, 'vardbitrade',               14, 11.2, 0, 25.0, 12, 0.0),
    (3, 'serviceassistent',           0,  0.0, 0,  0.0,  4, 0.0),
    (3, 'enhetschef',                 1,  1.0, 0,  0.0,  1, 0.0),
    (4, 'Arbetsmarknadsanställd',    11,  8.8, 0, 30.0, 16, 10.0)
  ) AS v
  JOIN role r ON r.key = v.column2 OR (r.key IS NULL AND r.name = v.column2);

INSERT INTO required_level (role_id, competence_id, level)
  SELECT r.id, c.id, v.column3
  FROM (VALUES
    ('underskoterska', 'demens', 3), ('underskoterska', 'palliativ_vard', 3),
    ('underskoterska', 'lakemedelsdelegering', 3), ('underskoterska', 'digital_kompetens', 2),
    ('underskoterska', 'svenska_i_varden', 3), ('underskoterska', 'basala_hygienrutiner', 3),
    ('underskoterska', 'social_dokumentation', 3), ('underskoterska', 'nara_vard', 2),
    ('underskoterska', 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 2), ('underskoterska', 'Bemötande och kommunikation', 3),
    ('vardbitrade', 'demens', 2), ('vardbitrade', 'palliativ_vard', 2),
    ('vardbitrade', 'lakemedelsdelegering', 2), ('vardbitrade', 'digital_kompetens', 2),
    ('vardbitrade', 'svenska_i_varden', 2), ('vardbitrade', 'basala_hygienrutiner', 3),
    ('vardbitrade', 'social_dokumentation', 2), ('vardbitrade', 'nara_vard', 1),
    ('vardbitrade', 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 3), ('vardbitrade', 'Bemötande och kommunikation', 3),
    ('serviceassistent', 'demens', 1), ('serviceassistent', 'palliativ_vard', 0),
    ('serviceassistent', 'lakemedelsdelegering', 0), ('serviceassistent', 'digital_kompetens', 1),
    ('serviceassistent', 'svenska_i_varden', 2), ('serviceassistent', 'basala_hygienrutiner', 3),
    ('serviceassistent', 'social_dokumentation', 0), ('serviceassistent', 'nara_vard', 0),
    ('serviceassistent', 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 3), ('serviceassistent', 'Bemötande och kommunikation', 2),
    ('specialist_underskoterska', 'demens', 4), ('specialist_underskoterska', 'palliativ_vard', 4),
    ('specialist_underskoterska', 'lakemedelsdelegering', 3), ('specialist_underskoterska', 'digital_kompetens', 3),
    ('specialist_underskoterska', 'svenska_i_varden', 3), ('specialist_underskoterska', 'basala_hygienrutiner', 4),
    ('specialist_underskoterska', 'social_dokumentation', 3), ('specialist_underskoterska', 'nara_vard', 3),
    ('specialist_underskoterska', 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 2), ('specialist_underskoterska', 'Bemötande och kommunikation', 4),
    ('enhetschef', 'demens', 2), ('enhetschef', 'palliativ_vard', 2),
    ('enhetschef', 'lakemedelsdelegering', 1), ('enhetschef', 'digital_kompetens', 3),
    ('enhetschef', 'svenska_i_varden', 3), ('enhetschef', 'basala_hygienrutiner', 3),
    ('enhetschef', 'social_dokumentation', 3), ('enhetschef', 'nara_vard', 2),
    ('enhetschef', 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 2), ('enhetschef', 'Bemötande och kommunikation', 4),
    ('Arbetsmarknadsanställd', 'demens', 0), ('Arbetsmarknadsanställd', 'palliativ_vard', 0),
    ('Arbetsmarknadsanställd', 'lakemedelsdelegering', 0), ('Arbetsmarknadsanställd', 'digital_kompetens', 1),
    ('Arbetsmarknadsanställd', 'svenska_i_varden', 1), ('Arbetsmarknadsanställd', 'basala_hygienrutiner', 2),
    ('Arbetsmarknadsanställd', 'social_dokumentation', 0), ('Arbetsmarknadsanställd', 'nara_vard', 0),
    ('Arbetsmarknadsanställd', 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 2), ('Arbetsmarknadsanställd', 'Bemötande och kommunikation', 2)
  ) AS v
  JOIN role r ON r.key = v.column1 OR (r.key IS NULL AND r.name = v.column1)
  JOIN competence c ON c.key = v.column2 OR (c.key IS NULL AND c.name = v.column2);

-- In Skäggetorp only the specialist assistant nurse holds palliative care at level 4.
INSERT INTO unit_level (unit_id, competence_id, level, holders)
  SELECT v.column1, c.id, v.column3, v.column4
  FROM (VALUES
    (1, 'demens', 3, 30), (1, 'palliativ_vard', 4, 1), (1, 'lakemedelsdelegering', 3, 33),
    (1, 'digital_kompetens', 2, 28), (1, 'svenska_i_varden', 2, 38), (1, 'basala_hygienrutiner', 3, 50),
    (1, 'social_dokumentation', 2, 35), (1, 'nara_vard', 1, 8),
    (1, 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 3, 50), (1, 'Bemötande och kommunikation', 3, 44),
    (2, 'demens', 2, 22), (2, 'palliativ_vard', 2, 18), (2, 'lakemedelsdelegering', 3, 28),
    (2, 'digital_kompetens', 2, 25), (2, 'svenska_i_varden', 2, 30), (2, 'basala_hygienrutiner', 3, 40),
    (2, 'social_dokumentation', 2, 29), (2, 'nara_vard', 1, 5),
    (2, 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 3, 40), (2, 'Bemötande och kommunikation', 3, 36),
    (3, 'demens', 3, 27), (3, 'palliativ_vard', 2, 20), (3, 'lakemedelsdelegering', 3, 30),
    (3, 'digital_kompetens', 2, 24), (3, 'svenska_i_varden', 2, 33), (3, 'basala_hygienrutiner', 3, 46),
    (3, 'social_dokumentation', 2, 31), (3, 'nara_vard', 1, 6),
    (3, 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 3, 46), (3, 'Bemötande och kommunikation', 3, 40),
    (4, 'demens', 1, 6), (4, 'palliativ_vard', 0, 0), (4, 'lakemedelsdelegering', 0, 0),
    (4, 'digital_kompetens', 1, 9), (4, 'svenska_i_varden', 1, 7), (4, 'basala_hygienrutiner', 2, 11),
    (4, 'social_dokumentation', 0, 0), (4, 'nara_vard', 0, 0),
    (4, 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)', 2, 11), (4, 'Bemötande och kommunikation', 2, 11)
  ) AS v
  JOIN competence c ON c.key = v.column2 OR (c.key IS NULL AND c.name = v.column2);

-- Protected title undersköterska: counts per unit, never persons.
INSERT INTO certification (unit_id, certified, applied, transition, no_path) VALUES
  (1, 18, 6, 8, 2),
  (2, 14, 5, 8, 2),
  (3, 15, 7, 7, 2);

-- The competence staircase tested in the project (mål 3). Headcount above: 11 labour-market
-- employees, 4 service assistants, 36 care assistants, 94 assistant nurses, 1 specialist.
INSERT INTO stair_step (position, name, role_id, requirements, people_now, people_planned) VALUES
  (0, 'Arbetsmarknadsanställning', (SELECT id FROM role WHERE key IS NULL AND name = 'Arbetsmarknadsanställd'), 'Anvisad av arbetsmarknads- och integrationsförvaltningen. Introduktion, basala hygienrutiner och skuggning av ett hemtjänstteam med handledare.', 11, 16),
  (1, 'Serviceassistent', (SELECT id FROM role WHERE key = 'serviceassistent'), 'Genomförd skuggning och webbutbildningar. Serviceinsatser (städ, tvätt, inköp) självständigt, svenska på grundläggande nivå.', 4, 16),
  (2, 'Vårdbiträde', (SELECT id FROM role WHERE key = 'vardbitrade'), 'Grundkurser i vård- och omsorgsutbildningen eller validering. Svenska i vården.', 36, 30),
  (3, 'Undersköterska', (SELECT id FROM role WHERE key = 'underskoterska'), 'Vård- och omsorgsutbildning med undersköterskekompetens och bevis om skyddad yrkestitel från Socialstyrelsen.', 94, 104),
  (4, 'Specialistundersköterska', (SELECT id FROM role WHERE key = 'specialist_underskoterska'), 'Undersköterska med yrkeshögskoleutbildning inom till exempel demens eller palliativ vård.', 1, 3);

INSERT INTO training (id, type, name, provider, cost, free_of_charge, hours_per_participant, start_date, end_date, description) VALUES
  (1, 'shadowing', 'Skuggning av hemtjänstteamet i Skäggetorp', 'Leanlink hemtjänst Skäggetorp', 0, 1, 120, '2024-02-05', '2024-05-31', 'Skuggningsteamet följer ett befintligt hemtjänstteam. Ingen kursavgift; handledarens tid redovisas som personalkostnad.'),
  (2, 'web_course', 'Basala hygienrutiner och klädregler', 'Socialstyrelsen (Kunskapsguiden)', 0, 1, 1, '2023-11-06', '2024-03-29', 'Kostnadsfri webbutbildning.'),
  (3, 'web_course', 'Demens ABC', 'Svenskt Demenscentrum', 0, 1, 3, '2024-01-08', '2024-06-14', 'Kostnadsfri webbutbildning.'),
  (4, 'nanolearning', 'Nanolearning: bemötande och kommunikation i hemtjänsten', 'Leanlink', 0, 1, 2, '2024-03-04', '2024-06-28', 'Korta filmer i mobilen, tre minuter per moment.'),
  (5, 'aldreomsorgslyftet', 'Äldreomsorgslyftet: vård- och omsorgsutbildning på betald arbetstid', 'Vuxenutbildningen i Linköping', 14500, 0, 240, '2023-10-16', '2023-12-15', 'Vårdbiträden läser kurser mot undersköterskekompetens. Finansieras med statsbidrag, utanför projektbudgeten.'),
  (6, 'ktc', 'Färdighetsträning: förflyttning och basal omvårdnad', 'Region Östergötland, kliniskt träningscentrum', 3200, 0, 4, '2024-04-15', '2024-04-26', ''),
  (7, 'supervision', 'Handledarutbildning för undersköterskor i hemtjänsten', 'Leanlink', 2400, 0, 8, '2023-11-13', '2024-01-26', 'Fler handledare för att kunna ta emot arbetsmarknadsplatser.');

INSERT INTO training_role (training_id, role_id, planned, completed)
  SELECT v.column1, r.id, v.column3, v.column4
  FROM (VALUES
    (1, 'Arbetsmarknadsanställd', 12, 11),
    (2, 'Arbetsmarknadsanställd', 16, 13), (2, 'serviceassistent', 4, 4),
    (3, 'Arbetsmarknadsanställd', 12, 10), (3, 'vardbitrade', 10, 6),
    (4, 'Arbetsmarknadsanställd', 12, 11), (4, 'serviceassistent', 4, 4),
    (5, 'vardbitrade', 4, 4),
    (6, 'Arbetsmarknadsanställd', 12, 11), (6, 'serviceassistent', 4, 3),
    (7, 'underskoterska', 8, 8)
  ) AS v
  JOIN role r ON r.key = v.column2 OR (r.key IS NULL AND r.name = v.column2);

INSERT INTO training_competence (training_id, competence_id)
  SELECT v.column1, c.id
  FROM (VALUES
    (1, 'Serviceinsatser i hemtjänsten (städ, tvätt, inköp)'), (1, 'Bemötande och kommunikation'), (1, 'basala_hygienrutiner'),
    (2, 'basala_hygienrutiner'),
    (3, 'demens'),
    (4, 'Bemötande och kommunikation'), (4, 'svenska_i_varden'),
    (5, 'demens'), (5, 'palliativ_vard'), (5, 'social_dokumentation'), (5, 'lakemedelsdelegering'),
    (6, 'basala_hygienrutiner'),
    (7, 'Bemötande och kommunikation'), (7, 'digital_kompetens')
  ) AS v
  JOIN competence c ON c.key = v.column2 OR (c.key IS NULL AND c.name = v.column2);

-------------------------------------------------------------------------------------------------
-- Follow-up: time entries (whole hours, at most 13 h a day and 1,720 h a year per person).
-- Paid: project leader, supervisor and coordinator. Co-financing: the unit manager's time.
-------------------------------------------------------------------------------------------------
INSERT INTO time_entry (date, organisation_id, person, hours, activity, funding) VALUES
  ('2023-10-02', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-10-03', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-03', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-10-05', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-09', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-10-10', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-10', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-10-12', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-16', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-10-17', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-17', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-10-19', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-23', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-10-24', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-24', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-10-26', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-30', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-10-31', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-10-31', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-11-02', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-11-06', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-11-07', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-11-07', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-11-08', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'),
  ('2023-11-09', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-11-13', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-11-14', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-11-14', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2023-11-15', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2023-11-16', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-11-20', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-11-21', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-11-21', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-11-22', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'),
  ('2023-11-23', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-11-27', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-11-28', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-11-28', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2023-11-29', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2023-11-30', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-12-04', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-12-05', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-12-05', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-12-06', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'),
  ('2023-12-07', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-12-11', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-12-12', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-12-12', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2023-12-13', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2023-12-14', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-12-18', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2023-12-19', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'),
  ('2023-12-19', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2023-12-20', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'),
  ('2023-12-21', 1, 'Projektledare', 7, 'Uppstart och kartläggning av samverkan', 'funded'), ('2024-01-08', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'),
  ('2024-01-09', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-09', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-01-10', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2024-01-11', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'),
  ('2024-01-15', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-15', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-16', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-16', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-01-17', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2024-01-17', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-18', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-19', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-22', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-22', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-23', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-23', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-01-24', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2024-01-24', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-25', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-26', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-29', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-29', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-01-30', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-01-30', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-01-31', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Urval och matchning av deltagare', 'funded'), ('2024-01-31', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-02-01', 1, 'Projektledare', 7, 'Verksamhetsanalys och rekrytering av deltagare', 'funded'), ('2024-02-02', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Förberedelse av skuggningsteamet', 'funded'),
  ('2024-02-05', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-05', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-06', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-06', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-02-07', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-02-07', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-08', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-09', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-12', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-12', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-13', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-13', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-02-14', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-02-14', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-15', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-16', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-19', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-19', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-20', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-20', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-02-21', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-02-21', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-22', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-23', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-26', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-26', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-27', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-02-27', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-02-28', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-02-28', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-02-29', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-01', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-04', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-04', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-05', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-05', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-03-06', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-03-06', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-07', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-08', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-11', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-11', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-12', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-12', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-03-13', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-03-13', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-14', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-15', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-18', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-18', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-19', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-19', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-03-20', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-03-20', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-21', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-22', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-25', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-25', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-26', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-03-26', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-03-27', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-03-27', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-03-28', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-04-02', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-02', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-04-03', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'),
  ('2024-04-03', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-04', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-05', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-08', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-08', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-09', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-09', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-04-10', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'),
  ('2024-04-10', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-11', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-12', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-15', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-15', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-16', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-16', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-04-17', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'),
  ('2024-04-17', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-18', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-19', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-22', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-22', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-23', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-23', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-04-24', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'),
  ('2024-04-24', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-25', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-26', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-29', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-29', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-04-30', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-04-30', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-05-02', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-05-03', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-05-06', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-05-06', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-05-07', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-05-07', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-05-08', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'),
  ('2024-05-08', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-05-10', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-13', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-13', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-14', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-14', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-05-15', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-05-15', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-16', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-17', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-20', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-20', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-21', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-21', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-05-22', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-05-22', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-23', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-24', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-27', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-27', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-28', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-28', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-05-29', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-05-29', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-05-30', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-05-31', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-06-03', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-06-03', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-06-04', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'), ('2024-06-04', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-06-05', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'), ('2024-06-05', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'),
  ('2024-06-07', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-06-10', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-06-10', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-06-11', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-06-11', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'), ('2024-06-12', 2, 'Samordnare arbetsmarknadsanställningar', 8, 'Uppföljning av arbetsmarknadsanställningar', 'funded'),
  ('2024-06-12', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-06-13', 1, 'Projektledare', 7, 'Skuggning och test av kompetenstrappan', 'funded'),
  ('2024-06-14', 3, 'Handledare hemtjänst Skäggetorp', 8, 'Handledning av skuggningsteamet', 'funded'), ('2024-06-17', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'),
  ('2024-06-18', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-06-18', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-06-20', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-06-24', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'),
  ('2024-06-25', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-06-25', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-06-27', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-05', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'),
  ('2024-08-06', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-06', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-08-08', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-12', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'),
  ('2024-08-13', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-13', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-08-15', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-19', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'),
  ('2024-08-20', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-20', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-08-22', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-26', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'),
  ('2024-08-27', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded'), ('2024-08-27', 3, 'Enhetschef hemtjänst Skäggetorp', 2, 'Avstämning med projektledaren och arbetsplatsträffar', 'cofinancing'),
  ('2024-08-29', 1, 'Projektledare', 7, 'Modell för hållbar samverkan och slutrapport', 'funded');
-------------------------------------------------------------------------------------------------
-- Participants (counts only): 13 labour-market employees, by quarter of entry.
-------------------------------------------------------------------------------------------------
INSERT INTO participant_count (period, gender, age_band, start_status, count) VALUES
  ('2024-Q1', 'woman', '18_29', 'long_term_unemployed', 2),
  ('2024-Q1', 'woman', '30_54', 'long_term_unemployed', 4),
  ('2024-Q1', 'woman', '30_54', 'unemployed', 1),
  ('2024-Q1', 'woman', '55_plus', 'inactive', 1),
  ('2024-Q1', 'man', '18_29', 'unemployed', 2),
  ('2024-Q1', 'man', '30_54', 'long_term_unemployed', 1),
  ('2024-Q2', 'woman', '30_54', 'unemployed', 1),
  ('2024-Q2', 'man', '30_54', 'inactive', 1);

INSERT INTO participant_result (period, gender, result, count) VALUES
  ('2024-Q3', 'woman', 'in_work', 6),
  ('2024-Q3', 'woman', 'in_education', 2),
  ('2024-Q3', 'woman', 'job_seeking', 1),
  ('2024-Q3', 'man', 'in_work', 2),
  ('2024-Q3', 'man', 'job_seeking', 2);

-------------------------------------------------------------------------------------------------
-- Staffing statistics for Leanlink's home care per quarter.
-------------------------------------------------------------------------------------------------
INSERT INTO staffing_stat (organisation_id, period, role_id, employees, fte, vacancies, turnover, sick_leave, hires_from_project)
  SELECT 3, v.column1, r.id, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8
  FROM (VALUES
    ('2023-Q4', 'underskoterska', 412, 356.3, 14, 16.5, 9.8, 0),
    ('2024-Q1', 'underskoterska', 418, 360.1, 12, 16.1, 10.4, 0),
    ('2024-Q2', 'underskoterska', 421, 362.8, 9, 15.4, 8.7, 0),
    ('2024-Q3', 'underskoterska', 425, 365.0, 11, 15.0, 7.9, 0),
    ('2023-Q4', 'vardbitrade', 168, 134.9, 6, 24.2, 10.9, 0),
    ('2024-Q1', 'vardbitrade', 163, 131.0, 5, 23.6, 11.3, 0),
    ('2024-Q2', 'vardbitrade', 160, 128.4, 4, 22.8, 9.6, 0),
    ('2024-Q3', 'vardbitrade', 158, 126.6, 5, 22.1, 8.4, 0),
    ('2023-Q4', 'serviceassistent', 4, 3.0, 0, 10.0, 6.2, 0),
    ('2024-Q1', 'serviceassistent', 4, 3.0, 2, 10.0, 5.8, 0),
    ('2024-Q2', 'serviceassistent', 6, 4.6, 4, 8.5, 5.1, 2),
    ('2024-Q3', 'serviceassistent', 12, 9.4, 2, 7.0, 4.9, 6)
  ) AS v
  JOIN role r ON r.key = v.column2;

-------------------------------------------------------------------------------------------------
-- Budget in EUR; ESF+ pays 40 % of every line. Indirect costs as a flat 15 % of personnel.
-------------------------------------------------------------------------------------------------
INSERT INTO budget_line (category, description, budget, outcome, funder_share) VALUES
  ('personnel', 'Projektledare 75 %', 63000.00, 61870.40, 40),
  ('personnel', 'Handledare för skuggningsteamet, Leanlink', 39600.00, 40215.60, 40),
  ('personnel', 'Samordnare arbetsmarknadsanställningar', 22800.00, 21905.00, 40),
  ('external_services', 'Extern processledning och utvärdering', 11500.00, 11500.00, 40),
  ('travel', 'Resor och studiebesök', 2000.00, 1320.50, 40),
  ('other', 'Arbetskläder, material och utbildning', 8168.82, 7440.10, 40),
  ('indirect', 'Indirekta kostnader, schablon 15 % av personalkostnaderna', 18810.00, 18598.65, 40);
