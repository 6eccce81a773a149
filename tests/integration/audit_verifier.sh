#!/usr/bin/env bash
# The auditor's side: a till's journal exported for a period and a printed receipt's check code,
# verified by the independent verifier (packaging/audit/omnitill-verify.py, Python, no OmniTill
# code) with the public key kept apart at set-up; every kind of tampering is refused by name.
set -uo pipefail
BIN=${1:?bin dir}
SRC=${2:?source dir}
VERIFY=(python3 "$SRC/packaging/audit/omnitill-verify.py")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
DB="$WORK/store.db"
failures=0
accept() { # description, then a verifier command that must say OK
  local what=$1; shift
  if "$@" >"$WORK/out" 2>&1 && grep -q '^OK' "$WORK/out"; then echo "PASS: $what"; else echo "FAIL: $what"; cat "$WORK/out"; failures=$((failures + 1)); fi
}
refuse() { # description, expected text, then a verifier command that must refuse with it
  local what=$1 text=$2; shift 2
  if "$@" >"$WORK/out" 2>&1; then echo "FAIL: $what (accepted)"; cat "$WORK/out"; failures=$((failures + 1));
  elif grep -q -- "$text" "$WORK/out"; then echo "PASS: $what"; else echo "FAIL: $what"; cat "$WORK/out"; failures=$((failures + 1)); fi
}
# Tampers with a copy of the export: $1 is Python acting on `e` (the export object).
tamper() {
  python3 - "$WORK/export.json" "$WORK/tampered.json" "$1" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(e, open(sys.argv[2], "w"))
PY
  [ $? -eq 0 ] || { echo "FAIL: tampering script"; failures=$((failures + 1)); }
}

"$BIN/omnitillctl" demo --db "$DB" --products 200 >/dev/null 2>&1 || { echo "FAIL: demo store"; exit 1; }
"$BIN/omnitillctl" journal public-key --db "$DB" >"$WORK/key.pem"
"$BIN/omnitillctl" sell --db "$DB" --pin 1111 --item 4000000000013 --item '4000000000020*2' --pay cash >/dev/null 2>&1
"$BIN/omnitillctl" simulate --db "$DB" --sales 30 >/dev/null 2>&1
"$BIN/omnitillctl" journal export --db "$DB" --from 2000-01-01 --to 2099-12-31 --out "$WORK/export.json" >"$WORK/out" 2>&1 \
  || { echo "FAIL: export"; cat "$WORK/out"; exit 1; }
grep -q '^33 entries, 31 sales$' "$WORK/out" || { echo "FAIL: export counts: $(cat "$WORK/out")"; failures=$((failures + 1)); }
KEY=(--public-key "$WORK/key.pem")
accept "a genuine export" "${VERIFY[@]}" journal "$WORK/export.json" "${KEY[@]}"

"$BIN/omnitillctl" demo --db "$WORK/other.db" --products 10 >/dev/null 2>&1
"$BIN/omnitillctl" journal public-key --db "$WORK/other.db" >"$WORK/other.pem"
refuse "another till's key" "signature does not verify" "${VERIFY[@]}" journal "$WORK/export.json" --public-key "$WORK/other.pem"
tamper 'e["entries"][5]["payload"] = e["entries"][5]["payload"].replace("\"quantity\":", "\"quantity\":1")'
refuse "a payload changed" "entry 6: the payload was changed" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'del e["entries"][10]'
refuse "an entry removed" "entry 11 is missing" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["entries"][3], e["entries"][4] = e["entries"][4], e["entries"][3]'
refuse "entries reordered" "entry 4 is missing" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'import hashlib, base64
x = e["entries"][7]; f = x["canonical"].split("|"); f[6] = str(int(f[6]) - 100); x["canonical"] = "|".join(f)
x["hash"] = base64.b64encode(hashlib.sha256(x["canonical"].encode()).digest()).decode()'
refuse "an amount changed and re-hashed" "entry 8: the signature does not verify" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["sales"][2]["total"] -= 1'
refuse "a sale's total changed in the tables" "total differs from the signed one" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["sales"][0]["lines"][1]["quantity"] += 1'
refuse "a sale's line changed in the tables" "lines differ from the signed ones" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["sales"][0]["tenders"][0]["amount"] += 1'
refuse "a tender changed in the tables" "tenders differ" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["previous_hash"] = "B" * 43 + "="'
refuse "the export cut loose from its start" "links to something" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["entries"][4]["payload"] = None'
refuse "a payload removed from the till's export" "entry 5: its payload is missing" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["version"] = 3; e["source"] = "hub"; e["entries"][4]["payload"] = None; e["sales"] = [s for s in e["sales"] if s["journal_seq"] != 5]'
accept "a hub's export with an entry held by its signed text only" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
tamper 'e["version"] = 4'
refuse "an unknown version" "version 1 or 2 or 3" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"

