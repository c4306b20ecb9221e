-- Example project: INNOVERSUM, Västerås stad, Vinnova 2014–2016.
-- Built from Vinnova's public project page (case 2014-01189): name, coordinator, the Vinnova
-- grant of 3 378 977 kr, the period April 2014 – December 2016, purpose and goal, results and
-- the project model Pejl with its roles. The total budget (the grant as 50 %), its split, the
-- plan, meetings, partners and outcomes are invented but plausible.
--
-- The app runs this file inside one transaction on a new file that already holds the schema,
-- the project row (id = 1) and the default roles (ids 1–11) and competences (ids 1–8).

UPDATE project SET
  title = 'INNOVERSUM – INNOVationsfrämjande modell för ERSättning, Uppföljning och Målstyrning inom vård och omsorg',
  short_name = 'INNOVERSUM',
  case_number = '2014-01189',
  owner_org = 'Västerås stad, Sociala nämndernas förvaltning',
  owner_org_number = '',
  funder = 'vinnova',
  programme = 'Vinnova: innovationsfrämjande ersättningsmodeller inom vård och omsorg',
  programme_area = 'Innovationskraft i offentlig verksamhet',
  specific_objective = 'Ersättningsmodeller för särskilt boende',
  region = 'Västmanlands län',
  nuts2 = 'SE12',
  start_date = '2014-04-01',
  end_date = '2016-12-31',
  status = 'closed',
  budget = 6757954,
  currency = 'SEK',
  funder_share = 50,
  planned_hours = 5600,
  participant_target = 0,
  purpose = 'Att bidra till en övergång, i Västerås och i övriga Sverige, till nya ersättningsmodeller för äldreomsorg som främjar innovation och nytänkande. Målet är att skapa en väl förankrad och utarbetad ersättningsmodell som är möjlig att implementera vid projektets slut.',
  background = 'Att utveckla innovationskraften inom vård och omsorg är en nödvändighet för att möta morgondagens förändrade och ökade behov. Ett sätt att skapa sådana förutsättningar är genom mer innovationsvänliga ersättningsmodeller för utförare av särskilt boende.

Bidrag från Vinnova: 3 378 977 kronor.',
  method = 'Projektet har utgått från projektstyrningsmodellen Pejl som tillämpas i Västerås stad. Styrgrupp, referensgrupp, delegerad projektägare, dynamisk projektgrupp och projektledare har haft centrala roller. Övergripande beslut om projektets omfattning och inriktning har fattats av styrgruppen, som också tillsatt projektets bemanning i övrigt. Projektet har genomförts i samarbete med en rad aktörer inom och utanför kommunen, för att bidra till modellutvecklingen och skapa förankring och spridning.',
  description = 'Exempelprojekt byggt på Vinnovas projektbeskrivning för projekt INNOVERSUM (Västerås stad). Siffror som dokumentet inte anger är påhittade men rimliga, till exempel total budget och dess fördelning, tidplan, möten, samarbetsparter och antal inspirationsskrifter.',
  is_example = 1
WHERE id = 1;

INSERT INTO organisation (id, name, kind, project_role, org_number, position) VALUES
  (1, 'Västerås stad, Sociala nämndernas förvaltning', 'municipality', 'owner', '', 0),
  (2, 'Vinnova', 'other', 'funder', '202100-5216', 1),
  (3, 'Utförare av särskilt boende i Västerås (kommunala och privata)', 'care_provider', 'partner', '', 2),
  (4, 'Extern forskare (följeforskning)', 'other', 'performer', '', 3),
  (5, 'Pensionärsorganisationerna i Västerås', 'other', 'partner', '', 4);

-- The five roles of the project model Pejl.
INSERT INTO governance_body (id, kind, name, description, position) VALUES
  (1, 'steering_group', 'Styrgrupp', 'Fattar övergripande beslut om projektets omfattning och inriktning och tillsätter projektets bemanning.', 0),
  (2, 'delegated_owner', 'Delegerad projektägare', 'Äger projektet för förvaltningens räkning mellan styrgruppens möten.', 1),
  (3, 'project_leader', 'Projektledare', '', 2),
  (4, 'project_group', 'Dynamisk projektgrupp', 'Bemanningen skiftar efter vad som behövs i respektive fas.', 3),
  (5, 'reference_group', 'Referensgrupp', 'Utförare, pensionärsorganisationer och forskare. Bidrar till modellutvecklingen och förankringen.', 4);

