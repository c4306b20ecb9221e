-- Example project: Vård Innovationsplattform i Samverkan (VIS), Kristianstads kommun, ESF+.
-- Built from the public entry in the ESF+ project bank (case 23-023-S04): dates, owner and
-- organisation number, fund and programme data, EU share 40 %, the background, the three goals
-- and the methods (samverkan, innovation, design thinking). Budget, plan, meetings, hours,
-- participants and outcomes are invented but plausible.
--
-- The app runs this file inside one transaction on a new file that already holds the schema,
-- the project row (id = 1) and the default roles (ids 1–11) and competences (ids 1–8).

UPDATE project SET
  title = 'Vård Innovationsplattform i Samverkan (VIS)',
  short_name = 'VIS',
  case_number = '23-023-S04',
  owner_org = 'Kristianstads kommun, Omsorgsförvaltningen',
  owner_org_number = '2120000951',
  funder = 'esf_plus',
  programme = 'ESF+ 2021–2027 (Program CCI 2021SE05SFPR), interventionstyp 141',
  programme_area = 'A',
  specific_objective = 'A1A',
  region = 'ESF Nationellt',
  nuts2 = 'SE0',
  start_date = '2023-12-01',
  end_date = '2024-11-30',
  status = 'closed',
  budget = 1408250,
  currency = 'SEK',
  funder_share = 40,
  planned_hours = 1800,
  participant_target = 24,
  purpose = 'Projektet är en förstudie som vill få till stånd ett djupare samarbete för att lösa vårdens och omsorgens behov av kompetensförsörjning och ett livslångt lärande. Att morgondagens äldre och funktionshindrade ska ha tillgång till rätt personal för att uppnå social hållbarhet är en prioriterad fråga, i synnerhet med tanke på de demografiska utmaningarna med allt fler äldre och färre i arbetsför ålder.',
  background = 'Förstudien tar sin utgångspunkt i en avsaknad av samarbete inom flera områden:
- Avsaknad av sömlösa övergångar mellan vårdutbildningar och arbete.
- Avsaknad av ett strategiskt samarbete kring de horisontella principerna för att lösa vårdens utmaningar.
- Avsaknad av gemensamma övergripande planer för det livslånga lärandet mellan kommuner och utbildningsaktörer.
- Avsaknad av ett gemensamt arbetssätt kring hur kompetensförsörjningsfrågan ägs gemensamt inom den enskilda kommunen.',
  method = 'Samverkan och innovation. Samverkan eftersom kompetensförsörjningsfrågan är komplex och ingen aktör kan lösa utmaningen ensam: Omsorgsförvaltningen samverkar med Högskolan Kristianstad, Arbetsförmedlingen och VO-college. Innovation eftersom det behövs helt nya lösningar: projektet arbetar med design thinking och involverar den vårdnära personalen i utvecklingsarbetet.',
  description = 'Exempelprojekt byggt på projektbeskrivningen för projekt Vård Innovationsplattform i Samverkan (Kristianstads kommun, ESF+). Siffror som dokumentet inte anger är påhittade men rimliga, till exempel budget, tidplan, möten, timmar, deltagare och utfall.',
  is_example = 1
WHERE id = 1;

INSERT INTO organisation (id, name, kind, project_role, org_number, position) VALUES
  (1, 'Kristianstads kommun, Omsorgsförvaltningen', 'municipality', 'owner', '2120000951', 0),
  (2, 'Högskolan Kristianstad', 'university', 'partner', '', 1),
  (3, 'Arbetsförmedlingen', 'employment_service', 'partner', '', 2),
  (4, 'VO-college (Vård- och omsorgscollege)', 'care_college', 'partner', '', 3),
  (5, 'Svenska ESF-rådet', 'other', 'funder', '', 4);

INSERT INTO governance_body (id, kind, name, description, position) VALUES
  (1, 'steering_group', 'Styrgrupp', 'Ledning från Omsorgsförvaltningen och samverkansparterna. Möts var sjätte vecka.', 0),
  (2, 'project_leader', 'Projektledning', 'Projektledare anställd vid Omsorgsförvaltningen.', 1),
  (3, 'project_group', 'Samverkansgrupp', 'En representant per samverkanspart. Månatliga workshoppar.', 2),
  (4, 'reference_group', 'Designteam med vårdnära personal', 'Undersköterskor, sjuksköterska och enhetschef som deltar i designarbetet.', 3);

