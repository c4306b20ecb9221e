#!/usr/bin/env bash
# check-examples.sh: validates the bundled example projects in data/examples/.
#
# Usage: data/examples/check-examples.sh [example.sql ...]
# Without arguments every *.sql next to this script is checked.
#
# Each example is run the way the app runs it: on a fresh file that already holds the schema,
# the project row (id = 1) and the default role and competence catalogue, inside one
# transaction, with foreign keys on. Then the validation rules are checked with SQL queries.
# Every query lists the offending rows, so an empty answer means the rule holds.
# Exits non-zero if any example fails. Needs bash, the sqlite3 CLI and grep -P.

set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
schema="${KP_SCHEMA:-$top/src/core/schema-v1.sql}"
catalog_c="${KP_CATALOG:-$top/src/core/kp-catalog.c}"

command -v sqlite3 >/dev/null || { echo "check-examples: sqlite3 not found" >&2; exit 2; }
[ -r "$schema" ] || { echo "check-examples: no schema at $schema" >&2; exit 2; }
[ -r "$catalog_c" ] || { echo "check-examples: no catalogue at $catalog_c" >&2; exit 2; }

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

# The catalogue keys, read from kp-catalog.c so that this script follows it.
# One line per choice: catalogue|position|key|English label.
awk '
  /^CATALOG \(/ { name = $0; sub(/^CATALOG \(/, "", name); sub(/,.*$/, "", name); pos = 0; incat = 1 }
  incat && /\{ "/ {
    line = $0
    key = line; sub(/^[^"]*"/, "", key); sub(/".*$/, "", key)
    label = line; sub(/^[^N]*N_\("/, "", label); sub(/"\).*$/, "", label)
    print name "|" pos "|" key "|" label
    pos++
  }
  incat && /\}\)/ { incat = 0 }
' "$catalog_c" > "$workdir/catalog.txt"

[ -s "$workdir/catalog.txt" ] || { echo "check-examples: could not read $catalog_c" >&2; exit 2; }

sql_quote () { printf "%s" "$1" | sed "s/'/''/g"; }

# What the app does when it creates a file: project row and default catalogue.
{
  echo "INSERT INTO project (id) VALUES (1);"
  while IFS='|' read -r cat pos key label; do
    case "$cat" in
      default_role)
        echo "INSERT INTO role (id, key, name, position) VALUES ($((pos + 1)), '$key', '$(sql_quote "$label")', $pos);" ;;
      default_competence)
        echo "INSERT INTO competence (id, key, name, position) VALUES ($((pos + 1)), '$key', '$(sql_quote "$label")', $pos);" ;;
    esac
  done < "$workdir/catalog.txt"
} > "$workdir/prelude.sql"

# The catalogue as a table for the enumeration checks (created after the example ran).
{
  echo "CREATE TABLE chk_catalog (catalog TEXT, key TEXT);"
  while IFS='|' read -r cat pos key label; do
    echo "INSERT INTO chk_catalog VALUES ('$cat', '$(sql_quote "$key")');"
  done < "$workdir/catalog.txt"
} > "$workdir/catalog.sql"

total_failures=0

