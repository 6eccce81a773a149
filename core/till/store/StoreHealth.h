#pragma once

#include <QString>

#include <optional>

namespace omnitill {

// Which store files this process found damaged. Every connection to a damaged file refuses to
// start a write transaction, so a till stops selling on it from the moment any check, query or
// background scan notices; what was already recorded is left as it is for the recovery.
class StoreHealth
{
public:
    static void markDamaged(const QString& path, const QString& detail);
    static std::optional<QString> damage(const QString& path);
    // Forgets a file, after it was replaced by a recovered copy (and in tests).
    static void forget(const QString& path);
    // The message staff see: which file, what is wrong and the documented way out.
    static QString message(const QString& path, const QString& detail);
};

} // namespace omnitill