INSERT INTO member (id, body_id, name, role, organisation_id, contact) VALUES
  (1, 1, 'Förvaltningschef Omsorgsförvaltningen', 'Ordförande', 1, ''),
  (2, 1, 'HR-chef Omsorgsförvaltningen', 'Ledamot', 1, ''),
  (3, 1, 'Representant Högskolan Kristianstad', 'Ledamot', 2, ''),
  (4, 1, 'Representant Arbetsförmedlingen', 'Ledamot', 3, ''),
  (5, 1, 'Representant VO-college', 'Ledamot', 4, ''),
  (6, 2, 'Projektledare', 'Projektledare', 1, ''),
  (7, 3, 'Utvecklingsledare Omsorgsförvaltningen', 'Sammankallande', 1, ''),
  (8, 3, 'Lektor i vårdvetenskap', 'Samverkanspart', 2, ''),
  (9, 3, 'Arbetsförmedlare', 'Samverkanspart', 3, ''),
  (10, 3, 'Samordnare VO-college', 'Samverkanspart', 4, ''),
  (11, 4, 'Undersköterska designteam hemtjänst', 'Deltagare', 1, ''),
  (12, 4, 'Undersköterska designteam särskilt boende', 'Deltagare', 1, ''),
  (13, 4, 'Sjuksköterska designteam', 'Deltagare', 1, ''),
  (14, 4, 'Enhetschef designteam', 'Deltagare', 1, '');

INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, responsible, status, is_milestone, notes) VALUES
  (1, NULL, 0, 'phase', 'Uppstart', '2023-12-01', '2024-01-31', 100, 'Projektledare', 'done', 0, ''),
  (2, 1, 0, 'activity', 'Projektplan och samverkansöverenskommelser', '2023-12-01', '2024-01-19', 100, 'Projektledare', 'done', 0, ''),
  (3, 1, 1, 'activity', 'Styrgruppen fastställer projektplanen', '2024-01-25', '2024-01-25', 100, 'Styrgrupp', 'done', 1, ''),
  (4, 1, 2, 'activity', 'Rekrytering av vårdnära personal till designteamet', '2024-01-08', '2024-01-31', 100, 'Projektledare', 'done', 0, ''),
  (5, NULL, 1, 'phase', 'Nulägesanalys', '2024-02-01', '2024-04-30', 100, 'Projektledare', 'done', 0, 'Design thinking: förstå och definiera.'),
  (6, 5, 0, 'activity', 'Intervjuer och observationer med vårdnära personal', '2024-02-05', '2024-03-22', 100, 'Projektledare', 'done', 0, ''),
  (7, 5, 1, 'activity', 'Kartläggning av övergångar mellan vårdutbildningar och arbete', '2024-02-05', '2024-04-26', 100, 'Samverkansgrupp', 'done', 0, ''),
  (8, 5, 2, 'activity', 'Kartläggning av hur kompetensförsörjningsfrågan ägs inom kommunen', '2024-03-04', '2024-04-26', 100, 'Projektledare', 'done', 0, ''),
  (9, NULL, 2, 'phase', 'Samverkan och idégenerering', '2024-05-02', '2024-08-30', 100, 'Projektledare', 'done', 0, 'Design thinking: idégenerera och pröva.'),
  (10, 9, 0, 'activity', 'Samverkansworkshoppar med Högskolan Kristianstad, Arbetsförmedlingen och VO-college', '2024-05-02', '2024-06-14', 100, 'Samverkansgrupp', 'done', 0, ''),
  (11, 9, 1, 'activity', 'Idéworkshoppar med designteamet', '2024-05-02', '2024-06-20', 100, 'Projektledare', 'done', 0, ''),
  (12, 9, 2, 'activity', 'Prototyp av struktur för kompetensförsörjning i samverkan', '2024-08-05', '2024-08-30', 100, 'Projektledare', 'done', 0, ''),
  (13, NULL, 3, 'phase', 'Färdplan och avslut', '2024-09-02', '2024-11-30', 100, 'Projektledare', 'done', 0, ''),
  (14, 13, 0, 'activity', 'Idéer till färdplan för utvecklad strategisk samverkan', '2024-09-02', '2024-10-18', 100, 'Samverkansgrupp', 'done', 0, ''),
  (15, 13, 1, 'activity', 'Plan för ett genomförandeprojekt', '2024-10-21', '2024-11-15', 100, 'Projektledare', 'done', 0, ''),
  (16, 13, 2, 'activity', 'Beslut om ansökan om genomförandeprojekt', '2024-11-21', '2024-11-21', 100, 'Styrgrupp', 'done', 1, ''),
  (17, 13, 3, 'activity', 'Slutrapport', '2024-11-04', '2024-11-29', 100, 'Projektledare', 'done', 0, '');

