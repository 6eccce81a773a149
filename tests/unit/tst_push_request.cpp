// A push body read as the hub reads it: each event's bytes exactly as the till sent them, with the
// layouts and strings that trip a scanner (braces and brackets in strings, escaped quotes, a
// backslash ending a string, other scripts, spacing); anything else read by the JSON parser as a
// whole, and what is not JSON refused.
#include "PushRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill::protocol;

class TestPushRequest : public QObject
{
    Q_OBJECT

    static QList<QByteArray> tricky()
    {
        return {
            "{\"body\":{\"name\":\"a } b ] c { d [\",\"note\":\"quote \\\" inside\"},\"device_seq\":1,\"type\":\"sale\"}",
            "{\"body\":{\"path\":\"C:\\\\\",\"empty\":{},\"list\":[[],[{}]]},\"device_seq\":2,\"type\":\"sale\"}",
            QByteArray("{\"body\":{\"name\":\"") + QStringLiteral("Молоко 牛奶 \u00e9").toUtf8() + "\\\\\\\"\\\\\"},\"device_seq\":3}",
            "{\"device_seq\":4,\"type\":\"x\",\"body\":{\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null}}",
        };
    }

private slots:
    void eachEventKeepsItsBytes()
    {
        const QList<QByteArray> events = tricky();
        const auto parsed = PushRequest::parse(PushRequest::body(events));
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(parsed->at(i).bytes, events.at(i));
            QCOMPARE(parsed->at(i).object, QJsonDocument::fromJson(events.at(i)).object());
        }
        QCOMPARE(parsed->at(2).object.value(QStringLiteral("body")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Молоко 牛奶 \u00e9\\\"\\"));
    }

    void spacingAroundTheEventsIsAllowed()
    {
        const QList<QByteArray> events = tricky();
        const QByteArray body = " \r\n{ \"events\" :\t[\n  " + events.at(0) + " ,\n  " + events.at(1) + "\n] \n}\n";
        const auto parsed = PushRequest::parse(body);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).bytes, events.at(0));
        QCOMPARE(parsed->at(1).bytes, events.at(1));
        QCOMPARE(PushRequest::parse("{\"events\":[]}")->size(), 0);
        QCOMPARE(PushRequest::parse(" { \"events\" : [ ] } ")->size(), 0);
    }

    void anotherLayoutIsReadAsAWhole()
    {
        const QList<QByteArray> events = tricky();
        // Another key first, the events not objects, no events at all: parsed as the hub always did.
        const auto withMore = PushRequest::parse("{\"client\":\"x\",\"events\":[" + events.at(0) + "]}");
        QVERIFY(withMore);
        QCOMPARE(withMore->size(), 1);
        QVERIFY(withMore->at(0).bytes.isEmpty());
        QCOMPARE(withMore->at(0).object, QJsonDocument::fromJson(events.at(0)).object());
        const auto notObjects = PushRequest::parse("{\"events\":[5,\"x\",{\"device_seq\":1}]}");
        QVERIFY(notObjects);
        QCOMPARE(notObjects->size(), 3);
        QVERIFY(notObjects->at(0).object.isEmpty());
        QCOMPARE(notObjects->at(2).object.value(QStringLiteral("device_seq")).toInt(), 1);
        QCOMPARE(PushRequest::parse("{\"events\":{\"a\":1}}")->size(), 0);
        QCOMPARE(PushRequest::parse("{}")->size(), 0);
    }

    void whatIsNotAJsonObjectIsRefused()
    {
        const QByteArray good = PushRequest::body(tricky());
        QVERIFY(!PushRequest::parse(QByteArray()));
        QVERIFY(!PushRequest::parse("[]"));
        QVERIFY(!PushRequest::parse(good + "x"));
        QVERIFY(!PushRequest::parse(good + "}"));
        QVERIFY(!PushRequest::parse("{\"events\":[{\"a\":1},]}"));
        QVERIFY(!PushRequest::parse("{\"events\":[{\"a\":\"\xff\xfe\"}]}")); // not UTF-8
        // Every cut of a good body short of its end.
        for (qsizetype n = 0; n < good.size(); ++n)
            QVERIFY2(!PushRequest::parse(good.first(n)), qPrintable(QString::number(n)));
    }
};

QTEST_GUILESS_MAIN(TestPushRequest)
#include "tst_push_request.moc"
