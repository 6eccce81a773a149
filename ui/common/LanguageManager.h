#pragma once

#include <QObject>
#include <QTranslator>

namespace omnitill::ui {

// Switches the language of the whole application at run time: OmniTill's own strings (core and
// UI) and Qt's standard dialogs. Widgets retranslate on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")}; }
    static QString nativeName(const QString& language);
    bool apply(const QString& language); // false if the language is unknown
    QString current() const { return m_current; }
    // The language the screens speak now ("en", "ru", "zh_CN"), for product names in dialogs.
    static QString language() { return s_current; }

signals:
    void languageChanged(const QString& language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current = QStringLiteral("en");
    static QString s_current;
};

} // namespace omnitill::ui
