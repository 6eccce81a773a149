#pragma once

#include "Journal.h"
#include "crypto/Pkcs11Signer.h"

namespace omnitill {

class StoreSettings;

// Moves the journal to a key on a PKCS#11 token (a smart card, an HSM) in place of its key file.
// The move is itself a journal entry (key_change), signed by the key it leaves and naming the key
// it goes to, so that whoever holds the journal's first public key follows every later key. Done
// with the till closed (omnitillctl journal use-token).
class JournalKeyChange
{
public:
    // One transaction: the key_change entry and the settings that make the token the journal's
    // signer. config.pin is ignored: the PIN is read from pinFile (owner-only). generate: create
    // the key pair on the token when it holds none by that label. Throws DomainError key.* when
    // the token cannot be used, journal.key_unchanged when it holds the present key, and
    // journal.key_unsigned when the present key cannot sign the change.
    static JournalEntry toToken(Database& db, StoreSettings& settings, const Clock& clock, Pkcs11Signer::Config config,
                                const QString& pinFile, bool generate);
};

} // namespace omnitill
