#pragma once

#include <QList>
#include <QString>

namespace omnitill {

// What a receipt printer model can do. ESC t numbers differ per vendor, so they live here.
struct PrinterProfile
{
    enum class CyrillicEncoding
    {
        Cp866,
        Windows1251
    };
    enum class ChineseMode
    {
        Gb18030,
        Raster
    };

    QString id;
    QString name;
    int dotsWidth = 576;
    int columns = 48;
    CyrillicEncoding cyrillic = CyrillicEncoding::Windows1251;
    int cyrillicTable = 46; // ESC t n selecting the Cyrillic code page
    ChineseMode chinese = ChineseMode::Raster;
    bool cutter = true;
    bool nativeQr = false; // GS ( k; otherwise the QR is sent as a raster image

    // The ESC t table this model selects for Cyrillic, as an iconv encoding name.
    const char* cyrillicCodec() const { return cyrillic == CyrillicEncoding::Cp866 ? "CP866" : "CP1251"; }

    static QList<PrinterProfile> builtIn();
    static PrinterProfile byId(const QString& id); // throws DomainError for an unknown id
};

} // namespace omnitill
