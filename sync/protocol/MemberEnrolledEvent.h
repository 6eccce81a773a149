#pragma once

#include "EventType.h"

#include <QJsonObject>
#include <QString>

namespace omnitill::protocol {

// "member_enrolled": a customer signed up at a till, with their consent.
struct MemberEnrolledEvent
{
    static constexpr QLatin1String kType = EventType::kMemberEnrolled;

    QString id;
    QString cardCode;
    QString name;
    QString phone;
    QString email;
    bool consent = false;
    QString consentAt;
    QString store;
    qint64 staffId = 0;

    QJsonObject toJson() const;
    static MemberEnrolledEvent fromJson(const QJsonObject& json);
    // The body without what names the person (name, phone, e-mail): what an event log or a
    // conflict may keep for ever, where erasure cannot reach.
    static QJsonObject withoutPersonalDetails(const QJsonObject& json);

    friend bool operator==(const MemberEnrolledEvent&, const MemberEnrolledEvent&) = default;
};

} // namespace omnitill::protocol
