// The till's barcode rules on anything a scanner, a camera or a person can send: EAN/UPC with and
// without price or weight inside, GS1 element strings with symbology identifiers, GS1 Digital Link.
#include "FuzzInput.h"
#include "barcode/BarcodeParser.h"
#include "barcode/Gs1DigitalLink.h"
#include "common/DomainError.h"

#include <QDate>

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const BarcodeParser parser(VariableMeasureRule::listFromText(QStringLiteral("20:5:price:2;21:5:weight:3;02:5:price:2")),
                                      Currency::fromCode(QStringLiteral("EUR")));
    const QString raw = fuzz::text(data, size);
    try {
        const ScanCode code = parser.parse(raw, QDate(2026, 12, 2));
        (void)code;
    } catch (const DomainError&) {
    }
    try {
        (void)Gs1DigitalLink::parse(raw);
    } catch (const DomainError&) {
    }
    return 0;
}