# A printed receipt's check code, as the auditor types it from the paper.
"$BIN/omnitill-devices" receipt --db "$DB" --number 1 --format text --columns 32 --out "$WORK/r.txt" >/dev/null
CODE=$(sed -n '/^Check code:$/,$p' "$WORK/r.txt" | tail -n +2 | tr -d '\n')
[ -n "$CODE" ] || { echo "FAIL: no check code on the receipt"; failures=$((failures + 1)); }
TOTAL=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["sales"][0]["total"])' "$WORK/export.json")
accept "a genuine receipt" "${VERIFY[@]}" receipt "$CODE" "${KEY[@]}"
grep -q "receipt S1-T1-000001 of .*: $TOTAL EUR" "$WORK/out" || { echo "FAIL: the receipt's facts: $(cat "$WORK/out")"; failures=$((failures + 1)); }
refuse "a receipt's amount changed" "signature does not verify" "${VERIFY[@]}" receipt "${CODE/|$TOTAL|/|$((TOTAL - 100))|}" "${KEY[@]}"
refuse "not a check code" "not an OmniTill check code" "${VERIFY[@]}" receipt "hello" "${KEY[@]}"

# The journal moved onto a PKCS#11 token (a SoftHSM2 token made here): the change is journaled,
# signed by the key file, and the verifier holding only the first key follows it to the token's.
mkdir -p "$WORK/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\n' "$WORK/tokens" >"$WORK/softhsm2.conf"
export SOFTHSM2_CONF="$WORK/softhsm2.conf"
softhsm2-util --init-token --free --label till-S1-T1 --so-pin 87654321 --pin 1234 >/dev/null \
  || { echo "FAIL: SoftHSM2 token"; failures=$((failures + 1)); }
printf '1234\n' >"$WORK/pin" && chmod 600 "$WORK/pin"
if "$BIN/omnitillctl" journal use-token --db "$DB" --module /usr/lib/softhsm/libsofthsm2.so --token till-S1-T1 \
     --pin-file "$WORK/pin" --generate >"$WORK/out" 2>&1 && grep -q '^journal key changed at entry 34 ' "$WORK/out"; then
  echo "PASS: the journal moved onto the token"
else
  echo "FAIL: use-token"; cat "$WORK/out"; failures=$((failures + 1))
fi
"$BIN/omnitillctl" simulate --db "$DB" --sales 5 >/dev/null 2>&1
"$BIN/omnitillctl" journal export --db "$DB" --from 2000-01-01 --to 2099-12-31 --out "$WORK/export.json" >/dev/null 2>&1
accept "an export across the key change" "${VERIFY[@]}" journal "$WORK/export.json" "${KEY[@]}"
accept "the store across the key change" "$BIN/omnitillctl" journal verify --db "$DB" "${KEY[@]}"
tamper 'x = e["entries"][33]; x["payload"] = x["payload"].replace("\"key_id\"", "\"key_id_\"")'
refuse "the key change's payload changed" "entry 34: the payload was changed" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"
export OLD_KEY="$DB.keys/journal.pem"
tamper 'import base64, os
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
old = serialization.load_pem_private_key(open(os.environ["OLD_KEY"], "rb").read(), None)
x = e["entries"][36]
x["signature"] = base64.b64encode(old.sign(x["canonical"].encode(), ec.ECDSA(hashes.SHA256()))).decode()'
refuse "an entry after the change signed with the old key file" "entry 37: the signature does not verify" "${VERIFY[@]}" journal "$WORK/tampered.json" "${KEY[@]}"

echo "audit verifier: $failures failure(s)"
[ "$failures" -eq 0 ]
