#!/usr/bin/env bash
# omnitillctl end to end: demo store, sales from the command line, receipts in every format
# (omnitill-devices receipt),
# journal verification, and the refusals a script relies on (exit codes and reasons).
set -uo pipefail
BIN=${1:?bin dir}
CTL="$BIN/omnitillctl"
DEV="$BIN/omnitill-devices"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
DB="$WORK/store.db"
failures=0
check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@" >"$WORK/out" 2>&1; then echo "PASS: $what"; else echo "FAIL: $what"; cat "$WORK/out"; failures=$((failures + 1)); fi
}
refuse() { # description, expected text, then a command that must fail with that text
  local what=$1 text=$2; shift 2
  if "$@" >"$WORK/out" 2>&1; then echo "FAIL: $what (accepted)"; failures=$((failures + 1));
  elif grep -q -- "$text" "$WORK/out"; then echo "PASS: $what"; else echo "FAIL: $what"; cat "$WORK/out"; failures=$((failures + 1)); fi
}

check "demo store" "$CTL" demo --db "$DB" --products 100
[ "$(stat -c %a "$DB.keys/journal.pem")" = "600" ] || { echo "FAIL: the journal key file is not owner-only"; failures=$((failures + 1)); }
grep -q "PRIVATE KEY" "$DB" && { echo "FAIL: a private key in the store database"; failures=$((failures + 1)); }
# The journal key as the installer keeps it, apart from the store.
"$CTL" journal public-key --db "$DB" >"$WORK/journal-key.pem"
refuse "demo refuses an existing file" "already exists" "$CTL" demo --db "$DB"
check "sale with EAN, weighed label and GS1 batch" \
  "$CTL" sell --db "$DB" --pin 1111 --item 4000000000013 --item '4000000000020*2' --item 2100001007508 \
  --item '(01)04000000000037(17)301231(10)LOT7' --pay cash:100
grep -qx 1 "$WORK/out" || { echo "FAIL: receipt number 1 expected"; failures=$((failures + 1)); }
check "split card and cash" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000013 --pay card:2:AB12:4242 --pay cash
refuse "bad check digit" "Bad check digit" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000014 --pay cash
refuse "unknown product" "Unknown product" "$CTL" sell --db "$DB" --pin 1111 --item 4000000999997 --pay cash
refuse "expired batch" "expired" "$CTL" sell --db "$DB" --pin 1111 --item '(01)04000000000037(17)200101(10)OLD' --pay cash
refuse "age check" "age" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000044 --pay cash
check "age confirmed" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000044 --confirm-age --pay cash
refuse "underpaid" "not fully paid" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000013 --pay cash:0.01
refuse "wrong PIN" "Wrong PIN" "$CTL" sell --db "$DB" --pin 9999 --item 4000000000013 --pay cash
refuse "full card number" "last four" "$CTL" sell --db "$DB" --pin 1111 --item 4000000000013 --pay card:5.78:AB12:4111111111111111

check "receipt as text" "$DEV" receipt --db "$DB" --number 1 --format text --columns 32 --out "$WORK/r.txt"
grep -q "S1-T1-000001" "$WORK/r.txt" && grep -q "LOT7\|Check code" "$WORK/r.txt" || { echo "FAIL: text receipt content"; failures=$((failures + 1)); }
awk '{ if (length($0) > 32) exit 1 }' "$WORK/r.txt" || { echo "FAIL: text receipt wider than 32 columns"; failures=$((failures + 1)); }
grep -q "[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\} [0-9]\{2\}:[0-9]\{2\}" "$WORK/r.txt" || { echo "FAIL: 58 mm receipt without the time of sale"; cat "$WORK/r.txt"; failures=$((failures + 1)); }
check "receipt in Russian" "$DEV" receipt --db "$DB" --number 1 --format text --lang ru --out "$WORK/r-ru.txt"
grep -q "Молоко" "$WORK/r-ru.txt" && grep -q "Кассир" "$WORK/r-ru.txt" && ! grep -q "TOTAL\|Change\|Rate" "$WORK/r-ru.txt" \
  || { echo "FAIL: Russian receipt has English labels or names"; cat "$WORK/r-ru.txt"; failures=$((failures + 1)); }
