#include "VariableMeasureRule.h"

#include "Gtin.h"
#include "common/DomainError.h"
#include "common/Tr.h"

namespace omnitill {

bool VariableMeasureRule::isValid() const
{
    return (prefix.size() == 2 || prefix.size() == 1) && gtin::isDigits(prefix) && itemDigits >= 1 && valueDigits() >= 3 && decimals >= 0 &&
           decimals <= 5 && (!verifier || valueDigits() == 4 || valueDigits() == 5);
}

QString VariableMeasureRule::toText() const
{
    QString text = QStringLiteral("%1:%2:%3:%4")
                       .arg(prefix)
                       .arg(itemDigits)
                       .arg(value == Value::Price ? QStringLiteral("price") : QStringLiteral("weight"))
                       .arg(decimals);
    return verifier ? text + QStringLiteral(":v") : text;
}

VariableMeasureRule VariableMeasureRule::fromText(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    VariableMeasureRule rule;
    bool ok = parts.size() == 4 || (parts.size() == 5 && parts[4] == QLatin1String("v"));
    if (ok) {
        rule.prefix = parts[0];
        rule.itemDigits = parts[1].toInt(&ok);
        if (parts[2] == QLatin1String("weight"))
            rule.value = Value::Weight;
        else if (parts[2] != QLatin1String("price"))
            ok = false;
        bool decimalsOk = false;
        rule.decimals = parts[3].toInt(&decimalsOk);
        ok = ok && decimalsOk;
        rule.verifier = parts.size() == 5;
    }
    if (!ok || !rule.isValid())
        throw DomainError(QStringLiteral("barcode.rule"), Tr::tr("Invalid in-store barcode rule \"%1\"").arg(text));
    return rule;
}

QList<VariableMeasureRule> VariableMeasureRule::listFromText(const QString& text)
{
    QList<VariableMeasureRule> rules;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        rules.append(fromText(part));
    return rules;
}

QString VariableMeasureRule::listToText(const QList<VariableMeasureRule>& rules)
{
    QStringList parts;
    for (const auto& rule : rules)
        parts.append(rule.toText());
    return parts.join(QLatin1Char(';'));
}

} // namespace omnitill
