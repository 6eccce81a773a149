// The ESC/POS decoder (the printer stand-in and the print tests read receipts with it) on any byte
// stream: raster images of width or height 0, lengths past the end, unknown commands.
#include "EscPosDecoder.h"
#include "FuzzInput.h"

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const PrinterProfile profile = PrinterProfile::byId(QStringLiteral("tm-t20ii"));
    const QList<EscPosElement> elements = EscPosDecoder::decodeAll(fuzz::bytes(data, size), profile);
    (void)EscPosDecoder::textLines(elements);
    return 0;
}
