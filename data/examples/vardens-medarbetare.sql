-- Example project: Vårdens medarbetare (Skaraborgs Kommunalförbund, 2020–2021).
-- Built from the project's public final report ("Slutrapport för projekt Vårdens medarbetare").
-- Facts from the report: dates, phases and activities, the ten proposals and their decisions,
-- sub-projects 1–4 and what remains in operation, goals, success factors, pitfalls,
-- recommendations, presentations per forum and the total of about 350 hours.
-- Figures the report does not give (budget, staffing, competence plan, training, the split of
-- the hours over municipalities and months) are invented but plausible.
--
-- The app runs this file inside one transaction on a new file that already holds the schema,
-- the project row (id = 1) and the default roles (ids 1–11) and competences (ids 1–8).
-- Roles and competences are looked up by key; the ones added here (key NULL) by name.

-------------------------------------------------------------------------------------------------
-- Project
-------------------------------------------------------------------------------------------------
UPDATE project SET
  title = 'Vårdens medarbetare',
  short_name = 'Vårdens medarbetare',
  case_number = '',
  owner_org = 'Skaraborgs Kommunalförbund',
  owner_org_number = '222000-2188',
  funder = 'stimulus',
  programme = 'Statliga stimulansmedel för omställningen till Nära vård',
  programme_area = 'Nära vård',
  specific_objective = 'Kompetensutveckling och kompetensförsörjning för legitimerad personal',
  region = 'Skaraborg, Västra Götalands län',
  nuts2 = 'SE23',
  start_date = '2020-09-01',
  end_date = '2021-12-31',
  status = 'closed',
  budget = 1417000,
  currency = 'SEK',
  funder_share = 87.3,
  planned_hours = 400,
  participant_target = 45,
  purpose = 'Att i samverkan se över kompetensutvecklings- och kompetensförsörjningsbehov när det gäller legitimerad personal inom kommunal hälso- och sjukvård, främst i samband med omställningen till Nära vård. Syftet har också varit att i samverkan ta viktiga utvecklingssteg tillsammans.',
  background = 'Beslut om att driva projekt Vårdens medarbetare fattades vid socialchefsträff i maj 2020. Därefter rekryterades projektledare och den 1 september 2020 startade projektet. Finansieringen har bestått av statliga stimulansmedel som tilldelats kommunerna i samband med omställningen till Nära vård. Från början var projektperioden ett år, september 2020 till och med augusti 2021, men i samband med att ytterligare medel delades ut förlängdes projektet hela 2021. Alla Skaraborgs 15 kommuner har deltagit.',
  method = 'Samverkan mellan Skaraborgs 15 kommuner med stöd av område Välfärd. Digitalt projekt: förstudie med datainsamling via kontaktpersoner och 15 webbintervjuer à två timmar med sammanlagt 45 deltagare, följd av beslut i styrgruppen och delprojekt. Planeringen visualiserades i ett Gantt-schema. Kommunernas medfinansiering har skett i form av timmar.',
  description = 'Exempelprojekt byggt på slutrapporten för projekt Vårdens medarbetare (Skaraborgs Kommunalförbund). Siffror som dokumentet inte anger är påhittade men rimliga, till exempel budget, bemanningsstatistik, kompetensplan, utbildningsinsatser och timmarnas fördelning på kommuner och månader. Av Skaraborgs 15 kommuner visas sex med namn; övriga nio är sammanslagna.

Tidrapporterna avser kommunernas insats, cirka 350 timmar eller 8,75 arbetsveckor. Projektledarens egen tid redovisas inte här.',
  is_example = 1
WHERE id = 1;

-------------------------------------------------------------------------------------------------
-- Organisations. Six of the 15 municipalities by name, the other nine as one row.
-------------------------------------------------------------------------------------------------
INSERT INTO organisation (id, name, kind, project_role, org_number, position) VALUES
  (1, 'Skaraborgs Kommunalförbund', 'association', 'owner', '222000-2188', 0),
  (2, 'Skövde kommun', 'municipality', 'partner', '', 1),
  (3, 'Lidköpings kommun', 'municipality', 'partner', '', 2),
  (4, 'Falköpings kommun', 'municipality', 'partner', '', 3),
  (5, 'Mariestads kommun', 'municipality', 'partner', '', 4),
  (6, 'Tidaholms kommun', 'municipality', 'partner', '', 5),
  (7, 'Hjo kommun', 'municipality', 'partner', '', 6),
  (11, 'Övriga Skaraborgskommuner (Essunga, Grästorp, Gullspång, Götene, Karlsborg, Skara, Tibro, Töreboda, Vara)', 'municipality', 'partner', '', 7),
  (8, 'Högskolan i Skövde', 'university', 'partner', '', 8),
  (9, 'Västra Götalandsregionen (SkaS och vårdcentraler)', 'region', 'partner', '', 9),
  (10, 'VästKom', 'association', 'partner', '', 10);

-------------------------------------------------------------------------------------------------
-- Governance
-------------------------------------------------------------------------------------------------
INSERT INTO governance_body (id, kind, name, description, position) VALUES
  (1, 'steering_group', 'Styrgrupp (socialchefsträff)', 'Socialcheferna i Skaraborgs 15 kommuner. Möts ungefär var sjätte vecka; projektet har föredragits 11 gånger.', 0),
  (2, 'delegated_owner', 'Område Välfärd, Skaraborgs Kommunalförbund', 'Samordnar projektet för förbundets räkning och tar över administrationen av Teamsytor och webbsidor efter projektet.', 1),
  (3, 'project_leader', 'Projektledning', 'Projektledare på heltid september 2020 – december 2021.', 2),
  (4, 'project_group', 'Kontaktpersoner i kommunerna', 'En kontaktperson per kommun, oftast MAS. Ingen formell arbetsgrupp; deltagandet har byggt på frivillighet.', 3),
  (5, 'network', 'MAS-nätverket', 'Nätverk för medicinskt ansvariga sjuksköterskor i Skaraborg.', 4),
  (6, 'network', 'Nätverk för HSL-chefer', 'Chefer för hälso- och sjukvård i kommunerna. Tar över flera av delprojektens uppgifter.', 5),
  (7, 'network', 'Äldrenätverket', 'Nätverk för äldreomsorgschefer i Skaraborg.', 6),
  (8, 'reference_group', 'Referensgrupp högskola och region', 'Avstämningar med Högskolan i Skövde, SkaS och e-hälsosamordnare vid VästKom.', 7);

INSERT INTO member (id, body_id, name, role, organisation_id, contact) VALUES
  (1, 1, 'Socialchef Skövde', 'Ordförande', 2, ''),
  (2, 1, 'Socialchef Lidköping', 'Ledamot', 3, ''),
  (3, 1, 'Socialchef Falköping', 'Ledamot', 4, ''),
  (4, 1, 'Socialchef Mariestad', 'Ledamot', 5, ''),
  (5, 1, 'Socialchef Tidaholm', 'Ledamot', 6, ''),
  (6, 1, 'Socialchef Hjo', 'Ledamot', 7, ''),
  (7, 1, 'Socialchefer övriga kommuner', 'Ledamöter (nio kommuner)', 11, ''),
  (8, 2, 'Områdeschef Välfärd', 'Delegerad projektägare', 1, 'info@skaraborg.se, 0500-49 72 00'),
  (9, 3, 'Karin Skarin', 'Projektledare', 1, 'karin.skarin@skaraborg.se, 0500-497640'),
  (10, 4, 'Kontaktperson MAS Skövde', 'Kontaktperson', 2, ''),
  (11, 4, 'Kontaktperson MAS Lidköping', 'Kontaktperson', 3, ''),
  (12, 4, 'Kontaktperson MAS Falköping', 'Kontaktperson', 4, ''),
  (13, 4, 'Kontaktperson MAS Mariestad', 'Kontaktperson', 5, ''),
  (14, 4, 'Kontaktperson MAS Tidaholm', 'Kontaktperson', 6, ''),
  (15, 4, 'Kontaktperson MAS Hjo', 'Kontaktperson', 7, ''),
  (16, 5, 'Sammankallande MAS-nätverket', 'Sammankallande', 4, ''),
  (17, 6, 'Sammankallande HSL-chefer', 'Sammankallande', 3, ''),
  (18, 7, 'Sammankallande äldrenätverket', 'Sammankallande', 5, ''),
  (19, 8, 'Kontaktperson Högskolan i Skövde', 'Representant', 8, ''),
  (20, 8, 'Kontaktperson SkaS', 'Representant', 9, ''),
  (21, 8, 'E-hälsosamordnare', 'Representant', 10, '');

