-- Example project: pilot for skills training at a clinical training centre (KTC), FOU nu.
-- Built from FOU nu's news article "Nya arbeten tar sikte på kompetens och kompetensutveckling"
-- (published 2022-12-16): the pilot with geriatrics and municipalities, its purpose, phase 1 in
-- the autumn of 2022, training at the KTC planned for the spring, and the learning network that
-- has met twice. The file shows the project as it stood in December 2022: phase 1 is done,
-- the spring is planned. The municipalities are not named in the article; here they are
-- "Pilotkommun A" and "Pilotkommun B". Budget, dates and counts are invented but plausible.
--
-- The app runs this file inside one transaction on a new file that already holds the schema,
-- the project row (id = 1) and the default roles (ids 1–11) and competences (ids 1–8).

UPDATE project SET
  title = 'Pilotprojekt för träning av färdighet och förmåga på KTC',
  short_name = 'KTC-piloten',
  case_number = '',
  owner_org = 'FOU nu, Region Stockholm',
  owner_org_number = '',
  funder = 'own',
  programme = 'Egen finansiering inom FOU nu, med arbetstid från geriatriken och kommunerna',
  programme_area = 'Omställningen mot en nära vård',
  specific_objective = 'Färdighetsträning och samverkan mellan socialtjänst och hälso- och sjukvård',
  region = 'Stockholms län',
  nuts2 = 'SE11',
  start_date = '2022-09-01',
  end_date = '2023-12-31',
  status = 'ongoing',
  budget = 392000,
  currency = 'SEK',
  funder_share = 75.5,
  planned_hours = 900,
  participant_target = 32,
  purpose = 'Att utveckla och i begränsad omfattning testa hållbara strukturer för att kvalitetssäkra och stärka kompetens hos medarbetare inom vård och omsorg i kommunerna. Syftet är dels att träna färdigheter och förmågor i olika praktiska moment vid kliniskt träningscentrum (KTC), dels stärkt samverkan mellan socialtjänsten och hälso- och sjukvården genom att träna tillsammans.',
  background = 'Ökad kompetens i angelägna frågor och ökad samverkan mellan de personer och verksamheter som tränar ihop är två aspekter som är centrala i omställningen mot en nära vård, för alla delar av socialtjänsten. Under hösten 2022 har FOU nu tillsammans med representanter från geriatriken och kommuner samverkat i piloten.',
  method = 'Gemensam process: parterna tar med stöd av FOU nu tillsammans fram behovsbild, målsättning, tillvägagångssätt, tidsplan och strukturer för kontinuerlig anpassning utifrån hur arbetet utvecklas (fas 1). Under våren testas träningen på KTC och lärdomar dras för fortsatt färdighetsträning. Ett länsgemensamt lärandenätverk, som FOU nu håller i, ger erfarenhetsutbyte mellan intresserade verksamheter.',
  description = 'Exempelprojekt byggt på en nyhetsartikel från FOU nu om piloten för färdighetsträning på KTC (publicerad 2022-12-16). Läget motsvarar december 2022. Siffror som dokumentet inte anger är påhittade men rimliga, till exempel budget, datum och antal deltagare. Kommunerna namnges inte i artikeln och heter här Pilotkommun A och Pilotkommun B.',
  is_example = 1
WHERE id = 1;

INSERT INTO organisation (id, name, kind, project_role, org_number, position) VALUES
  (1, 'FOU nu, Region Stockholm', 'rnd_unit', 'owner', '', 0),
  (2, 'Geriatriken', 'region', 'partner', '', 1),
  (3, 'Pilotkommun A', 'municipality', 'partner', '', 2),
  (4, 'Pilotkommun B', 'municipality', 'partner', '', 3),
  (5, 'Kliniskt träningscentrum (KTC)', 'other', 'performer', '', 4);

INSERT INTO governance_body (id, kind, name, description, position) VALUES
  (1, 'project_leader', 'Processledning FOU nu', 'FOU nu stödjer den gemensamma processen och håller i lärandenätverket.', 0),
  (2, 'project_group', 'Arbetsgrupp för piloten', 'Representanter från geriatriken och kommunerna.', 1),
  (3, 'network', 'Lärandenätverk för färdighetsträning', 'Länsgemensamt nätverk; intresserade verksamheter är välkomna att delta.', 2);

INSERT INTO member (id, body_id, name, role, organisation_id, contact) VALUES
  (1, 1, 'Emma Granström', 'Forskare, kontaktperson', 1, 'emma.granstrom@regionstockholm.se'),
  (2, 1, 'Christina Riddebäck', 'Kontaktperson', 1, ''),
  (3, 2, 'Representant geriatriken', 'Ledamot', 2, ''),
  (4, 2, 'Representant Pilotkommun A', 'Ledamot', 3, ''),
  (5, 2, 'Representant Pilotkommun B', 'Ledamot', 4, ''),
  (6, 3, 'Emma Granström', 'Sammankallande', 1, 'emma.granstrom@regionstockholm.se');

INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, responsible, status, is_milestone, notes) VALUES
  (1, NULL, 0, 'phase', 'Fas 1: gemensam process för ett hållbart och praktiskt relevant KTC', '2022-09-01', '2022-12-16', 100, 'Processledning FOU nu', 'done', 0, ''),
  (2, 1, 0, 'activity', 'Behovsbild', '2022-09-01', '2022-09-30', 100, 'Arbetsgrupp för piloten', 'done', 0, ''),
  (3, 1, 1, 'activity', 'Målsättning och tillvägagångssätt', '2022-10-03', '2022-10-28', 100, 'Arbetsgrupp för piloten', 'done', 0, ''),
  (4, 1, 2, 'activity', 'Tidsplan och strukturer för kontinuerlig anpassning', '2022-10-31', '2022-12-09', 100, 'Arbetsgrupp för piloten', 'done', 0, ''),
  (5, 1, 3, 'activity', 'Beslut om träning under våren', '2022-12-14', '2022-12-14', 100, 'Arbetsgrupp för piloten', 'done', 1, ''),
  (6, NULL, 1, 'phase', 'Fas 2: test av träning på KTC', '2023-01-09', '2023-06-16', 0, 'Processledning FOU nu', 'not_started', 0, ''),
  (7, 6, 0, 'activity', 'Planering av träningstillfällen', '2023-01-09', '2023-02-24', 0, 'Arbetsgrupp för piloten', 'not_started', 0, ''),
  (8, 6, 1, 'activity', 'Gemensam träning på KTC för kommun och geriatrik', '2023-03-06', '2023-05-26', 0, 'Kliniskt träningscentrum (KTC)', 'not_started', 0, ''),
  (9, 6, 2, 'activity', 'Lärdomar för fortsatt färdighetsträning', '2023-05-29', '2023-06-16', 0, 'Processledning FOU nu', 'not_started', 0, ''),
  (10, NULL, 2, 'phase', 'Lärandenätverk för färdighetsträning', '2022-10-03', '2023-12-31', 20, 'Processledning FOU nu', 'in_progress', 0, 'Fokus på sätt att systematiskt och säkert träna och kvalitetssäkra färdigheter och förmågor.'),
  (11, 10, 0, 'activity', 'Nätverksträffar hösten 2022', '2022-10-03', '2022-12-16', 100, 'Processledning FOU nu', 'done', 0, 'Två träffar om bland annat organisation, samverkan och att säkerställa kompetens.'),
  (12, 10, 1, 'activity', 'Nätverksträffar 2023', '2023-01-09', '2023-12-15', 0, 'Processledning FOU nu', 'not_started', 0, '');

INSERT INTO dependency (id, predecessor_id, successor_id) VALUES
  (1, 2, 3), (2, 3, 4), (3, 4, 5), (4, 5, 7), (5, 7, 8), (6, 8, 9), (7, 11, 12);

INSERT INTO baseline (id, name, created) VALUES (1, 'Plan efter fas 1', '2022-12-14');
INSERT INTO baseline_task (baseline_id, task_id, start_date, end_date)
  SELECT 1, id, start_date, end_date FROM task ORDER BY id;

INSERT INTO goal (id, kind, number, text, indicator, unit, baseline, target_low, target_high, outcome, outcome_text, status_override, override_reason, comment) VALUES
  (1, 'project', 1, 'Träna färdigheter och förmågor i olika praktiska moment vid kliniskt träningscentrum (KTC).', 'Medarbetare som tränat på KTC', 'medarbetare', 0, 24, 40, NULL, '', 'not_assessed', 'Träningen genomförs våren 2023.', ''),
  (2, 'project', 2, 'Stärkt samverkan mellan socialtjänsten och hälso- och sjukvården genom att träna tillsammans.', 'Träningstillfällen med deltagare från både kommun och geriatrik', 'tillfällen', 0, 4, 6, NULL, '', 'not_assessed', 'Träningen genomförs våren 2023.', ''),
  (3, 'project', 3, 'Hållbara strukturer för att kvalitetssäkra och stärka kompetens hos medarbetare inom vård och omsorg i kommunerna.', 'Behovsbild, målsättning, tillvägagångssätt, tidsplan och strukturer framtagna', '', NULL, NULL, NULL, NULL, 'Fas 1 klar: parterna har tillsammans tagit fram behovsbild, målsättning, tillvägagångssätt, tidsplan och strukturer för kontinuerlig anpassning.', 'partly_met', 'Strukturerna finns men är ännu inte prövade i träning.', ''),
  (4, 'effect', 1, 'Utbildning genom färdighetsträning ger de avtryck i praktiken som vi hoppas på.', '', '', NULL, NULL, NULL, NULL, '', 'not_assessed', 'Kan bedömas först efter träningen och uppföljning i verksamheterna.', ''),
  (5, 'sub', 1, 'Lärandenätverket träffas regelbundet', 'Nätverksträffar', 'träffar', 0, 6, 8, 2, 'Två träffar hittills (december 2022).', 'not_assessed', 'Nätverket fortsätter under 2023.', '');