run_example () {
  local file="$1" base db failures=0
  base="$(basename "$file")"
  db="$workdir/${base%.sql}.db"
  rm -f "$db"

  fail () { echo "FAIL $base: $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -n 12 | sed 's/^/    /'; failures=$((failures + 1)); total_failures=$((total_failures + 1)); }

  # Rule: nothing but INSERT and UPDATE project. Comments are stripped first.
  local stripped
  stripped="$(sed 's/--.*$//' "$file")"
  local bad
  bad="$(printf '%s\n' "$stripped" | grep -inE '\b(CREATE|BEGIN|COMMIT|END TRANSACTION|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|DROP|ALTER|DELETE|ATTACH|DETACH|VACUUM|REPLACE|REINDEX|ANALYZE)\b' || true)"
  [ -z "$bad" ] || fail "forbidden statement (only INSERT and UPDATE project are allowed)" "$bad"
  bad="$(printf '%s\n' "$stripped" | grep -inE '\bUPDATE\b' | grep -viE '\bUPDATE[[:space:]]+project[[:space:]]+SET\b' || true)"
  [ -z "$bad" ] || fail "UPDATE of a table other than project" "$bad"

  # Build the file as the app does and run the example in one transaction.
  if ! sqlite3 -bail "$db" < "$schema" > "$workdir/out.txt" 2>&1; then
    fail "schema did not load" "$(cat "$workdir/out.txt")"; return
  fi
  sqlite3 -bail "$db" < "$workdir/prelude.sql" > "$workdir/out.txt" 2>&1 || { fail "prelude failed" "$(cat "$workdir/out.txt")"; return; }
  if ! { echo "PRAGMA foreign_keys = ON;"; echo "BEGIN;"; cat "$file"; echo; echo "COMMIT;"; } \
       | sqlite3 -bail "$db" > "$workdir/out.txt" 2>&1; then
    fail "example did not run" "$(cat "$workdir/out.txt")"; return
  fi
  if [ -s "$workdir/out.txt" ]; then
    fail "example printed output" "$(cat "$workdir/out.txt")"
  fi
  local fk
  fk="$(sqlite3 "$db" 'PRAGMA foreign_key_check;')"
  [ -z "$fk" ] || fail "foreign key violations" "$fk"

  sqlite3 "$db" < "$workdir/catalog.sql" || { fail "could not load catalogue"; return; }

  # check DESCRIPTION SQL: the SQL lists violations; any output fails.
  check () {
    local out
    if ! out="$(sqlite3 -bail "$db" "$2" 2>&1)"; then
      fail "$1 (query error)" "$out"
    elif [ -n "$out" ]; then
      fail "$1" "$out"
    fi
  }
  # expect DESCRIPTION SQL VALUE: the SQL must print exactly VALUE.
  expect () {
    local out
    out="$(sqlite3 -bail "$db" "$2" 2>&1)"
    [ "$out" = "$3" ] || fail "$1: expected '$3', got '$out'"
  }

  # ---- project ----
  expect "one project row" "SELECT count(*) FROM project;" "1"
  check "project must be marked as an example" \
    "SELECT 'is_example=' || is_example FROM project WHERE is_example <> 1;"
  check "description must start by saying it is an example built from a public document" \
    "SELECT substr(description, 1, 60) FROM project WHERE description NOT LIKE 'Exempelprojekt byggt på %';"
  check "project fields must be filled in" \
    "SELECT 'empty: ' || c FROM (
       SELECT 'title' AS c, title AS v FROM project UNION ALL SELECT 'short_name', short_name FROM project
       UNION ALL SELECT 'owner_org', owner_org FROM project UNION ALL SELECT 'programme', programme FROM project
       UNION ALL SELECT 'region', region FROM project UNION ALL SELECT 'purpose', purpose FROM project
       UNION ALL SELECT 'background', background FROM project UNION ALL SELECT 'method', method FROM project
       UNION ALL SELECT 'start_date', start_date FROM project UNION ALL SELECT 'end_date', end_date FROM project)
     WHERE v IS NULL OR trim(v) = '';"
  check "project budget, funder share and planned hours" \
    "SELECT budget, funder_share, planned_hours FROM project
     WHERE budget <= 0 OR funder_share <= 0 OR funder_share > 100 OR planned_hours <= 0 OR participant_target < 0;"

  # ---- enumerations: exactly the catalogue keys ----
  local spec tbl col catname nullable
  for spec in project.funder:funder project.status:project_status project.currency:currency \
              organisation.kind:org_kind organisation.project_role:org_role \
              governance_body.kind:body_kind task.kind:task_kind task.status:task_status \
              goal.kind:goal_kind goal.status_override:goal_status? proposal.priority:priority \
              proposal.decision:decision subproject.priority:priority meeting_series.forum:forum \
              meeting.forum:forum meeting.kind:meeting_kind lesson.kind:lesson_kind \
              training.type:training_type time_entry.funding:funding participant_count.gender:gender \
              participant_count.age_band:age_band participant_count.start_status:start_status \
              participant_result.gender:gender participant_result.result:result \
              budget_line.category:budget_category; do
    tbl="${spec%%.*}"; col="${spec#*.}"; col="${col%%:*}"; catname="${spec#*:}"
    nullable=0
    case "$catname" in *\?) catname="${catname%\?}"; nullable=1 ;; esac
    if [ $nullable = 1 ]; then
      check "$tbl.$col must be a $catname key" \
        "SELECT id, $col FROM $tbl WHERE $col IS NOT NULL AND $col NOT IN (SELECT key FROM chk_catalog WHERE catalog = '$catname');"
    else
      check "$tbl.$col must be a $catname key" \
        "SELECT id, $col FROM $tbl WHERE $col IS NULL OR $col NOT IN (SELECT key FROM chk_catalog WHERE catalog = '$catname');"
    fi
  done
  check "the default roles must be untouched" \
    "SELECT r.id, r.key FROM chk_catalog c LEFT JOIN role r ON r.key = c.key
     WHERE c.catalog = 'default_role' AND r.id IS NULL;"

  # ---- dates and periods ----
  for spec in project.start_date project.end_date task.start_date task.end_date baseline.created \
              baseline_task.start_date baseline_task.end_date proposal.decision_date \
              meeting_series.first_date meeting_series.until_date meeting.date \
              training.start_date training.end_date time_entry.date; do
    tbl="${spec%%.*}"; col="${spec#*.}"
    check "$tbl.$col must be a real date yyyy-mm-dd between 1900 and 2200" \
      "SELECT id, $col FROM $tbl WHERE $col IS NOT NULL AND NOT (
         $col GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date($col, '+0 days') IS $col
         AND $col BETWEEN '1900-01-01' AND '2200-12-31');"
  done
  for spec in participant_count.period participant_result.period staffing_stat.period; do
    tbl="${spec%%.*}"; col="${spec#*.}"
    check "$tbl.$col must be yyyy-mm or yyyy-Qn" \
      "SELECT id, $col FROM $tbl WHERE NOT (
         ($col GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'
          OR ($col GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr($col, 6, 2) BETWEEN '01' AND '12'))
         AND substr($col, 1, 4) BETWEEN '1900' AND '2200');"
  done
  check "project end must not be before start" \
    "SELECT start_date, end_date FROM project WHERE end_date < start_date;"
  check "tasks need start and end, end >= start" \
    "SELECT id, name, start_date, end_date FROM task
     WHERE start_date IS NULL OR end_date IS NULL OR end_date < start_date;"
  check "milestones have start = end" \
    "SELECT id, name FROM task WHERE is_milestone = 1 AND start_date <> end_date;"
  check "tasks lie within the project period" \
    "SELECT t.id, t.name FROM task t, project p WHERE t.start_date < p.start_date OR t.end_date > p.end_date;"
  check "child tasks lie within their parent" \
    "SELECT c.id, c.name FROM task c JOIN task p ON p.id = c.parent_id
     WHERE c.start_date < p.start_date OR c.end_date > p.end_date;"
  check "phases are top-level" \
    "SELECT id, name FROM task WHERE kind = 'phase' AND parent_id IS NOT NULL;"
  check "baseline tasks: end >= start" \
    "SELECT id FROM baseline_task WHERE start_date IS NULL OR end_date IS NULL OR end_date < start_date;"
  check "training: end >= start and within the project" \
    "SELECT t.id, t.name FROM training t, project p
     WHERE t.start_date IS NULL OR t.end_date IS NULL OR t.end_date < t.start_date
        OR t.start_date < p.start_date OR t.end_date > p.end_date;"
  check "meeting series: first_date <= until_date, positive interval" \
    "SELECT id, title FROM meeting_series WHERE until_date < first_date OR interval_weeks <= 0;"
  check "series meetings fall on the series rhythm" \
    "SELECT m.id, m.date FROM meeting m JOIN meeting_series s ON s.id = m.series_id
     WHERE m.date < s.first_date OR m.date > s.until_date
        OR CAST(julianday(m.date) - julianday(s.first_date) AS INTEGER) % (7 * s.interval_weeks) <> 0;"
  check "meetings lie within the project period" \
    "SELECT m.id, m.date FROM meeting m, project p WHERE m.date < p.start_date OR m.date > p.end_date;"
  check "time entries lie within the project period" \
    "SELECT t.id, t.date FROM time_entry t, project p WHERE t.date < p.start_date OR t.date > p.end_date;"
  check "decisions on proposals lie within the project period" \
    "SELECT pr.id, pr.decision_date FROM proposal pr, project p
     WHERE pr.decision_date < p.start_date OR pr.decision_date > p.end_date;"

  # ---- numbers ----
  check "progress 0-100" "SELECT id, progress FROM task WHERE progress < 0 OR progress > 100;"
  check "percentages 0-100" \
    "SELECT 'budget_line', id FROM budget_line WHERE funder_share < 0 OR funder_share > 100
     UNION ALL SELECT 'headcount', id FROM headcount WHERE turnover < 0 OR turnover > 100
     UNION ALL SELECT 'staffing_stat', id FROM staffing_stat
       WHERE turnover < 0 OR turnover > 100 OR sick_leave < 0 OR sick_leave > 100;"
  check "no negative numbers" \
    "SELECT 'headcount', id FROM headcount WHERE persons < 0 OR fte < 0 OR retirements < 0 OR demand < 0 OR growth < 0
     UNION ALL SELECT 'unit_level', id FROM unit_level WHERE holders < 0
     UNION ALL SELECT 'certification', id FROM certification WHERE certified < 0 OR applied < 0 OR transition < 0 OR no_path < 0
     UNION ALL SELECT 'stair_step', id FROM stair_step WHERE people_now < 0 OR people_planned < 0
     UNION ALL SELECT 'training', id FROM training WHERE cost < 0 OR hours_per_participant < 0
     UNION ALL SELECT 'training_role', id FROM training_role WHERE planned < 0 OR completed < 0
     UNION ALL SELECT 'time_entry', id FROM time_entry WHERE hours <= 0
     UNION ALL SELECT 'participant_count', id FROM participant_count WHERE count < 0
     UNION ALL SELECT 'participant_result', id FROM participant_result WHERE count < 0
     UNION ALL SELECT 'staffing_stat', id FROM staffing_stat
       WHERE employees < 0 OR fte < 0 OR vacancies < 0 OR hires_from_project < 0
     UNION ALL SELECT 'budget_line', id FROM budget_line WHERE budget < 0 OR outcome < 0
     UNION ALL SELECT 'goal', id FROM goal WHERE baseline < 0 OR target_low < 0 OR target_high < 0 OR outcome < 0
     UNION ALL SELECT 'project', id FROM project WHERE budget < 0 OR planned_hours < 0 OR participant_target < 0;"
  check "headcount: fte <= persons and retirements <= persons" \
    "SELECT id, persons, fte, retirements FROM headcount WHERE fte > persons OR retirements > persons;"
  check "staffing statistics: fte <= employees" \
    "SELECT id, employees, fte FROM staffing_stat WHERE fte > employees;"
  check "levels 0-4" \
    "SELECT 'required', id FROM required_level WHERE level NOT BETWEEN 0 AND 4
     UNION ALL SELECT 'unit', id FROM unit_level WHERE level NOT BETWEEN 0 AND 4;"
  check "a unit without the competence has no holders, and holders fit the unit" \
    "SELECT ul.id FROM unit_level ul
     WHERE (ul.level = 0 AND ul.holders > 0)
        OR ul.holders > (SELECT coalesce(sum(persons), 0) FROM headcount h WHERE h.unit_id = ul.unit_id);"
  check "unit target year >= project start year" \
    "SELECT u.id, u.name, u.target_year FROM unit u, project p
     WHERE u.target_year < CAST(substr(p.start_date, 1, 4) AS INTEGER);"
  check "certification counts fit the unit's assistant nurses" \
    "SELECT c.unit_id FROM certification c
     WHERE c.certified + c.applied + c.transition + c.no_path >
       (SELECT coalesce(sum(h.persons), 0) FROM headcount h JOIN role r ON r.id = h.role_id
        WHERE h.unit_id = c.unit_id AND r.key = 'underskoterska');"
  check "goal target_low <= target_high" \
    "SELECT id, target_low, target_high FROM goal WHERE target_low > target_high;"
  check "free training costs nothing" \
    "SELECT id, name FROM training WHERE free_of_charge = 1 AND cost <> 0;"
  check "budget lines add up to the project budget" \
    "SELECT p.budget, sum(b.budget) FROM project p, budget_line b
     GROUP BY p.id HAVING abs(p.budget - sum(b.budget)) > 0.005;"
  check "project funder share matches the budget lines (within one point)" \
    "SELECT p.funder_share, sum(b.budget * b.funder_share) / sum(b.budget) FROM project p, budget_line b
     GROUP BY p.id HAVING abs(p.funder_share - sum(b.budget * b.funder_share) / sum(b.budget)) > 1.0;"

  # ---- structure ----
  check "no dependency cycles" \
    "WITH RECURSIVE reach (start, node) AS (
       SELECT predecessor_id, successor_id FROM dependency
       UNION SELECT r.start, d.successor_id FROM reach r JOIN dependency d ON d.predecessor_id = r.node)
     SELECT start FROM reach WHERE start = node;"
  check "finish-to-start: successor starts after the predecessor ends" \
    "SELECT p.name || ' -> ' || s.name FROM dependency d
     JOIN task p ON p.id = d.predecessor_id JOIN task s ON s.id = d.successor_id
     WHERE s.start_date <= p.end_date;"
  check "a sub-project comes from a proposal decided as a sub-project" \
    "SELECT s.id FROM subproject s LEFT JOIN proposal p ON p.id = s.proposal_id
     WHERE s.proposal_id IS NOT NULL AND p.decision <> 'subproject';"
  check "decided proposals have a date and a body" \
    "SELECT id FROM proposal WHERE decision <> 'undecided' AND (decision_date IS NULL OR decision_body = '');"
  check "goal status override has a reason" \
    "SELECT id FROM goal WHERE status_override IS NOT NULL AND trim(override_reason) = '';"
  check "recommendations have an owner" \
    "SELECT id FROM lesson WHERE kind = 'recommendation' AND trim(owner) = '';"

  # ---- privacy ----
  check "member contact holds only a work e-mail or phone" \
    "SELECT id, contact FROM member WHERE contact GLOB '*[^-A-Za-z0-9@._, +]*';"
  check "time entry person is a name or role, no numbers" \
    "SELECT id, person FROM time_entry WHERE person GLOB '*[0-9]*' OR trim(person) = '';"
  local pnr
  pnr="$(sqlite3 "$db" .dump | grep -noP '(?<![0-9])(19|20)?[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])[-+ ]?[0-9]{4}(?![0-9])' || true)"
  [ -z "$pnr" ] || fail "text that looks like a personal identity number" "$pnr"

  # ---- ESF+ time rules ----
  if [ "$(sqlite3 "$db" "SELECT funder FROM project;")" = "esf_plus" ]; then
    check "ESF+: whole hours only" "SELECT id, hours FROM time_entry WHERE hours <> CAST(hours AS INTEGER);"
    check "ESF+: at most 13 h per person and day" \
      "SELECT person, date, sum(hours) FROM time_entry GROUP BY person, date HAVING sum(hours) > 13;"
    check "ESF+: at most 1,720 h per person and calendar year" \
      "SELECT person, substr(date, 1, 4), sum(hours) FROM time_entry
       GROUP BY person, substr(date, 1, 4) HAVING sum(hours) > 1720;"
    check "ESF+: participants are counted" "SELECT 'none' WHERE NOT EXISTS (SELECT 1 FROM participant_count);"
  fi

  # ---- Vinnova cost rules ----
  if [ "$(sqlite3 "$db" "SELECT funder FROM project;")" = "vinnova" ]; then
    check "Vinnova: indirect costs at most 30 % of personnel costs" \
      "SELECT sum(CASE category WHEN 'indirect' THEN budget END), sum(CASE category WHEN 'personnel' THEN budget END)
       FROM budget_line HAVING coalesce(sum(CASE category WHEN 'indirect' THEN budget END), 0)
                               > 0.30 * coalesce(sum(CASE category WHEN 'personnel' THEN budget END), 0);"
    check "Vinnova: personnel cost at most 800 kr/h on average" \
      "SELECT sum(b.budget) / p.planned_hours FROM budget_line b, project p WHERE b.category = 'personnel'
       GROUP BY p.id HAVING sum(b.budget) / p.planned_hours > 800;"
  fi

  # ---- a complete competence plan ----
  competence_plan () {
    local t
    for t in organisation unit headcount required_level unit_level certification stair_step \
             training training_role training_competence; do
      expect "competence plan: $t has rows" "SELECT count(*) > 0 FROM $t;" "1"
    done
    expect "competence plan: several organisations with units" \
      "SELECT count(DISTINCT organisation_id) >= 2 FROM unit;" "1"
    expect "competence plan: every unit has headcount rows" \
      "SELECT count(*) FROM unit u WHERE NOT EXISTS (SELECT 1 FROM headcount h WHERE h.unit_id = u.id);" "0"
    expect "competence plan: serviceassistent in the headcount" \
      "SELECT count(*) > 0 FROM headcount h JOIN role r ON r.id = h.role_id WHERE r.key = 'serviceassistent';" "1"
    expect "competence plan: a competence held by exactly one person" \
      "SELECT count(*) > 0 FROM unit_level WHERE holders = 1;" "1"
    expect "competence plan: staircase from labour-market placement to specialist assistant nurse" \
      "SELECT group_concat(coalesce(r.key, '-'), ' > ') FROM (SELECT * FROM stair_step ORDER BY position) s
       LEFT JOIN role r ON r.id = s.role_id AND r.key IS NOT NULL;" \
      "- > serviceassistent > vardbitrade > underskoterska > specialist_underskoterska"
    expect "competence plan: staircase starts with a labour-market placement" \
      "SELECT name LIKE 'Arbetsmarknadsanställning%' FROM stair_step ORDER BY position LIMIT 1;" "1"
    check "competence plan: staircase steps have requirements" \
      "SELECT id, name FROM stair_step WHERE trim(requirements) = '';"
    for t in aldreomsorgslyftet ktc shadowing nanolearning web_course; do
      expect "competence plan: a '$t' training" "SELECT count(*) > 0 FROM training WHERE type = '$t';" "1"
    done
    expect "competence plan: a free alternative" \
      "SELECT count(*) > 0 FROM training WHERE free_of_charge = 1 AND cost = 0;" "1"
    check "competence plan: every training has roles and competences" \
      "SELECT id, name FROM training t WHERE NOT EXISTS (SELECT 1 FROM training_role r WHERE r.training_id = t.id)
          OR NOT EXISTS (SELECT 1 FROM training_competence c WHERE c.training_id = t.id);"
    expect "competence plan: every role in the headcount has required levels" \
      "SELECT count(*) FROM (SELECT DISTINCT role_id FROM headcount) h
       WHERE NOT EXISTS (SELECT 1 FROM required_level r WHERE r.role_id = h.role_id);" "0"
    expect "competence plan: every unit has levels" \
      "SELECT count(*) FROM unit u WHERE NOT EXISTS (SELECT 1 FROM unit_level l WHERE l.unit_id = u.id);" "0"
  }

  case "$base" in
    vardens-medarbetare.sql)
      local t
      for t in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'chk_%' AND name NOT LIKE 'sqlite_%' ORDER BY name;"); do
        expect "main example: table $t has rows" "SELECT count(*) > 0 FROM $t;" "1"
      done
      competence_plan
      expect "project facts" "SELECT title, funder, status, start_date, end_date, currency FROM project;" \
        "Vårdens medarbetare|stimulus|closed|2020-09-01|2021-12-31|SEK"
      expect "time entries sum to exactly 350 h" "SELECT sum(hours) FROM time_entry;" "350.0"
      expect "time entries: paid and co-financed hours" "SELECT count(DISTINCT funding) FROM time_entry;" "2"
      expect "time entries: several municipalities" \
        "SELECT count(DISTINCT t.organisation_id) >= 5 FROM time_entry t JOIN organisation o ON o.id = t.organisation_id
         WHERE o.kind = 'municipality';" "1"
      expect "time entries: several months" "SELECT count(DISTINCT substr(date, 1, 7)) >= 10 FROM time_entry;" "1"
      expect "presentations per forum" \
        "SELECT group_concat(forum || '=' || n, ' ') FROM (SELECT forum, count(*) AS n FROM meeting
         WHERE cancelled = 0 AND forum IN ('steering_group', 'mas_network', 'elderly_network', 'municipal_meeting', 'external_meeting')
         GROUP BY forum ORDER BY forum);" \
        "elderly_network=4 external_meeting=10 mas_network=7 municipal_meeting=6 steering_group=11"
      expect "these forums hold presentations only" \
        "SELECT count(*) FROM meeting WHERE kind <> 'presentation'
         AND forum IN ('steering_group', 'mas_network', 'elderly_network', 'municipal_meeting', 'external_meeting');" "0"
      expect "steering group meetings come from a six-week series" \
        "SELECT count(*) >= 8 FROM meeting m JOIN meeting_series s ON s.id = m.series_id
         WHERE m.forum = 'steering_group' AND s.forum = 'steering_group' AND s.interval_weeks = 6;" "1"
      expect "the five phases" \
        "SELECT group_concat(name || ' ' || start_date || ' ' || end_date, '; ') FROM (SELECT * FROM task WHERE kind = 'phase' ORDER BY start_date);" \
        "Uppstartsfas 2020-09-01 2020-10-31; Förstudiefas 2020-11-01 2021-02-28; Beslutsfas 2021-03-01 2021-04-30; Genomförandefas 2021-05-01 2021-10-31; Slutfas 2021-11-01 2021-12-31"
      expect "every task done at 100 %" "SELECT count(*) FROM task WHERE progress <> 100 OR status <> 'done';" "0"
      expect "decision milestones" "SELECT count(*) >= 4 FROM task WHERE is_milestone = 1;" "1"
      expect "dependencies" "SELECT count(*) >= 10 FROM dependency;" "1"
      expect "the ten proposals" "SELECT group_concat(number) FROM (SELECT number FROM proposal ORDER BY number);" "1,2,3,4,5,6,7,8,9,10"
      expect "proposals 1, 2, 5, 6 became sub-projects" \
        "SELECT group_concat(number) FROM (SELECT number FROM proposal WHERE decision = 'subproject' ORDER BY number);" "1,2,5,6"
      expect "proposals 4 and 9 go to existing networks" \
        "SELECT count(*) FROM proposal WHERE number IN (4, 9) AND decision = 'network';" "2"
      expect "proposals 3, 7, 8, 10 go to the networks or are postponed" \
        "SELECT count(*) FROM proposal WHERE number IN (3, 7, 8, 10) AND decision IN ('network', 'postponed');" "4"
      expect "proposal 2 is not prioritised" "SELECT priority FROM proposal WHERE number = 2;" "not_prio"
      expect "ten proposals decided March-April 2021" \
        "SELECT count(*) FROM proposal WHERE decision_date BETWEEN '2021-03-01' AND '2021-04-30';" "10"
      expect "sub-projects 1-4 linked to proposals 1, 2, 5, 6" \
        "SELECT group_concat(s.number || '<' || p.number) FROM (SELECT * FROM subproject ORDER BY number) s JOIN proposal p ON p.id = s.proposal_id;" \
        "1<1,2<2,3<5,4<6"
      expect "every sub-project has remaining actions with owners" \
        "SELECT count(*) FROM subproject s WHERE NOT EXISTS (SELECT 1 FROM remaining_action r WHERE r.subproject_id = s.id)
            OR EXISTS (SELECT 1 FROM remaining_action r WHERE r.subproject_id = s.id AND trim(r.owner) = '');" "0"
      expect "five project goals and five effect goals" \
        "SELECT sum(kind = 'project') || '/' || sum(kind = 'effect') FROM goal;" "5/5"
      expect "lessons of all three kinds" \
        "SELECT sum(kind = 'success') || '/' || sum(kind = 'pitfall') || '/' || sum(kind = 'recommendation') FROM lesson;" "5/5/5"
      expect "governance bodies of several kinds" "SELECT count(DISTINCT kind) >= 4 FROM governance_body;" "1"
      ;;
    skuggning-linkoping.sql)
      competence_plan
      expect "project facts" \
        "SELECT case_number, funder, currency, budget, funder_share, start_date, end_date FROM project;" \
        "23-023-S02|esf_plus|EUR|165878.82|40.0|2023-10-02|2024-08-31"
      expect "seven objectives as project goals" "SELECT count(*) FROM goal WHERE kind = 'project';" "7"
      expect "8-16 individuals as a range target" \
        "SELECT count(*) FROM goal WHERE target_low = 8 AND target_high = 16;" "1"
      ;;
    vis-kristianstad.sql)
      expect "project facts" \
        "SELECT case_number, funder, owner_org_number, funder_share, programme_area, specific_objective, nuts2, start_date, end_date FROM project;" \
        "23-023-S04|esf_plus|2120000951|40.0|A|A1A|SE0|2023-12-01|2024-11-30"
      expect "three project goals" "SELECT count(*) FROM goal WHERE kind = 'project';" "3"
      ;;
    innoversum-vasteras.sql)
      expect "project facts" "SELECT case_number, funder, start_date, end_date, status FROM project;" \
        "2014-01189|vinnova|2014-04-01|2016-12-31|closed"
      expect "Vinnova grant 3 378 977 kr" \
        "SELECT round(sum(budget * funder_share / 100.0)) FROM budget_line;" "3378977.0"
      expect "the Pejl roles" "SELECT count(DISTINCT kind) FROM governance_body;" "5"
      ;;
  esac

  [ $failures -ne 0 ] || echo "ok   $base"
}

if [ $# -eq 0 ]; then
  set -- "$here"/*.sql
fi
[ -e "$1" ] || { echo "check-examples: no example files" >&2; exit 2; }

for f in "$@"; do
  run_example "$f"
done

if [ $total_failures -ne 0 ]; then
  echo "check-examples: $total_failures failure(s)"
  exit 1
fi
exit 0