-------------------------------------------------------------------------------------------------
-- Phases, activities and decision milestones (from the report's phase plan)
-------------------------------------------------------------------------------------------------
INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, responsible, status, is_milestone, notes) VALUES
  -- Uppstartsfas sep–okt 2020
  (1, NULL, 0, 'phase', 'Uppstartsfas', '2020-09-01', '2020-10-31', 100, 'Karin Skarin', 'done', 0, ''),
  (2, 1, 0, 'activity', 'Förankring', '2020-09-01', '2020-10-30', 100, 'Karin Skarin', 'done', 0, 'Förankring hos socialchefer, MAS:ar och HSL-chefer i alla 15 kommuner.'),
  (3, 1, 1, 'activity', 'Omvärldsbevakning', '2020-09-14', '2020-10-30', 100, 'Karin Skarin', 'done', 0, 'Bland annat Göteborgsregionens lärplattform och andra regioners arbete med Nära vård.'),
  (4, 1, 2, 'activity', 'Kontaktpersoner', '2020-09-01', '2020-10-16', 100, 'Karin Skarin', 'done', 0, 'En kontaktperson per kommun utsedd, oftast MAS.'),
  -- Förstudiefas nov 2020 – feb 2021
  (5, NULL, 1, 'phase', 'Förstudiefas', '2020-11-01', '2021-02-28', 100, 'Karin Skarin', 'done', 0, ''),
  (6, 5, 0, 'activity', 'Insamling data och webbintervjuer', '2020-11-02', '2020-12-18', 100, 'Karin Skarin', 'done', 0, 'Datainsamling via kontaktpersonerna. 15 webbintervjuer à två timmar med sammanlagt 45 deltagare.'),
  (7, 5, 1, 'activity', 'Intervju med e-hälsosamordnare vid VästKom och samtal med HiS', '2020-11-16', '2020-12-18', 100, 'Karin Skarin', 'done', 0, ''),
  (8, 5, 2, 'activity', 'Sammanställning och analys', '2020-12-21', '2021-01-15', 100, 'Karin Skarin', 'done', 0, ''),
  (9, 5, 3, 'activity', 'Förstudie med tillhörande förslag', '2021-01-18', '2021-02-26', 100, 'Karin Skarin', 'done', 0, 'Rapportskrivning jan–feb. Förstudien mynnade ut i tio förslag till utveckling i samverkan.'),
  -- Beslutsfas mars–april 2021
  (10, NULL, 2, 'phase', 'Beslutsfas', '2021-03-01', '2021-04-30', 100, 'Styrgrupp (socialchefsträff)', 'done', 0, ''),
  (11, 10, 0, 'activity', 'Beslut om förstudie', '2021-03-11', '2021-03-11', 100, 'Styrgrupp (socialchefsträff)', 'done', 1, 'Förlängning till 31 december 2021. Uppdrag att arbeta vidare med förslag 1, 2 (ej prio), 5 och 6.'),
  (12, 10, 1, 'activity', 'Förankring förstudie', '2021-03-12', '2021-04-21', 100, 'Karin Skarin', 'done', 0, 'I MAS-nätverket, nätverk för HSL-chefer, äldrenätverket och kommunernas ledningsgrupper.'),
  (13, 10, 2, 'activity', 'Beslut om delprojekt', '2021-04-22', '2021-04-22', 100, 'Styrgrupp (socialchefsträff)', 'done', 1, 'Delprojekt 1–4 startas. Förslag 3 och 7 skjuts på framtiden, förslag 8 och 10 hanteras av nätverken.'),
  -- Genomförandefas maj–okt 2021
  (14, NULL, 3, 'phase', 'Genomförandefas', '2021-05-01', '2021-10-31', 100, 'Karin Skarin', 'done', 0, ''),
  (15, 14, 0, 'activity', 'Utredningar delprojekt', '2021-05-03', '2021-06-02', 100, 'Karin Skarin', 'done', 0, ''),
  (16, 14, 1, 'activity', 'Beslut delprojekt', '2021-06-03', '2021-06-03', 100, 'Styrgrupp (socialchefsträff)', 'done', 1, 'Inriktning för delprojekt 1–4 fastställd efter utredningarna.'),
  (17, 14, 2, 'activity', 'Genomförande', '2021-06-07', '2021-10-29', 100, 'Karin Skarin', 'done', 0, ''),
  (18, 17, 0, 'activity', 'Delprojekt 1: gemensamma villkor vid vidareutbildning', '2021-06-07', '2021-10-29', 100, 'Karin Skarin', 'done', 0, 'Avtalsförslag framtaget tillsammans med HR.'),
  (19, 17, 1, 'activity', 'Delprojekt 2: gemensam kompetensbank (ej prio)', '2021-08-16', '2021-10-15', 100, 'Karin Skarin', 'done', 0, 'Ej prioriterat. Dialogen fortsätter i nätverk för HSL-chefer.'),
  (20, 17, 2, 'activity', 'Delprojekt 3: gemensamma utbildningsåtaganden', '2021-06-07', '2021-10-29', 100, 'Karin Skarin', 'done', 0, 'Plan för gemensamma utbildningssatsningar i Skaraborg.'),
  (21, 17, 3, 'activity', 'Delprojekt 4: systematiskt nyttjande av kostnadsfria alternativ', '2021-06-07', '2021-09-30', 100, 'Karin Skarin', 'done', 0, 'Kostnadsfria webbutbildningar samlade på www.skaraborg.se.'),
  -- Slutfas nov–dec 2021
  (22, NULL, 4, 'phase', 'Slutfas', '2021-11-01', '2021-12-31', 100, 'Karin Skarin', 'done', 0, ''),
  (23, 22, 0, 'activity', 'Drift', '2021-11-01', '2021-12-17', 100, 'Karin Skarin', 'done', 0, 'Överlämning av kvarstående uppgifter till nätverken och område Välfärd.'),
  (24, 22, 1, 'activity', 'Slutrapport', '2021-11-01', '2021-12-10', 100, 'Karin Skarin', 'done', 0, ''),
  (25, 22, 2, 'activity', 'Beslut om slutrapport', '2021-12-16', '2021-12-16', 100, 'Styrgrupp (socialchefsträff)', 'done', 1, '');

-- Finish-to-start: the successor starts after the predecessor ends.
INSERT INTO dependency (id, predecessor_id, successor_id) VALUES
  (1, 1, 5),      -- Uppstartsfas -> Förstudiefas
  (2, 5, 10),     -- Förstudiefas -> Beslutsfas
  (3, 10, 14),    -- Beslutsfas -> Genomförandefas
  (4, 14, 22),    -- Genomförandefas -> Slutfas
  (5, 4, 6),      -- Kontaktpersoner -> Insamling data och webbintervjuer
  (6, 6, 8),      -- Webbintervjuer -> Sammanställning och analys
  (7, 7, 8),      -- Intervju e-hälsosamordnare -> Sammanställning och analys
  (8, 8, 9),      -- Sammanställning -> Förstudie med förslag
  (9, 9, 11),     -- Förstudie -> Beslut om förstudie
  (10, 11, 12),   -- Beslut om förstudie -> Förankring förstudie
  (11, 12, 13),   -- Förankring -> Beslut om delprojekt
  (12, 13, 15),   -- Beslut om delprojekt -> Utredningar delprojekt
  (13, 15, 16),   -- Utredningar -> Beslut delprojekt
  (14, 16, 17),   -- Beslut delprojekt -> Genomförande
  (15, 17, 23),   -- Genomförande -> Drift
  (16, 17, 24),   -- Genomförande -> Slutrapport
  (17, 24, 25);   -- Slutrapport -> Beslut om slutrapport

-- Baselines: the original one-year plan, and the plan after the extension in March 2021.
INSERT INTO baseline (id, name, created) VALUES
  (1, 'Ursprunglig plan, september 2020 – augusti 2021', '2020-09-30'),
  (2, 'Plan efter förlängningen till december 2021', '2021-03-11');

INSERT INTO baseline_task (baseline_id, task_id, start_date, end_date) VALUES
  (1, 1, '2020-09-01', '2020-10-31'),
  (1, 2, '2020-09-01', '2020-10-30'),
  (1, 3, '2020-09-14', '2020-10-30'),
  (1, 4, '2020-09-01', '2020-10-16'),
  (1, 5, '2020-11-01', '2021-01-31'),
  (1, 6, '2020-11-02', '2020-12-11'),
  (1, 7, '2020-11-16', '2020-12-11'),
  (1, 8, '2020-12-14', '2021-01-08'),
  (1, 9, '2021-01-11', '2021-01-29'),
  (1, 10, '2021-02-01', '2021-03-31'),
  (1, 11, '2021-02-25', '2021-02-25'),
  (1, 12, '2021-02-26', '2021-03-31'),
  (1, 13, '2021-03-31', '2021-03-31'),
  (1, 14, '2021-04-01', '2021-06-30'),
  (1, 15, '2021-04-06', '2021-04-30'),
  (1, 16, '2021-05-06', '2021-05-06'),
  (1, 17, '2021-05-10', '2021-06-30'),
  (1, 22, '2021-07-01', '2021-08-31'),
  (1, 23, '2021-08-02', '2021-08-27'),
  (1, 24, '2021-08-02', '2021-08-20'),
  (1, 25, '2021-08-26', '2021-08-26');

-- The plan after the extension: as carried out, apart from the sub-project investigations
-- (planned to end in May) and sub-project 4 (planned to run until October).
INSERT INTO baseline_task (baseline_id, task_id, start_date, end_date)
  SELECT 2, id, start_date,
         CASE id WHEN 15 THEN '2021-05-28' WHEN 21 THEN '2021-10-29' ELSE end_date END
  FROM task ORDER BY id;

-------------------------------------------------------------------------------------------------
-- Goals: five project goals and five effect goals from the report, plus three sub-goals.
-------------------------------------------------------------------------------------------------
INSERT INTO goal (id, kind, number, text, indicator, unit, baseline, target_low, target_high, outcome, outcome_text, status_override, override_reason, comment) VALUES
  (1, 'project', 1, 'Framtagning av gemensam plan för kompetensutveckling', 'Plan framtagen och beslutad i styrgruppen', 'plan', 0, 1, 1, 1, 'Plan för gemensamma utbildningsåtaganden framtagen i delprojekt 3. Följs upp årligen vid socialchefsträff.', NULL, '', ''),
  (2, 'project', 2, 'Sammanställning av synen på begreppet Nära vård', 'Kommuner vars syn ingår i sammanställningen', 'kommuner', 0, 15, 15, 15, 'Sammanställningen ingår i förstudien.', NULL, '', ''),
  (3, 'project', 3, 'Framtagning av beslutsförslag till vidareutbildning för legitimerade', 'Beslutsförslag (avtalsförslag) framtaget', 'förslag', 0, 1, 1, 1, 'Avtalsförslag om gemensamma villkor vid vidareutbildning framtaget i delprojekt 1 och sparat på Teams.', NULL, '', 'Socialchefer och HR-chefer beslutar om väg framåt.'),
  (4, 'project', 4, 'Säkerställa samverkan med e-hälsosamordnare inom digitaliseringsområdet', 'Etablerad samverkan', '', NULL, NULL, NULL, NULL, 'Intervju med e-hälsosamordnare vid VästKom genomförd. Ingen fast samverkansform under projekttiden.', 'partly_met', 'Kontakten är etablerad men det finns ännu ingen fast form för samverkan.', ''),
  (5, 'project', 5, 'Sammanställning av kommunernas utveckling/utmaningar under pandemin', 'Kommuner som ingår i sammanställningen', 'kommuner', 0, 15, 15, 15, 'Sammanställningen ingår i förstudien.', NULL, '', ''),
  (6, 'effect', 1, 'Väl fungerande samverkan kring kompetensutveckling över tid', 'Planen följs upp årligen vid socialchefsträff', '', NULL, NULL, NULL, NULL, '', 'not_assessed', 'Effekten kan bedömas först några år efter projektet.', ''),
  (7, 'effect', 2, 'Gemensam syn i Skaraborg inom området Nära vård', 'Gemensam syn förankrad i kommunerna', '', NULL, NULL, NULL, NULL, 'Förstudiens sammanställning har förankrats i styrgrupp och nätverk.', 'partly_met', 'Sammanställningen finns och är förankrad, men en gemensam syn i verksamheterna tar längre tid.', ''),
  (8, 'effect', 3, 'Väl fungerande form för vidareutbildning för yrkesverksamma legitimerade', 'Gemensamma villkor beslutade', '', NULL, NULL, NULL, NULL, '', 'not_assessed', 'Beslut om avtalsförslaget tas av socialchefer och HR-chefer efter projektet.', ''),
  (9, 'effect', 4, 'Kvalitetssäkert och adekvat nyttjande av teknik inom digitaliseringsområdet', '', '', NULL, NULL, NULL, NULL, '', 'not_assessed', 'Kan inte bedömas vid projektets slut.', ''),
  (10, 'effect', 5, 'Fortsatt utveckling av goda arbetssätt som uppstått under pandemin', 'Digitala arbetssätt som används efter projektet', '', NULL, NULL, NULL, NULL, 'Digitala möten och föreläsningar lever kvar i nätverken.', 'partly_met', 'Arbetssätten lever kvar i nätverken men följs inte upp systematiskt.', ''),
  (11, 'sub', 1, 'Genomföra webbintervjuer i förstudien', 'Webbintervjuer à två timmar', 'intervjuer', 0, 15, 15, 15, '', NULL, '', ''),
  (12, 'sub', 2, 'Bred medverkan i webbintervjuerna', 'Deltagare i webbintervjuerna', 'deltagare', 0, 40, 50, 45, '', NULL, '', ''),
  (13, 'sub', 3, 'Kommunernas insats i form av timmar', 'Redovisade timmar från kommunerna', 'timmar', 0, 300, 400, 350, 'Cirka 350 timmar, vilket motsvarar 8,75 arbetsveckor.', NULL, '', '');

