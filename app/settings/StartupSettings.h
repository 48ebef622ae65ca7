// What the program starts with — user interface language, progress database,
// API endpoint, prefill file and fixed clock — each taken from the first place
// that sets it: the command line, an environment variable (where one exists),
// the user's settings file, the system's settings files (an administrator's
// defaults). It only reads; it never writes a settings file and never checks
// a value (the parts that use a value do that and say which place it came from).
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class StartupSettings
{
public:
    enum class Source { Default, SystemFile, UserFile, Environment, CommandLine };

    struct Value
    {
        QString value; // empty: not set anywhere
        Source source = Source::Default;
        QString origin; // the file or the environment variable; empty otherwise

        bool isSet() const { return !value.isEmpty(); }
    };

    // What the command line said (empty: not given).
    struct CommandLine
    {
        QString language;
        QString database;
        QString apiEndpoint;
        QString prefill;
        QString now;
    };

    // The keys of the settings files.
    static inline const QString LanguageKey = QStringLiteral("language");
    static inline const QString DatabaseKey = QStringLiteral("database");
    static inline const QString ApiEndpointKey = QStringLiteral("api-endpoint");
    static inline const QString PrefillKey = QStringLiteral("prefill");

    // The environment variables that already existed before the files.
    static constexpr const char *DatabaseVariable = "FINCLOUD_DATABASE";
    static constexpr const char *ApiEndpointVariable = "FINCLOUD_API_ENDPOINT";
    static constexpr const char *NowVariable = "FINCLOUD_NOW";

    static StartupSettings resolve(
        const CommandLine &commandLine, const QProcessEnvironment &environment);

    // <dir>/fincloud-onboard/fincloud-onboard.conf for each dir of
    // $XDG_CONFIG_DIRS (default /etc/xdg), the least important first: the
    // first folder of the list wins, as the XDG specification says.
    static QStringList systemFiles();
    // $XDG_CONFIG_HOME/fincloud-onboard/fincloud-onboard.conf (default ~/.config).
    static QString userFile();

    Value language;
    Value database;
    Value apiEndpoint;
    Value prefill;
    Value now;

    // The files that existed and were read, least important first.
    QStringList filesRead;

    // The wizard's language: the command line, else the user's choice saved in
    // the database (a prefill file's language is saved as the choice when
    // there is none), else the settings files'. Empty: the system's language.
    QString uiLanguage(const QString &savedChoice) const;

    // "command line", "FINCLOUD_API_ENDPOINT", "/etc/xdg/…" — for logs and
    // error messages.
    static QString describe(const Value &value);
};
