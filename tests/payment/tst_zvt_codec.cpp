// The ZVT codec against byte strings written by hand from the specification (PA00P015 commands
// and bitmaps, PA00P016 serial framing), never produced by the code under test.
#include "ZvtApdu.h"
#include "ZvtBcd.h"
#include "ZvtFields.h"
#include "ZvtMessages.h"
#include "ZvtProtocolError.h"
#include "ZvtSerialFrame.h"
#include "ZvtStatusInformation.h"
#include "ZvtTlv.h"

#include <QTest>

using namespace omnitill::zvt;

namespace {
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}
} // namespace

class TestZvtCodec : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgementAndRegistration()
    {
        QCOMPARE(Apdu::ack().encode(), hex("80 00 00"));
        QCOMPARE(Apdu::nak(0x83).encode(), hex("84 83 00"));
        // Registration: password 000000, config byte BE, currency EUR (0978).
        const Apdu registration = Apdu::make(Registration, hex("00 00 00 BE 09 78"));
        QCOMPARE(registration.encode(), hex("06 00 06 00 00 00 BE 09 78"));
    }

    void authorizationOfAnAmount()
    {
        // 12.34 EUR: BMP 04 six BCD bytes, BMP 49 currency, BMP 19 payment type 40h.
        Fields fields;
        fields.add(bmp::Amount, bcd::encode(1234, 6)).add(bmp::Currency, bcd::fromDigits(QStringLiteral("0978")));
        fields.add(bmp::PaymentType, hex("40"));
        QCOMPARE(Apdu::make(Authorization, fields.encode()).encode(), hex("06 01 0C 04 00 00 00 00 12 34 49 09 78 19 40"));
        QCOMPARE(bcd::encode(99999999, 4), hex("99 99 99 99"));
        QVERIFY_THROWS_EXCEPTION(ProtocolError, bcd::encode(1000000, 3));
        QVERIFY_THROWS_EXCEPTION(ProtocolError, fields.add(bmp::Amount, hex("12 34")));
        QVERIFY(!bcd::decode(hex("1A")).has_value());
    }

    void lengthRules()
    {
        Apdu apdu;
        QCOMPARE(Apdu::decode(hex("06 0F"), apdu), 0);             // header cut short: wait for more
        QCOMPARE(Apdu::decode(hex("04 FF 02 0A"), apdu), 0);       // one of two data bytes
        QCOMPARE(Apdu::decode(hex("06 0F 00 80 00 00"), apdu), 3); // a completion, then the next APDU
        QCOMPARE(apdu.command(), quint16(Completion));
        QVERIFY(apdu.data.isEmpty());
        // 300 bytes of data: FF, then the length in two bytes, low byte first (2C 01).
        const QByteArray data(300, 'x');
        const QByteArray encoded = Apdu::make(PrintTextBlock, data).encode();
        QCOMPARE(encoded.left(5), hex("06 D3 FF 2C 01"));
        QCOMPARE(encoded.size(), 305);
        QCOMPARE(Apdu::decode(encoded.left(200), apdu), 0);
        QCOMPARE(Apdu::decode(encoded, apdu), 305);
        QCOMPARE(apdu.data, data);
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Apdu::make(PrintTextBlock, QByteArray(70000, 'x')).encode());
    }

    void statusInformationAfterAPayment()
    {
        // 04 0F as a terminal sends it after an approved payment of 12.34 EUR.
        const QByteArray data = hex("27 00"                            // result: success
                                    "04 00 00 00 00 12 34"             // amount
                                    "0B 00 01 23"                      // trace 123
                                    "0C 14 30 01"                      // 14:30:01
                                    "0D 12 03"                         // 3 December
                                    "22 F0 F8 67 25 EE EE EE EE 01 19" // masked PAN, LLVAR of 8 bytes
                                    "29 52 50 00 38"                   // terminal id
                                    "3B 31 32 33 34 35 36 00 00"       // approval code "123456"
                                    "49 09 78"                         // EUR
                                    "87 00 07"                         // receipt 7
                                    "8A 0A"                            // card type
                                    "8B F0 F4 56 49 53 41");           // card name "VISA"
        const Apdu apdu = Apdu::make(StatusInfo, data);
        QCOMPARE(apdu.encode().left(3), hex("04 0F 3C"));
        const StatusInformation info = StatusInformation::parse(data);
        QVERIFY(info.succeeded());
        QCOMPARE(info.amount, 1234);
        QCOMPARE(info.trace, QStringLiteral("123"));
        QCOMPARE(info.time, QStringLiteral("143001"));
        QCOMPARE(info.date, QStringLiteral("1203"));
        QCOMPARE(info.cardLast4, QStringLiteral("0119"));
        QCOMPARE(info.terminalId, QStringLiteral("52500038"));
        QCOMPARE(info.approvalCode, QStringLiteral("123456"));
        QCOMPARE(info.currency, QStringLiteral("0978"));
        QCOMPARE(info.receiptNumber, QStringLiteral("7"));
        QCOMPARE(info.cardType, 0x0A);
        QCOMPARE(info.cardName, QStringLiteral("VISA"));
        // A terminal that sends the whole card number: still only the last four digits are kept.
        const StatusInformation full = StatusInformation::parse(hex("27 00 22 F0 F8 49 11 11 22 22 33 33 44"));
        QCOMPARE(full.cardLast4, QStringLiteral("3344"));
        // Padded with F, as some terminals do.
        QCOMPARE(StatusInformation::parse(hex("22 F0 F8 37 82 82 24 63 10 00 5F")).cardLast4, QStringLiteral("0005"));
    }

    void endOfDayTotals()
    {
        QByteArray single = hex("00 01 00 09");                              // receipts 1 to 9
        single += hex("02 00 00 00 00 20 00");                               // girocard: 2, 20.00
        single += hex("00 00 00 00 00 00 00");                               // JCB
        single += hex("01 00 00 00 00 05 50");                               // Mastercard: 1, 5.50
        single += hex("00 00 00 00 00 00 00");                               // Amex
        single += hex("03 00 00 00 01 00 01");                               // Visa: 3, 100.01
        single += hex("00 00 00 00 00 00 00") + hex("00 00 00 00 00 00 00"); // Diners, others
        QCOMPARE(single.size(), 53);
        const QByteArray data = hex("27 00 04 00 00 00 01 25 51 60 F0 F5 F3") + single;
        const StatusInformation info = StatusInformation::parse(data);
        QCOMPARE(info.amount, 12551);
        QCOMPARE(info.firstReceipt, QStringLiteral("1"));
        QCOMPARE(info.lastReceipt, QStringLiteral("9"));
        QCOMPARE(info.totals.size(), 7);
        QCOMPARE(info.totals.at(0).group, QStringLiteral("girocard"));
        QCOMPARE(info.totals.at(0).count, 2);
        QCOMPARE(info.totals.at(0).amount, 2000);
        QCOMPARE(info.totals.at(2).amount, 550);
        QCOMPARE(info.totals.at(4).count, 3);
        QCOMPARE(info.totals.at(4).amount, 10001);
        QVERIFY_THROWS_EXCEPTION(ProtocolError, StatusInformation::parse(hex("60 F0 F0 F4 00 01 00 09")));
    }

    void malformedFieldsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Fields::decode(hex("04 00 00 12")));    // amount cut short
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Fields::decode(hex("FF 01")));          // unknown bitmap
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Fields::decode(hex("22 F0 1A 00")));    // LL not F-digits
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Fields::decode(hex("22 F0 F9 67 25"))); // LLVAR longer than the data
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Fields::decode(hex("3C F0 F0")));       // LLLVAR length cut short
        QVERIFY_THROWS_EXCEPTION(ProtocolError, Fields::decode(hex("06 83 00 00 00"))); // BER length form not used
        QVERIFY_THROWS_EXCEPTION(ProtocolError, StatusInformation::parse(hex("04 00 00 00 00 1A 34")));
        QCOMPARE(Fields().add(bmp::CardName, "VISA").encode(), hex("8B F0 F4 56 49 53 41"));
        QCOMPARE(Fields().add(bmp::AdditionalText, QByteArray(120, 'a')).encode().left(4), hex("3C F1 F2 F0"));
    }

    void tlvContainer()
    {
        // BMP 06 with display texts (24) holding two text lines (07).
        const QByteArray data = hex("06 0D 24 0B 07 03 41 42 43 07 04 50 49 4E 3F");
        const Fields fields = Fields::decode(data);
        const QList<TlvNode> nodes = tlv::decode(fields.value(bmp::Tlv));
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.at(0).tag, 0x24u);
        QCOMPARE(tlv::texts(nodes.at(0)), (QStringList{QStringLiteral("ABC"), QStringLiteral("PIN?")}));
        // Two-byte tag 1F 07 (receipt type) and a long length (81 nn).
        const QList<TlvNode> two = tlv::decode(hex("1F 07 01 02") + hex("07 81 80") + QByteArray(128, 'z'));
        QCOMPARE(two.at(0).tag, 0x1F07u);
        QCOMPARE(two.at(0).value, hex("02"));
        QCOMPARE(two.at(1).value.size(), 128);
        QCOMPARE(tlv::encode(two), hex("1F 07 01 02") + hex("07 81 80") + QByteArray(128, 'z'));
        QVERIFY_THROWS_EXCEPTION(ProtocolError, tlv::decode(hex("24 05 07 03 41")));
        QVERIFY_THROWS_EXCEPTION(ProtocolError, tlv::decode(hex("1F 87 87 87 87 01 00")));
    }

    void serialFraming()
    {
        // CRC-16/KERMIT of "123456789" is 2189h (the CRC catalogue's check value).
        QCOMPARE(serial::crc("123456789"), quint16(0x2189));
        const quint16 ackCrc = serial::crc(hex("80 00 00 03"));
        QCOMPARE(serial::wrap(hex("80 00 00")),
                 hex("10 02 80 00 00 10 03") + QByteArray(1, char(ackCrc & 0xFF)) + QByteArray(1, char(ackCrc >> 8)));
        // A DLE inside the APDU is doubled; the CRC is over the APDU as sent before doubling.
        const QByteArray withDle = hex("06 D1 02 00 10");
        const QByteArray frame = serial::wrap(withDle);
        QVERIFY(frame.contains(hex("00 10 10 10 03")));
        serial::Reader reader;
        // Noise, an ACK byte, the frame split in two, a NAK byte.
        QList<serial::Reader::Item> items = reader.feed(hex("FF 06") + frame.left(4));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).kind, serial::Reader::Item::Kind::Ack);
        items = reader.feed(frame.mid(4) + hex("15"));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).kind, serial::Reader::Item::Kind::Block);
        QCOMPARE(items.at(0).apdu, withDle);
        QCOMPARE(items.at(1).kind, serial::Reader::Item::Kind::Nak);
        QByteArray damaged = frame;
        damaged[3] = char(damaged[3] ^ 0x01);
        items = reader.feed(damaged);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).kind, serial::Reader::Item::Kind::BadBlock);
    }

    void messagesForPeople()
    {
        QVERIFY(messages::result(0).isEmpty());
        QCOMPARE(messages::meaningOf(0x05), messages::Meaning::Declined);
        QCOMPARE(messages::meaningOf(0x6C), messages::Meaning::Declined);
        QCOMPARE(messages::meaningOf(0xA1), messages::Meaning::Unavailable);
        QVERIFY(!messages::result(0xB4).isEmpty());
        QVERIFY(messages::intermediate(0x4A).contains(messages::intermediate(0x0B)));
        QVERIFY(!messages::intermediate(0x0A).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZvtCodec)
#include "tst_zvt_codec.moc"