INSERT INTO goal_task (goal_id, task_id) VALUES
  (1, 20), (2, 6), (2, 9), (3, 18), (4, 7), (5, 6), (5, 9),
  (6, 23), (7, 12), (8, 18), (9, 7), (10, 21), (10, 23),
  (11, 6), (12, 6), (13, 23);

-------------------------------------------------------------------------------------------------
-- The pre-study's ten proposals and the decisions of March–April 2021
-------------------------------------------------------------------------------------------------
INSERT INTO proposal (id, number, title, priority, decision, decision_date, decision_body, responsible, description) VALUES
  (1, 1, 'Gemensamma villkor vid vidareutbildning', 'prio', 'subproject', '2021-03-11', 'Styrgrupp (socialchefsträff)', 'Karin Skarin', 'Drivs som delprojekt 1.'),
  (2, 2, 'Gemensam kompetensbank', 'not_prio', 'subproject', '2021-03-11', 'Styrgrupp (socialchefsträff)', 'Karin Skarin', 'Drivs som delprojekt 2 (ej prio!).'),
  (3, 3, 'Utbytesprogram mellan kommun/region', 'not_prio', 'postponed', '2021-04-22', 'Styrgrupp (socialchefsträff)', 'Nätverk för HSL-chefer', 'Får hanteras av nätverken alternativt skjutas på framtiden. Skjuts på framtiden.'),
  (4, 4, 'Bevakning av Göteborgsregionens lärplattform', 'prio', 'network', '2021-03-11', 'Styrgrupp (socialchefsträff)', 'Område Välfärd, Skaraborgs Kommunalförbund', 'Drivs i viss mån av redan befintliga samverkansgrupperingar vid Kommunalförbundet.'),
  (5, 5, 'Gemensamma utbildningssatsningar i Skaraborg', 'prio', 'subproject', '2021-03-11', 'Styrgrupp (socialchefsträff)', 'Karin Skarin', 'Drivs som delprojekt 3.'),
  (6, 6, 'Systematiskt nyttjande av kostnadsfria alternativ', 'prio', 'subproject', '2021-03-11', 'Styrgrupp (socialchefsträff)', 'Karin Skarin', 'Drivs som delprojekt 4.'),
  (7, 7, 'Utveckla nanolearning för legitimerade medarbetare', 'not_prio', 'postponed', '2021-04-22', 'Styrgrupp (socialchefsträff)', 'MAS-nätverket', 'Får hanteras av nätverken alternativt skjutas på framtiden. Skjuts på framtiden; ett mindre test görs i Hjo.'),
  (8, 8, 'Dialogmöten nära vård', 'not_prio', 'network', '2021-04-22', 'Styrgrupp (socialchefsträff)', 'Äldrenätverket', 'Får hanteras av nätverken alternativt skjutas på framtiden. Hanteras av äldrenätverket.'),
  (9, 9, 'Fördjupad samverkan med Högskolan i Skövde', 'prio', 'network', '2021-03-11', 'Styrgrupp (socialchefsträff)', 'Skaraborgs Kommunalförbund', 'Drivs i viss mån av redan befintliga samverkansgrupperingar vid Kommunalförbundet.'),
  (10, 10, 'Fortsatt erfarenhetsutbyte utifrån vinster som uppstått i pandemin', 'not_prio', 'network', '2021-04-22', 'Styrgrupp (socialchefsträff)', 'MAS-nätverket', 'Får hanteras av nätverken alternativt skjutas på framtiden. Hanteras av MAS-nätverket.');

INSERT INTO subproject (id, number, title, proposal_id, task_id, priority, responsible) VALUES
  (1, 1, 'Gemensamma villkor vid vidareutbildning', 1, 18, 'prio', 'Karin Skarin'),
  (2, 2, 'Gemensam kompetensbank (ej prio)', 2, 19, 'not_prio', 'Karin Skarin'),
  (3, 3, 'Gemensamma utbildningsåtaganden', 5, 20, 'prio', 'Karin Skarin'),
  (4, 4, 'Systematiskt nyttjande av kostnadsfria alternativ', 6, 21, 'prio', 'Karin Skarin');

-- What remains in operation (kvarstår i drift) after the project.
INSERT INTO remaining_action (subproject_id, position, text, owner) VALUES
  (1, 0, 'Avtalsförslagen sparas på Teams', 'Område Välfärd, Skaraborgs Kommunalförbund'),
  (1, 1, 'Socialchefer och HR-chefer beslutar om väg framåt', 'Socialchefer och HR-chefer'),
  (2, 0, 'Dialog i nätverk för HSL-chefer om möjlighet att dela med sig av specialistkunskap, förslagsvis via Teams', 'Nätverk för HSL-chefer'),
  (2, 1, 'Samråd med MAS-nätverket', 'MAS-nätverket'),
  (3, 0, 'Process överlämnad till nätverk HSL-chefer', 'Nätverk för HSL-chefer'),
  (3, 1, 'Hjälp av område Välfärd att administrera Teamsyta', 'Område Välfärd, Skaraborgs Kommunalförbund'),
  (3, 2, 'Arbetssättet (planen) följs upp årligen vid socialchefsträff med hjälp av område Välfärd', 'Socialchefsträff och område Välfärd'),
  (4, 0, 'Regelbunden uppföljning i MAS-nätverket avseende innehåll', 'MAS-nätverket'),
  (4, 1, 'Regelbunden uppföljning i nätverk för HSL-chefer avseende nyttjande', 'Nätverk för HSL-chefer'),
  (4, 2, 'Hjälp av område Välfärd att administrera förändringar', 'Område Välfärd, Skaraborgs Kommunalförbund');

-------------------------------------------------------------------------------------------------
-- Meetings and presentations. The report: Styrgrupp (socialchefsmöten) 11 times,
-- MAS-nätverk 7, Äldrenätverk 4, övriga möten i kommunerna 6, övriga möten utanför kommunerna 10.
-------------------------------------------------------------------------------------------------
INSERT INTO meeting_series (id, forum, title, first_date, interval_weeks, until_date) VALUES
  (1, 'steering_group', 'Socialchefsträff', '2020-09-24', 6, '2021-11-18'),
  (2, 'mas_network', 'MAS-nätverket', '2020-10-06', 8, '2021-11-02');

