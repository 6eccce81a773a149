// A kiosk order's QR as the till reads it, and the camera decoder's pipe as the till reads it.
#include "DecoderWire.h"
#include "FuzzInput.h"
#include "common/DomainError.h"
#include "kiosk/KioskOrderCode.h"

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray key = QByteArrayLiteral("the store's kiosk code key, 32 b");
    for (const QByteArray& k : {QByteArray(), key}) {
        try {
            const KioskOrderCode order = KioskOrderCode::decode(fuzz::text(data, size), k);
            // Only the unkeyed check can be met by chance (or by the fuzzer): never the keyed one.
            if (!k.isEmpty())
                __builtin_trap();
            (void)order.encode(k);
        } catch (const DomainError&) {
        }
    }
    QByteArray reply = fuzz::bytes(data, size);
    bool broken = false;
    while (DecoderWire::takeReply(reply, &broken)) {
    }
    (void)DecoderWire::readHeader(fuzz::bytes(data, qMin<size_t>(size, DecoderWire::kHeaderBytes)));
    return 0;
}
