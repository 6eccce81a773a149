#pragma once

#include "crypto/Pkcs11Signer.h"
#include "crypto/Signer.h"

#include <QString>

#include <memory>

namespace omnitill::hub {

class HubDatabase;

// What the hub signs its tokens with, and the secret its stores' kiosk order codes derive from.
struct HubSigningKey
{
    std::unique_ptr<Signer> signer;
    QByteArray kioskSecret;

    // A key held in memory (a key file's): the kiosk secret is derived from it.
    static HubSigningKey fromKey(std::unique_ptr<EcdsaP256Signer> key);
};

// The hub's token-signing key (pickup codes, member codes, coupons) lives in a file beside the hub,
// never in its database: whoever copies the database cannot sign tokens the tills trust. Or, moved
// there once, on a PKCS#11 token (an HSM), where no one can copy it at all.
class HubKey
{
public:
    // Loads the key, creating it when there is none. Two hub processes starting at once on one
    // database with the same file end with the same key. A key still in the database (hubs from
    // before) moves to the file and leaves the database. Throws DomainError key.* (KeyFile), and
    // key.on_token once the key was moved onto a token.
    static std::unique_ptr<EcdsaP256Signer> open(HubDatabase& db, const QString& path);
    // The key on the token (after moveToToken). The kiosk codes' secret, which must be the same
    // for every hub process, is an owner-only file beside where the key file was
    // (kioskSecretPath), created on the first start. Refuses (key.left_behind) while the key file
    // is still there: the key must be on the token only. Token errors as Pkcs11Signer::open.
    static HubSigningKey openToken(const Pkcs11Signer::Config& config, const QString& keyFilePath);
    // Moves the hub's key (the file's, or the one an older hub kept in its database, or a new one)
    // onto the token, checks the token signs with it, then overwrites and deletes the file. Tills
    // keep trusting the same public key. Returns its key id.
    static QString moveToToken(HubDatabase& db, const QString& keyFilePath, const Pkcs11Signer::Config& config);
    static QString kioskSecretPath(const QString& keyFilePath) { return keyFilePath + QStringLiteral(".kiosk-secret"); }
    // "<file>.keys/hub.pem" beside a SQLite database; empty for PostgreSQL, where it must be given.
    static QString defaultPath(const QString& databaseUrl);
};

} // namespace omnitill::hub