INSERT INTO dependency (id, predecessor_id, successor_id) VALUES
  (1, 2, 3), (2, 4, 6), (3, 6, 11), (4, 7, 10), (5, 10, 12), (6, 11, 12),
  (7, 12, 14), (8, 14, 15), (9, 15, 16);

INSERT INTO goal (id, kind, number, text, indicator, unit, baseline, target_low, target_high, outcome, outcome_text, status_override, override_reason, comment) VALUES
  (1, 'project', 1, 'Etablera en struktur för hur kommuner kan arbeta med kompetensförsörjning inom kommunen och i samverkan med nyckelaktörer.', 'Struktur beskriven och prövad', '', NULL, NULL, NULL, NULL, 'En prototyp av strukturen togs fram och prövades i samverkansgruppen.', 'met', 'Strukturen är beskriven och förankrad i styrgruppen.', ''),
  (2, 'project', 2, 'En gemensam förståelse om vilka samverkansmöjligheter som finns mellan aktörer.', 'Samverkansparter som deltagit i workshopparna', 'parter', 0, 3, 3, 3, 'Högskolan Kristianstad, Arbetsförmedlingen och VO-college deltog i samtliga workshoppar.', NULL, '', ''),
  (3, 'project', 3, 'Idéer till färdplan för utvecklad strategisk samverkan samt plan för ett genomförandeprojekt.', 'Färdplan och projektplan klara', '', NULL, NULL, NULL, NULL, 'Idéer till färdplan och plan för genomförandeprojekt presenterade för styrgruppen.', 'met', 'Båda dokumenten är klara.', ''),
  (4, 'sub', 1, 'Vårdnära personal deltar i utvecklingsarbetet', 'Medarbetare som deltagit i designarbetet', 'medarbetare', 0, 20, 30, 24, '', NULL, '', '');

INSERT INTO goal_task (goal_id, task_id) VALUES
  (1, 8), (1, 12), (2, 10), (3, 14), (3, 15), (4, 6), (4, 11);

INSERT INTO meeting_series (id, forum, title, first_date, interval_weeks, until_date) VALUES
  (1, 'steering_group', 'Styrgrupp', '2023-12-14', 6, '2024-11-14');

INSERT INTO meeting (id, series_id, date, forum, kind, title, decisions, cancelled) VALUES
  (1, 1, '2023-12-14', 'steering_group', 'meeting', 'Styrgrupp: uppstart', '', 0),
  (2, 1, '2024-01-25', 'steering_group', 'meeting', 'Styrgrupp: projektplan', 'Projektplanen fastställs.', 0),
  (3, 1, '2024-03-07', 'steering_group', 'meeting', 'Styrgrupp: lägesrapport nulägesanalys', '', 0),
  (4, 1, '2024-04-18', 'steering_group', 'meeting', 'Styrgrupp: resultat av nulägesanalysen', '', 0),
  (5, 1, '2024-05-30', 'steering_group', 'meeting', 'Styrgrupp: idéer från workshopparna', '', 0),
  (6, 1, '2024-07-11', 'steering_group', 'meeting', 'Styrgrupp', '', 1),
  (7, 1, '2024-08-22', 'steering_group', 'meeting', 'Styrgrupp: prototyp av samverkansstruktur', '', 0),
  (8, 1, '2024-10-03', 'steering_group', 'meeting', 'Styrgrupp: idéer till färdplan', '', 0),
  (9, 1, '2024-11-14', 'steering_group', 'meeting', 'Styrgrupp: plan för genomförandeprojekt', '', 0),
  (10, NULL, '2024-11-21', 'steering_group', 'meeting', 'Styrgrupp: extra möte om ansökan', 'Omsorgsförvaltningen ansöker om ett genomförandeprojekt.', 0),
  (11, NULL, '2024-03-05', 'project_group', 'meeting', 'Samverkansgrupp: första workshoppen', '', 0),
  (12, NULL, '2024-06-04', 'project_group', 'meeting', 'Samverkansgrupp: idéworkshop', '', 0),
  (13, NULL, '2024-09-17', 'municipal_meeting', 'presentation', 'Omsorgsnämnden: information om förstudien', '', 0),
  (14, NULL, '2024-10-09', 'external_meeting', 'presentation', 'Regional träff om kompetensförsörjning i vård och omsorg, Skåne', '', 0);

