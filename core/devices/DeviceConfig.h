#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace omnitill {

class Database;
class StoreSettings;

// Device settings from outside the window, for unattended tills: `omnitill --device key=value`,
// `omnitill --devices file` (key=value lines, # comments) and `omnitillctl devices set`. Only
// device keys are accepted (printer.*, drawer.*, scanner.*, scale.*, display.*), and the result is
// checked before it is stored, in one transaction.
class DeviceConfig
{
public:
    using Entries = QList<QPair<QString, QString>>;

    static bool isDeviceKey(const QString& key);
    // "key=value"; throws DomainError naming the problem.
    static QPair<QString, QString> parseAssignment(const QString& text);
    // Throws DomainError naming the file and line.
    static Entries readFile(const QString& path);
    // Stores all entries or none; throws DomainError when one is invalid.
    static void apply(Database& db, StoreSettings& settings, const Entries& entries);
    // The device keys with their current values, sorted.
    static Entries current(const StoreSettings& settings);
};

} // namespace omnitill
