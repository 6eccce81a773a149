#include "LanguageManager.h"

#include "StoreFormats.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace omnitill::ui {

QString LanguageManager::s_current = QStringLiteral("en");

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QString LanguageManager::nativeName(const QString& language)
{
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool LanguageManager::apply(const QString& language)
{
    if (!available().contains(language))
        return false;
    // Set first: widgets retranslate while the translators change, and read it.
    m_current = language;
    s_current = language;
    // Money and dates stay the store's once it is known (StoreFormats); the language is the screen's.
    QLocale::setDefault(StoreFormats::locale().value_or(QLocale(language)));
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (language != QLatin1String("en")) {
        if (m_app.load(QStringLiteral(":/i18n/omnitill_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    emit languageChanged(language);
    return true;
}

} // namespace omnitill::ui