INSERT INTO member (id, body_id, name, role, organisation_id, contact) VALUES
  (1, 1, 'Förvaltningsdirektör Sociala nämndernas förvaltning', 'Ordförande', 1, ''),
  (2, 1, 'Avdelningschef beställarenheten äldreomsorg', 'Ledamot', 1, ''),
  (3, 1, 'Ekonomichef', 'Ledamot', 1, ''),
  (4, 2, 'Utvecklingschef', 'Delegerad projektägare', 1, ''),
  (5, 3, 'Projektledare', 'Projektledare', 1, ''),
  (6, 4, 'Controller', 'Ersättning och uppföljning', 1, ''),
  (7, 4, 'Utredare', 'Målstyrning', 1, ''),
  (8, 4, 'Kommunikatör', 'Inspirationsskrifter och spridning', 1, ''),
  (9, 5, 'Verksamhetschef, utförare av särskilt boende', 'Ledamot', 3, ''),
  (10, 5, 'Representant pensionärsorganisationerna', 'Ledamot', 5, ''),
  (11, 5, 'Forskare', 'Följeforskare', 4, '');

INSERT INTO task (id, parent_id, position, kind, name, start_date, end_date, progress, responsible, status, is_milestone, notes) VALUES
  (1, NULL, 0, 'phase', 'Uppstart', '2014-04-01', '2014-06-30', 100, 'Projektledare', 'done', 0, ''),
  (2, 1, 0, 'activity', 'Projektdirektiv och projektplan enligt Pejl', '2014-04-01', '2014-05-16', 100, 'Projektledare', 'done', 0, ''),
  (3, 1, 1, 'activity', 'Styrgruppen tillsätter projektgrupp och referensgrupp', '2014-05-20', '2014-05-20', 100, 'Styrgrupp', 'done', 1, ''),
  (4, 1, 2, 'activity', 'Omvärldsanalys av ersättningsmodeller', '2014-05-05', '2014-06-27', 100, 'Projektledare', 'done', 0, ''),
  (5, NULL, 1, 'phase', 'Kunskapsunderlag', '2014-08-18', '2015-03-31', 100, 'Projektledare', 'done', 0, ''),
  (6, 5, 0, 'activity', 'Forskningsöversikt: samband mellan arbetssätt och innovation', '2014-08-18', '2014-12-19', 100, 'Extern forskare', 'done', 0, ''),
  (7, 5, 1, 'activity', 'Dialog med utförare av särskilt boende', '2014-09-01', '2015-02-27', 100, 'Projektledare', 'done', 0, ''),
  (8, 5, 2, 'activity', 'Inspirationsskrift 1', '2015-01-12', '2015-03-31', 100, 'Kommunikatör', 'done', 0, ''),
  (9, NULL, 2, 'phase', 'Modellutveckling', '2015-04-01', '2016-02-29', 100, 'Projektledare', 'done', 0, ''),
  (10, 9, 0, 'activity', 'Utkast till ersättningsmodell', '2015-04-01', '2015-12-18', 100, 'Projektledare', 'done', 0, 'Modellen baseras på forskningsbelagda samband mellan arbetssätt och innovation.'),
  (11, 9, 1, 'activity', 'Workshoppar med utförare och referensgrupp', '2015-05-04', '2015-11-27', 100, 'Dynamisk projektgrupp', 'done', 0, ''),
  (12, 9, 2, 'activity', 'Uppföljning och målstyrning i modellen', '2015-08-17', '2015-12-18', 100, 'Controller', 'done', 0, ''),
  (13, 9, 3, 'activity', 'Styrgruppen godkänner modellutkastet', '2016-01-26', '2016-01-26', 100, 'Styrgrupp', 'done', 1, ''),
  (14, NULL, 3, 'phase', 'Förankring och spridning', '2016-03-01', '2016-10-31', 100, 'Projektledare', 'done', 0, ''),
  (15, 14, 0, 'activity', 'Förankring i de sociala nämnderna', '2016-03-01', '2016-06-17', 100, 'Delegerad projektägare', 'done', 0, ''),
  (16, 14, 1, 'activity', 'Inspirationsskrifter 2 och 3', '2016-03-01', '2016-09-30', 100, 'Kommunikatör', 'done', 0, 'Skrifterna har varit mycket efterfrågade.'),
  (17, 14, 2, 'activity', 'Seminarier för externa intressenter', '2016-08-22', '2016-10-28', 100, 'Projektledare', 'done', 0, ''),
  (18, NULL, 4, 'phase', 'Avslut', '2016-11-01', '2016-12-31', 100, 'Projektledare', 'done', 0, ''),
  (19, 18, 0, 'activity', 'Förslag till ersättningsmodell', '2016-11-01', '2016-11-30', 100, 'Projektledare', 'done', 0, ''),
  (20, 18, 1, 'activity', 'Slutrapport till Vinnova', '2016-11-14', '2016-12-09', 100, 'Projektledare', 'done', 0, ''),
  (21, 18, 2, 'activity', 'Beslut om slutrapport', '2016-12-13', '2016-12-13', 100, 'Styrgrupp', 'done', 1, '');

