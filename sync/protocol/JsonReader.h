#pragma once

#include <QByteArrayView>
#include <QString>

namespace omnitill::protocol {

// Reads JSON text front to back without building a document: the hub decodes the events of a push
// this way straight into their types. Strict: it accepts only what is plainly valid JSON and
// gives up (failed()) on anything it is not sure of the same way as Qt's parser — an escape in a
// key, a number with an exponent or more than 17 digits, nesting deeper than kMaxDepth — so a
// caller that gives up reads the text with QJsonDocument instead and gets the same answer.
// Every read after a failure fails too.
class JsonReader
{
public:
    static constexpr int kMaxDepth = 32;

    explicit JsonReader(QByteArrayView text) : m_text(text) {}

    bool failed() const { return m_failed; }
    bool fail();                       // always false
    bool beginObject();                // '{'
    bool nextKey(QByteArrayView& key); // the next member's key and its ':'; false at '}' (read) or on failure
    bool beginArray();                 // '['
    bool nextElement();                // false at ']' (read) or on failure
    bool readString(QString& out);
    // A whole number written without fraction or exponent, |n| < 2^53 (what a JSON number holds exactly).
    bool readWhole(qint64& out);
    bool readFlag(bool& out);
    // Any value, checked.
    bool skipValue();
    // Only white space is left.
    bool atEnd();

private:
    bool begin(char open);
    // Past the ',' before the next member or element; false at close (read) or on failure.
    bool next(char close);
    char peek();
    bool expect(char c);
    bool skipSpace();
    // The raw text between quotes (escapes left as written); escaped says whether there are any.
    bool rawString(QByteArrayView& raw, bool& escaped, bool& ascii);
    bool skip(int depth);
    bool skipNumber();
    bool skipLiteral(QByteArrayView word);

    QByteArrayView m_text;
    qsizetype m_at = 0;
    bool m_first = false; // no member or element read yet in the container just opened
    bool m_failed = false;
};

} // namespace omnitill::protocol
