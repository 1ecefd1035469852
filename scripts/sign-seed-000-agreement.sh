#!/usr/bin/env bash
# Enters and signs the agreement of seed 000 (СОШ №25 + Лицей №24, «Технология») against a
# Setka with the demo data, using only curl and python3 for JSON:
#   ./scripts/sign-seed-000-agreement.sh [http://127.0.0.1:8080]
# The agreement runs from 1 September of the current school year for a year, so it is
# active today once both schools have signed.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}/api/v1"
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
login() {
  curl -sf -X POST "$BASE/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${2:-demo}\"}" | json 'd["access_token"]'
}
call() { # method path token [body]
  curl -sS -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    -H 'Accept-Language: ru' ${4:+-d "$4"}
}

BASE_ADMIN=$(login sosh25.director)
LYCEUM_ADMIN=$(login lyceum24.director)

NETWORK=$(call GET "/networks?q=%D0%A2%D0%B5%D1%85%D0%BD%D0%BE%D0%BB%D0%BE%D0%B3%D0%B8%D1%8F" "$BASE_ADMIN" | json 'd["items"][0]["id"]')
MEMBERS=$(call GET "/networks/$NETWORK" "$BASE_ADMIN")
SOSH25=$(echo "$MEMBERS" | json '[m["organization_id"] for m in d["members"] if "25" in m["organization_name"]][0]')
LYCEUM=$(echo "$MEMBERS" | json '[m["organization_id"] for m in d["members"] if "Лицей" in m["organization_name"]][0]')
PROGRAMMES=$(call GET "/networks/$NETWORK/programmes" "$BASE_ADMIN" | json '",".join("\"%s\"" % p["id"] for p in d["items"])')
YEAR=$(date +%Y); [ "$(date +%m)" -lt 9 ] && YEAR=$((YEAR - 1))

AGREEMENT=$(call POST "/networks/$NETWORK/agreements" "$BASE_ADMIN" "{
  \"number\": \"СВ-$YEAR/01\", \"date\": \"$YEAR-08-25\", \"kind\": \"network_programme\",
  \"base_organization_id\": \"$SOSH25\", \"participant_ids\": [\"$LYCEUM\"], \"programme_ids\": [$PROGRAMMES],
  \"programme_description\": \"Основная образовательная программа основного общего образования, предметная область «Технология», модули «Робототехника» и «Компьютерная графика»\",
  \"student_status\": \"Обучающиеся остаются обучающимися базовой организации и не зачисляются в организацию-участника\",
  \"admission_rules\": \"Зачисление в сетевые группы по заявлению родителей (законных представителей) приказом базовой организации\",
  \"conditions\": \"Занятия проводятся на базе организаций по согласованному расписанию; результаты засчитываются базовой организацией\",
  \"obligations\": [
    {\"organization\": \"$LYCEUM\", \"duties\": \"Реализует модуль «Робототехника», ведёт учёт посещаемости и результатов\", \"resources\": [{\"kind\": \"кабинет робототехники\", \"volume\": \"1 ч в неделю на группу\"}]},
    {\"organization\": \"$SOSH25\", \"duties\": \"Реализует модуль «Компьютерная графика», формирует группы, засчитывает результаты\", \"resources\": [{\"kind\": \"компьютерный класс\", \"volume\": \"1 ч в неделю на группу\"}]}
  ],
  \"completion_documents\": [{\"document\": \"справка об обучении\", \"issued_by\": \"$LYCEUM\"}],
  \"valid_from\": \"$YEAR-09-01\", \"valid_to\": \"$((YEAR + 1))-08-31\",
  \"change_procedure\": \"Изменения оформляются дополнительными соглашениями\",
  \"termination_procedure\": \"Расторжение по соглашению сторон с уведомлением за 30 дней\",
  \"grade_mappings\": [{\"source\": \"pass_fail\", \"target\": \"pass_fail\", \"steps\": [{\"equals\": \"pass\", \"result\": \"зачтено\"}]}]
}" | json 'd["id"]')
echo "agreement $AGREEMENT drafted"
HASH=$(call POST "/agreements/$AGREEMENT/submit" "$BASE_ADMIN" | json 'd["content_hash"]')
echo "sent for signature; content hash $HASH"
call POST "/agreements/$AGREEMENT/sign" "$BASE_ADMIN" "{\"content_hash\":\"$HASH\"}" | json '"СОШ №25 signed: " + d["status"]'
call POST "/agreements/$AGREEMENT/sign" "$LYCEUM_ADMIN" "{\"content_hash\":\"$HASH\"}" | json '"Лицей №24 signed: " + d["status"]'