check "receipt in Chinese" "$DEV" receipt --db "$DB" --number 1 --format text --lang zh_CN --out "$WORK/r-zh.txt"
grep -q "牛奶" "$WORK/r-zh.txt" && ! grep -q "TOTAL\|Change\|Rate" "$WORK/r-zh.txt" \
  || { echo "FAIL: Chinese receipt has English labels or names"; cat "$WORK/r-zh.txt"; failures=$((failures + 1)); }
# The Berlin store writes amounts its own way whatever the receipt's language: 5,78 on all three.
AMOUNTS_EN=$(grep -o "[0-9]\+[.,][0-9][0-9]\b" "$WORK/r.txt" | sort -u | tr '\n' ' ')
AMOUNTS_ZH=$(grep -o "[0-9]\+[.,][0-9][0-9]\b" "$WORK/r-zh.txt" | sort -u | tr '\n' ' ')
{ [ -n "$AMOUNTS_EN" ] && [ "$AMOUNTS_EN" = "$AMOUNTS_ZH" ] && ! grep -q "[0-9]\.[0-9][0-9]\b" "$WORK/r.txt"; } \
  || { echo "FAIL: amounts differ between languages or are not the store's (de_DE): '$AMOUNTS_EN' vs '$AMOUNTS_ZH'"; failures=$((failures + 1)); }
refuse "unknown receipt language" "en, ru or zh_CN" "$DEV" receipt --db "$DB" --number 1 --format text --lang xx --out "$WORK/x"
check "receipt as ESC/POS (58 mm)" "$DEV" receipt --db "$DB" --number 1 --format escpos --profile pos-5890 --out "$WORK/r.bin"
[ "$(head -c 2 "$WORK/r.bin" | od -An -tx1 | tr -d ' ')" = "1b40" ] || { echo "FAIL: ESC/POS does not start with ESC @"; failures=$((failures + 1)); }
check "receipt as PNG" "$DEV" receipt --db "$DB" --number 1 --format png --out "$WORK/r.png"
[ "$(head -c 4 "$WORK/r.png" | od -An -c | tr -d ' ')" = "211PNG" ] || { echo "FAIL: not a PNG"; failures=$((failures + 1)); }
refuse "missing receipt" "No receipt" "$DEV" receipt --db "$DB" --number 999 --format text --out "$WORK/x"

check "simulate" "$CTL" simulate --db "$DB" --sales 50
KEY=(--public-key "$WORK/journal-key.pem")
refuse "verify without a key kept apart" "needs --public-key" "$CTL" journal verify --db "$DB"
refuse "verify of a missing store" "no store database" "$CTL" journal verify --db "$WORK/typo.db" "${KEY[@]}"
[ ! -e "$WORK/typo.db" ] || { echo "FAIL: verify created a store"; failures=$((failures + 1)); }
before=$(sha256sum "$DB" | cut -d' ' -f1)
check "journal verifies" "$CTL" journal verify --db "$DB" "${KEY[@]}"
[ "$(sha256sum "$DB" | cut -d' ' -f1)" = "$before" ] || { echo "FAIL: verify wrote to the store"; failures=$((failures + 1)); }
HEAD=$(sed -n 's/^OK .* head \([0-9]*:[0-9a-f]*\)$/\1/p' "$WORK/out")
[ -n "$HEAD" ] || { echo "FAIL: verify printed no head"; failures=$((failures + 1)); }
"$CTL" demo --db "$WORK/other.db" --products 10 >/dev/null 2>&1
"$CTL" journal public-key --db "$WORK/other.db" >"$WORK/other-key.pem"
refuse "another till's key" "signature does not verify" "$CTL" journal verify --db "$DB" --public-key "$WORK/other-key.pem"
check "more sales" "$CTL" simulate --db "$DB" --sales 3
check "the head seen before is still there" "$CTL" journal verify --db "$DB" "${KEY[@]}" --head "$HEAD"
# An insider cuts the newest entries off, the sales that refer to them kept...
cp "$DB" "$WORK/cut.db"; cp -r "$DB.keys" "$WORK/cut.db.keys"
sqlite3 "$WORK/cut.db" "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq > (SELECT max(seq) - 2 FROM journal);"
refuse "newest entries cut off" "refer to entry" "$CTL" journal verify --db "$WORK/cut.db" "${KEY[@]}"
# ... or with them: only the head seen before tells.
cp "$DB" "$WORK/cut2.db"; cp -r "$DB.keys" "$WORK/cut2.db.keys"
sqlite3 "$WORK/cut2.db" "PRAGMA foreign_keys=OFF; DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq > ${HEAD%%:*} - 2;
  DELETE FROM sale_lines WHERE sale_id IN (SELECT id FROM sales WHERE journal_seq > ${HEAD%%:*} - 2);
  DELETE FROM sale_tenders WHERE sale_id IN (SELECT id FROM sales WHERE journal_seq > ${HEAD%%:*} - 2);
  DELETE FROM sales WHERE journal_seq > ${HEAD%%:*} - 2;"
