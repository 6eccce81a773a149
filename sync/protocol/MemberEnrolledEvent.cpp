#include "MemberEnrolledEvent.h"

#include "JsonFields.h"

namespace omnitill::protocol {

using namespace JsonFields;

QJsonObject MemberEnrolledEvent::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},       {QStringLiteral("card_code"), cardCode}, {QStringLiteral("name"), name},
                    {QStringLiteral("phone"), phone}, {QStringLiteral("consent"), consent},    {QStringLiteral("consent_at"), consentAt},
                    {QStringLiteral("store"), store}, {QStringLiteral("staff_id"), staffId}};
    if (!email.isEmpty())
        out.insert(QStringLiteral("email"), email);
    return out;
}

MemberEnrolledEvent MemberEnrolledEvent::fromJson(const QJsonObject& o)
{
    return {text(o, "id"),      text(o, "card_code"),  text(o, "name"),  text(o, "phone"),    text(o, "email"),
            flag(o, "consent"), text(o, "consent_at"), text(o, "store"), whole(o, "staff_id")};
}

QJsonObject MemberEnrolledEvent::withoutPersonalDetails(const QJsonObject& json)
{
    QJsonObject kept = json;
    for (const char* personal : {"name", "phone", "email"})
        kept.remove(QLatin1String(personal));
    return kept;
}

} // namespace omnitill::protocol
