#pragma once

#include <QJsonObject>
#include <QString>

#include <initializer_list>

// Checks of one field of a body that came over the wire. Each answers empty when the field is
// right, or says in plain words what is wrong with it ("the sale has no receipt_id").
namespace omnitill::protocol::WireCheck {

// A non-empty text of at most 128 characters (an id, a number, a code).
QString missingText(const QJsonObject& o, const char* key, const QString& what);
// A whole number that a JSON number holds exactly (|n| < 2^53); optional fields may be absent.
QString notWhole(const QJsonObject& o, const char* key, const QString& what, bool required = true);
// An ISO 8601 date and time.
QString notTime(const QJsonObject& o, const char* key, const QString& what);
// An ISO 4217 currency code under "currency".
QString notCurrency(const QJsonObject& o, const QString& what);
// The first problem of several, or empty.
QString firstOf(std::initializer_list<QString> problems);

} // namespace omnitill::protocol::WireCheck