INSERT INTO lesson (kind, text, owner) VALUES
  ('success', 'Den vårdnära personalen bidrog med idéer som ingen av organisationerna hade sett på egen hand', 'Projektledare'),
  ('success', 'Samtliga samverkansparter deltog i workshopparna från början till slut', 'Samverkansgrupp'),
  ('pitfall', 'Svårt att frigöra tid för undersköterskor att delta i workshoppar under sommarperioden', 'Omsorgsförvaltningen'),
  ('pitfall', 'Design thinking var nytt för flera deltagare och krävde mer introduktion än planerat', 'Projektledare'),
  ('recommendation', 'Låt designteamet följa med in i genomförandeprojektet', 'Styrgrupp'),
  ('recommendation', 'Skriv en gemensam avsiktsförklaring om livslångt lärande mellan kommunen och utbildningsaktörerna', 'Omsorgsförvaltningen och Högskolan Kristianstad');

-------------------------------------------------------------------------------------------------
-- Follow-up: time entries (whole hours, at most 13 h a day and 1,720 h a year per person).
-- The partners' workshop time is co-financing.
-------------------------------------------------------------------------------------------------
INSERT INTO time_entry (date, organisation_id, person, hours, activity, funding) VALUES
  ('2023-12-04', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2023-12-05', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2023-12-06', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2023-12-07', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2023-12-11', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2023-12-12', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2023-12-13', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2023-12-14', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2023-12-18', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2023-12-19', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2023-12-20', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2023-12-21', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-08', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-09', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-10', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-11', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-15', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-16', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-17', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-18', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-22', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-23', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-24', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-25', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-29', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-01-30', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'),
  ('2024-01-31', 1, 'Projektledare', 8, 'Uppstart och samverkansöverenskommelser', 'funded'), ('2024-02-01', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-05', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-06', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-07', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-08', 1, 'Enhetschef designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-08', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-08', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-08', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-02-08', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-12', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-13', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-14', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-15', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-19', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-20', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-21', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-22', 1, 'Enhetschef designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-22', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-22', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-22', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-02-22', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-26', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-27', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-02-28', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-02-29', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-04', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-03-05', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-05', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-03-05', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-03-05', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-03-06', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-07', 1, 'Enhetschef designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-03-07', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-07', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-03-07', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-07', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-03-11', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-12', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-03-13', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-14', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-03-18', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-19', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-03-20', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-21', 1, 'Enhetschef designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-03-21', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-21', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-03-21', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-21', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-03-25', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-26', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-03-27', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-03-28', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-04-02', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-02', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-04-02', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-04-02', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-04-03', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-04', 1, 'Enhetschef designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-04-04', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-04', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-04-04', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-04', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-04-08', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-09', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-04-10', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-11', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-04-15', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-16', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-04-17', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-18', 1, 'Enhetschef designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-04-18', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-18', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-04-18', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-18', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: nulägesanalys med vårdnära personal', 'funded'), ('2024-04-22', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-23', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-04-24', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-25', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-04-29', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'),
  ('2024-04-30', 1, 'Projektledare', 8, 'Nulägesanalys med vårdnära personal', 'funded'), ('2024-05-02', 1, 'Enhetschef designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-05-02', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-02', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-05-02', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-05-02', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-05-06', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-07', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-05-07', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-05-07', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-05-07', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-05-08', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-05-13', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-14', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-05-15', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-16', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-05-20', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-21', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-05-22', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-23', 1, 'Enhetschef designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-05-23', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-23', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-05-23', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-05-23', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-05-27', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-28', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-05-29', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-05-30', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-03', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-04', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-04', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-06-04', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-06-04', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-06-05', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-10', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-11', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-12', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-13', 1, 'Enhetschef designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-06-13', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-13', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-06-13', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-06-13', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-06-17', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-18', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-19', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-20', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-24', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-25', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-06-26', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-27', 1, 'Enhetschef designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-06-27', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-06-27', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-06-27', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-06-27', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-08-05', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-08-06', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-06', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-08-06', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-08-06', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-08-07', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-08', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-08-12', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-13', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-08-14', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-15', 1, 'Enhetschef designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-08-15', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-15', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-08-15', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-08-15', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-08-19', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-20', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-08-21', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-22', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-08-26', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-27', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'), ('2024-08-28', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-29', 1, 'Enhetschef designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-08-29', 1, 'Projektledare', 8, 'Samverkan och idégenerering', 'funded'),
  ('2024-08-29', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-08-29', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: samverkan och idégenerering', 'funded'),
  ('2024-08-29', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: samverkan och idégenerering', 'funded'), ('2024-09-02', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-03', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-03', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-09-03', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-09-03', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-09-04', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-05', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-09', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-10', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-11', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-12', 1, 'Enhetschef designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-12', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-12', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-12', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-12', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-16', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-17', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-18', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-19', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-23', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-24', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-25', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-26', 1, 'Enhetschef designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-26', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-26', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-26', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-09-26', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-09-30', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-01', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-01', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-10-01', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-10-01', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-10-02', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-03', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-07', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-08', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-09', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-10', 1, 'Enhetschef designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-10', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-10', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-10', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-10', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-14', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-15', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-16', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-17', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-21', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-22', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-23', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-24', 1, 'Enhetschef designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-24', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-24', 1, 'Sjuksköterska designteam', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-24', 1, 'Undersköterska designteam hemtjänst', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-24', 1, 'Undersköterska designteam särskilt boende', 4, 'Designworkshop: färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-28', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-29', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-10-30', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-10-31', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-04', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-05', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-05', 2, 'Representant Högskolan Kristianstad', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-11-05', 3, 'Representant Arbetsförmedlingen', 3, 'Samverkansworkshop', 'cofinancing'), ('2024-11-05', 4, 'Representant VO-college', 3, 'Samverkansworkshop', 'cofinancing'),
  ('2024-11-06', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-07', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-11', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-12', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-13', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-14', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-18', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-19', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-20', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-21', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-25', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-26', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'),
  ('2024-11-27', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded'), ('2024-11-28', 1, 'Projektledare', 8, 'Färdplan och plan för genomförandeprojekt', 'funded');

-- Participants (counts only): staff who took part in the design work.
INSERT INTO participant_count (period, gender, age_band, start_status, count) VALUES
  ('2024-Q1', 'woman', '18_29', 'employed', 4),
  ('2024-Q1', 'woman', '30_54', 'employed', 12),
  ('2024-Q1', 'woman', '55_plus', 'employed', 3),
  ('2024-Q1', 'man', '18_29', 'employed', 2),
  ('2024-Q1', 'man', '30_54', 'employed', 3);

INSERT INTO participant_result (period, gender, result, count) VALUES
  ('2024-Q4', 'woman', 'in_work', 19),
  ('2024-Q4', 'man', 'in_work', 5);

-- Budget in SEK; ESF+ pays 40 % of every line. Indirect costs as a flat 15 % of personnel.
INSERT INTO budget_line (category, description, budget, outcome, funder_share) VALUES
  ('personnel', 'Projektledare 100 %', 780000, 771400, 40),
  ('personnel', 'Designteam med vårdnära personal', 130000, 118600, 40),
  ('personnel', 'Samverkansparternas tid (medfinansiering)', 45000, 39800, 40),
  ('external_services', 'Processledare i design thinking', 180000, 176000, 40),
  ('travel', 'Resor', 30000, 18200, 40),
  ('premises', 'Lokaler för workshoppar', 40000, 36000, 40),
  ('other', 'Workshopmaterial, konferens och tryck', 60000, 52300, 40),
  ('indirect', 'Indirekta kostnader, schablon 15 % av personalkostnaderna', 143250, 139470, 40);