INSERT INTO meeting (id, series_id, date, forum, kind, title, decisions, cancelled) VALUES
  -- Styrgrupp: ten from the six-week series (the July meeting was cancelled) and one extra.
  (1, 1, '2020-09-24', 'steering_group', 'presentation', 'Socialchefsträff: projektstart och upplägg', '', 0),
  (2, 1, '2020-11-05', 'steering_group', 'presentation', 'Socialchefsträff: lägesrapport uppstartsfas', '', 0),
  (3, 1, '2020-12-17', 'steering_group', 'presentation', 'Socialchefsträff: lägesrapport webbintervjuer', '', 0),
  (4, 1, '2021-01-28', 'steering_group', 'presentation', 'Socialchefsträff: preliminära resultat av förstudien', '', 0),
  (5, 1, '2021-03-11', 'steering_group', 'presentation', 'Socialchefsträff: beslut om förstudien', '1. Förlängning av projekt Vårdens medarbetare till 31 december 2021.
2. Projektet ges i uppdrag att arbeta vidare med förslag 1, 2 (ej prio!), 5 och 6 i förstudien.
Förslag 4 och 9 drivs i viss mån av redan befintliga samverkansgrupperingar vid Kommunalförbundet.', 0),
  (6, 1, '2021-04-22', 'steering_group', 'presentation', 'Socialchefsträff: beslut om delprojekt', 'Delprojekt 1–4 startas. Förslag 3 och 7 skjuts på framtiden; förslag 8 och 10 hanteras av nätverken.', 0),
  (7, 1, '2021-06-03', 'steering_group', 'presentation', 'Socialchefsträff: beslut om delprojektens inriktning', 'Inriktningen för delprojekt 1–4 fastställs efter utredningarna.', 0),
  (8, 1, '2021-07-15', 'steering_group', 'presentation', 'Socialchefsträff', '', 1),
  (9, 1, '2021-08-26', 'steering_group', 'presentation', 'Socialchefsträff: lägesrapport delprojekt', '', 0),
  (10, 1, '2021-10-07', 'steering_group', 'presentation', 'Socialchefsträff: avtalsförslag vidareutbildning och utbildningsplan', '', 0),
  (11, 1, '2021-11-18', 'steering_group', 'presentation', 'Socialchefsträff: överlämning till drift', '', 0),
  (12, NULL, '2021-12-16', 'steering_group', 'presentation', 'Socialchefsträff: beslut om slutrapport', 'Slutrapporten godkänns. Kvarstående uppgifter överlämnas till nätverken och område Välfärd.', 0),
  -- MAS-nätverket: seven from the series (the July meeting was cancelled).
  (13, 2, '2020-10-06', 'mas_network', 'presentation', 'MAS-nätverket: projektets upplägg och kontaktpersoner', '', 0),
  (14, 2, '2020-12-01', 'mas_network', 'presentation', 'MAS-nätverket: datainsamling och webbintervjuer', '', 0),
  (15, 2, '2021-01-26', 'mas_network', 'presentation', 'MAS-nätverket: förstudiens förslag', '', 0),
  (16, 2, '2021-03-23', 'mas_network', 'presentation', 'MAS-nätverket: förankring förstudie', '', 0),
  (17, 2, '2021-05-18', 'mas_network', 'presentation', 'MAS-nätverket: samråd om kompetensbank', '', 0),
  (18, 2, '2021-07-13', 'mas_network', 'presentation', 'MAS-nätverket', '', 1),
  (19, 2, '2021-09-07', 'mas_network', 'presentation', 'MAS-nätverket: kostnadsfria webbutbildningar', '', 0),
  (20, 2, '2021-11-02', 'mas_network', 'presentation', 'MAS-nätverket: överlämning av uppföljning', '', 0),
  -- Äldrenätverket: four.
  (21, NULL, '2020-10-15', 'elderly_network', 'presentation', 'Äldrenätverket: projektets upplägg', '', 0),
  (22, NULL, '2021-02-11', 'elderly_network', 'presentation', 'Äldrenätverket: förstudiens förslag', '', 0),
  (23, NULL, '2021-05-20', 'elderly_network', 'presentation', 'Äldrenätverket: dialogmöten nära vård', '', 0),
  (24, NULL, '2021-10-14', 'elderly_network', 'presentation', 'Äldrenätverket: delprojektens resultat', '', 0),
  -- Övriga möten i kommunerna: six.
  (25, NULL, '2020-10-20', 'municipal_meeting', 'presentation', 'Ledningsgrupp vård och omsorg, Skövde', '', 0),
  (26, NULL, '2020-11-24', 'municipal_meeting', 'presentation', 'HSL-enheten, Lidköping', '', 0),
  (27, NULL, '2021-02-09', 'municipal_meeting', 'presentation', 'Ledningsgrupp vård och omsorg, Falköping', '', 0),
  (28, NULL, '2021-05-11', 'municipal_meeting', 'presentation', 'Sjukskötersketräff, Mariestad', '', 0),
  (29, NULL, '2021-09-14', 'municipal_meeting', 'presentation', 'Arbetsplatsträff hemsjukvården, Tidaholm', '', 0),
  (30, NULL, '2021-10-19', 'municipal_meeting', 'presentation', 'Ledningsgrupp vård och omsorg, Hjo', '', 0),
  -- Övriga möten utanför kommunerna: ten.
  (31, NULL, '2020-10-08', 'external_meeting', 'presentation', 'Högskolan i Skövde: vidareutbildning för legitimerade', '', 0),
  (32, NULL, '2020-12-09', 'external_meeting', 'presentation', 'VästKom: e-hälsosamordnare', '', 0),
  (33, NULL, '2021-01-20', 'external_meeting', 'presentation', 'SkaS: samverkan kring Nära vård', '', 0),
  (34, NULL, '2021-02-17', 'external_meeting', 'presentation', 'Vårdsamverkan Skaraborg', '', 0),
  (35, NULL, '2021-03-30', 'external_meeting', 'presentation', 'Göteborgsregionen: lärplattform', '', 0),
  (36, NULL, '2021-05-25', 'external_meeting', 'presentation', 'Högskolan i Skövde: fördjupad samverkan', '', 0),
  (37, NULL, '2021-06-10', 'external_meeting', 'presentation', 'Beredningen för välfärd, Skaraborgs Kommunalförbund', '', 0),
  (38, NULL, '2021-09-21', 'external_meeting', 'presentation', 'SkaS och vårdcentraler: digitala föreläsningar i palliativ vård', '', 0),
  (39, NULL, '2021-10-13', 'external_meeting', 'presentation', 'Vårdsamverkan Skaraborg', '', 0),
  (40, NULL, '2021-11-25', 'external_meeting', 'presentation', 'Regional konferens om kompetensförsörjning i Nära vård', '', 0),
  -- Working meetings (not presentations).
  (41, NULL, '2020-10-27', 'project_group', 'meeting', 'Kontaktpersonsmöte: datainsamling', '', 0),
  (42, NULL, '2021-02-02', 'project_group', 'meeting', 'Kontaktpersonsmöte: utkast till förstudie', '', 0),
  (43, NULL, '2021-08-24', 'hsl_network', 'meeting', 'Nätverk för HSL-chefer: gemensam kompetensbank', '', 0),
  (44, NULL, '2021-11-09', 'hsl_network', 'meeting', 'Nätverk för HSL-chefer: överlämning', 'Nätverket tar över processen för gemensamma utbildningsåtaganden.', 0),
  (45, NULL, '2021-05-04', 'reference_group', 'meeting', 'Referensgrupp högskola och region', '', 0);

-------------------------------------------------------------------------------------------------
-- Lessons: success factors, pitfalls and recommendations (from the report)
-------------------------------------------------------------------------------------------------
INSERT INTO lesson (kind, text, owner) VALUES
  ('success', 'Efterfrågad utveckling – inget motstånd', 'Styrgrupp (socialchefsträff)'),
  ('success', 'Engagerade kontaktpersoner/MAS:ar', 'Kontaktpersoner i kommunerna'),
  ('success', 'Digitalt projekt: sparat tid och ökat tillgänglighet', 'Projektledare'),
  ('success', 'Bra samordning från Välfärd', 'Område Välfärd, Skaraborgs Kommunalförbund'),
  ('success', 'Intresserad styrgrupp som fattat beslut som krävts', 'Styrgrupp (socialchefsträff)'),
  ('pitfall', 'Digitalt projekt: utmanande att skapa relationer initialt', 'Projektledare'),
  ('pitfall', 'Tidsbrist: kort projektperiod', 'Styrgrupp (socialchefsträff)'),
  ('pitfall', 'Medfinansiering i form av timmar: svårt för kommuner att hinna delta aktivt', 'Socialchefer'),
  ('pitfall', 'Inga formella arbetsgrupper, byggt på frivillighet (och därmed i viss mån tur)', 'Projektledare'),
  ('pitfall', 'Långt mellan styrgruppsmöten, ingen möjlighet att sammankalla styrgruppen vid behov, kort om tid avsatt vid styrgruppens möten', 'Styrgrupp (socialchefsträff)'),
  ('recommendation', 'Använd förstudien aktivt – mycket i den är aktuellt under åtminstone ett par år till', 'Chefer och MAS:ar'),
  ('recommendation', 'Följ regelbundet upp personal- och bemanningsstatistik på kommunbasis inom område legitimerade – använd Excelfilen som fylldes i under förstudien och sammanställ på liknande sätt som i förstudien', 'Nätverk för HSL-chefer'),
  ('recommendation', 'Verksamheten efterfrågar fler flikar på www.skaraborg.se där kostnadsfria webbutbildningar för övriga yrkesgrupper inom vården samlas', 'Skaraborgs Kommunalförbund ihop med nätverken inom Välfärd'),
  ('recommendation', 'Spinn vidare på samarbetet med VGR (SkaS och vårdcentraler) och ta fram digitala föreläsningskoncept med fler områden än det palliativa, som diabetes, KOL/hjärtsvikt, demens med flera', 'Nätverk för HSL-chefer'),
  ('recommendation', 'Fortsätt dialogen med Högskolan i Skövde – den digitala utvecklingen borde möjliggöra grundutbildning för AT/FT där, om inte annat så på distans i samarbete med andra lärosäten', 'Skaraborgs Kommunalförbund');

-------------------------------------------------------------------------------------------------
-- Competence plan (invented but plausible). Six units in five municipalities.
-------------------------------------------------------------------------------------------------
-- A role and two competences of our own, next to the default catalogue.
INSERT INTO role (key, name, position) VALUES (NULL, 'Rehabassistent', 20);
INSERT INTO competence (key, name, position) VALUES
  (NULL, 'Diabetesvård', 20),
  (NULL, 'KOL och hjärtsvikt', 21);

INSERT INTO unit (id, organisation_id, name, target_year) VALUES
  (1, 2, 'Hemsjukvården Skövde', 2025),
  (2, 2, 'Vård- och omsorgsboenden Skövde', 2026),
  (3, 3, 'Kommunal hälso- och sjukvård Lidköping', 2025),
  (4, 4, 'Hemtjänst och hemsjukvård Falköping', 2026),
  (5, 7, 'Vård och omsorg Hjo', 2025),
  (6, 5, 'Rehabenheten Mariestad', 2025);

-- persons, fte (årsarbetare), expected retirements per year, turnover % per year,
-- demand in the target year, growth % per year.
INSERT INTO headcount (unit_id, role_id, persons, fte, retirements, turnover, demand, growth)
  SELECT v.column1, r.id, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8
  FROM (VALUES
    (1, 'sjukskoterska',              48,  44.5, 2, 12.0,  56, 3.0),
    (1, 'specialistsjukskoterska',     9,   8.6, 1,  8.0,  12, 4.0),
    (1, 'underskoterska',             22,  19.8, 1,  9.0,  26, 3.0),
    (1, 'specialist_underskoterska',   2,   2.0, 0,  5.0,   4, 5.0),
    (1, 'serviceassistent',            3,   2.5, 0, 20.0,   6, 10.0),
    (1, 'enhetschef',                  4,   4.0, 0,  5.0,   4, 0.0),
    (2, 'underskoterska',            118, 101.4, 5, 14.0, 130, 2.0),
    (2, 'vardbitrade',                34,  27.6, 2, 22.0,  28, 0.0),
    (2, 'sjukskoterska',              14,  13.2, 1, 15.0,  16, 2.0),
    (2, 'serviceassistent',            6,   5.0, 0, 25.0,  12, 10.0),
    (2, 'enhetschef',                  6,   6.0, 1,  8.0,   6, 0.0),
    (3, 'sjukskoterska',              41,  38.0, 2, 11.0,  47, 3.0),
    (3, 'specialistsjukskoterska',     7,   6.8, 1,  7.0,  10, 4.0),
    (3, 'arbetsterapeut',             14,  13.0, 1,  9.0,  16, 2.0),
    (3, 'fysioterapeut',              10,   9.5, 0, 10.0,  12, 2.0),
    (3, 'mas',                         1,   1.0, 0,  0.0,   1, 0.0),
    (3, 'enhetschef',                  3,   3.0, 0,  5.0,   3, 0.0),
    (4, 'underskoterska',             86,  72.5, 4, 13.0,  95, 2.0),
    (4, 'vardbitrade',                21,  16.8, 1, 20.0,  18, 0.0),
    (4, 'sjukskoterska',              24,  22.6, 1, 12.0,  28, 3.0),
    (4, 'serviceassistent',            4,   3.5, 0, 15.0,   8, 10.0),
    (4, 'enhetschef',                  5,   5.0, 0,  6.0,   5, 0.0),
    (5, 'underskoterska',             38,  31.2, 2, 10.0,  42, 2.0),
    (5, 'vardbitrade',                 9,   7.1, 1, 15.0,   8, 0.0),
    (5, 'sjukskoterska',               9,   8.4, 1, 11.0,  11, 3.0),
    (5, 'specialistsjukskoterska',     1,   1.0, 0,  0.0,   2, 5.0),
    (5, 'arbetsterapeut',              3,   2.8, 0,  8.0,   4, 3.0),
    (5, 'fysioterapeut',               2,   1.8, 0,  8.0,   3, 3.0),
    (5, 'enhetschef',                  2,   2.0, 0,  5.0,   2, 0.0),
    (6, 'arbetsterapeut',             12,  11.2, 1,  9.0,  14, 2.0),
    (6, 'fysioterapeut',               8,   7.5, 0, 10.0,  10, 2.0),
    (6, 'Rehabassistent',              4,   3.5, 0,  6.0,   5, 2.0),
    (6, 'enhetschef',                  1,   1.0, 0,  0.0,   1, 0.0)
  ) AS v
  JOIN role r ON r.key = v.column2 OR (r.key IS NULL AND r.name = v.column2);

-- Required level per role and competence: 0 none, 1 basic, 2 with support, 3 independent,
-- 4 can train others.
INSERT INTO required_level (role_id, competence_id, level)
  SELECT r.id, c.id, v.column3
  FROM (VALUES
    ('underskoterska', 'demens', 3), ('underskoterska', 'palliativ_vard', 3),
    ('underskoterska', 'lakemedelsdelegering', 3), ('underskoterska', 'digital_kompetens', 2),
    ('underskoterska', 'svenska_i_varden', 3), ('underskoterska', 'basala_hygienrutiner', 3),
    ('underskoterska', 'social_dokumentation', 3), ('underskoterska', 'nara_vard', 2),
    ('underskoterska', 'Diabetesvård', 1), ('underskoterska', 'KOL och hjärtsvikt', 1),
    ('vardbitrade', 'demens', 2), ('vardbitrade', 'palliativ_vard', 2),
    ('vardbitrade', 'lakemedelsdelegering', 2), ('vardbitrade', 'digital_kompetens', 2),
    ('vardbitrade', 'svenska_i_varden', 2), ('vardbitrade', 'basala_hygienrutiner', 3),
    ('vardbitrade', 'social_dokumentation', 2), ('vardbitrade', 'nara_vard', 1),
    ('vardbitrade', 'Diabetesvård', 1), ('vardbitrade', 'KOL och hjärtsvikt', 1),
    ('sjukskoterska', 'demens', 3), ('sjukskoterska', 'palliativ_vard', 3),
    ('sjukskoterska', 'lakemedelsdelegering', 4), ('sjukskoterska', 'digital_kompetens', 3),
    ('sjukskoterska', 'svenska_i_varden', 3), ('sjukskoterska', 'basala_hygienrutiner', 4),
    ('sjukskoterska', 'social_dokumentation', 2), ('sjukskoterska', 'nara_vard', 3),
    ('sjukskoterska', 'Diabetesvård', 3), ('sjukskoterska', 'KOL och hjärtsvikt', 3),
    ('specialistsjukskoterska', 'demens', 4), ('specialistsjukskoterska', 'palliativ_vard', 4),
    ('specialistsjukskoterska', 'lakemedelsdelegering', 4), ('specialistsjukskoterska', 'digital_kompetens', 3),
    ('specialistsjukskoterska', 'svenska_i_varden', 3), ('specialistsjukskoterska', 'basala_hygienrutiner', 4),
    ('specialistsjukskoterska', 'social_dokumentation', 2), ('specialistsjukskoterska', 'nara_vard', 4),
    ('specialistsjukskoterska', 'Diabetesvård', 4), ('specialistsjukskoterska', 'KOL och hjärtsvikt', 4),
    ('arbetsterapeut', 'demens', 3), ('arbetsterapeut', 'palliativ_vard', 2),
    ('arbetsterapeut', 'lakemedelsdelegering', 0), ('arbetsterapeut', 'digital_kompetens', 3),
    ('arbetsterapeut', 'svenska_i_varden', 3), ('arbetsterapeut', 'basala_hygienrutiner', 3),
    ('arbetsterapeut', 'social_dokumentation', 2), ('arbetsterapeut', 'nara_vard', 3),
    ('arbetsterapeut', 'Diabetesvård', 1), ('arbetsterapeut', 'KOL och hjärtsvikt', 2),
    ('fysioterapeut', 'demens', 2), ('fysioterapeut', 'palliativ_vard', 2),
    ('fysioterapeut', 'lakemedelsdelegering', 0), ('fysioterapeut', 'digital_kompetens', 3),
    ('fysioterapeut', 'svenska_i_varden', 3), ('fysioterapeut', 'basala_hygienrutiner', 3),
    ('fysioterapeut', 'social_dokumentation', 2), ('fysioterapeut', 'nara_vard', 3),
    ('fysioterapeut', 'Diabetesvård', 1), ('fysioterapeut', 'KOL och hjärtsvikt', 3),
    ('enhetschef', 'demens', 2), ('enhetschef', 'palliativ_vard', 2),
    ('enhetschef', 'lakemedelsdelegering', 1), ('enhetschef', 'digital_kompetens', 3),
    ('enhetschef', 'svenska_i_varden', 3), ('enhetschef', 'basala_hygienrutiner', 3),
    ('enhetschef', 'social_dokumentation', 3), ('enhetschef', 'nara_vard', 3),
    ('enhetschef', 'Diabetesvård', 0), ('enhetschef', 'KOL och hjärtsvikt', 0),
    ('mas', 'demens', 3), ('mas', 'palliativ_vard', 4),
    ('mas', 'lakemedelsdelegering', 4), ('mas', 'digital_kompetens', 3),
    ('mas', 'svenska_i_varden', 3), ('mas', 'basala_hygienrutiner', 4),
    ('mas', 'social_dokumentation', 2), ('mas', 'nara_vard', 4),
    ('mas', 'Diabetesvård', 2), ('mas', 'KOL och hjärtsvikt', 2),
    ('serviceassistent', 'demens', 1), ('serviceassistent', 'palliativ_vard', 0),
    ('serviceassistent', 'lakemedelsdelegering', 0), ('serviceassistent', 'digital_kompetens', 1),
    ('serviceassistent', 'svenska_i_varden', 2), ('serviceassistent', 'basala_hygienrutiner', 3),
    ('serviceassistent', 'social_dokumentation', 0), ('serviceassistent', 'nara_vard', 0),
    ('serviceassistent', 'Diabetesvård', 0), ('serviceassistent', 'KOL och hjärtsvikt', 0),
    ('specialist_underskoterska', 'demens', 4), ('specialist_underskoterska', 'palliativ_vard', 4),
    ('specialist_underskoterska', 'lakemedelsdelegering', 3), ('specialist_underskoterska', 'digital_kompetens', 3),
    ('specialist_underskoterska', 'svenska_i_varden', 3), ('specialist_underskoterska', 'basala_hygienrutiner', 4),
    ('specialist_underskoterska', 'social_dokumentation', 3), ('specialist_underskoterska', 'nara_vard', 3),
    ('specialist_underskoterska', 'Diabetesvård', 2), ('specialist_underskoterska', 'KOL och hjärtsvikt', 2),
    ('Rehabassistent', 'demens', 2), ('Rehabassistent', 'palliativ_vard', 1),
    ('Rehabassistent', 'lakemedelsdelegering', 0), ('Rehabassistent', 'digital_kompetens', 2),
    ('Rehabassistent', 'svenska_i_varden', 3), ('Rehabassistent', 'basala_hygienrutiner', 3),
    ('Rehabassistent', 'social_dokumentation', 2), ('Rehabassistent', 'nara_vard', 2),
    ('Rehabassistent', 'Diabetesvård', 0), ('Rehabassistent', 'KOL och hjärtsvikt', 1)
  ) AS v
  JOIN role r ON r.key = v.column1 OR (r.key IS NULL AND r.name = v.column1)
  JOIN competence c ON c.key = v.column2 OR (c.key IS NULL AND c.name = v.column2);

-- Level each unit has, and how many persons hold the competence. In Hjo only the one
-- specialist nurse holds diabetes care; in Lidköping one nurse holds COPD/heart failure.
INSERT INTO unit_level (unit_id, competence_id, level, holders)
  SELECT v.column1, c.id, v.column3, v.column4
  FROM (VALUES
    (1, 'demens', 3, 52), (1, 'palliativ_vard', 3, 48), (1, 'lakemedelsdelegering', 3, 70),
    (1, 'digital_kompetens', 3, 60), (1, 'svenska_i_varden', 3, 80), (1, 'basala_hygienrutiner', 4, 86),
    (1, 'social_dokumentation', 2, 24), (1, 'nara_vard', 2, 30), (1, 'Diabetesvård', 3, 12),
    (1, 'KOL och hjärtsvikt', 2, 6),
    (2, 'demens', 3, 120), (2, 'palliativ_vard', 2, 85), (2, 'lakemedelsdelegering', 3, 130),
    (2, 'digital_kompetens', 2, 95), (2, 'svenska_i_varden', 2, 140), (2, 'basala_hygienrutiner', 3, 170),
    (2, 'social_dokumentation', 2, 110), (2, 'nara_vard', 1, 20), (2, 'Diabetesvård', 1, 14),
    (2, 'KOL och hjärtsvikt', 1, 8),
    (3, 'demens', 3, 40), (3, 'palliativ_vard', 3, 36), (3, 'lakemedelsdelegering', 4, 46),
    (3, 'digital_kompetens', 3, 55), (3, 'svenska_i_varden', 3, 72), (3, 'basala_hygienrutiner', 4, 76),
    (3, 'social_dokumentation', 2, 20), (3, 'nara_vard', 3, 45), (3, 'Diabetesvård', 3, 9),
    (3, 'KOL och hjärtsvikt', 2, 1),
    (4, 'demens', 2, 70), (4, 'palliativ_vard', 2, 55), (4, 'lakemedelsdelegering', 3, 92),
    (4, 'digital_kompetens', 2, 60), (4, 'svenska_i_varden', 2, 110), (4, 'basala_hygienrutiner', 3, 130),
    (4, 'social_dokumentation', 2, 80), (4, 'nara_vard', 1, 18), (4, 'Diabetesvård', 2, 10),
    (4, 'KOL och hjärtsvikt', 1, 4),
    (5, 'demens', 3, 40), (5, 'palliativ_vard', 3, 30), (5, 'lakemedelsdelegering', 3, 42),
    (5, 'digital_kompetens', 2, 28), (5, 'svenska_i_varden', 3, 55), (5, 'basala_hygienrutiner', 3, 60),
    (5, 'social_dokumentation', 2, 36), (5, 'nara_vard', 2, 10), (5, 'Diabetesvård', 3, 1),
    (5, 'KOL och hjärtsvikt', 1, 2),
    (6, 'demens', 2, 14), (6, 'palliativ_vard', 1, 6), (6, 'lakemedelsdelegering', 0, 0),
    (6, 'digital_kompetens', 3, 22), (6, 'svenska_i_varden', 3, 25), (6, 'basala_hygienrutiner', 3, 25),
    (6, 'social_dokumentation', 2, 16), (6, 'nara_vard', 3, 20), (6, 'Diabetesvård', 0, 0),
    (6, 'KOL och hjärtsvikt', 2, 8)
  ) AS v
  JOIN competence c ON c.key = v.column2 OR (c.key IS NULL AND c.name = v.column2);

-- Protected title undersköterska (from 2023-07-01): counts per unit, never persons.
-- certified = has Socialstyrelsen's certificate, applied = application sent,
-- transition = employed on 2023-07-01 and keeps the title until 2033-06-30, no_path = lacks the
-- education for a certificate.
INSERT INTO certification (unit_id, certified, applied, transition, no_path) VALUES
  (1, 12, 3, 6, 1),
  (2, 58, 14, 38, 8),
  (4, 41, 11, 28, 6),
  (5, 20, 4, 12, 2);

-- The competence staircase. Headcount above: 13 service assistants, 64 care assistants,
-- 264 assistant nurses and 2 specialist assistant nurses.
INSERT INTO stair_step (position, name, role_id, requirements, people_now, people_planned) VALUES
  (0, 'Arbetsmarknadsanställning', NULL, 'Anställning via kommunens arbetsmarknadsenhet. Introduktion med handledare på arbetsplatsen, grundläggande svenska.', 6, 10),
  (1, 'Serviceassistent', (SELECT id FROM role WHERE key = 'serviceassistent'), 'Introduktion två veckor. Basala hygienrutiner (webbutbildning), bemötande och arbetsmiljö. Inga vård- och omsorgsuppgifter.', 13, 26),
  (2, 'Vårdbiträde', (SELECT id FROM role WHERE key = 'vardbitrade'), 'Grundkurser i vård- och omsorgsutbildningen (minst 400 poäng) eller validering. Svenska i vården.', 64, 54),
  (3, 'Undersköterska', (SELECT id FROM role WHERE key = 'underskoterska'), 'Vård- och omsorgsutbildning med undersköterskekompetens. Bevis om skyddad yrkestitel från Socialstyrelsen från 2023-07-01.', 264, 293),
  (4, 'Specialistundersköterska', (SELECT id FROM role WHERE key = 'specialist_underskoterska'), 'Undersköterska med yrkeshögskoleutbildning inom till exempel demens, palliativ vård eller hemsjukvård.', 2, 8);

-- Training activities during the project. Free alternatives (delprojekt 4) have cost 0.
INSERT INTO training (id, type, name, provider, cost, free_of_charge, hours_per_participant, start_date, end_date, description) VALUES
  (1, 'further_education', 'Vidareutbildning till distriktssköterska, höstterminen 2021', 'Högskolan i Skövde', 360000, 0, 400, '2021-08-30', '2021-12-17', 'Studier på halvfart med lön enligt förslaget om gemensamma villkor vid vidareutbildning (delprojekt 1).'),
  (2, 'aldreomsorgslyftet', 'Äldreomsorgslyftet: vård- och omsorgsutbildning på betald arbetstid', 'Vuxenutbildningen i Skaraborg', 1850000, 0, 700, '2021-01-18', '2021-12-17', 'Vårdbiträden och serviceassistenter läser till undersköterska. Lönekostnaden täcks av statsbidraget.'),
  (3, 'ktc', 'Färdighetsträning på KTC: injektioner, kateterisering och provtagning', 'Kliniskt träningscentrum, Skaraborgs Sjukhus', 24000, 0, 4, '2021-09-20', '2021-10-22', 'Gemensam träning för sjuksköterskor och undersköterskor med delegering.'),
  (4, 'shadowing', 'Skuggning i hemsjukvården för nyanställda sjuksköterskor', 'Hemsjukvården Skövde', 18000, 0, 16, '2021-02-01', '2021-06-18', 'Nyanställda sjuksköterskor följer en erfaren kollega två dagar.'),
  (5, 'nanolearning', 'Nanolearning: läkemedelshantering', 'Hjo kommun', 0, 1, 1, '2021-10-04', '2021-11-26', 'Ett mindre test i Hjo. Förslag 7 om nanolearning sköts i övrigt på framtiden.'),
  (6, 'web_course', 'Demens ABC plus', 'Svenskt Demenscentrum', 0, 1, 3, '2021-06-07', '2021-12-17', 'Kostnadsfri webbutbildning, samlad på www.skaraborg.se (delprojekt 4).'),
  (7, 'web_course', 'Webbutbildning i palliativ vård', 'Regionala cancercentrum i samverkan', 0, 1, 2, '2021-06-07', '2021-12-17', 'Kostnadsfri webbutbildning, samlad på www.skaraborg.se (delprojekt 4).'),
  (8, 'web_course', 'Digitala föreläsningar i palliativ vård', 'Västra Götalandsregionen (SkaS och vårdcentraler)', 0, 1, 6, '2021-03-15', '2021-11-30', 'Föreläsningskoncept som föreslås breddas till diabetes, KOL/hjärtsvikt och demens.'),
  (9, 'supervision', 'Handledarutbildning för sjuksköterskor (VFU)', 'Högskolan i Skövde', 12000, 0, 8, '2021-09-01', '2021-11-30', ''),
  (10, 'web_course', 'Basala hygienrutiner och klädregler', 'Socialstyrelsen (Kunskapsguiden)', 0, 1, 1, '2020-10-01', '2021-12-17', 'Kostnadsfri webbutbildning för nya medarbetare.');

INSERT INTO training_role (training_id, role_id, planned, completed)
  SELECT v.column1, r.id, v.column3, v.column4
  FROM (VALUES
    (1, 'sjukskoterska', 6, 6),
    (2, 'vardbitrade', 12, 10), (2, 'serviceassistent', 3, 2),
    (3, 'underskoterska', 24, 20), (3, 'sjukskoterska', 10, 9),
    (4, 'sjukskoterska', 8, 7),
    (5, 'underskoterska', 30, 22), (5, 'vardbitrade', 6, 4),
    (6, 'underskoterska', 60, 41), (6, 'vardbitrade', 20, 14), (6, 'serviceassistent', 6, 5),
    (7, 'sjukskoterska', 20, 16), (7, 'underskoterska', 40, 31),
    (8, 'sjukskoterska', 45, 38), (8, 'specialistsjukskoterska', 8, 8),
    (9, 'sjukskoterska', 12, 11),
    (10, 'serviceassistent', 13, 13), (10, 'vardbitrade', 30, 27)
  ) AS v
  JOIN role r ON r.key = v.column2;

INSERT INTO training_competence (training_id, competence_id)
  SELECT v.column1, c.id
  FROM (VALUES
    (1, 'nara_vard'), (1, 'palliativ_vard'), (1, 'Diabetesvård'), (1, 'KOL och hjärtsvikt'),
    (2, 'demens'), (2, 'palliativ_vard'), (2, 'basala_hygienrutiner'), (2, 'social_dokumentation'),
    (2, 'svenska_i_varden'),
    (3, 'lakemedelsdelegering'), (3, 'basala_hygienrutiner'), (3, 'nara_vard'),
    (4, 'nara_vard'), (4, 'lakemedelsdelegering'), (4, 'digital_kompetens'),
    (5, 'lakemedelsdelegering'), (5, 'digital_kompetens'),
    (6, 'demens'),
    (7, 'palliativ_vard'),
    (8, 'palliativ_vard'), (8, 'nara_vard'),
    (9, 'nara_vard'),
    (10, 'basala_hygienrutiner')
  ) AS v
  JOIN competence c ON c.key = v.column2 OR (c.key IS NULL AND c.name = v.column2);

-------------------------------------------------------------------------------------------------
-- Follow-up: time entries. The report: the municipalities' total effort was about 350 hours
-- (8.75 working weeks); co-financing was given as hours. The spread is invented.
-------------------------------------------------------------------------------------------------
-- 350 h in all: 90 h paid from the pooled stimulus funds (working groups of the sub-projects),
-- 260 h co-financing (the municipalities' own time).
INSERT INTO time_entry (date, organisation_id, person, hours, activity, funding) VALUES
  ('2020-09-22', 2, 'Kontaktperson MAS Skövde', 2, 'Förankring i kommunens ledningsgrupp', 'cofinancing'),
  ('2020-09-23', 3, 'Kontaktperson MAS Lidköping', 2, 'Förankring i kommunens ledningsgrupp', 'cofinancing'),
  ('2020-09-29', 4, 'Kontaktperson MAS Falköping', 2, 'Förankring i kommunens ledningsgrupp', 'cofinancing'),
  ('2020-09-30', 5, 'Kontaktperson MAS Mariestad', 2, 'Förankring i kommunens ledningsgrupp', 'cofinancing'),
  ('2020-10-06', 6, 'Kontaktperson MAS Tidaholm', 2, 'Förankring i kommunens ledningsgrupp', 'cofinancing'),
  ('2020-10-07', 7, 'Kontaktperson MAS Hjo', 2, 'Förankring i kommunens ledningsgrupp', 'cofinancing'),
  ('2020-10-13', 11, 'Kontaktpersoner övriga kommuner', 9, 'Förankring i nio kommuners ledningsgrupper', 'cofinancing'),
  ('2020-11-10', 2, 'Kontaktperson MAS Skövde', 8, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-11', 3, 'Kontaktperson MAS Lidköping', 8, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-12', 4, 'Kontaktperson MAS Falköping', 7, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-17', 5, 'Kontaktperson MAS Mariestad', 6, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-18', 6, 'Kontaktperson MAS Tidaholm', 4, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-19', 7, 'Kontaktperson MAS Hjo', 4, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-24', 11, 'Kontaktpersoner övriga kommuner', 6, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-25', 11, 'Kontaktpersoner övriga kommuner', 6, 'Datainsamling: personal- och bemanningsstatistik (Excelfil)', 'cofinancing'),
  ('2020-11-26', 2, 'Legitimerad personal Skövde', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-11-27', 3, 'Legitimerad personal Lidköping', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-01', 2, 'Legitimerad personal Skövde', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-02', 4, 'Legitimerad personal Falköping', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-03', 3, 'Legitimerad personal Lidköping', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-04', 5, 'Legitimerad personal Mariestad', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-07', 6, 'Legitimerad personal Tidaholm', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-08', 2, 'Legitimerad personal Skövde', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-09', 4, 'Legitimerad personal Falköping', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-10', 5, 'Legitimerad personal Mariestad', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-11', 7, 'Legitimerad personal Hjo', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-14', 11, 'Legitimerad personal övriga kommuner', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-15', 11, 'Legitimerad personal övriga kommuner', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-16', 11, 'Legitimerad personal övriga kommuner', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2020-12-17', 11, 'Legitimerad personal övriga kommuner', 6, 'Webbintervju förstudie: tre deltagare à två timmar', 'cofinancing'),
  ('2021-01-19', 2, 'Kontaktperson MAS Skövde', 2, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-01-20', 3, 'Kontaktperson MAS Lidköping', 2, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-01-21', 4, 'Kontaktperson MAS Falköping', 2, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-01-26', 5, 'Kontaktperson MAS Mariestad', 2, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-01-27', 6, 'Kontaktperson MAS Tidaholm', 2, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-01-28', 7, 'Kontaktperson MAS Hjo', 2, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-01-29', 11, 'Kontaktpersoner övriga kommuner', 4, 'Genomgång av utkast till förstudie', 'cofinancing'),
  ('2021-02-09', 2, 'Kontaktperson MAS Skövde', 3, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-02-10', 3, 'Kontaktperson MAS Lidköping', 3, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-02-11', 4, 'Kontaktperson MAS Falköping', 3, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-02-16', 5, 'Kontaktperson MAS Mariestad', 3, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-02-17', 6, 'Kontaktperson MAS Tidaholm', 3, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-02-18', 7, 'Kontaktperson MAS Hjo', 3, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-02-23', 11, 'Kontaktpersoner övriga kommuner', 9, 'Synpunkter på förstudiens förslag', 'cofinancing'),
  ('2021-03-16', 2, 'HSL-chef Skövde', 2, 'Förankring av förstudien i kommunens ledningsgrupp', 'cofinancing'),
  ('2021-03-23', 3, 'HSL-chef Lidköping', 2, 'Förankring av förstudien i kommunens ledningsgrupp', 'cofinancing'),
  ('2021-03-30', 4, 'HSL-chef Falköping', 2, 'Förankring av förstudien i kommunens ledningsgrupp', 'cofinancing'),
  ('2021-04-06', 5, 'HSL-chef Mariestad', 2, 'Förankring av förstudien i kommunens ledningsgrupp', 'cofinancing'),
  ('2021-04-13', 6, 'HSL-chef Tidaholm', 2, 'Förankring av förstudien i kommunens ledningsgrupp', 'cofinancing'),
  ('2021-04-14', 7, 'HSL-chef Hjo', 2, 'Förankring av förstudien i kommunens ledningsgrupp', 'cofinancing'),
  ('2021-04-20', 11, 'Kontaktpersoner övriga kommuner', 6, 'Förankring av förstudien i kommunernas ledningsgrupper', 'cofinancing'),
  ('2021-05-11', 2, 'HR-strateg Skövde', 6, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-05-12', 3, 'HSL-chef Lidköping', 5, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-05-18', 4, 'MAS Falköping', 6, 'Delprojekt 3: plan för gemensamma utbildningsåtaganden', 'funded'),
  ('2021-05-19', 5, 'Verksamhetsutvecklare Mariestad', 5, 'Delprojekt 3: plan för gemensamma utbildningsåtaganden', 'funded'),
  ('2021-05-25', 7, 'MAS Hjo', 4, 'Delprojekt 4: sammanställning av kostnadsfria webbutbildningar', 'funded'),
  ('2021-06-01', 7, 'MAS Hjo', 4, 'Delprojekt 4: sammanställning av kostnadsfria webbutbildningar', 'funded'),
  ('2021-06-02', 6, 'Sjuksköterska Tidaholm', 4, 'Delprojekt 4: sammanställning av kostnadsfria webbutbildningar', 'funded'),
  ('2021-06-08', 2, 'HR-strateg Skövde', 6, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-06-09', 3, 'HSL-chef Lidköping', 5, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-06-15', 4, 'MAS Falköping', 6, 'Delprojekt 3: plan för gemensamma utbildningsåtaganden', 'funded'),
  ('2021-08-24', 2, 'HSL-chef Skövde', 3, 'Delprojekt 2: dialog om gemensam kompetensbank', 'cofinancing'),
  ('2021-08-31', 7, 'MAS Hjo', 4, 'Delprojekt 4: sammanställning av kostnadsfria webbutbildningar', 'funded'),
  ('2021-09-01', 6, 'Sjuksköterska Tidaholm', 4, 'Delprojekt 4: sammanställning av kostnadsfria webbutbildningar', 'funded'),
  ('2021-09-07', 2, 'Kontaktperson MAS Skövde', 3, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-09-08', 3, 'Kontaktperson MAS Lidköping', 3, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-09-09', 4, 'Kontaktperson MAS Falköping', 3, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-09-14', 2, 'HR-strateg Skövde', 6, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-09-15', 3, 'HSL-chef Lidköping', 5, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-09-22', 5, 'Verksamhetsutvecklare Mariestad', 5, 'Delprojekt 3: plan för gemensamma utbildningsåtaganden', 'funded'),
  ('2021-09-28', 7, 'MAS Hjo', 4, 'Delprojekt 4: sammanställning av kostnadsfria webbutbildningar', 'funded'),
  ('2021-10-05', 5, 'Kontaktperson MAS Mariestad', 3, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-10-06', 6, 'Kontaktperson MAS Tidaholm', 3, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-10-07', 7, 'Kontaktperson MAS Hjo', 3, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-10-12', 2, 'HR-strateg Skövde', 6, 'Delprojekt 1: avtalsförslag gemensamma villkor vid vidareutbildning', 'funded'),
  ('2021-10-14', 11, 'Kontaktpersoner övriga kommuner', 6, 'Workshop om delprojektens resultat', 'cofinancing'),
  ('2021-10-19', 4, 'MAS Falköping', 5, 'Delprojekt 3: plan för gemensamma utbildningsåtaganden', 'funded'),
  ('2021-11-09', 3, 'HSL-chef Lidköping', 3, 'Överlämning till nätverk HSL-chefer', 'cofinancing'),
  ('2021-11-10', 2, 'Kontaktperson MAS Skövde', 3, 'Överlämning till MAS-nätverket', 'cofinancing'),
  ('2021-11-16', 4, 'MAS Falköping', 2, 'Överlämning av utbildningsplanen', 'cofinancing'),
  ('2021-11-23', 11, 'Kontaktpersoner övriga kommuner', 4, 'Synpunkter på slutrapporten', 'cofinancing');

-------------------------------------------------------------------------------------------------
-- Participants: the 45 staff who took part in the 15 web interviews (counts only).
-------------------------------------------------------------------------------------------------
INSERT INTO participant_count (period, gender, age_band, start_status, count) VALUES
  ('2020-Q4', 'woman', '18_29', 'employed', 3),
  ('2020-Q4', 'woman', '30_54', 'employed', 27),
  ('2020-Q4', 'woman', '55_plus', 'employed', 9),
  ('2020-Q4', 'man', '30_54', 'employed', 5),
  ('2020-Q4', 'man', '55_plus', 'employed', 1);

INSERT INTO participant_result (period, gender, result, count) VALUES
  ('2020-Q4', 'woman', 'in_work', 39),
  ('2020-Q4', 'man', 'in_work', 6);

-------------------------------------------------------------------------------------------------
-- Staffing statistics for licensed staff per municipality and quarter (invented), as the
-- report recommends following up with the Excel file from the pre-study.
-------------------------------------------------------------------------------------------------
INSERT INTO staffing_stat (organisation_id, period, role_id, employees, fte, vacancies, turnover, sick_leave, hires_from_project) VALUES
  (2, '2020-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 93, 86.4, 5, 10.7, 10.0, 0),
  (2, '2021-Q1', (SELECT id FROM role WHERE key = 'sjukskoterska'), 94, 84.4, 4, 10.9, 10.3, 0),
  (2, '2021-Q2', (SELECT id FROM role WHERE key = 'sjukskoterska'), 94, 82.1, 5, 9.7, 8.5, 0),
  (2, '2021-Q3', (SELECT id FROM role WHERE key = 'sjukskoterska'), 94, 81.2, 8, 12.3, 5.9, 0),
  (2, '2021-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 95, 86.6, 6, 15.7, 7.7, 0),
  (2, '2020-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 28, 25.9, 1, 11.9, 8.8, 0),
  (2, '2021-Q1', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 29, 26.0, 0, 9.3, 10.3, 0),
  (2, '2021-Q2', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 29, 27.0, 1, 6.1, 8.7, 0),
  (2, '2021-Q3', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 29, 25.4, 1, 10.9, 6.5, 0),
  (2, '2021-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 30, 27.4, 1, 7.6, 6.9, 0),
  (2, '2020-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 18, 15.7, 1, 10.2, 9.8, 0),
  (2, '2021-Q1', (SELECT id FROM role WHERE key = 'fysioterapeut'), 19, 16.9, 0, 7.1, 10.2, 0),
  (2, '2021-Q2', (SELECT id FROM role WHERE key = 'fysioterapeut'), 20, 18.5, 1, 7.7, 7.4, 0),
  (2, '2021-Q3', (SELECT id FROM role WHERE key = 'fysioterapeut'), 21, 19.6, 1, 9.8, 5.5, 0),
  (2, '2021-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 20, 17.9, 1, 10.3, 6.4, 0),
  (3, '2020-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 79, 68.9, 4, 10.0, 8.4, 0),
  (3, '2021-Q1', (SELECT id FROM role WHERE key = 'sjukskoterska'), 79, 72.6, 4, 9.3, 11.2, 0),
  (3, '2021-Q2', (SELECT id FROM role WHERE key = 'sjukskoterska'), 79, 73.8, 5, 12.8, 8.6, 0),
  (3, '2021-Q3', (SELECT id FROM role WHERE key = 'sjukskoterska'), 80, 69.9, 7, 9.3, 6.6, 0),
  (3, '2021-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 79, 71.7, 4, 12.4, 7.7, 0),
  (3, '2020-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 24, 21.8, 1, 8.0, 10.5, 0),
  (3, '2021-Q1', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 25, 22.2, 1, 9.2, 9.1, 0),
  (3, '2021-Q2', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 25, 21.6, 1, 6.9, 7.8, 0),
  (3, '2021-Q3', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 25, 22.2, 1, 11.9, 5.8, 0),
  (3, '2021-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 25, 23.4, 1, 7.7, 8.2, 0),
  (3, '2020-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 16, 14.6, 0, 11.5, 8.7, 0),
  (3, '2021-Q1', (SELECT id FROM role WHERE key = 'fysioterapeut'), 17, 14.7, 0, 9.1, 9.1, 0),
  (3, '2021-Q2', (SELECT id FROM role WHERE key = 'fysioterapeut'), 17, 15.6, 1, 6.7, 9.3, 0),
  (3, '2021-Q3', (SELECT id FROM role WHERE key = 'fysioterapeut'), 17, 15.0, 1, 8.4, 6.1, 0),
  (3, '2021-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 17, 15.5, 1, 9.2, 8.1, 0),
  (4, '2020-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 67, 61.8, 3, 12.1, 9.5, 0),
  (4, '2021-Q1', (SELECT id FROM role WHERE key = 'sjukskoterska'), 67, 59.9, 3, 12.7, 11.3, 0),
  (4, '2021-Q2', (SELECT id FROM role WHERE key = 'sjukskoterska'), 68, 60.6, 4, 14.8, 8.0, 0),
  (4, '2021-Q3', (SELECT id FROM role WHERE key = 'sjukskoterska'), 68, 63.7, 5, 10.9, 6.0, 0),
  (4, '2021-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 68, 62.5, 4, 11.6, 8.4, 0),
  (4, '2020-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 20, 18.4, 0, 9.1, 10.3, 0),
  (4, '2021-Q1', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 20, 17.9, 1, 10.8, 9.2, 0),
  (4, '2021-Q2', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 20, 17.6, 1, 8.8, 8.7, 0),
  (4, '2021-Q3', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 21, 18.5, 1, 11.4, 6.7, 0),
  (4, '2021-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 22, 19.1, 1, 11.1, 6.5, 0),
  (4, '2020-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 14, 12.2, 0, 11.8, 8.6, 0),
  (4, '2021-Q1', (SELECT id FROM role WHERE key = 'fysioterapeut'), 14, 12.6, 0, 11.8, 9.0, 0),
  (4, '2021-Q2', (SELECT id FROM role WHERE key = 'fysioterapeut'), 15, 13.1, 0, 11.4, 7.5, 0),
  (4, '2021-Q3', (SELECT id FROM role WHERE key = 'fysioterapeut'), 16, 14.0, 1, 6.8, 8.3, 0),
  (4, '2021-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 15, 13.9, 1, 8.9, 8.6, 0),
  (5, '2020-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 47, 41.2, 3, 10.0, 11.1, 0),
  (5, '2021-Q1', (SELECT id FROM role WHERE key = 'sjukskoterska'), 48, 42.7, 2, 13.6, 11.8, 0),
  (5, '2021-Q2', (SELECT id FROM role WHERE key = 'sjukskoterska'), 47, 43.9, 3, 16.0, 9.0, 0),
  (5, '2021-Q3', (SELECT id FROM role WHERE key = 'sjukskoterska'), 46, 40.8, 4, 11.3, 6.2, 0),
  (5, '2021-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 46, 42.8, 2, 14.5, 6.7, 0),
  (5, '2020-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 17, 15.7, 1, 11.6, 8.1, 0),
  (5, '2021-Q1', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 18, 16.7, 0, 11.3, 11.5, 0),
  (5, '2021-Q2', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 19, 16.7, 1, 7.8, 7.1, 0),
  (5, '2021-Q3', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 20, 17.3, 1, 7.7, 6.3, 0),
  (5, '2021-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 19, 17.3, 0, 6.9, 7.9, 0),
  (5, '2020-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 10, 8.6, 0, 11.4, 8.9, 0),
  (5, '2021-Q1', (SELECT id FROM role WHERE key = 'fysioterapeut'), 11, 9.6, 1, 9.0, 11.5, 0),
  (5, '2021-Q2', (SELECT id FROM role WHERE key = 'fysioterapeut'), 11, 10.1, 1, 6.7, 8.0, 0),
  (5, '2021-Q3', (SELECT id FROM role WHERE key = 'fysioterapeut'), 10, 9.4, 1, 10.5, 7.5, 0),
  (5, '2021-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 9, 7.9, 1, 7.3, 7.7, 0),
  (6, '2020-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 26, 22.5, 1, 14.3, 9.5, 0),
  (6, '2021-Q1', (SELECT id FROM role WHERE key = 'sjukskoterska'), 27, 24.5, 1, 10.7, 11.0, 0),
  (6, '2021-Q2', (SELECT id FROM role WHERE key = 'sjukskoterska'), 26, 24.2, 1, 13.5, 8.7, 0),
  (6, '2021-Q3', (SELECT id FROM role WHERE key = 'sjukskoterska'), 26, 24.3, 2, 14.6, 6.9, 0),
  (6, '2021-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 27, 24.9, 1, 9.6, 6.5, 0),
  (6, '2020-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 8, 7.2, 0, 8.3, 10.8, 0),
  (6, '2021-Q1', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 8, 7.1, 0, 11.5, 11.2, 0),
  (6, '2021-Q2', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 8, 7.4, 0, 11.5, 6.6, 0),
  (6, '2021-Q3', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 8, 7.2, 0, 8.1, 7.3, 0),
  (6, '2021-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 8, 7.0, 0, 10.5, 8.8, 0),
  (6, '2020-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.5, 0, 6.9, 8.7, 0),
  (6, '2021-Q1', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.6, 0, 6.1, 10.1, 0),
  (6, '2021-Q2', (SELECT id FROM role WHERE key = 'fysioterapeut'), 6, 5.6, 0, 10.1, 8.1, 0),
  (6, '2021-Q3', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.5, 0, 6.9, 6.8, 0),
  (6, '2021-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 6, 5.6, 0, 6.2, 6.5, 0),
  (7, '2020-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 18, 16.9, 1, 9.7, 10.0, 0),
  (7, '2021-Q1', (SELECT id FROM role WHERE key = 'sjukskoterska'), 19, 16.9, 1, 11.4, 10.7, 0),
  (7, '2021-Q2', (SELECT id FROM role WHERE key = 'sjukskoterska'), 20, 17.6, 1, 10.0, 7.8, 0),
  (7, '2021-Q3', (SELECT id FROM role WHERE key = 'sjukskoterska'), 21, 19.7, 2, 14.1, 5.5, 0),
  (7, '2021-Q4', (SELECT id FROM role WHERE key = 'sjukskoterska'), 20, 17.9, 1, 12.5, 6.3, 0),
  (7, '2020-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 5, 4.3, 0, 10.9, 10.6, 0),
  (7, '2021-Q1', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 6, 5.6, 0, 7.9, 11.2, 0),
  (7, '2021-Q2', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 7, 6.1, 0, 10.8, 6.7, 0),
  (7, '2021-Q3', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 8, 7.0, 0, 6.7, 6.0, 0),
  (7, '2021-Q4', (SELECT id FROM role WHERE key = 'arbetsterapeut'), 9, 7.8, 0, 9.2, 6.9, 0),
  (7, '2020-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 4, 3.5, 0, 7.1, 11.0, 0),
  (7, '2021-Q1', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.7, 0, 8.7, 11.5, 0),
  (7, '2021-Q2', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.5, 0, 9.7, 7.8, 0),
  (7, '2021-Q3', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.5, 0, 11.1, 5.6, 0),
  (7, '2021-Q4', (SELECT id FROM role WHERE key = 'fysioterapeut'), 5, 4.4, 0, 7.1, 6.5, 0);

-------------------------------------------------------------------------------------------------
-- Budget (invented). Stimulus funds pay everything except the municipalities' hours.
-------------------------------------------------------------------------------------------------
INSERT INTO budget_line (category, description, budget, outcome, funder_share) VALUES
  ('personnel', 'Projektledare 100 %, september 2020 – december 2021', 992000, 984500, 100),
  ('personnel', 'Kommunernas medfinansiering i form av timmar (400 h à 450 kr)', 180000, 157500, 0),
  ('external_services', 'Webbverktyg, transkribering och tryck av förstudien', 60000, 41200, 100),
  ('travel', 'Resor inom Skaraborg', 15000, 4300, 100),
  ('premises', 'Kontorsplats hos Skaraborgs Kommunalförbund', 40000, 40000, 100),
  ('other', 'Licenser, Teamsyta och material', 30000, 18700, 100),
  ('indirect', 'Administration och ekonomi, område Välfärd', 100000, 100000, 100);
