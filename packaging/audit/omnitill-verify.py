#!/usr/bin/env python3
"""Independent verifier for OmniTill journals and receipts.

Written from packaging/audit/JOURNAL-FORMAT.md alone: it shares no code with OmniTill and needs
only Python 3 and the "cryptography" package (Debian: python3-cryptography).

    omnitill-verify.py journal EXPORT.json --public-key KEY.pem
    omnitill-verify.py receipt "CHECK CODE" --public-key KEY.pem

The public key is the till's journal key as it was kept apart from the store (or as the hub
publishes it), never one taken from the material under test. Exit 0 and "OK ...", or exit 1 and
"BROKEN: ..." naming the first problem; exit 2 on bad usage.
"""
import argparse
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

FORMAT = "OT1"
EXPORT_FORMAT = "omnitill-journal-export"
EXPORT_VERSIONS = (1, 2, 3)
ZERO_HASH = bytes(32)


class Broken(Exception):
    pass


def load_key(path):
    with open(path, "rb") as f:
        key = serialization.load_pem_public_key(f.read())
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise SystemExit(f"{path}: not a P-256 public key")
    return key


def key_named_by(payload, where):
    """The key a key_change entry's payload names (section 2)."""
    try:
        der = base64.b64decode(json.loads(payload).get("public_key", ""), validate=True)
        key = serialization.load_der_public_key(der)
    except (ValueError, TypeError, AttributeError):
        raise Broken(f"{where} changes the journal's key but names no key")
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise Broken(f"{where} changes the journal's key but names no P-256 key")
    return key


def follow_key_changes(changes, key):
    """The key changes before the exported period, each signed by the key before it."""
    for e in changes:
        where = f"key change at entry {e.get('seq')}"
        canonical = e.get("canonical", "")
        fields = split_canonical(canonical)
        if fields is None or fields["type"] != "key_change":
            raise Broken(f"{where} is not a key_change entry")
        if e.get("payload") is None:
            raise Broken(f"{where}: the export does not hold the payload that names the next key")
        payload = e["payload"].encode("utf-8")
        if base64.b64decode(fields["payload_hash"]) != hashlib.sha256(payload).digest():
            raise Broken(f"{where}: the payload was changed")
        if not verify_signature(key, canonical.encode("utf-8"), base64.b64decode(e.get("signature", ""))):
            raise Broken(f"{where} is not signed by the key before it")
        key = key_named_by(payload, where)
    return key


def verify_signature(key, data, signature):
    try:
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        return True
    except InvalidSignature:
        return False


def split_canonical(canonical):
    """The 11 fields of an entry's signed text (section 2 of the format)."""
    fields = canonical.split("|")
    if len(fields) != 11 or fields[0] != FORMAT:
        return None
    return {
        "type": fields[1], "device": fields[2], "seq": fields[3], "reference": fields[4], "utc": fields[5],
        "amount": fields[6], "currency": fields[7], "training": fields[8], "prev": fields[9], "payload_hash": fields[10],
    }


def check_journal(export, key):
    if export.get("format") != EXPORT_FORMAT or export.get("version") not in EXPORT_VERSIONS:
        raise Broken(f"not an {EXPORT_FORMAT} file of version {' or '.join(map(str, EXPORT_VERSIONS))}")
    key = follow_key_changes(export.get("key_changes", []), key)
    previous = base64.b64decode(export.get("previous_hash", ""))
    if len(previous) != 32:
        raise Broken("previous_hash is not a SHA-256")
    # Only the hub's export (version 3) may lack payloads: a till exports every entry's.
    payloads_optional = export.get("version") == 3 and export.get("source") == "hub"
    entries = export.get("entries", [])
    by_seq = {}
    unsigned = []
    without_payload = []
    expected_seq = None
    for e in entries:
        seq = e.get("seq")
        where = f"entry {seq}"
        if not isinstance(seq, int):
            raise Broken("an entry without a sequence number")
        if expected_seq is not None and seq != expected_seq:
            raise Broken(f"entry {expected_seq} is missing (found {seq})")
        if expected_seq is None and seq == 1 and previous != ZERO_HASH:
            raise Broken("the first entry of the journal links to something")
        canonical = e.get("canonical", "")
        fields = split_canonical(canonical)
        if fields is None:
            raise Broken(f"{where} is not in the {FORMAT} format")
        if fields["seq"] != str(seq) or fields["type"] != e.get("type") or \
                fields["reference"] != str(e.get("reference", "")).replace("|", "/") or \
                (fields["training"] == "1") != bool(e.get("training")) or fields["utc"] != e.get("created_at"):
            raise Broken(f"{where}: its fields differ from its signed text")
        if base64.b64decode(fields["prev"]) != previous:
            raise Broken(f"{where} does not link to the entry before it")
        payload = None
        if e.get("payload") is None:
            if not payloads_optional:
                raise Broken(f"{where}: its payload is missing")
            without_payload.append(seq)  # a hub's export holds the signed text of most entries only
        else:
            payload = e["payload"].encode("utf-8")
            if base64.b64decode(fields["payload_hash"]) != hashlib.sha256(payload).digest():
                raise Broken(f"{where}: the payload was changed")
        digest = hashlib.sha256(canonical.encode("utf-8")).digest()
        if base64.b64decode(e.get("hash", "")) != digest:
            raise Broken(f"{where}: the stored hash is wrong")
        signature = base64.b64decode(e.get("signature", ""))
        if not signature and e.get("unsigned_reason"):
            unsigned.append(seq)  # written while the signing device failed: section 2
        elif not verify_signature(key, canonical.encode("utf-8"), signature):
            raise Broken(f"{where}: the signature does not verify")
        elif fields["type"] == "key_change":
            if payload is None:
                raise Broken(f"{where} changes the journal's key; the export does not hold the payload that names it")
            key = key_named_by(payload, where)  # every later entry is signed by the key it names
        by_seq[seq] = (fields, payload)
        previous = digest
        expected_seq = seq + 1
    check_sales(export.get("sales", []), by_seq)
    return len(entries), len(export.get("sales", [])), unsigned, without_payload


