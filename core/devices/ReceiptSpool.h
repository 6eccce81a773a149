#pragma once

#include <QLocale>
#include <QString>

namespace omnitill {

struct Receipt;
struct PrinterProfile;

// Until printers are attached (hardware issue), every receipt is written to a spool directory as
// text and ESC/POS bytes, atomically, so nothing is lost and anything can be reprinted.
class ReceiptSpool
{
public:
    explicit ReceiptSpool(QString directory) : m_directory(std::move(directory)) {}

    // Returns the path of the ESC/POS file; throws DomainError when the disk refuses.
    QString write(const Receipt& receipt, const PrinterProfile& profile, const QLocale& locale) const;

private:
    QString m_directory;
};

} // namespace omnitill