refuse "newest entries and their sales cut off" "was seen before: entries were removed" "$CTL" journal verify --db "$WORK/cut2.db" "${KEY[@]}" --head "$HEAD"
sqlite3 "$DB" "DROP TRIGGER journal_no_update; UPDATE journal SET payload = replace(payload, '\"total\":', '\"total\":9') WHERE seq = 4;"
refuse "tampered journal is caught" "BROKEN at entry 4" "$CTL" journal verify --db "$DB" "${KEY[@]}"

# The hub's key moved onto a PKCS#11 token (SoftHSM2, made here): the hub signs with it, no key
# file stays, and the hub will not start without the token (it would make itself a key no till trusts).
HUB="$BIN/omnitill-hub"
HUBDB="sqlite:$WORK/hub.db"
mkdir -p "$WORK/hsm/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\n' "$WORK/hsm/tokens" >"$WORK/hsm/softhsm2.conf"
export SOFTHSM2_CONF="$WORK/hsm/softhsm2.conf"
softhsm2-util --init-token --free --label hub-hsm --so-pin 87654321 --pin 1234 >/dev/null
printf '1234\n' >"$WORK/hsm/pin"; chmod 600 "$WORK/hsm/pin"
printf '9999\n' >"$WORK/pin-wrong"; chmod 600 "$WORK/pin-wrong"
TOKEN=(--key-token hub-hsm --key-pin-file "$WORK/hsm/pin")
check "a hub with its key in a file" "$HUB" admin --db "$HUBDB" create-store --id S1 --name Shop
KEYID=$(openssl pkey -in "$WORK/hub.db.keys/hub.pem" -pubout -outform der 2>/dev/null | sha256sum | cut -c1-16)
check "the hub's key moved onto the token" "$HUB" key-to-token --db "$HUBDB" "${TOKEN[@]}"
grep -q "the hub's key $KEYID is on the token hub-hsm" "$WORK/out" || { echo "FAIL: key-to-token said: $(cat "$WORK/out")"; failures=$((failures + 1)); }
[ -e "$WORK/hub.db.keys/hub.pem" ] && { echo "FAIL: the hub's key file is still there"; failures=$((failures + 1)); }
refuse "the hub without its token" "is on a PKCS#11 token" "$HUB" admin --db "$HUBDB" stats
check "the hub on its token" "$HUB" admin --db "$HUBDB" "${TOKEN[@]}" enroll-token --store S1 --till T1
refuse "the wrong PIN" "refused the PIN" "$HUB" admin --db "$HUBDB" --key-token hub-hsm --key-pin-file "$WORK/pin-wrong" stats
unset SOFTHSM2_CONF

echo "ctl: $failures failure(s)"
[ "$failures" -eq 0 ]