INSERT INTO goal_task (goal_id, task_id) VALUES
  (1, 8), (2, 8), (3, 2), (3, 3), (3, 4), (4, 9), (5, 11), (5, 12);

INSERT INTO meeting_series (id, forum, title, first_date, interval_weeks, until_date) VALUES
  (1, 'external_meeting', 'Lärandenätverk för färdighetsträning', '2022-10-20', 8, '2023-12-14');

INSERT INTO meeting (id, series_id, date, forum, kind, title, decisions, cancelled) VALUES
  (1, NULL, '2022-09-08', 'project_group', 'meeting', 'Arbetsgrupp: behovsbild', '', 0),
  (2, NULL, '2022-10-06', 'project_group', 'meeting', 'Arbetsgrupp: målsättning och tillvägagångssätt', '', 0),
  (3, NULL, '2022-11-03', 'project_group', 'meeting', 'Arbetsgrupp: tidsplan', '', 0),
  (4, NULL, '2022-12-14', 'project_group', 'meeting', 'Arbetsgrupp: beslut om vårens träning', 'Träning på KTC testas under våren 2023.', 0),
  (5, 1, '2022-10-20', 'external_meeting', 'meeting', 'Lärandenätverket: första träffen', '', 0),
  (6, 1, '2022-12-15', 'external_meeting', 'meeting', 'Lärandenätverket: organisation, samverkan och att säkerställa kompetens', '', 0);

INSERT INTO lesson (kind, text, owner) VALUES
  ('success', 'Parterna har tillsammans tagit fram behovsbild, målsättning, tillvägagångssätt och tidsplan, vilket ger förutsättningar för hållbarhet', 'Arbetsgrupp för piloten'),
  ('success', 'Engagerade deltagare i lärandenätverket som inspireras av varandra', 'Lärandenätverk för färdighetsträning'),
  ('pitfall', 'Risk att det blir svårt att frigöra tid för medarbetare att träna på KTC', 'Pilotkommunerna'),
  ('recommendation', 'Bygg in strukturer för kontinuerlig anpassning utifrån hur arbetet utvecklas', 'FOU nu'),
  ('recommendation', 'Följ upp att färdighetsträningen verkligen ger avtryck i praktiken', 'Lärandenätverk för färdighetsträning');

-- The spring training: planned, nothing completed yet.
INSERT INTO training (id, type, name, provider, cost, free_of_charge, hours_per_participant, start_date, end_date, description) VALUES
  (1, 'ktc', 'Gemensam färdighetsträning på KTC för kommun och geriatrik', 'Kliniskt träningscentrum (KTC)', 48000, 0, 6, '2023-03-06', '2023-05-26', 'Praktiska moment som parterna valt utifrån behovsbilden. Medarbetare från kommun och geriatrik tränar tillsammans.');

INSERT INTO training_role (training_id, role_id, planned, completed)
  SELECT 1, r.id, v.column2, 0
  FROM (VALUES ('underskoterska', 20), ('sjukskoterska', 8), ('fysioterapeut', 4)) AS v
  JOIN role r ON r.key = v.column1;

INSERT INTO training_competence (training_id, competence_id)
  SELECT 1, c.id FROM competence c WHERE c.key IN ('lakemedelsdelegering', 'basala_hygienrutiner', 'nara_vard');

-- Budget in SEK. FOU nu pays everything except the partners' working time.
INSERT INTO budget_line (category, description, budget, outcome, funder_share) VALUES
  ('personnel', 'Forskare och processledning, FOU nu', 210000, 84000, 100),
  ('personnel', 'Arbetstid för geriatriken och kommunerna (medfinansiering)', 96000, 31000, 0),
  ('external_services', 'KTC: lokal, utrustning och instruktörer', 48000, 0, 100),
  ('other', 'Material och förtäring vid nätverksträffar', 12000, 3900, 100),
  ('indirect', 'Administration', 26000, 10400, 100);
