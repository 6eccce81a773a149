// What a card terminal's line may carry (a faulty terminal, noise on the serial cable, a hostile
// device on the network): the serial framing, APDUs, bitmaps, TLV containers and status
// information. Anything malformed must end in ProtocolError, never in a crash or a hang.
#include "FuzzInput.h"
#include "ZvtApdu.h"
#include "ZvtFields.h"
#include "ZvtProtocolError.h"
#include "ZvtSerialFrame.h"
#include "ZvtStatusInformation.h"
#include "ZvtTlv.h"

using namespace omnitill::zvt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = omnitill::fuzz::bytes(data, size);
    serial::Reader reader;
    QList<QByteArray> blocks;
    for (const serial::Reader::Item& item : reader.feed(bytes))
        if (item.kind == serial::Reader::Item::Kind::Block)
            blocks.append(item.apdu);
    blocks.append(bytes);
    for (const QByteArray& block : blocks) {
        QByteArray rest = block;
        Apdu apdu;
        while (const qsizetype used = Apdu::decode(rest, apdu)) {
            rest.remove(0, used);
            try {
                const StatusInformation info = StatusInformation::parse(apdu.data);
                (void)info.toFields().encode();
            } catch (const ProtocolError&) {
            }
            try {
                (void)tlv::encode(tlv::decode(apdu.data));
            } catch (const ProtocolError&) {
            }
            try {
                (void)Fields::decode(apdu.data.mid(1)).encode();
            } catch (const ProtocolError&) {
            }
        }
    }
    return 0;
}
