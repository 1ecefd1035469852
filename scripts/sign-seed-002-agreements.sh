#!/usr/bin/env bash
# Enters and signs the agreements of seed 002 (Волжский: 6 resource centres teach the
# students of 7 schools, 14 courses) against a Setka with the demo data, with curl and
# python3 for JSON:
#   ./scripts/sign-seed-002-agreements.sh [http://127.0.0.1:8080]
#
# One agreement per home school (the base organization, where its students stay
# enrolled) with the six resource centres as participants, covering the network's 14
# courses for the current school year. The administrator opens a director account for
# each of the 13 schools (password $DIRECTOR_PASSWORD); each director signs for its own
# school only. Re-running drafts new agreements; accounts are reused.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}/api/v1"
PASSWORD="${DIRECTOR_PASSWORD:-director-password-1}"
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
login() {
  curl -sf -X POST "$BASE/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | json 'd["access_token"]'
}
call() { # method path token [body]
  curl -sS -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    -H 'Accept-Language: ru' ${4:+-d "$4"}
}

ADMIN=$(login admin "${ADMIN_PASSWORD:-demo}")
NETWORK=$(call GET "/networks?q=%D0%92%D0%BE%D0%BB%D0%B6%D1%81%D0%BA" "$ADMIN" | json 'd["items"][0]["id"]')
DETAIL=$(call GET "/networks/$NETWORK" "$ADMIN")
# "org_id external_id role" per current member.
MEMBERS=$(echo "$DETAIL" | python3 -c '
import sys, json
d = json.load(sys.stdin)
for m in d["members"]:
    if m["role"] in ("resource_centre", "participant"):
        print(m["organization_id"], m["role"])')
PROGRAMMES=$(call GET "/networks/$NETWORK/programmes?limit=100" "$ADMIN" | json '",".join("\"%s\"" % p["id"] for p in d["items"])')
RCS=$(echo "$MEMBERS" | awk '$2=="resource_centre"{print $1}')
HOMES=$(echo "$MEMBERS" | awk '$2=="participant"{print $1}')
YEAR=$(date +%Y); [ "$(date +%m)" -lt 9 ] && YEAR=$((YEAR - 1))

# A director account per school: <external id>.director.
declare -A TOKEN
for ORG in $RCS $HOMES; do
  INFO=$(call GET "/organizations/$ORG" "$ADMIN")
  EXT=$(echo "$INFO" | json 'd["external_id"]')
  NAME=$(echo "$INFO" | json 'd["short_name"]')
  USER="$EXT.director"
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/users" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER\",\"display_name\":\"Директор ($NAME)\",\"password\":\"$PASSWORD\",\"role\":\"school_admin\",\"organization_id\":\"$ORG\"}")
  case "$STATUS" in 201|409) ;; *) echo "creating $USER failed: HTTP $STATUS" >&2; exit 1 ;; esac
  TOKEN[$ORG]=$(login "$USER" "$PASSWORD")
done
echo "13 director accounts ready"

RC_LIST=$(for R in $RCS; do printf '"%s",' "$R"; done | sed 's/,$//')
N=0
for HOME_ORG in $HOMES; do
  N=$((N + 1))
  OBLIGATIONS=$(for R in $RCS; do
    printf '{"organization":"%s","duties":"Реализует сетевые курсы своего профиля для обучающихся 9 и 11 классов базовой организации, ведёт учёт посещаемости и результатов, выдаёт справку об обучении","resources":[{"kind":"учебные кабинеты и лаборатории","volume":"по сетевому плану-графику"}]},' "$R"
  done)
  COMPLETION=$(for R in $RCS; do
    printf '{"document":"справка об обучении по сетевому курсу","issued_by":"%s"},' "$R"
  done | sed 's/,$//')
  AGREEMENT=$(call POST "/networks/$NETWORK/agreements" "${TOKEN[$HOME_ORG]}" "{
    \"number\": \"ВЛЖ-$YEAR/$N\", \"date\": \"$YEAR-08-28\", \"kind\": \"network_programme\",
    \"base_organization_id\": \"$HOME_ORG\", \"participant_ids\": [$RC_LIST], \"programme_ids\": [$PROGRAMMES],
    \"programme_description\": \"Программы школьного компонента учебного плана IX и XI классов: 14 сетевых курсов в 5 образовательных областях\",
    \"student_status\": \"Обучающиеся остаются обучающимися базовой организации; в ресурсном центре они осваивают сетевой курс\",
    \"admission_rules\": \"Комплектование сетевых групп по заявлениям родителей (законных представителей) и выбору обучающихся; приказ базовой организации\",
    \"conditions\": \"Занятия проводятся на базе ресурсных центров по сетевому плану-графику, согласованному советом директоров\",
    \"obligations\": [$OBLIGATIONS {\"organization\": \"$HOME_ORG\", \"duties\": \"Формирует индивидуальные учебные планы, направляет обучающихся, засчитывает результаты\"}],
    \"completion_documents\": [$COMPLETION],
    \"valid_from\": \"$YEAR-09-01\", \"valid_to\": \"$((YEAR + 1))-08-31\",
    \"change_procedure\": \"Изменения оформляются дополнительными соглашениями\",
    \"termination_procedure\": \"Расторжение по соглашению сторон с уведомлением за 30 дней\",
    \"grade_mappings\": [{\"source\": \"pass_fail\", \"target\": \"pass_fail\", \"steps\": [{\"equals\": \"pass\", \"result\": \"зачтено\"}]}]
  }" | json 'd["id"]')
  HASH=$(call POST "/agreements/$AGREEMENT/submit" "${TOKEN[$HOME_ORG]}" | json 'd["content_hash"]')
  STATUS=""
  for ORG in $HOME_ORG $RCS; do
    STATUS=$(call POST "/agreements/$AGREEMENT/sign" "${TOKEN[$ORG]}" "{\"content_hash\":\"$HASH\"}" | json 'd["status"]')
  done
  echo "agreement ВЛЖ-$YEAR/$N (hash ${HASH:0:12}…) signed by 7 schools: $STATUS"
done
