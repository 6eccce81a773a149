#include "ReceiptSpool.h"

#include "PrinterProfile.h"
#include "ReceiptEscPosRenderer.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "receipt/ReceiptLayout.h"

#include <QDir>
#include <QSaveFile>

namespace omnitill {

namespace {
void writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw DomainError(QStringLiteral("spool.write"), Tr::tr("Cannot write the receipt to %1: %2").arg(path, file.errorString()));
}
} // namespace

QString ReceiptSpool::write(const Receipt& receipt, const PrinterProfile& profile, const QLocale& locale) const
{
    if (!QDir().mkpath(m_directory))
        throw DomainError(QStringLiteral("spool.dir"), Tr::tr("Cannot create the receipt folder %1").arg(m_directory));
    const QString base = QDir(m_directory).filePath(receipt.receiptId);
    writeAtomically(base + QStringLiteral(".txt"), ReceiptLayout::plainText(receipt, profile.columns, locale).toUtf8());
    const QByteArray escpos = ReceiptEscPosRenderer(profile).render(ReceiptLayout::rows(receipt, profile.columns, locale), receipt.qrText);
    writeAtomically(base + QStringLiteral(".escpos"), escpos);
    return base + QStringLiteral(".escpos");
}

} // namespace omnitill