INSERT INTO dependency (id, predecessor_id, successor_id) VALUES
  (1, 2, 3), (2, 3, 6), (3, 6, 10), (4, 10, 13), (5, 12, 13), (6, 13, 15),
  (7, 15, 19), (8, 19, 21), (9, 20, 21), (10, 5, 9);

INSERT INTO goal (id, kind, number, text, indicator, unit, baseline, target_low, target_high, outcome, outcome_text, status_override, override_reason, comment) VALUES
  (1, 'project', 1, 'Skapa en väl förankrad och utarbetad ersättningsmodell som är möjlig att implementera vid projektets slut.', 'Förslag till ersättningsmodell klart', '', NULL, NULL, NULL, NULL, 'Projektet har resulterat i ett förslag till ersättningsmodell. Modellen är så långt utvecklad att den utgör en möjlig grund för en förändrad ersättningsmodell.', 'partly_met', 'Förslaget utgör en möjlig grund, men beslut om implementering togs inte inom projektet.', ''),
  (2, 'effect', 1, 'En övergång, i Västerås och i övriga Sverige, till nya ersättningsmodeller för äldreomsorg som främjar innovation och nytänkande.', '', '', NULL, NULL, NULL, NULL, '', 'not_assessed', 'Effekten kan bedömas först flera år efter projektet.', ''),
  (3, 'sub', 1, 'Modellen ska baseras på forskningsbelagda samband mellan arbetssätt och innovation.', 'Forskningsöversikt genomförd', '', NULL, NULL, NULL, NULL, 'Forskningsöversikten ligger till grund för modellen.', 'met', 'Modellen bygger på översikten.', ''),
  (4, 'sub', 2, 'Sprida erfarenheter genom inspirationsskrifter', 'Publicerade inspirationsskrifter', 'skrifter', 0, 3, 3, 3, 'Skrifterna har varit mycket efterfrågade, även utanför kommunen.', NULL, '', '');

INSERT INTO goal_task (goal_id, task_id) VALUES
  (1, 10), (1, 15), (1, 19), (2, 17), (3, 6), (4, 8), (4, 16);

INSERT INTO meeting_series (id, forum, title, first_date, interval_weeks, until_date) VALUES
  (1, 'steering_group', 'Styrgrupp INNOVERSUM', '2014-05-20', 8, '2016-11-01');

