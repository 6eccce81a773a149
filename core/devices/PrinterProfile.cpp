#include "PrinterProfile.h"

#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

QList<PrinterProfile> PrinterProfile::builtIn()
{
    using E = CyrillicEncoding;
    using C = ChineseMode;
    return {
        {QStringLiteral("tm-t20ii"), QStringLiteral("Epson TM-T20II (80 mm)"), 576, 48, E::Windows1251, 46, C::Raster, true, true},
        {QStringLiteral("tm-t20ii-42"), QStringLiteral("Epson TM-T20II, 42 columns (80 mm)"), 576, 42, E::Windows1251, 46, C::Raster, true,
         true},
        {QStringLiteral("pos-5890"), QStringLiteral("Zjiang POS-5890 (58 mm)"), 384, 32, E::Cp866, 59, C::Gb18030, false, false},
        {QStringLiteral("pos-80-cn"), QStringLiteral("Generic Chinese 80 mm (GB18030)"), 576, 48, E::Windows1251, 73, C::Gb18030, true,
         false},
    };
}

PrinterProfile PrinterProfile::byId(const QString& id)
{
    for (const PrinterProfile& profile : builtIn()) {
        if (profile.id == id)
            return profile;
    }
    throw DomainError(QStringLiteral("printer.profile"), Tr::tr("Unknown printer model \"%1\"").arg(id));
}

} // namespace omnitill
