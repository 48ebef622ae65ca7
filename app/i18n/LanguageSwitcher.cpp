#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) { }

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool LanguageSwitcher::isAvailable(const QString &code)
{
    return available().contains(code);
}

QString LanguageSwitcher::systemDefault()
{
    // The user's languages in order (LANGUAGE, then LC_ALL, LC_MESSAGES,
    // LANG): the first one we have wins, as with gettext programs.
    const QLocale system = QLocale::system();
    for (const QString &name : system.uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Chinese)
            return QStringLiteral("zh_CN");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void LanguageSwitcher::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!isAvailable(code))
        return false;
    if (code == m_language)
        return true;

    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    // English has a file too: the plural forms of the source strings.
    app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/fincloud-onboard_%1.qm").arg(code)))
        app.reset();
    if (!app && code != QLatin1String("en"))
        return false;
    if (code != QLatin1String("en")) {
        // Qt's own strings (standard dialogs, context menus); optional.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_%1").arg(code),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    removeTranslators();
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));
    m_language = code;
    // install/removeTranslator send QEvent::LanguageChange to the application,
    // which posts it to every window.
    emit languageChanged(code);
    return true;
}