INSERT INTO meeting (id, series_id, date, forum, kind, title, decisions, cancelled) VALUES
  (1, 1, '2014-05-20', 'steering_group', 'meeting', 'Styrgrupp', 'Projektgrupp och referensgrupp tillsätts.', 0),
  (2, 1, '2014-07-15', 'steering_group', 'meeting', 'Styrgrupp', '', 1),
  (3, 1, '2014-09-09', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (4, 1, '2014-11-04', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (5, 1, '2014-12-30', 'steering_group', 'meeting', 'Styrgrupp', '', 1),
  (6, 1, '2015-02-24', 'steering_group', 'meeting', 'Styrgrupp: forskningsöversikten', '', 0),
  (7, 1, '2015-04-21', 'steering_group', 'meeting', 'Styrgrupp: start av modellutvecklingen', '', 0),
  (8, 1, '2015-06-16', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (9, 1, '2015-08-11', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (10, 1, '2015-10-06', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (11, 1, '2015-12-01', 'steering_group', 'meeting', 'Styrgrupp: utkast till modell', '', 0),
  (12, 1, '2016-01-26', 'steering_group', 'meeting', 'Styrgrupp: modellutkastet', 'Modellutkastet godkänns för förankring.', 0),
  (13, 1, '2016-03-22', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (14, 1, '2016-05-17', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (15, 1, '2016-07-12', 'steering_group', 'meeting', 'Styrgrupp', '', 1),
  (16, 1, '2016-09-06', 'steering_group', 'meeting', 'Styrgrupp', '', 0),
  (17, 1, '2016-11-01', 'steering_group', 'meeting', 'Styrgrupp: förslag till ersättningsmodell', '', 0),
  (18, NULL, '2016-12-13', 'steering_group', 'meeting', 'Styrgrupp: slutrapport', 'Slutrapporten godkänns.', 0),
  (19, NULL, '2014-10-14', 'reference_group', 'meeting', 'Referensgrupp', '', 0),
  (20, NULL, '2015-05-12', 'reference_group', 'meeting', 'Referensgrupp: workshop om modellen', '', 0),
  (21, NULL, '2015-11-10', 'reference_group', 'meeting', 'Referensgrupp: workshop om uppföljning', '', 0),
  (22, NULL, '2016-04-12', 'municipal_meeting', 'presentation', 'Äldrenämnden: förslaget till ersättningsmodell', '', 0),
  (23, NULL, '2016-09-20', 'external_meeting', 'presentation', 'Seminarium för andra kommuner om innovationsfrämjande ersättning', '', 0),
  (24, NULL, '2016-10-18', 'external_meeting', 'presentation', 'Vinnovas programkonferens', '', 0);

INSERT INTO lesson (kind, text, owner) VALUES
  ('success', 'Projektstyrningsmodellen Pejl gav tydliga roller för styrgrupp, referensgrupp, delegerad projektägare, projektgrupp och projektledare', 'Styrgrupp'),
  ('success', 'En dynamisk projektgrupp gjorde det möjligt att ta in rätt kompetens i varje fas', 'Delegerad projektägare'),
  ('success', 'Inspirationsskrifterna var mycket efterfrågade och spred erfarenheterna långt utanför kommunen', 'Projektledare'),
  ('pitfall', 'Svårt att översätta forskningsbelagda samband till mätbara grunder för ersättning', 'Dynamisk projektgrupp'),
  ('pitfall', 'Lång väg från modellförslag till politiskt beslut om ny ersättning', 'Styrgrupp'),
  ('recommendation', 'Pröva modellen skarpt hos några utförare innan den införs brett', 'Sociala nämndernas förvaltning'),
  ('recommendation', 'Fortsätt dela erfarenheter frikostigt med externa intressenter för ett långsiktigt lärande', 'Västerås stad');

-- Budget in SEK. The Vinnova grant (3 378 977 kr) is 50 % of every line.
-- Personnel 4 170 000 kr over 5 600 h is about 745 kr/h; indirect costs are 22 % of personnel.
INSERT INTO budget_line (category, description, budget, outcome, funder_share) VALUES
  ('personnel', 'Projektledare 100 %, april 2014 – december 2016', 1900000, 1884300, 50),
  ('personnel', 'Dynamisk projektgrupp (controller, utredare, kommunikatör)', 1450000, 1402600, 50),
  ('personnel', 'Utförarnas medverkan i workshoppar och referensgrupp', 820000, 796500, 50),
  ('external_services', 'Forskningsöversikt och följeforskning', 900000, 900000, 50),
  ('travel', 'Resor och studiebesök', 120000, 88400, 50),
  ('other', 'Inspirationsskrifter (text, form och tryck), seminarier och spridning', 667954, 702150, 50),
  ('indirect', 'Indirekta kostnader', 900000, 887000, 50);
