// Installs the translators for the chosen language (the program's own and
// Qt's) and sets the default locale for dates and numbers. Widgets learn of a
// switch through QEvent::LanguageChange and re-translate themselves.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList available(); // "en", "zh_CN"
    static bool isAvailable(const QString &code);
    // The first of the user's languages (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG) that is Chinese (zh_CN) or English (en); en when none is.
    static QString systemDefault();
    // The language's own name, e.g. "简体中文": the same in every UI language.
    static QString nativeName(const QString &code);

    QString language() const { return m_language; }
    // Returns false (and changes nothing) for an unknown code or missing file.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