def check_sales(sales, by_seq):
    """Each sale row against the signed entry it was journaled with (section 4)."""
    for s in sales:
        receipt = s.get("receipt_id")
        seq = s.get("journal_seq")
        if seq not in by_seq:
            raise Broken(f"sale {receipt}: its journal entry {seq} is not in the export")
        fields, payload = by_seq[seq]
        if fields["type"] not in ("sale", "training_sale") or fields["reference"] != receipt:
            raise Broken(f"sale {receipt}: entry {seq} journals something else")
        if payload is None:
            raise Broken(f"sale {receipt}: the export does not hold the payload of entry {seq}")
        if fields["amount"] != str(s.get("total")) or fields["currency"] != s.get("currency"):
            raise Broken(f"sale {receipt}: the total differs from the signed one")
        signed = json.loads(payload)
        lines = [(l.get("sku"), l.get("quantity"), l.get("gross"), l.get("net"), l.get("tax")) for l in signed.get("lines", [])]
        rows = [(l.get("sku"), l.get("quantity"), l.get("gross"), l.get("net"), l.get("tax")) for l in s.get("lines", [])]
        if lines != rows:
            raise Broken(f"sale {receipt}: its lines differ from the signed ones")
        tenders = [(t.get("kind"), t.get("amount")) for t in signed.get("tenders", [])]
        if tenders != [(t.get("kind"), t.get("amount")) for t in s.get("tenders", [])]:
            raise Broken(f"sale {receipt}: its tenders differ from the signed ones")


def check_receipt(text, key):
    code = "".join(text.split())  # printed in lines of the paper's width
    bar = code.rfind("|")
    fields = split_canonical(code[:bar]) if bar > 0 else None
    if fields is None:
        raise Broken("not an OmniTill check code")
    try:
        signature = base64.b64decode(code[bar + 1:], validate=True)
    except ValueError:
        raise Broken("the signature is not base64")
    if not verify_signature(key, code[:bar].encode("utf-8"), signature):
        raise Broken("the signature does not verify")
    return fields


def main():
    parser = argparse.ArgumentParser(description="Verifies an OmniTill journal export or a receipt check code.")
    parser.add_argument("what", choices=["journal", "receipt"])
    parser.add_argument("input", help="the export file (journal) or the check code text (receipt)")
    parser.add_argument("--public-key", required=True, help="the till's journal public key (PEM)")
    args = parser.parse_args()
    key = load_key(args.public_key)
    try:
        if args.what == "journal":
            with open(args.input, encoding="utf-8") as f:
                export = json.load(f)
            entries, sales, unsigned, without_payload = check_journal(export, key)
            print(f"OK {entries} entries, {sales} sales")
            if without_payload:
                print(f"SIGNED TEXT ONLY {len(without_payload)} entries: their chain and signatures verify; "
                      f"the {export.get('source', 'writer')} holds no payload of them")
            if unsigned:
                print(f"UNSIGNED {len(unsigned)} entries, the first at entry {unsigned[0]} (the signing device failed)")
        else:
            f = check_receipt(args.input, key)
            training = ", TRAINING" if f["training"] == "1" else ""
            print(f"OK receipt {f['reference']} of {f['utc']}: {f['amount']} {f['currency']} (minor units), entry {f['seq']}{training}")
    except Broken as problem:
        print(f"BROKEN: {problem}")
        return 1
    except (ValueError, KeyError, TypeError) as problem:
        print(f"BROKEN: unreadable input ({problem})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
