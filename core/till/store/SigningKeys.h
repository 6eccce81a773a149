#pragma once

#include "crypto/Pkcs11Signer.h"
#include "crypto/Signer.h"

#include <QString>

#include <memory>

namespace omnitill {

class Database;
class StoreSettings;

// Where the till's private keys live: in files of their own beside the store, never in the store
// database (whoever copies or edits the database does not get the key that signs its journal).
// The settings name the files (journal.key_file, sync.key_file; a relative path is taken from the
// database's folder); new keys go to the folder the journal key went to ("<database file>.keys" by
// default), owner-only.
class SigningKeys
{
public:
    static constexpr const char* kJournalKeyFile = "journal.key_file";
    static constexpr const char* kDeviceKeyFile = "sync.key_file";
    // A journal key on a PKCS#11 token instead of the key file: the module, the token's and the
    // key's labels, the file holding the user PIN (owner-only, like a key file) and the key's
    // public half (so the till knows it while the token is out).
    static constexpr const char* kTokenModule = "journal.pkcs11_module";
    static constexpr const char* kTokenLabel = "journal.pkcs11_token";
    static constexpr const char* kTokenKey = "journal.pkcs11_key";
    static constexpr const char* kTokenPinFile = "journal.pkcs11_pin_file";
    static constexpr const char* kTokenPublicKey = "journal.pkcs11_public_key";

    SigningKeys(Database& db, StoreSettings& settings);

    // A new store's journal key: written to its file and named in the settings (in the caller's
    // transaction). Throws DomainError key.exists when a key file is already there.
    std::unique_ptr<EcdsaP256Signer> createJournalKey(const QString& folder = {});
    // The key file's signer, or the token's when the settings name one (a token that is out does
    // not stop the till: its signer fails each entry until it is back). Throws DomainError
    // key.missing / key.exposed / key.unreadable / crypto.bad_key (the key or PIN file).
    std::unique_ptr<Signer> journalSigner() const;
    // The token's settings (config.pin is left out: it stays in pinFile). In the caller's transaction.
    void useToken(const Pkcs11Signer::Config& config, const QString& pinFile, const QByteArray& publicKeyDer);
    // The PIN in a PIN file: owner-only, like a key file; surrounding whitespace is not part of it.
    static QByteArray readPin(const QString& pinFile);

    // The key the till signs its requests to the hub with, from enrolment.
    void storeDeviceKey(const EcdsaP256Signer& key);
    std::unique_ptr<Signer> deviceSigner() const;
    bool hasDeviceKey() const;

    // Stores made before the keys left the database: each key still in the settings is written to
    // its file and erased from the database (overwritten on disk). Its own transaction.
    void moveLegacyKeys();

    QString path(const char* setting) const;

private:
    QString keyFolder() const;
    std::unique_ptr<EcdsaP256Signer> load(const char* setting) const;

    Database& m_db;
    StoreSettings& m_settings;
};

} // namespace omnitill
